/**
 * The banner's half of the core: which BNMP signing screen is on display (found by the page watch's
 * batches), and the banner that says, before any click, that signing there would be refused. Work is
 * proportional to what the page added; while the tracked screen stays on display a batch costs one
 * `isConnected` read.
 */
import type { Found } from './page-watch';
import { bannerContent, createBanner } from './banner';
import { findVisibleBnmpSigning } from '../saj/scan';
import { readSigningContext, type PageContext } from '../saj/screen';
import type { SajSelectors } from '../tribunals/schema';
import type { SeenDocument, SigningScreen, Verdict } from '../readiness/types';

export interface TrackedScreen {
  action: Element;
  documents: SeenDocument[];
}

export interface BannerTracker {
  onBatch(found: Found): void;
  /** A screen found elsewhere (the always-on script's own search), with its context when already read. */
  track(seen: TrackedScreen, context?: PageContext): void;
  /** The status or the policy changed, or a verdict arrived: judge the tracked screen again. */
  refresh(): void;
  tracked(): TrackedScreen | undefined;
  hide(): void;
}

export function createBannerTracker(
  doc: Document,
  options: {
    selectors(): SajSelectors | undefined;
    /** The verdict for a screen; undefined while the guard is off there or not ready to judge. */
    verdictFor(screen: SigningScreen): Verdict | undefined;
    /** A warn/block banner went up: a click will likely follow. */
    onWarning(): void;
  },
): BannerTracker {
  const banner = createBanner(doc);
  let tracked: TrackedScreen | undefined;
  let trackedKey = '';

  /** The tracked screen's context, read once per screen (the page's header does not move under a queue). */
  let context: PageContext | undefined;
  const refresh = () => {
    if (!tracked) return;
    if (!tracked.action.isConnected) {
      tracked = undefined;
      banner.hide();
      return;
    }
    context ??= readSigningContext(tracked.action, options.selectors());
    const screen = { ...context, documents: tracked.documents };
    const verdict = options.verdictFor(screen);
    const content = verdict && bannerContent(verdict);
    if (content) {
      banner.show(content);
      options.onWarning();
    } else banner.hide();
  };

  const track = (seen: TrackedScreen, known?: PageContext) => {
    // A re-render of the same screen keeps a dismissal; a different screen brings the banner back.
    const key = seen.documents.map((d) => d.label).join('\n');
    if (key !== trackedKey) banner.reset();
    trackedKey = key;
    tracked = seen;
    context = known;
    refresh();
  };

  return {
    onBatch(found) {
      if (tracked?.action.isConnected) return; // the screen is still on display: nothing to redo
      let seen: TrackedScreen | null = null;
      const roots: readonly Node[] = found === 'document' ? [doc] : found;
      for (const root of roots) {
        if (!root.isConnected) continue;
        seen = findVisibleBnmpSigning(root as ParentNode, options.selectors());
        if (seen) break;
      }
      if (seen) track(seen);
      else if (tracked) {
        tracked = undefined;
        banner.hide();
      }
    },
    track,
    refresh,
    tracked: () => tracked,
    hide: () => banner.hide(),
  };
}
