/**
 * The policy in force, kept in memory and current, for the background (which answers the SAJ
 * guard's verdicts), BNMP web's guard core and the pages; `current()` is synchronous so a click never waits for storage.
 *
 * Where it comes from, in order:
 *   1. `storage.managed` (IT's enterprise policy). Chromium answers the first read of a browser
 *      session only once its policy service is up, seconds after the browser starts (3–6 s measured
 *      here); Firefox without a policy for the extension rejects the read ("no policy", marked
 *      `readFailed`: keep what IT granted, remove nothing).
 *   2. Until managed storage answers: the **mirror** — the policy as the background last read it,
 *      kept in `storage.local` (lib/storage/items.ts `policyMirror`), which answers in milliseconds.
 *      So a judge opening the browser and signing at once gets IT's policy of the last session at
 *      once, not after the managed read; on a profile that never had one, the tribunal's defaults.
 *   3. Test builds only (`SENTINELA_TEST_BUILD=1`, never the shipped one): while managed storage holds
 *      nothing, a policy under `storage.local[POLICY_SEAM_KEY]` goes through the same parse and
 *      merge, so E2E tests can play IT (Chrome refuses writes to managed storage). docs/security.md.
 *
 * Never rejects.
 */
import { browser } from 'wxt/browser';
import { EMPTY_POLICY, resolvePolicy, type EffectivePolicy, type PolicySource } from './effective';
import { POLICY_MIRROR_KEY } from './keys';

export { POLICY_MIRROR_KEY };
// The seam's key ('policyForTests', POLICY_SEAM_KEY in ./keys.ts) is spelled out where it is read, inside
// the test-build branches, so the shipped build keeps no trace of it.

/**
 * `__SENTINELA_TEST_BUILD__` (wxt.config.ts `define`): true only in test builds. It is written out at
 * each use, not kept in a variable, so the shipped build's minifier drops the seam's code entirely
 * (a test checks the bundle for it).
 */
declare const __SENTINELA_TEST_BUILD__: boolean;

/** What the background mirrors: the raw policy in force and where it came from. */
export interface PolicyMirror {
  raw: unknown;
  source: PolicySource;
  readFailed?: boolean;
  /** When managed storage was read, ISO. */
  at: string;
}

interface Sources {
  /** undefined until managed storage answered. */
  managed?: { value: unknown; failed: boolean };
  mirror?: PolicyMirror | null;
  seam?: unknown;
}

export interface PolicyCache {
  /** The latest policy (EMPTY_POLICY until `ready`). */
  current(): EffectivePolicy;
  /** Resolves once the fast reads (mirror, seam) or managed storage answered; never rejects. */
  ready: Promise<void>;
  /** Called after every change that was applied. Returns the unsubscribe function. */
  subscribe(listener: (policy: EffectivePolicy) => void): () => void;
  /** The raw policy in force once managed storage answered (or the test seam in test builds): what the background mirrors. */
  mirror(): PolicyMirror | undefined;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasValues = (v: unknown): boolean => isPlain(v) && Object.keys(v).length > 0;

function asMirror(value: unknown): PolicyMirror | null {
  if (!isPlain(value) || typeof value.at !== 'string') return null;
  const source = value.source === 'managed' || (__SENTINELA_TEST_BUILD__ && value.source === 'test-seam') ? value.source : 'none';
  return { raw: source === 'none' ? undefined : value.raw, source, at: value.at, ...(value.readFailed === true ? { readFailed: true } : {}) };
}

/** The policy the sources make, and what to mirror of it. Pure. */
export function policyFrom(sources: Sources): { policy: EffectivePolicy; raw: unknown; source: PolicySource; readFailed: boolean } {
  const seam = __SENTINELA_TEST_BUILD__ && sources.seam !== undefined && sources.seam !== null ? sources.seam : undefined;
  const pick = (raw: unknown, source: PolicySource, readFailed: boolean) => ({
    policy: source === 'none' ? (readFailed ? resolvePolicy(undefined, 'none', { readFailed }) : EMPTY_POLICY) : resolvePolicy(raw, source, readFailed ? { readFailed } : {}),
    raw,
    source,
    readFailed,
  });
  if (sources.managed) {
    const { value, failed } = sources.managed;
    if (hasValues(value)) return pick(value, 'managed', false);
    if (seam !== undefined) return pick(seam, 'test-seam', failed);
    return pick(undefined, 'none', failed);
  }
  const mirror = sources.mirror;
  if (mirror && mirror.source !== 'none') return pick(mirror.raw, mirror.source, mirror.readFailed === true);
  if (seam !== undefined) return pick(seam, 'test-seam', false);
  return pick(undefined, 'none', mirror?.readFailed === true);
}

async function readManaged(): Promise<{ value: unknown; failed: boolean }> {
  try {
    const area = (browser.storage as { managed?: { get(): Promise<unknown> } }).managed;
    return { value: area ? await area.get() : undefined, failed: false };
  } catch {
    return { value: undefined, failed: true };
  }
}

async function readLocal(): Promise<Pick<Sources, 'mirror' | 'seam'>> {
  try {
    const keys = __SENTINELA_TEST_BUILD__ ? [POLICY_MIRROR_KEY, 'policyForTests'] : [POLICY_MIRROR_KEY];
    const stored = await browser.storage.local.get(keys);
    return { mirror: asMirror(stored[POLICY_MIRROR_KEY]), seam: __SENTINELA_TEST_BUILD__ ? stored['policyForTests'] : undefined };
  } catch {
    return { mirror: null };
  }
}

/** One full read of the policy in force (waits for managed storage). */
export async function readPolicy(): Promise<EffectivePolicy> {
  try {
    const [managed, local] = await Promise.all([readManaged(), readLocal()]);
    return policyFrom({ managed, ...local }).policy;
  } catch {
    return resolvePolicy(undefined, 'none', { readFailed: true });
  }
}

export function createPolicyCache(options: { signal?: AbortSignal } = {}): PolicyCache {
  const sources: Sources = {};
  let current = EMPTY_POLICY;
  let currentKey = '';
  let managedGeneration = 0;
  let localGeneration = 0;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const listeners = new Set<(policy: EffectivePolicy) => void>();

  const apply = () => {
    let next: ReturnType<typeof policyFrom>;
    try {
      next = policyFrom(sources);
    } catch {
      return;
    }
    const key = JSON.stringify([next.raw, next.source, next.readFailed]);
    markReady();
    if (key === currentKey) return;
    currentKey = key;
    current = next.policy;
    for (const listener of listeners) {
      try {
        listener(current);
      } catch (error) {
        console.error('[Sentinela BNMP] política', error);
      }
    }
  };

  const refreshManaged = () => {
    const mine = ++managedGeneration;
    void readManaged().then((managed) => {
      if (mine !== managedGeneration) return; // a later change is being read: its answer wins
      sources.managed = managed;
      apply();
    });
  };
  const refreshLocal = () => {
    const mine = ++localGeneration;
    void readLocal().then((local) => {
      if (mine !== localGeneration) return;
      sources.mirror = local.mirror;
      sources.seam = local.seam;
      apply();
    });
  };

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') refreshManaged();
    else if (area === 'local' && (POLICY_MIRROR_KEY in changes || (__SENTINELA_TEST_BUILD__ && 'policyForTests' in changes))) refreshLocal();
  };
  browser.storage.onChanged.addListener(onChanged);
  options.signal?.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension is gone.
    }
  });
  refreshLocal();
  refreshManaged();

  return {
    current: () => current,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mirror() {
      // Before managed storage answered, the policy in force came from the mirror itself (writing it back
      // changes nothing) or, in test builds, from the seam (which pages then learn through the mirror).
      if (!sources.managed && !(__SENTINELA_TEST_BUILD__ && sources.seam !== undefined && sources.seam !== null)) return undefined;
      const { raw, source, readFailed } = policyFrom(sources.managed ? { ...sources, mirror: null } : sources);
      return { raw, source, ...(readFailed ? { readFailed: true } : {}), at: new Date().toISOString() };
    },
  };
}
