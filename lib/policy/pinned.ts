/**
 * The selectors IT pinned for the detector (policy `profiles.<id>.selectors`: the signing action,
 * the document rows, the document type), for the always-on content script, which decides "no BNMP
 * document here" by itself and must read the page as the core would, yet cannot afford the policy
 * parser. Read from the policy mirror (lib/storage/items.ts `policyMirror`, written by the
 * background) and followed on change; every profile's selector counts, joined in one selector list
 * (the core applies the profile in force). Plain-object reads only: no schema library on this path.
 */
import { extensionApi } from '../guard/extension-api';
import type { SajSelectors } from '../tribunals/schema';
import { POLICY_MIRROR_KEY } from './keys';

const MAX_SELECTOR = 500;

const DETECTOR_KEYS = ['signingAction', 'documentRow', 'documentType'] as const;

/** The detector's selectors in a raw policy, each valid on its own, joined per key in one selector list. */
export function pinnedSelectors(raw: unknown): SajSelectors | undefined {
  const profiles = isPlain(raw) && isPlain(raw.profiles) ? raw.profiles : undefined;
  if (!profiles) return undefined;
  const probe = globalThis.document?.createDocumentFragment();
  const pinned: SajSelectors = {};
  for (const key of DETECTOR_KEYS) {
    const valid: string[] = [];
    for (const profile of Object.values(profiles)) {
      const selector = isPlain(profile) && isPlain(profile.selectors) ? profile.selectors[key] : undefined;
      if (typeof selector !== 'string' || !selector.trim() || selector.length > MAX_SELECTOR) continue;
      try {
        probe?.querySelector(selector);
        valid.push(selector);
      } catch {
        // Invalid: the parser reports it in Options; here it is simply not used.
      }
    }
    if (valid.length) pinned[key] = valid.join(', ');
  }
  return Object.keys(pinned).length ? pinned : undefined;
}

export function watchPinnedSelectors(signal: AbortSignal): { current(): SajSelectors | undefined } {
  let current: SajSelectors | undefined;
  const apply = (mirror: unknown) => {
    current = pinnedSelectors(isPlain(mirror) ? mirror.raw : undefined);
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && POLICY_MIRROR_KEY in changes) apply(changes[POLICY_MIRROR_KEY]!.newValue);
  };
  const storage = extensionApi?.storage;
  try {
    storage?.onChanged.addListener(onChanged);
    signal.addEventListener('abort', () => {
      try {
        storage?.onChanged.removeListener(onChanged);
      } catch {
        // The extension is gone.
      }
    });
    storage?.local.get(POLICY_MIRROR_KEY).then((stored) => apply(stored[POLICY_MIRROR_KEY]), () => undefined);
  } catch {
    // No storage (the extension is going away): nothing pinned.
  }
  return { current: () => current };
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
