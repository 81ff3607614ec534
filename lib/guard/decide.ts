/**
 * The guard's click-time half: is this attempt a signature of a BNMP document, would the CNJ refuse
 * it, and what happens to it.
 *
 *   - Documents first: a signature of no BNMP document (a Despacho, a Sentença) passes at once,
 *     whatever the status or IT's policy — nothing about it depends on them.
 *   - A BNMP signature is decided synchronously once the status and the policy are in memory; before
 *     that (the first milliseconds after the core loads) it is held and decided as soon as they are.
 *   - warn/block: the attempt is held, the dialog shown; "Assinar mesmo assim" runs the page's own
 *     action exactly once, "Cancelar" drops it. Anything failing on the way lets the action through
 *     with a notice (fail open, visibly).
 */
import type { Judgement, SigningAttempt } from './interceptor';
import type { CoreHost, FrameDescription, ShowWarning } from './core-contract';
import { signingActionOf } from './signing-attempt';
import { recordWarning } from './history';
import { documentsForAction } from '../saj/documents';
import { readSigningContext } from '../saj/screen';
import { isSigningAction } from '../saj/signing-action';
import { labelOf } from '../saj/text';
import type { SajSelectors, TribunalProfile } from '../tribunals/schema';
import type { SeenDocument, SigningScreen, Verdict } from '../readiness/types';

const TWIN_SCAN_LIMIT = 5000;

export interface DecideOptions {
  host: Pick<CoreHost, 'failOpen' | 'decisions'>;
  doc: Document;
  selectors(): SajSelectors | undefined;
  /** True once the status and the policy are in memory. */
  ready(): boolean;
  whenReady: Promise<unknown>;
  profileFor(screen: SigningScreen): TribunalProfile;
  guardOn(profile: TribunalProfile): boolean;
  evaluate(screen: SigningScreen, profile: TribunalProfile): Verdict;
  loadWarning(): Promise<ShowWarning>;
}

export interface Decider {
  judge(attempt: SigningAttempt): Judgement;
  timing(): NonNullable<FrameDescription['timing']>;
}

export function createDecider(options: DecideOptions): Decider {
  const { host, doc } = options;
  let dialogOpen = false;
  let waiting = false;
  const timing = { calls: 0, totalMs: 0, maxMs: 0, recent: [] as number[] };

  const note = host.decisions.note;

  const proceed = (action: Element, documents: SeenDocument[], attempt: SigningAttempt) => {
    if (attempt.replay()) return;
    // A single-page app may have re-rendered the control while the dialog was open: use its twin
    // (same label, same documents); with none, say plainly that nothing was signed.
    const twin = twinOf(action, documents, options.selectors());
    if (twin && attempt.replayAt(twin)) return;
    host.failOpen(new Error('the signing control left the page while the warning was open'), {
      title: 'Sentinela BNMP: assinatura não enviada',
      text: 'A tela do SAJ mudou enquanto o aviso estava aberto e o botão clicado já não existe. Clique em “Assinar” de novo.',
    });
  };

  const warn = async (verdict: Verdict, screen: SigningScreen, profile: TribunalProfile, action: Element, attempt: SigningAttempt) => {
    dialogOpen = true;
    try {
      const show = await options.loadWarning();
      const choice = await show(action.ownerDocument, { verdict, profile, now: new Date() }, { returnFocusTo: action });
      if (choice === 'failed') throw new Error('the warning dialog could not be shown');
      recordWarning(verdict, screen, choice === 'proceed' ? 'signed-anyway' : 'cancelled');
      if (choice === 'proceed') proceed(action, screen.documents, attempt);
    } catch (error) {
      host.failOpen(error);
      recordWarning(verdict, screen, 'fail-open');
      attempt.replay();
    } finally {
      dialogOpen = false;
    }
  };

  /** A BNMP signature, with the status and the policy in memory. */
  const decideBnmp = (action: Element, documents: SeenDocument[], attempt: SigningAttempt): Judgement => {
    const screen: SigningScreen = { ...readSigningContext(action, options.selectors()), documents };
    const profile = options.profileFor(screen);
    if (!options.guardOn(profile)) {
      note(documents, 'ok', [], { guardOff: true });
      return 'pass'; // switched off by IT
    }
    const verdict = options.evaluate(screen, profile);
    note(documents, verdict.level, verdict.reasons.map((r) => r.code));
    if (verdict.level === 'ok') return 'pass';
    void warn(verdict, screen, profile, action, attempt);
    return 'hold';
  };

  const judgeNow = (attempt: SigningAttempt): Judgement => {
    const action = signingActionOf(attempt, options.selectors());
    if (!action) {
      if (attempt.kind === 'click') host.decisions.noteClick(attempt.path[0]);
      return 'pass';
    }
    if (dialogOpen) return 'hold'; // the dialog covers the page; a second attempt is dropped, not doubled
    const documents = documentsForAction(action, options.selectors());
    if (!documents.some((d) => d.bnmp)) {
      note(documents, 'ok');
      return 'pass';
    }
    if (options.ready()) return decideBnmp(action, documents, attempt);
    // The first milliseconds after the core loaded: decide as soon as the status and policy are read.
    if (waiting) return 'hold'; // nothing visible happened yet: a second click is dropped, not doubled
    waiting = true;
    options.whenReady
      .then(() => {
        if (decideBnmp(action, documents, attempt) === 'pass') attempt.replay();
      })
      .catch((error: unknown) => {
        host.failOpen(error);
        attempt.replay();
      })
      .finally(() => {
        waiting = false;
      });
    return 'hold';
  };

  const twinOf = (action: Element, documents: SeenDocument[], selectors: SajSelectors | undefined): Element | null => {
    const label = labelOf(action);
    const wanted = documents.map((d) => d.label).join('\n');
    const candidates = doc.querySelectorAll(action.localName);
    for (let i = 0; i < candidates.length && i < TWIN_SCAN_LIMIT; i++) {
      const el = candidates[i]!;
      if (labelOf(el) !== label || !isSigningAction(el, selectors)) continue;
      if (documentsForAction(el, selectors).map((d) => d.label).join('\n') === wanted) return el;
    }
    return null;
  };

  return {
    judge(attempt) {
      const started = performance.now();
      try {
        return judgeNow(attempt);
      } finally {
        const ms = performance.now() - started;
        timing.calls++;
        timing.totalMs += ms;
        timing.maxMs = Math.max(timing.maxMs, ms);
        if (timing.recent.push(ms) > 200) timing.recent.shift();
      }
    },
    timing: () => ({
      decisions: timing.calls,
      meanMs: timing.calls ? timing.totalMs / timing.calls : 0,
      medianMs: [...timing.recent].sort((a, b) => a - b)[Math.floor(timing.recent.length / 2)] ?? 0,
      maxMs: timing.maxMs,
    }),
  };
}
