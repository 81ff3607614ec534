/** Which CNJ arrangement (BNMP 2.0/SCA, PDPJ/CNJ Corporativo, BNMP 3.0) applied at an instant, by the tribunal's local date. */
import { wallClock } from '../calendar/wall-clock';
import type { CnjEra, Contact, ContactTopic, SajProcedure, TribunalProfile } from './schema';

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

/**
 * The SAJ registration screen as documented for the date at `instant`. `current` is false when the
 * latest description was written for an earlier era (TJMS's GPS describes BNMP 2.0's menu): callers
 * then say so instead of presenting an old menu as today's. Undefined when the profile has none.
 */
export function sajProcedureAt(profile: TribunalProfile, instant: Date): { procedure: SajProcedure; current: boolean } | undefined {
  return sajProcedureOn(profile, wallClock(instant, profile.timeZone).isoDate);
}

/** `sajProcedureAt` for a local date (AAAA-MM-DD) already known. */
export function sajProcedureOn(profile: TribunalProfile, today: string): { procedure: SajProcedure; current: boolean } | undefined {
  const begun = profile.sajProcedures.filter((p) => p.from <= today).sort((a, b) => a.from.localeCompare(b.from));
  const latest = begun.at(-1) ?? [...profile.sajProcedures].sort((a, b) => a.from.localeCompare(b.from))[0];
  if (!latest) return undefined;
  return { procedure: latest, current: latest.from <= today && (!latest.until || today < latest.until) };
}

/**
 * The contacts a source names for a topic (seed 000: only the Coordenadoria for the reset; the
 * Coordenadoria and the STI for an access already requested), plus any contact IT added without
 * topics. When nobody is named for it (TRE-RJ's Act names no one for the reset), every contact.
 */
export function contactsFor(profile: TribunalProfile, topic: ContactTopic): Contact[] {
  const chosen = profile.contacts.filter((c) => c.topics === undefined || c.topics.includes(topic));
  return chosen.some((c) => c.topics !== undefined) ? chosen : profile.contacts;
}
