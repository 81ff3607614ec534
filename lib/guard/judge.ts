/**
 * The click-time decision, in the always-on script, synchronous whenever it can be:
 *
 *   - not a signing action (the detector's own test) → pass;
 *   - a signature of no BNMP document (a Despacho, a Sentença) → pass at once: nothing about it
 *     depends on the record or on IT's policy;
 *   - a BNMP one → the verdict for the page's context, asked of the background when the page showed
 *     its signing screen (./verdict-client.ts): ok, or the guard switched off by IT → pass; warn or
 *     block → held, and the guard UI shows the warning ("Assinar mesmo assim" replays the page's own
 *     action exactly once). With no fresh verdict at hand the attempt is held until the background
 *     answers; meanwhile a second attempt is dropped, never doubled (the person sees nothing happen
 *     and clicks again: one signature, not two).
 *
 * Whatever fails on the way lets the page's action through, and `failOpen` says so.
 */
import type { Judge, Judgement, SigningAttempt } from './interceptor';
import type { CoreHost, GuardUi } from './core-contract';
import type { DecisionLog } from './decision-log';
import type { VerdictClient } from './verdict-client';
import type { VerdictAnswer } from './verdict-protocol';
import { fromOwnUi } from './own-ui';
import { signingActionOf } from './signing-attempt';
import { documentsForAction } from '../saj/documents';
import { readSigningContext } from '../saj/screen';
import type { SajSelectors } from '../tribunals/schema';
import type { SeenDocument, SigningScreen } from '../readiness/types';

export interface JudgeOptions {
  alive(): boolean;
  selectors(): SajSelectors | undefined;
  decisions: DecisionLog;
  verdicts: Pick<VerdictClient, 'cached' | 'get'>;
  /** The guard UI (banner, warning), loaded on first need. */
  loadUi(): Promise<Pick<GuardUi, 'warn'>>;
  /** Starts loading the warning dialog's own script alongside the UI, which would ask for it only once loaded. */
  preloadWarning?(): void;
  /** Shows that a held signature is being checked; returns how to take that away. */
  showChecking?(): () => void;
  failOpen: CoreHost['failOpen'];
}

/** A warning that takes longer than this to show gets the "conferindo" notice meanwhile. */
export const CHECKING_AFTER_MS = 250;

export function createJudge(options: JudgeOptions): Judge {
  const { decisions } = options;
  /** The one attempt waiting for a verdict, or the warning on display: a second attempt is dropped meanwhile. */
  let busy = false;

  const warn = (answer: VerdictAnswer, screen: SigningScreen, action: Element, attempt: SigningAttempt) => {
    busy = true;
    options.preloadWarning?.();
    // The click is held and nothing shows yet: on a busy page the warning may take a moment, so the
    // person is told the signature is being checked (a second click would only be dropped).
    let hideChecking: (() => void) | undefined;
    const checking = setTimeout(() => (hideChecking = options.showChecking?.()), CHECKING_AFTER_MS);
    const settled = () => {
      clearTimeout(checking);
      hideChecking?.();
    };
    options
      .loadUi()
      .then((ui) => ui.warn({ verdict: { ...answer.verdict, bnmpDocuments: screen.documents.filter((d) => d.bnmp) }, action, screen, attempt, onShown: settled }))
      .catch((error: unknown) => {
        options.failOpen(error);
        attempt.replay();
      })
      .finally(() => {
        settled();
        busy = false;
      });
  };

  /** The decision for a BNMP signature once its verdict is known. */
  const decide = (answer: VerdictAnswer, screen: SigningScreen, action: Element, attempt: SigningAttempt): Judgement => {
    if (!answer.guardOn) {
      decisions.note(screen.documents, 'ok', [], { guardOff: true });
      return 'pass'; // switched off by IT
    }
    decisions.note(screen.documents, answer.verdict.level, answer.verdict.reasons.map((r) => r.code));
    if (answer.verdict.level === 'ok') return 'pass';
    warn(answer, screen, action, attempt);
    return 'hold';
  };

  const judgeNow = (attempt: SigningAttempt): Judgement => {
    const selectors = options.selectors();
    const action = signingActionOf(attempt, selectors);
    if (!action) {
      if (attempt.kind === 'click') decisions.noteClick(attempt.path[0]);
      return 'pass';
    }
    const documents: SeenDocument[] = documentsForAction(action, selectors);
    if (!documents.some((d) => d.bnmp)) {
      decisions.note(documents, 'ok');
      return 'pass';
    }
    if (busy) return 'hold'; // a warning is open, or a verdict is on its way: dropped, not doubled
    const screen: SigningScreen = { ...readSigningContext(action, selectors), documents };
    const answer = options.verdicts.cached(screen);
    if (answer) return decide(answer, screen, action, attempt);
    busy = true;
    options.verdicts
      .get(screen)
      .then((fresh) => {
        busy = false;
        if (decide(fresh, screen, action, attempt) === 'pass') attempt.replay();
      })
      .catch((error: unknown) => {
        busy = false;
        options.failOpen(error);
        attempt.replay();
      });
    return 'hold';
  };

  return (attempt) => {
    if (!options.alive() || fromOwnUi(attempt.path)) return 'pass';
    decisions.noteAttempt();
    const started = performance.now();
    try {
      return judgeNow(attempt);
    } finally {
      decisions.noteTime(performance.now() - started);
    }
  };
}
