/**
 * The policy in force, kept in memory and current: read once from `storage.managed`, re-read on
 * every change of the managed area. The guard core (content script), the background and the
 * options page each create one; `current()` is synchronous so a click never waits for storage.
 *
 * Absent, unsupported or failing managed storage means "no policy" (Firefox without a policy for
 * the extension rejects the read; Chrome returns {}). Never rejects.
 *
 * Test seam (docs/security.md): while managed storage holds nothing, a policy stored under
 * `storage.local[POLICY_SEAM_KEY]` goes through exactly the same parse and merge. It can never
 * override or weaken a real policy: as soon as IT sets any managed value, the seam is not read. Web
 * pages cannot write extension storage; an extension context that can write it could equally
 * rewrite the stored status, so the seam grants nothing new. The options page says when it is active.
 */
import { browser } from 'wxt/browser';
import { EMPTY_POLICY, resolvePolicy, type EffectivePolicy } from './effective';
import { POLICY_SEAM_KEY } from './keys';

export { POLICY_SEAM_KEY };

/**
 * How long anything waits for the first read of IT's policy. Chromium answers the first
 * `storage.managed` read of a browser session only once its policy service is up — seconds after
 * the browser starts (3–6 s measured here) — while everything else the extension reads arrives in
 * milliseconds. Past this, go on with the tribunal's defaults; the policy applies the moment it
 * arrives (every cache follows changes).
 */
export const POLICY_WAIT_MS = 1000;

/** Resolves when the first read applied or after `ms`, whichever comes first. Never rejects. */
export function readyOrDefaults(cache: Pick<PolicyCache, 'ready'>, ms = POLICY_WAIT_MS): Promise<void> {
  return Promise.race([cache.ready, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

export interface PolicyCache {
  /** The latest policy read (EMPTY_POLICY until `ready`). */
  current(): EffectivePolicy;
  /** Resolves once the first read has been applied; never rejects. */
  ready: Promise<void>;
  /** Called after every change that was applied. Returns the unsubscribe function. */
  subscribe(listener: (policy: EffectivePolicy) => void): () => void;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One read of the policy in force (managed storage, else the seam, else none). */
export async function readPolicy(): Promise<EffectivePolicy> {
  try {
    let managed: unknown;
    let readFailed = false;
    try {
      const area = (browser.storage as { managed?: { get(): Promise<unknown> } }).managed;
      managed = area ? await area.get() : undefined;
    } catch {
      readFailed = true;
    }
    if (isPlain(managed) && Object.keys(managed).length > 0) return resolvePolicy(managed, 'managed');
    let seam: unknown;
    try {
      seam = (await browser.storage.local.get(POLICY_SEAM_KEY))[POLICY_SEAM_KEY];
    } catch {
      seam = undefined;
    }
    if (seam !== undefined && seam !== null) return resolvePolicy(seam, 'test-seam', { readFailed });
    return readFailed ? resolvePolicy(undefined, 'none', { readFailed }) : EMPTY_POLICY;
  } catch {
    return resolvePolicy(undefined, 'none', { readFailed: true });
  }
}

export function createPolicyCache(options: { signal?: AbortSignal } = {}): PolicyCache {
  let current = EMPTY_POLICY;
  let generation = 0;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const listeners = new Set<(policy: EffectivePolicy) => void>();

  const refresh = () => {
    const mine = ++generation;
    void readPolicy().then((policy) => {
      if (mine !== generation) return; // a later change is being read: its answer wins
      current = policy;
      markReady();
      for (const listener of listeners) {
        try {
          listener(policy);
        } catch (error) {
          console.error('[Sentinela BNMP] política', error);
        }
      }
    });
  };

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && POLICY_SEAM_KEY in changes)) refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  options.signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
  refresh();

  return {
    current: () => current,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
