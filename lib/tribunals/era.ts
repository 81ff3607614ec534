/** Which CNJ arrangement (BNMP 2.0/SCA, PDPJ/CNJ Corporativo, BNMP 3.0) applied at an instant, by the tribunal's local date. */
import { wallClock } from '../calendar/wall-clock';
import type { CnjEra, TribunalProfile } from './schema';

/**
 * The era in force at `instant`, judged by the date in the profile's time zone (eras change at local
 * midnight). Before the first era → the first one; in a gap between eras → the latest that had begun.
 */
export function eraAt(profile: TribunalProfile, instant: Date): CnjEra {
  const today = wallClock(instant, profile.timeZone).isoDate;
  const eras = [...profile.cnjEras].sort((a, b) => a.from.localeCompare(b.from));
  const first = eras[0];
  if (!first) throw new Error('Perfil do tribunal sem eras do CNJ');
  let current = first;
  for (const era of eras) {
    if (era.from > today) break;
    current = era;
    if (!era.until || today < era.until) return era;
  }
  return current;
}
