/**
 * The always-on script's judge: what a signing attempt gets before (and once) the guard core is
 * there. A signature of no BNMP document passes at once — nothing about it depends on the status or
 * on IT's policy. A BNMP one goes to the core, or is held while the core loads and decided the moment
 * it arrives; meanwhile a second attempt is dropped, never doubled (the person sees nothing happen
 * and clicks again: one signature, not two). If the core cannot load or throws, the held attempt goes
 * through and `failOpen` says so.
 */
import type { Judge, SigningAttempt } from './interceptor';
import type { CoreHost, GuardCore } from './core-contract';
import type { DecisionLog } from './decision-log';
import { fromOwnUi } from './own-ui';
import { signingActionOf } from './signing-attempt';
import { documentsForAction } from '../saj/documents';
import type { SajSelectors } from '../tribunals/schema';

export interface EarlyJudgeOptions {
  alive(): boolean;
  core(): GuardCore | undefined;
  loadCore(): Promise<GuardCore>;
  selectors(): SajSelectors | undefined;
  decisions: DecisionLog;
  failOpen: CoreHost['failOpen'];
}

export function createEarlyJudge(options: EarlyJudgeOptions): Judge {
  let waiting: SigningAttempt | undefined;

  const decideWhenLoaded = (attempt: SigningAttempt) => {
    waiting = attempt;
    options
      .loadCore()
      .then((core) => {
        if (core.judge(attempt) === 'pass') attempt.replay();
      })
      .catch((error: unknown) => {
        options.failOpen(error);
        attempt.replay();
      })
      .finally(() => {
        if (waiting === attempt) waiting = undefined;
      });
  };

  return (attempt) => {
    if (!options.alive() || fromOwnUi(attempt.path)) return 'pass';
    options.decisions.noteAttempt();
    const core = options.core();
    if (core) return core.judge(attempt);
    const action = signingActionOf(attempt, options.selectors());
    if (!action) {
      if (attempt.kind === 'click') options.decisions.noteClick(attempt.path[0]);
      return 'pass';
    }
    const documents = documentsForAction(action, options.selectors());
    if (!documents.some((d) => d.bnmp)) {
      options.decisions.note(documents, 'ok');
      return 'pass';
    }
    if (!waiting) decideWhenLoaded(attempt);
    return 'hold';
  };
}
