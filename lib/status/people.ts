/**
 * Who is signing, and editing the list of people. Pure: the content script uses
 * `findPersonForScreen` on every signing screen, the options page the editing helpers.
 */
import type { Person, StatusFile } from './schema';

/** Accent-, case-, punctuation- and space-insensitive form: "JOSÉ  da Silva-Neto" → "jose da silva neto". */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Digit runs that may be a CPF or a numeric login, whatever their punctuation: "123.456.789-09" → "12345678909". */
function digitRuns(text: string): Set<string> {
  return new Set((text.match(/\d[\d.\-/\s]*\d/g) ?? []).map((run) => run.replace(/\D/g, '')));
}

const containsWords = (haystack: string, needle: string) => needle !== '' && ` ${haystack} `.includes(` ${needle} `);

/**
 * The stored person the SAJ header names. The header shows the user's name, "NAME (LOGIN)",
 * or the login alone. Matching goes from the surest evidence to the weakest (login or CPF →
 * exact name → name or login found inside a longer header) and stops at the first level with
 * a single match; two people at the same level means we cannot tell, so undefined.
 *
 * No header text: the page does not say who signs, so assume the browser's own user (`meId`).
 * A header that matches nobody: someone else signs, so undefined, never "me".
 */
export function findPersonForScreen(file: StatusFile, screenUser?: string): Person | undefined {
  const header = screenUser?.trim() ?? '';
  if (header === '') return file.meId === undefined ? undefined : file.people.find((p) => p.id === file.meId);

  const parenthesized = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(header);
  const namePart = normalizeForMatch(parenthesized?.[1] ?? header);
  const loginPart = parenthesized ? normalizeForMatch(parenthesized[2] ?? '') : undefined;
  const whole = normalizeForMatch(header);
  const digits = digitRuns(header);

  const levels: Array<(p: Person) => boolean> = [
    (p) => {
      const login = normalizeForMatch(p.sajLogin);
      if (login !== '' && (login === loginPart || login === whole)) return true;
      const numericLogin = /^[\d.\-/\s]+$/.test(p.sajLogin) ? p.sajLogin.replace(/\D/g, '') : undefined;
      return (numericLogin !== undefined && digits.has(numericLogin)) || (p.cpf !== undefined && digits.has(p.cpf));
    },
    (p) => normalizeForMatch(p.name) === namePart,
    (p) => containsWords(whole, normalizeForMatch(p.name)) || containsWords(whole, normalizeForMatch(p.sajLogin)),
  ];
  for (const matches of levels) {
    const found = file.people.filter(matches);
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Adds the person, or replaces the one with the same id. The first person of an empty list
 * becomes "eu" (`meId`) unless one is already set: a single user should not have to say so.
 */
export function upsertPerson(file: StatusFile, person: Person): StatusFile {
  const exists = file.people.some((p) => p.id === person.id);
  const people = exists ? file.people.map((p) => (p.id === person.id ? person : p)) : [...file.people, person];
  const meId = file.meId ?? (file.people.length === 0 ? person.id : undefined);
  return withMeId({ ...file, people }, meId);
}

/** Removes the person; removing "eu" leaves nobody as "eu" (the schema rejects a dangling meId). */
export function removePerson(file: StatusFile, id: string): StatusFile {
  const people = file.people.filter((p) => p.id !== id);
  return withMeId({ ...file, people }, file.meId === id ? undefined : file.meId);
}

/** A fresh local identifier (never shown), valid for the schema's `id` pattern. */
export function newPersonId(): string {
  return `p-${crypto.randomUUID()}`;
}

/** Same SAJ user: same tribunal and same SAJ login. Ids are local to one browser and say nothing. */
export function samePerson(a: Person, b: Person): boolean {
  return normalizeForMatch(a.tribunal) === normalizeForMatch(b.tribunal) && normalizeForMatch(a.sajLogin) === normalizeForMatch(b.sajLogin);
}

/**
 * Import in "merge" mode: each imported person replaces the stored one who is the same SAJ
 * user (keeping the stored id, so "eu" still points at them) or is added. The imported file is
 * the newer information the user chose, so it wins field by field as a whole person.
 * "eu" stays as it was; if none was set, the imported file's "eu" is used. `updatedAt` is
 * the later of the two.
 */
export function mergeStatusFiles(
  current: StatusFile,
  incoming: StatusFile,
): { file: StatusFile; added: number; updated: number } {
  const people = [...current.people];
  const idFor = new Map<string, string>();
  let added = 0;
  let updated = 0;
  for (const person of incoming.people) {
    const index = people.findIndex((p) => samePerson(p, person));
    const existing = people[index];
    if (existing) {
      people[index] = { ...person, id: existing.id };
      idFor.set(person.id, existing.id);
      updated++;
    } else {
      const id = people.some((p) => p.id === person.id) ? newPersonId() : person.id;
      people.push({ ...person, id });
      idFor.set(person.id, id);
      added++;
    }
  }
  const meId = current.meId ?? (incoming.meId === undefined ? undefined : idFor.get(incoming.meId));
  const updatedAt = latest(current.updatedAt, incoming.updatedAt);
  const { updatedAt: _old, ...base } = current;
  const merged = updatedAt === undefined ? { ...base, people } : { ...base, people, updatedAt };
  return { file: withMeId(merged, meId), added, updated };
}

/** The later of two ISO date-times (they may carry different offsets). */
function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function withMeId(file: StatusFile, meId: string | undefined): StatusFile {
  const { meId: _old, ...rest } = file;
  return meId === undefined ? rest : { ...rest, meId };
}
