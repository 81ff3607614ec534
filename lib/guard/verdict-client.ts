/**
 * The page's side of lib/guard/verdict-protocol.ts: asks the background for the verdict of a page
 * context and keeps the answers (one per context, each for VERDICT_TTL_MS, all dropped when the
 * background says the stored status or IT's policy changed). A click finds its answer here synchronously, asked for when
 * the page showed its BNMP signing screen; only a click with no fresh answer waits for one.
 */
import type { PageContext } from '../saj/screen';
import type { ExtensionApi } from './extension-api';
import type { SajSelectors } from '../tribunals/schema';
import { VERDICT_MESSAGE, VERDICT_TTL_MS, contextKey, type VerdictAnswer, type VerdictRequest } from './verdict-protocol';

export interface VerdictClient {
  /** The background said the record or the policy changed: every answer is dropped, listeners told. */
  invalidate(): void;
  /** The detector's selectors IT pinned, from the latest answer. */
  selectors(): SajSelectors | undefined;
  /** A fresh answer for this context, if there is one. */
  cached(context: PageContext): VerdictAnswer | undefined;
  /** The answer, asked for if needed (one request per context at a time). Rejects if the background fails. */
  get(context: PageContext): Promise<VerdictAnswer>;
  /** A fresh answer with the tribunal profile, for a warning about to be shown (not kept). */
  withProfile(context: PageContext): Promise<VerdictAnswer & { profile: NonNullable<VerdictAnswer['profile']> }>;
  /** Called after every change of the record or the policy (the tracked screen's banner is judged again). */
  onChange(listener: () => void): void;
}

export function createVerdictClient(api: Pick<ExtensionApi, 'runtime'>, url: () => string, now: () => number = Date.now): VerdictClient {
  const answers = new Map<string, { answer: VerdictAnswer; at: number }>();
  const asking = new Map<string, Promise<VerdictAnswer>>();
  const listeners: (() => void)[] = [];
  let generation = 0;
  let pinned: SajSelectors | undefined;

  const ask = (context: PageContext, withProfile = false): Promise<VerdictAnswer> => {
    // Only what the engine reads of the page: never the documents' names.
    const { user, lotacao, database, plantaoHint, grau, comarca } = context;
    const request: VerdictRequest = { type: VERDICT_MESSAGE, url: url(), context: { user, lotacao, database, plantaoHint, grau, comarca }, ...(withProfile ? { withProfile } : {}) };
    return api.runtime.sendMessage(request).then((answer) => {
      if (!answer || typeof answer !== 'object' || !('verdict' in answer)) throw new Error('the background gave no verdict');
      return answer as VerdictAnswer;
    });
  };

  const cached = (context: PageContext) => {
    const hit = answers.get(contextKey(url(), context));
    return hit && now() - hit.at < VERDICT_TTL_MS ? hit.answer : undefined;
  };

  return {
    cached,
    get(context) {
      const hit = cached(context);
      if (hit) return Promise.resolve(hit);
      const key = contextKey(url(), context);
      let pending = asking.get(key);
      if (!pending) {
        const mine = generation;
        pending = ask(context).then((typed) => {
          if (mine === generation) answers.set(key, { answer: typed, at: now() });
          pinned = typed.selectors;
          return typed;
        });
        asking.set(key, pending);
        const mine2 = pending;
        void mine2.finally(() => asking.get(key) === mine2 && asking.delete(key)).catch(() => undefined);
      }
      return pending;
    },
    withProfile: (context) =>
      ask(context, true).then((answer) => {
        if (!answer.profile) throw new Error('the background gave no profile');
        return answer as VerdictAnswer & { profile: NonNullable<VerdictAnswer['profile']> };
      }),
    onChange: (listener) => void listeners.push(listener),
    invalidate() {
      generation++;
      answers.clear();
      asking.clear();
      for (const listener of listeners) listener();
    },
    selectors: () => pinned,
  };
}
