/** The tribunal profiles shipped with Sentinela (IT's override is applied by lib/policy/effective.ts). */
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

