/**
 * Keeps the policy mirror (lib/policy/cache.ts) current: every time managed storage gives the
 * background a policy different from the last one, it is written to storage.local, where pages
 * and content scripts read it in milliseconds instead of waiting for Chromium's first managed read.
 */
import type { PolicyCache } from '../policy/cache';
import { savePolicyMirror } from '../storage/settings';

export function setUpPolicyMirror(cache: PolicyCache): void {
  const write = () => {
    const mirror = cache.mirror();
    if (mirror) void savePolicyMirror(mirror).catch(() => undefined);
  };
  cache.subscribe(write);
  void cache.ready.then(write);
}
