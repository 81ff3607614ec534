/**
 * The background's half of the guard: it answers a page's `sentinela:verdict` with the readiness
 * engine's verdict for what the page shows (lib/guard/verdict-protocol.ts), from the stored status and
 * IT's policy it keeps in memory, and records the warning history lines pages send
 * (`sentinela:history`). Pages then need neither the engine nor the schemas (docs/performance.md).
 */
import { browser } from 'wxt/browser';
import type { PolicyCache } from '../policy/cache';
import { guardEnabledFor, profileForUrl, type EffectivePolicy } from '../policy/effective';
import { profileFor } from '../guides/person';
import { findPersonForScreen } from '../status/people';
import { interpretStoredStatus, type LoadedStatus } from '../status/storage-interpret';
import { evaluateReadiness } from '../readiness/engine';
import { appendHistory, loadStatus, statusItem } from '../storage/status';
import { CHANGED_MESSAGE, HISTORY_MESSAGE, VERDICT_MESSAGE, type HistoryRequest, type VerdictAnswer, type VerdictRequest } from '../guard/verdict-protocol';
import { pinnedSelectors } from '../policy/pinned';
import type { PageContext } from '../saj/screen';

/** Stands for "a BNMP document": the verdict does not depend on which one (see the protocol). */
const SOME_BNMP_DOCUMENT = { label: 'documento do BNMP', bnmp: true } as const;

/** Only the fields the engine reads, as bounded text: the page wrote them, it does not choose their shape. */
export function cleanContext(raw: unknown): PageContext {
  const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.slice(0, 300) : undefined);
  const context: PageContext = {};
  for (const key of ['user', 'lotacao', 'database', 'comarca'] as const) {
    const value = text(c[key]);
    if (value) context[key] = value;
  }
  if (c.plantaoHint === true) context.plantaoHint = true;
  if (c.grau === 2) context.grau = 2;
  return context;
}

/** The answer for a context. Pure: the status, the policy and the instant come in. */
export function answerVerdict(input: { status: LoadedStatus; policy: EffectivePolicy; url: string; context: unknown; now: Date; withProfile?: boolean }): VerdictAnswer {
  const { status, policy, url, now } = input;
  const context = cleanContext(input.context);
  const person = status.state === 'ok' ? findPersonForScreen(status.file, context.user) : undefined;
  const profile = person ? profileFor(person, policy) : profileForUrl(policy, url);
  const screen = { ...context, documents: [SOME_BNMP_DOCUMENT] };
  const engineStatus = status.state === 'ok' ? { state: 'ok' as const, file: status.file } : { state: status.state };
  const selectors = pinnedSelectors(policy);
  return {
    verdict: evaluateReadiness({ status: engineStatus, screen, profile, now }),
    guardOn: guardEnabledFor(policy, profile),
    profileId: profile.id,
    ...(input.withProfile ? { profile } : {}),
    statusState: status.state,
    ...(selectors ? { selectors } : {}),
  };
}

const isRequest = (message: unknown): message is VerdictRequest =>
  (message as VerdictRequest | null)?.type === VERDICT_MESSAGE && typeof (message as VerdictRequest).url === 'string' && typeof (message as VerdictRequest).context === 'object';
const isHistory = (message: unknown): message is HistoryRequest =>
  (message as HistoryRequest | null)?.type === HISTORY_MESSAGE && typeof (message as HistoryRequest).entry === 'object';

export function setUpVerdicts(policy: PolicyCache): void {
  let status: LoadedStatus = { state: 'empty' };
  const loaded = loadStatus().then(
    (value) => void (status = value),
    () => void (status = { state: 'unreadable', errors: [] }),
  );
  // Pages keep answers: tell every guarded tab (the only ones whose address Sentinela may see) when
  // they went stale. A tab without the guard just does not answer.
  let broadcast: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(broadcast);
    broadcast = setTimeout(async () => {
      for (const tab of await browser.tabs.query({}).catch(() => [])) {
        if (tab.id === undefined || tab.id < 0 || !tab.url || !/^https?:/.test(tab.url)) continue;
        void browser.tabs.sendMessage(tab.id, { type: CHANGED_MESSAGE }).catch(() => undefined);
      }
    }, 20);
  };
  statusItem.watch((value) => {
    status = interpretStoredStatus(value);
    changed();
  });
  policy.subscribe(changed);
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined; // only our own content scripts
    if (isRequest(message)) {
      return Promise.all([loaded, policy.ready]).then(() =>
        answerVerdict({ status, policy: policy.current(), url: message.url, context: message.context, now: new Date(), withProfile: message.withProfile === true }),
      );
    }
    // The entry is validated by appendHistory (no names, no document text: lib/storage/items.ts).
    if (isHistory(message)) return appendHistory(message.entry).catch(() => false);
    return undefined;
  });
}
