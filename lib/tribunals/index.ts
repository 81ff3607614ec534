/** The tribunal profiles shipped with Sentinela, and how code gets the one in force (with IT's override applied). */
import { mergeProfile, type ProfileOverride } from './merge';
import type { TribunalProfile } from './schema';
import { TJMS } from './tjms';
import { TRE_RJ } from './tre-rj';

export { eraAt } from './era';
export { mergeProfile, type ProfileOverride, type RejectedOverride } from './merge';

export const TRIBUNALS: Record<string, TribunalProfile> = {
  [TJMS.id]: TJMS,
  [TRE_RJ.id]: TRE_RJ,
};

export const DEFAULT_TRIBUNAL_ID = 'tjms';

export function isKnownTribunal(id: string): boolean {
  return Object.hasOwn(TRIBUNALS, id);
}

/**
 * The profile for `id` with the override applied (invalid override fields are dropped; call
 * `mergeProfile` to list them). Overrides are treated as immutable (the result is cached per object).
 * An unknown id falls back to the default tribunal, so the guard keeps
 * working; callers that must tell the difference use `isKnownTribunal`.
 */
export function getProfile(id: string, override?: ProfileOverride): TribunalProfile {
  const base = (isKnownTribunal(id) ? TRIBUNALS[id] : undefined) ?? TJMS;
  if (override === undefined || typeof override !== 'object' || override === null) return base;
  // The guard asks on every click with the same stored override object: merge (and validate) once.
  let byBase = merged.get(override);
  if (!byBase) merged.set(override, (byBase = new WeakMap()));
  let profile = byBase.get(base);
  if (!profile) byBase.set(base, (profile = mergeProfile(base, override).profile));
  return profile;
}

const merged = new WeakMap<object, WeakMap<TribunalProfile, TribunalProfile>>();
