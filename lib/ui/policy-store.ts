/**
 * IT's policy as the popup and the options page see it: the effective policy in a Zustand store,
 * read before the first paint (lib/ui/boot.ts) and kept current as IT changes it, so a field locked
 * or a tribunal fixed meanwhile shows at once. Rendering reads `usePolicy()`; actions read
 * `currentPolicy()` at the moment they write.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createPolicyCache, type PolicyCache } from '../policy/cache';
import { EMPTY_POLICY, type EffectivePolicy } from '../policy/effective';

export const policyStore = createStore<{ effective: EffectivePolicy }>()(() => ({ effective: EMPTY_POLICY }));

export function usePolicy(): EffectivePolicy {
  return useStore(policyStore, (s) => s.effective);
}

export function currentPolicy(): EffectivePolicy {
  return policyStore.getState().effective;
}

/**
 * Reads the policy into the store and follows its changes. Resolves once the fast first read (the
 * policy mirror) applied — right after the browser starts, Chromium's own managed read takes
 * seconds, and a page must not stay blank meanwhile; managed storage's answer shows when it comes.
 */
export async function hydratePolicyStore(cache: PolicyCache = createPolicyCache()): Promise<() => void> {
  const unsubscribe = cache.subscribe((effective) => policyStore.setState({ effective }));
  await cache.ready;
  policyStore.setState({ effective: cache.current() });
  return unsubscribe;
}
