/**
 * The guard core: loaded lazily by the always-on content script on pages that show something
 * like a signing action. It owns
 *
 *   - an in-memory copy of the stored status, kept current by storage change events, so a click is
 *     decided synchronously (no storage read, no message round trip on the click path);
 *   - judge(): detector (lib/saj) → readiness engine (lib/readiness) → pass, or hold and warn;
 *   - the banner: while a BNMP signing screen is on display and the verdict is warn/block, work
 *     proportional to what the page added (nothing at all while the tracked screen stays on display).
 */
import { browser } from 'wxt/browser';
import { WARNING_UI_KEY, WARNING_UI_PATH, type CoreHost, type FrameDescription, type GuardCore, type ShowWarning } from './core-contract';
import type { SigningAttempt, Judgement } from './interceptor';
import { createBanner, bannerContent } from './banner';
import { CLICKABLE, CONTROLS, findSigningAction, isSigningAction } from '../saj/signing-action';
import { documentsForAction } from '../saj/documents';
import { labelOf, safeQuery } from '../saj/text';
import { readPageContext, readSigningScreen } from '../saj/screen';
import { findVisibleBnmpSigning } from '../saj/scan';
import { evaluateReadiness } from '../readiness/engine';
import type { SigningScreen, Verdict } from '../readiness/types';
import { interpretStoredStatus, type LoadedStatus } from '../status/storage-interpret';
import { appendHistory, statusItem, type WarningHistoryEntry } from '../storage/status';
import { findPersonForScreen } from '../status/people';
import { createPolicyCache, readyOrDefaults } from '../policy/cache';
import { guardEnabledFor, managedPersonValues, profileForUrl, profileOf } from '../policy/effective';
import type { TribunalProfile } from '../tribunals/schema';
import type { SeenDocument } from '../readiness/types';


/** Tag prefix of every element Sentinela adds to a page (warning, banner, notice). */
const OWN_UI_PREFIX = 'sentinela-bnmp-';
const DESCRIBE_SCAN_LIMIT = 5000;
const DESCRIBE_ACTIONS_MAX = 20;

export function createGuardCore(host: CoreHost): GuardCore {
  const { window: win, signal } = host;
  const doc = win.document;
  // IT's policy (storage.managed): profiles with overrides, the guard switch. In memory, like the status.
  const policy = createPolicyCache({ signal });
  let defaultProfile = profileForUrl(policy.current(), win.location.href);
  let status: LoadedStatus = { state: 'empty' };
  let statusLoaded = false;
  let dialogOpen = false;
  let waitingAttempt = false;
  let tracked: { action: Element; documents: SeenDocument[] } | undefined;
  let trackedKey = '';
  let lastDecision: FrameDescription['lastDecision'];
  const banner = createBanner(doc);

  /** The profile of the person on the page (their tribunal), else the host's. */
  const profileFor = (screen: SigningScreen): TribunalProfile => {
    if (status.state !== 'ok') return defaultProfile;
    const person = findPersonForScreen(status.file, screen.user);
    if (!person) return defaultProfile;
    return profileOf(policy.current(), managedPersonValues(policy.current()).tribunal ?? person.tribunal);
  };
  /** Off when IT switched the guard off (policy `guardEnabled`, or the profile's `rules.guardEnabled`). */
  const guardOn = (profile: TribunalProfile) => guardEnabledFor(policy.current(), profile);
  const selectors = () => defaultProfile.selectors;

  const evaluate = (screen: SigningScreen, profile = profileFor(screen)): Verdict =>
    evaluateReadiness({ status, screen, profile, now: new Date() });

  /** React and the dialog load on first need; the banner's appearance starts the load early. */
  let warningUi: Promise<ShowWarning> | undefined;
  const loadWarningUi = () =>
    (warningUi ??= import(/* @vite-ignore */ browser.runtime.getURL(WARNING_UI_PATH)).then(() => {
      const mount = (globalThis as Record<string, unknown>)[WARNING_UI_KEY] as ShowWarning | undefined;
      if (!mount) throw new Error('warning UI did not register');
      return mount;
    }));

  const refreshBanner = () => {
    if (!tracked) return;
    if (!tracked.action.isConnected) {
      tracked = undefined;
      banner.hide();
      return;
    }
    const screen = { ...readSigningScreen(tracked.action, selectors()), documents: tracked.documents };
    const profile = profileFor(screen);
    const content = guardOn(profile) ? bannerContent(evaluate(screen, profile)) : undefined;
    if (content) {
      banner.show(content);
      loadWarningUi().catch(() => undefined); // a click will likely follow: have the dialog ready
    } else banner.hide();
  };

  const statusRead = statusItem.getValue().then(
    (value) => {
      status = interpretStoredStatus(value);
    },
    (error) => {
      // Unreadable storage behaves as "status unknown"; the engine says so.
      status = { state: 'unreadable', errors: [] };
      host.failOpen(error);
    },
  );
  // Decide once the status is known and the policy was read, or POLICY_WAIT_MS passed (lib/policy/cache.ts).
  const ready = Promise.all([statusRead, readyOrDefaults(policy)]).then(() => {
    defaultProfile = profileForUrl(policy.current(), win.location.href);
    statusLoaded = true;
    refreshBanner();
  });
  policy.subscribe((current) => {
    defaultProfile = profileForUrl(current, win.location.href);
    if (statusLoaded) refreshBanner();
  });

  const unwatchStatus = statusItem.watch((value) => {
    status = interpretStoredStatus(value);
    if (statusLoaded) refreshBanner();
  });
  signal.addEventListener('abort', () => {
    unwatchStatus();
    banner.hide();
  });

  const recordHistory = (verdict: Verdict, screen: SigningScreen, decision: WarningHistoryEntry['decision']) =>
    appendHistory({
      at: new Date().toISOString(),
      documentKinds: [...new Set(verdict.bnmpDocuments.map((d) => d.kind ?? 'BNMP'))],
      ...(screen.lotacao ? { lotacao: screen.lotacao.slice(0, 200) } : {}),
      reasonCodes: verdict.reasons.map((r) => r.code),
      decision,
    }).catch(() => false); // history is a convenience for support; it never disturbs the signature

  const warn = async (verdict: Verdict, screen: SigningScreen, action: Element, attempt: SigningAttempt) => {
    dialogOpen = true;
    try {
      const mount = await loadWarningUi();
      const decision = await mount(action.ownerDocument, { verdict, profile: profileFor(screen), now: new Date() }, {
        returnFocusTo: action,
      });
      void recordHistory(verdict, screen, decision === 'proceed' ? 'signed-anyway' : 'cancelled');
      if (decision === 'proceed') proceed(action, screen, attempt);
    } catch (error) {
      host.failOpen(error);
      void recordHistory(verdict, screen, 'fail-open');
      attempt.replay();
    } finally {
      dialogOpen = false;
    }
  };

  /**
   * "Assinar mesmo assim": run the page's own action once. A single-page app may have re-rendered
   * the control while the dialog was open; then the twin control — same label, same documents —
   * is used, and when there is none the person is told to click again rather than losing the
   * signature silently.
   */
  const proceed = (action: Element, screen: SigningScreen, attempt: SigningAttempt) => {
    if (attempt.replay()) return;
    const twin = twinOf(action, screen);
    if (twin && attempt.replayAt(twin)) return;
    host.failOpen(new Error('the signing control left the page while the warning was open'), {
      title: 'Sentinela BNMP: assinatura não enviada',
      text: 'A tela do SAJ mudou enquanto o aviso estava aberto e o botão clicado já não existe. Clique em “Assinar” de novo.',
    });
  };

  const twinOf = (action: Element, screen: SigningScreen): Element | null => {
    const label = labelOf(action);
    const wanted = screen.documents.map((d) => d.label).join('\n');
    const candidates = doc.querySelectorAll(action.localName);
    for (let i = 0; i < candidates.length && i < DESCRIBE_SCAN_LIMIT; i++) {
      const el = candidates[i]!;
      if (labelOf(el) !== label || !isSigningAction(el, selectors())) continue;
      if (documentsForAction(el, selectors()).map((d) => d.label).join('\n') === wanted) return el;
    }
    return null;
  };

  /** Synchronous: the verdict for this action, and what to do with the attempt. */
  const decide = (action: Element, attempt: SigningAttempt): Judgement => {
    const screen = readSigningScreen(action, selectors());
    if (!screen.documents.some((d) => d.bnmp)) return 'pass';
    const profile = profileFor(screen);
    if (!guardOn(profile)) return 'pass'; // switched off by IT
    const verdict = evaluate(screen, profile);
    lastDecision = {
      at: new Date().toISOString(),
      level: verdict.level,
      codes: verdict.reasons.map((r) => r.code),
      documents: screen.documents.length,
    };
    if (verdict.level === 'ok') return 'pass';
    void warn(verdict, screen, action, attempt);
    return 'hold';
  };

  const actionOf = (attempt: SigningAttempt): Element | null => {
    if (attempt.kind !== 'submit') return findSigningAction(attempt.path, selectors());
    if (attempt.submitter) return isSigningAction(attempt.submitter, selectors()) ? attempt.submitter : null;
    // Implicit submission of a form without a submit button: it signs if the form's action does.
    for (const candidate of attempt.form?.querySelectorAll(CONTROLS) ?? []) {
      if (isSigningAction(candidate, selectors())) return candidate;
    }
    return null;
  };

  const judgeNow = (attempt: SigningAttempt): Judgement => {
    // Our own dialog's "Assinar mesmo assim" says "assinar" too: never judge our own UI.
    if (attempt.path.some((t) => (t as Element).localName?.startsWith(OWN_UI_PREFIX))) return 'pass';
    const action = actionOf(attempt);
    if (!action) return 'pass';
    if (dialogOpen) return 'hold'; // the dialog covers the page; a second attempt is dropped, not doubled
    if (!statusLoaded) {
      // Nothing visible happens until the decision: a second click meanwhile is dropped, not doubled.
      if (waitingAttempt) return 'hold';
      waitingAttempt = true;
      ready.then(() => {
        waitingAttempt = false;
        try {
          if (decide(action, attempt) === 'pass') attempt.replay();
        } catch (error) {
          host.failOpen(error);
          attempt.replay();
        }
      });
      return 'hold';
    }
    return decide(action, attempt);
  };

  const timing = { decisions: 0, totalMs: 0, maxMs: 0, recent: [] as number[] };

  return {
    judge(attempt) {
      const started = performance.now();
      try {
        return judgeNow(attempt);
      } finally {
        const ms = performance.now() - started;
        timing.decisions++;
        timing.totalMs += ms;
        timing.maxMs = Math.max(timing.maxMs, ms);
        if (timing.recent.push(ms) > 200) timing.recent.shift();
      }
    },

    onAdded(nodes) {
      if (tracked?.action.isConnected) return; // the screen is still on display: nothing to redo
      let found: ReturnType<typeof findVisibleBnmpSigning> = null;
      for (const node of nodes) {
        if (node.nodeType !== 1 || !node.isConnected) continue;
        found = findVisibleBnmpSigning(node as Element, selectors());
        if (found) break;
      }
      if (!found) {
        if (tracked) {
          tracked = undefined;
          banner.hide();
        }
        return;
      }
      // A re-render of the same screen keeps a dismissal; a different screen brings the banner back.
      const key = found.documents.map((d) => d.label).join('\n');
      if (key !== trackedKey) banner.reset();
      trackedKey = key;
      tracked = found;
      if (statusLoaded) refreshBanner();
    },

    async describe() {
      await ready; // the verdict needs the stored status and the policy
      const context = readPageContext(doc, selectors());
      const signingActions: NonNullable<FrameDescription['signingActions']> = [];
      const candidates = doc.querySelectorAll(CLICKABLE);
      for (let i = 0; i < candidates.length && i < DESCRIBE_SCAN_LIMIT && signingActions.length < DESCRIBE_ACTIONS_MAX; i++) {
        const el = candidates[i]!;
        if (!isSigningAction(el, selectors())) continue;
        signingActions.push({
          label: labelOf(el),
          tag: el.localName,
          documents: documentsForAction(el, selectors()).slice(0, 50).map((d) => ({ label: d.label, bnmp: d.bnmp, ...(d.kind ? { kind: d.kind } : {}) })),
        });
      }
      let verdict: FrameDescription['verdict'];
      if (tracked?.action.isConnected) {
        const v = evaluate({ ...readSigningScreen(tracked.action, selectors()), documents: tracked.documents });
        verdict = { level: v.level, reasons: v.reasons.map((r) => ({ code: r.code, level: r.level, message: r.message })) };
      }
      const pinned = defaultProfile.selectors ?? {};
      return {
        url: win.location.href,
        top: win === win.top,
        core: true,
        profileId: defaultProfile.id,
        statusState: status.state,
        context: {
          ...(context.user ? { user: context.user } : {}),
          ...(context.lotacao ? { lotacao: context.lotacao } : {}),
          ...(context.database ? { database: context.database } : {}),
          ...(context.comarca ? { comarca: context.comarca } : {}),
          ...(context.plantaoHint ? { plantaoHint: true } : {}),
          ...(context.grau ? { grau: context.grau } : {}),
        },
        signingActions,
        ...(verdict ? { verdict } : {}),
        selectorsUsed: Object.entries(pinned)
          .filter(([, selector]) => selector && safeQuery(doc, selector))
          .map(([name]) => name),
        ...(lastDecision ? { lastDecision } : {}),
        timing: {
          decisions: timing.decisions,
          meanMs: timing.decisions ? timing.totalMs / timing.decisions : 0,
          medianMs: [...timing.recent].sort((a, b) => a - b)[Math.floor(timing.recent.length / 2)] ?? 0,
          maxMs: timing.maxMs,
        },
      };
    },
  };
}
