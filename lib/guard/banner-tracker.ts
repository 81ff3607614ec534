/**
 * The banner's half of the core: which BNMP signing screen is on display (found by the page watch's
 * batches), and the banner that says, before any click, that signing there would be refused. Work is
 * proportional to what the page added; while the tracked screen stays on display a batch costs one
 * `isConnected` read.
 */
import type { Found } from './page-watch';
import { bannerContent, createBanner } from './banner';
import { findVisibleBnmpSigning } from '../saj/scan';
import { readSigningContext } from '../saj/screen';
import type { SajSelectors } from '../tribunals/schema';
import type { SeenDocument, SigningScreen, Verdict } from '../readiness/types';

export interface TrackedScreen {
  action: Element;
  documents: SeenDocument[];
}

export interface BannerTracker {
  onBatch(found: Found): void;
  /** The status or the policy changed: judge the tracked screen again. */
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

  const refresh = () => {
    if (!tracked) return;
    if (!tracked.action.isConnected) {
      tracked = undefined;
      banner.hide();
      return;
    }
    const screen = { ...readSigningContext(tracked.action, options.selectors()), documents: tracked.documents };
    const verdict = options.verdictFor(screen);
    const content = verdict && bannerContent(verdict);
    if (content) {
      banner.show(content);
      options.onWarning();
    } else banner.hide();
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
      if (!seen) {
        if (tracked) {
          tracked = undefined;
          banner.hide();
        }
        return;
      }
      // A re-render of the same screen keeps a dismissal; a different screen brings the banner back.
      const key = seen.documents.map((d) => d.label).join('\n');
      if (key !== trackedKey) banner.reset();
      trackedKey = key;
      tracked = seen;
      refresh();
    },
    refresh,
    tracked: () => tracked,
    hide: () => banner.hide(),
  };
}
