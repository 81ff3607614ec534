/**
 * Whose guide this is: the guides show one recorded person at a time (the browser's "eu" by
 * default), and read that person's tribunal profile as IT's policy leaves it. Pure.
 */
import { EMPTY_POLICY, profileOf, withManagedValues, type EffectivePolicy } from '../policy/effective';
import type { Person, StatusFile } from '../status/schema';
import { TRIBUNALS } from '../tribunals';
import type { TribunalProfile } from '../tribunals/schema';

/**
 * The person asked for (`?pessoa=<id>`), else "eu", else the only one recorded. Several people and
 * nobody marked "eu": undefined, and the page lets the user pick (a shared computer, a help desk).
 */
export function choosePerson(file: StatusFile | undefined, requestedId?: string | null): Person | undefined {
  if (!file) return undefined;
  const byId = (id: string | null | undefined) => (id ? file.people.find((p) => p.id === id) : undefined);
  return byId(requestedId) ?? byId(file.meId) ?? (file.people.length === 1 ? file.people[0] : undefined);
}

/** The tribunal id a stored value means ("TJMS" and "tjms" alike); unknown values are kept as they are. */
export function tribunalIdOf(tribunal: string): string {
  const key = tribunal.trim().toLowerCase();
  const found = Object.values(TRIBUNALS).find((p) => p.id === key || p.shortName.toLowerCase() === key);
  return found?.id ?? tribunal;
}

/**
 * The person's tribunal profile with IT's overrides (a tribunal IT fixed wins over the stored one);
 * nobody chosen, or a tribunal Sentinela does not know: the installation's tribunal.
 */
export function profileFor(person: Person | undefined, effective: EffectivePolicy = EMPTY_POLICY): TribunalProfile {
  const tribunal = person ? withManagedValues(effective, person).tribunal : undefined;
  return profileOf(effective, tribunal === undefined ? undefined : tribunalIdOf(tribunal));
}

/** A copy of the file with one person changed; the file's `updatedAt` moves to `now`. */
export function replacePerson(file: StatusFile, person: Person, now: Date): StatusFile {
  return {
    ...file,
    people: file.people.map((p) => (p.id === person.id ? person : p)),
    updatedAt: now.toISOString(),
  };
}
