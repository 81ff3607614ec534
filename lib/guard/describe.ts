/**
 * What the guard sees on this frame, for the popup and the diagnostics page
 * (`sentinela:describe`): the page context, the signing actions on display (open shadow roots
 * included) with the documents each would sign, the verdict for the tracked screen, the last
 * decision. Contains page text: the popup shows it locally; lib/diagnostics strips it for support.
 */
import type { FrameDescription } from './core-contract';
import type { TrackedScreen } from './banner-tracker';
import { documentsForAction } from '../saj/documents';
import { withKinds } from '../saj/kinds';
import { readPageContext } from '../saj/screen';
import { isScanCandidate, isSigningAction } from '../saj/signing-action';
import { findElement, labelOf, safeQuery } from '../saj/text';
import { insideOwnUi } from './own-ui';
import type { SajSelectors } from '../tribunals/schema';
import type { Verdict } from '../readiness/types';

const ACTIONS_MAX = 20;

export function describeFrame(input: {
  win: Window;
  profileId: string;
  /** The selectors IT pinned (as the page's detector uses them). */
  selectors: SajSelectors | undefined;
  statusState: FrameDescription['statusState'];
  tracked: TrackedScreen | undefined;
  /** The verdict for the tracked screen, when one is tracked. */
  trackedVerdict: Verdict | undefined;
  decisions: Pick<FrameDescription, 'lastDecision' | 'timing' | 'closedShadowClick'>;
}): FrameDescription {
  const { win, selectors } = input;
  const doc = win.document;
  const context = readPageContext(doc, selectors);
  const signingActions: NonNullable<FrameDescription['signingActions']> = [];
  findElement(doc, (el) => {
    if (!isScanCandidate(el, selectors?.signingAction) || !isSigningAction(el, selectors) || insideOwnUi(el)) return false;
    signingActions.push({
      label: labelOf(el),
      tag: el.localName,
      documents: withKinds(documentsForAction(el, selectors).slice(0, 50))
        .map((d) => ({ label: d.label, bnmp: d.bnmp, ...(d.kind ? { kind: d.kind } : {}) })),
    });
    return signingActions.length >= ACTIONS_MAX;
  });
  let verdict: FrameDescription['verdict'];
  const v = input.tracked?.action.isConnected ? input.trackedVerdict : undefined;
  if (v) verdict = { level: v.level, reasons: v.reasons.map((r) => ({ code: r.code, level: r.level, message: r.message })) };
  const pinned = selectors ?? {};
  const { lastDecision, timing, closedShadowClick } = input.decisions;
  return {
    url: win.location.href,
    top: win === win.top,
    core: true,
    profileId: input.profileId,
    ...(input.statusState ? { statusState: input.statusState } : {}),
    // readPageContext sets only what the page shows.
    context,
    signingActions,
    ...(verdict ? { verdict } : {}),
    selectorsUsed: Object.entries(pinned)
      .filter(([, selector]) => selector && safeQuery(doc, selector))
      .map(([name]) => name),
    ...(lastDecision ? { lastDecision } : {}),
    ...(timing ? { timing } : {}),
    ...(closedShadowClick ? { closedShadowClick } : {}),
  };
}
