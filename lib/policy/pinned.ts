/**
 * The selectors IT pinned for the detector (policy `profiles.<id>.selectors`: the signing action,
 * the document rows, the document type), for the always-on content script, which decides "no BNMP
 * document here" by itself and must read the page as the rest of the guard would. The background
 * sends them with every verdict (lib/guard/verdict-protocol.ts): every profile's selector counts,
 * joined in one selector list per key (the page does not know which tribunal's profile applies
 * until it is told). Each is checked to be a valid selector first.
 */
import type { EffectivePolicy } from './effective';
import type { SajSelectors } from '../tribunals/schema';

const MAX_SELECTOR = 500;
const DETECTOR_KEYS = ['signingAction', 'documentRow', 'documentType'] as const;

export function pinnedSelectors(effective: Pick<EffectivePolicy, 'profiles'>): SajSelectors | undefined {
  const probe = globalThis.document?.createDocumentFragment();
  const pinned: SajSelectors = {};
  for (const key of DETECTOR_KEYS) {
    const valid: string[] = [];
    for (const profile of Object.values(effective.profiles)) {
      const selector = profile.selectors?.[key];
      if (typeof selector !== 'string' || !selector.trim() || selector.length > MAX_SELECTOR || valid.includes(selector)) continue;
      try {
        probe?.querySelector(selector); // the service worker has no document: the page's detector checks again (usable())
        valid.push(selector);
      } catch {
        // Invalid: the parser reports it in Options; here it is simply not used.
      }
    }
    if (valid.length) pinned[key] = valid.join(', ');
  }
  return Object.keys(pinned).length ? pinned : undefined;
}
