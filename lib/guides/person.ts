/**
 * Whose guide this is: the guides show one recorded person at a time (the browser's "eu" by
 * default), and read that person's tribunal profile. Pure.
 */
import type { Person, StatusFile } from '../profile/schema';
import { DEFAULT_TRIBUNAL_ID, getProfile } from '../tribunals';
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

/** The tribunal profile of the person, or the default tribunal's when nobody is chosen. */
export function profileFor(person: Person | undefined): TribunalProfile {
  return getProfile(person?.tribunal ?? DEFAULT_TRIBUNAL_ID);
}

/** A copy of the file with one person changed; the file's `updatedAt` moves to `now`. */
export function replacePerson(file: StatusFile, person: Person, now: Date): StatusFile {
  return {
    ...file,
    people: file.people.map((p) => (p.id === person.id ? person : p)),
    updatedAt: now.toISOString(),
  };
}
