/**
 * The guard's UI, loaded by the always-on script only when there is something to show: a BNMP
 * signing screen whose verdict is warn or block (the banner), a held signature (the warning), or a
 * question from the popup or the diagnostics page (the description). No engine, no schemas, no
 * stored status here: verdicts come from the background through the always-on script's client
 * (./verdict-client.ts). Its parts, each in its own file:
 *
 *   banner-tracker ── the BNMP signing screen on display and its banner
 *   warn-flow      ── the dialog, "Assinar mesmo assim" exactly once, the history line
 *   warning-loader ── the React dialog, imported when the banner goes up or at the first warning
 *   describe       ── what this frame shows, for the popup and the diagnostics page
 */
import type { GuardUi, GuardUiHost } from './core-contract';
import { createBannerTracker, type TrackedScreen } from './banner-tracker';
import { createWarnFlow } from './warn-flow';
import { createWarningLoader } from './warning-loader';
import { describeFrame } from './describe';
import { extensionApi } from './extension-api';
import { readPageContext, readSigningContext } from '../saj/screen';
import type { SigningScreen, Verdict } from '../readiness/types';
import type { VerdictAnswer } from './verdict-protocol';
import { withKinds } from '../saj/kinds';

export function createGuardUi(host: GuardUiHost): GuardUi {
  const { window: win, signal, verdicts, selectors } = host;
  const doc = win.document;
  const warning = createWarningLoader();

  /** The verdict for a screen: the background's answer for its context, with the screen's own documents. */
  const withDocuments = (answer: VerdictAnswer, screen: SigningScreen): Verdict => ({ ...answer.verdict, bnmpDocuments: withKinds(screen.documents.filter((d) => d.bnmp)) });

  const tracker = createBannerTracker(doc, {
    selectors,
    verdictFor(screen) {
      const answer = verdicts.cached(screen);
      if (!answer) {
        // Asked now; the banner follows when the answer comes.
        verdicts.get(screen).then(() => tracker.refresh(), () => undefined);
        return undefined;
      }
      return answer.guardOn ? withDocuments(answer, screen) : undefined;
    },
    // A warn/block banner is up (it only comes once a person is at the page): a click will likely
    // follow, so the dialog's script is loaded now.
    onWarning: () => void warning.load().catch(() => undefined),
  });
  verdicts.onChange(() => tracker.refresh());
  signal.addEventListener('abort', () => tracker.hide());

  const warn = createWarnFlow({ host, api: extensionApi!, doc, selectors, loadWarning: warning.load, profileFor: (screen) => verdicts.withProfile(screen).then((a) => a.profile) });

  const trackedScreen = (tracked: TrackedScreen | undefined): SigningScreen | undefined =>
    tracked?.action.isConnected ? { ...readSigningContext(tracked.action, selectors()), documents: tracked.documents } : undefined;

  return {
    // The always-on script knows which documents go to BNMP; the UI names them (lib/saj/kinds).
    warn: (request) => warn({ ...request, verdict: { ...request.verdict, bnmpDocuments: withKinds(request.verdict.bnmpDocuments) }, screen: { ...request.screen, documents: withKinds(request.screen.documents) } }),
    onBatch: tracker.onBatch,
    track: tracker.track,
    trackedScreenGone() {
      const tracked = tracker.tracked();
      return !!tracked && !tracked.action.isConnected;
    },
    async describe() {
      const tracked = tracker.tracked();
      const screen = trackedScreen(tracked);
      // The profile and the record's state, as the background sees them for this page.
      const answer = await verdicts.get(screen ?? readPageContext(doc, selectors()));
      return describeFrame({
        win,
        profileId: answer.profileId,
        selectors: selectors(),
        statusState: answer.statusState,
        tracked,
        trackedVerdict: screen && answer.guardOn ? withDocuments(answer, screen) : undefined,
        decisions: { lastDecision: host.decisions.last(), timing: host.decisions.timing(), closedShadowClick: host.decisions.closedShadowClick() },
      });
    },
  };
}
