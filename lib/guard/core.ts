/**
 * The guard core: loaded lazily by the always-on content script on pages that show a signing
 * action. It only assembles its parts, each in its own file:
 *
 *   status-mirror ── the stored status in memory, kept current by storage events
 *   policy cache  ── IT's policy in memory (lib/policy/cache.ts; the mirror makes the first read fast)
 *   decide        ── click time: detector → readiness engine → pass, or hold and warn
 *   banner-tracker── the BNMP signing screen on display and its banner
 *   warning-loader── the React dialog, imported on first need
 *   describe      ── what this frame shows, for the popup and the diagnostics page
 */
import type { CoreHost, GuardCore } from './core-contract';
import { mirrorStatus } from './status-mirror';
import { createDecider } from './decide';
import { createBannerTracker } from './banner-tracker';
import { createWarningLoader } from './warning-loader';
import { describeFrame } from './describe';
import { evaluateReadiness } from '../readiness/engine';
import type { SigningScreen } from '../readiness/types';
import { findPersonForScreen } from '../status/people';
import { profileFor } from '../guides/person';
import { createPolicyCache } from '../policy/cache';
import { guardEnabledFor, profileForUrl } from '../policy/effective';
import type { TribunalProfile } from '../tribunals/schema';

export function createGuardCore(host: CoreHost): GuardCore {
  const { window: win, signal } = host;
  const doc = win.document;
  const policy = createPolicyCache({ signal });
  let hostProfile = profileForUrl(policy.current(), win.location.href);
  let ready = false;

  /** The profile of the person on the page (their tribunal, as IT's policy leaves it), else the host's. */
  const profileOfScreen = (screen: SigningScreen): TribunalProfile => {
    const loaded = status.current();
    const person = loaded.state === 'ok' ? findPersonForScreen(loaded.file, screen.user) : undefined;
    return person ? profileFor(person, policy.current()) : hostProfile;
  };
  const evaluate = (screen: SigningScreen, profile = profileOfScreen(screen)) =>
    evaluateReadiness({ status: status.current(), screen, profile, now: new Date() });
  const selectors = () => hostProfile.selectors;
  const warning = createWarningLoader();

  const tracker = createBannerTracker(doc, {
    selectors,
    verdictFor(screen) {
      if (!ready) return undefined;
      const profile = profileOfScreen(screen);
      return guardEnabledFor(policy.current(), profile) ? evaluate(screen, profile) : undefined;
    },
    onWarning: () => void warning.load().catch(() => undefined), // have the dialog ready for the click
  });
  const status = mirrorStatus(signal, () => tracker.refresh(), (error) => host.failOpen(error));

  // Decide once the status and the policy are in memory: both local reads, milliseconds.
  const whenReady = Promise.all([status.loaded, policy.ready]).then(() => {
    hostProfile = profileForUrl(policy.current(), win.location.href);
    ready = true;
    tracker.refresh();
  });
  policy.subscribe((current) => {
    hostProfile = profileForUrl(current, win.location.href);
    tracker.refresh();
  });
  signal.addEventListener('abort', () => tracker.hide());

  const decider = createDecider({
    host,
    doc,
    selectors,
    ready: () => ready,
    whenReady,
    profileFor: profileOfScreen,
    guardOn: (profile) => guardEnabledFor(policy.current(), profile),
    evaluate,
    loadWarning: warning.load,
  });

  return {
    judge: decider.judge,
    onBatch: tracker.onBatch,
    tracking: () => !!tracker.tracked(),
    selectors,
    async describe() {
      await whenReady; // the verdict needs the stored status and the policy
      return describeFrame({
        win,
        profile: hostProfile,
        selectors: selectors(),
        statusState: status.current().state,
        tracked: tracker.tracked(),
        evaluate: (screen) => evaluate(screen),
        decisions: { lastDecision: host.decisions.last(), timing: decider.timing(), closedShadowClick: host.decisions.closedShadowClick() },
      });
    },
  };
}
