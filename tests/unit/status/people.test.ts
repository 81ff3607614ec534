import { describe, expect, it } from 'vitest';
import {
  findPersonForScreen,
  mergeStatusFiles,
  newPersonId,
  normalizeForMatch,
  removePerson,
  upsertPerson,
} from '../../../lib/status/people';
import { validateStatusFile } from '../../../lib/status/parse';
import { emptyStatusFile, type Person, type StatusFile } from '../../../lib/status/schema';
import { example } from './examples/v002';

const team = (): StatusFile => structuredClone(example) as StatusFile;
const person = (file: StatusFile, id: string): Person => {
  const found = file.people.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('normalizeForMatch', () => {
  it.each([
    ['JOSÉ  da Silva-Neto', 'jose da silva neto'],
    ['  João Batista Sá ', 'joao batista sa'],
    ['ana.lima', 'ana lima'],
    ['1ª Vara', '1a vara'],
  ])('%j → %j', (input, normalized) => {
    expect(normalizeForMatch(input)).toBe(normalized);
  });
});

describe('findPersonForScreen', () => {
  // The team: Ana Paula Ferreira Lima (ana.lima, CPF 12345678909, "eu"), Carlos Eduardo Nogueira
  // (carlos.nogueira), João Batista Sá (joao.sa).
  it.each<[string | undefined, string | undefined]>([
    ['Ana Paula Ferreira Lima', 'p-ana'],
    ['ANA PAULA FERREIRA LIMA', 'p-ana'],
    ['JOAO BATISTA SA', 'p-joao'],
    ['joão   batista   sá', 'p-joao'],
    ['CARLOS EDUARDO NOGUEIRA (carlos.nogueira)', 'p-carlos'],
    ['Carlos E. Nogueira (CARLOS.NOGUEIRA)', 'p-carlos'],
    ['joao.sa', 'p-joao'],
    ['JOAO.SA', 'p-joao'],
    ['Usuário: joao.sa', 'p-joao'],
    ['Bem-vindo(a), Carlos Eduardo Nogueira', 'p-carlos'],
    ['ANA P F LIMA (123.456.789-09)', 'p-ana'],
    // The page says who signs: no fallback to "eu".
    ['Maria Aparecida Souza', undefined],
    ['MARIA APARECIDA SOUZA (maria.souza)', undefined],
    ['Ana', undefined],
    // The page does not say: "eu".
    [undefined, 'p-ana'],
    ['', 'p-ana'],
    ['   ', 'p-ana'],
  ])('header %j → %s', (header, id) => {
    expect(findPersonForScreen(team(), header)?.id).toBe(id);
  });

  it('prefers the login to the name when they disagree', () => {
    // The stored name is outdated (married name), the login is the same SAJ user.
    expect(findPersonForScreen(team(), 'ANA PAULA FERREIRA LIMA NOGUEIRA (carlos.nogueira)')?.id).toBe('p-carlos');
  });

  it('a numeric login written with dots on the page is still that login', () => {
    const file = team();
    person(file, 'p-joao').sajLogin = '98765432100';
    expect(findPersonForScreen(file, 'JOAO B SA (987.654.321-00)')?.id).toBe('p-joao');
  });

  it('cannot tell two people with the same name apart by name, so says nobody', () => {
    const file = team();
    file.people.push({ ...person(file, 'p-joao'), id: 'p-joao-2', sajLogin: 'joao.sa2' });
    expect(findPersonForScreen(file, 'João Batista Sá')).toBeUndefined();
    expect(findPersonForScreen(file, 'João Batista Sá (joao.sa2)')?.id).toBe('p-joao-2');
  });

  it('without "eu" and without a name on the page, nobody', () => {
    const { meId: _, ...file } = team();
    expect(findPersonForScreen(file, undefined)).toBeUndefined();
  });

  it('with nobody recorded, nobody', () => {
    expect(findPersonForScreen(emptyStatusFile(), 'Ana Paula Ferreira Lima')).toBeUndefined();
  });
});

describe('upsertPerson and removePerson', () => {
  it('adds a new person and keeps the file valid', () => {
    const file = team();
    const maria: Person = { ...person(file, 'p-joao'), id: newPersonId(), name: 'Maria Aparecida Souza', sajLogin: 'maria.souza' };
    const next = upsertPerson(file, maria);
    expect(next.people.map((p) => p.name)).toContain('Maria Aparecida Souza');
    expect(next.meId).toBe('p-ana');
    expect(validateStatusFile(next).ok).toBe(true);
    expect(file.people).toHaveLength(3); // the input is not modified
  });

  it('replaces the person with the same id in place', () => {
    const file = team();
    const next = upsertPerson(file, { ...person(file, 'p-carlos'), cargo: 'desembargador' });
    expect(next.people.map((p) => p.id)).toEqual(['p-ana', 'p-carlos', 'p-joao']);
    expect(person(next, 'p-carlos').cargo).toBe('desembargador');
  });

  it('makes the first person of an empty list "eu"', () => {
    const ana = person(team(), 'p-ana');
    expect(upsertPerson(emptyStatusFile(), ana).meId).toBe('p-ana');
  });

  it('removes a person; removing "eu" leaves no dangling "eu"', () => {
    const withoutJoao = removePerson(team(), 'p-joao');
    expect(withoutJoao.people.map((p) => p.id)).toEqual(['p-ana', 'p-carlos']);
    expect(withoutJoao.meId).toBe('p-ana');
    const withoutMe = removePerson(team(), 'p-ana');
    expect('meId' in withoutMe).toBe(false);
    expect(validateStatusFile(withoutMe).ok).toBe(true);
  });

  it('newPersonId gives distinct ids the schema accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, newPersonId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

describe('mergeStatusFiles', () => {
  it('updates the same SAJ user (keeping the local id) and adds the others', () => {
    const current = team();
    const incoming: StatusFile = {
      format: 'sentinela-bnmp-status',
      version: 2,
      people: [
        // Same person, exported from another browser with another id and newer data.
        { ...person(current, 'p-joao'), id: 'eu', sajLogin: 'JOAO.SA', cnjAccount: { system: 'corporativo', status: 'confirmado', confirmedOn: '2026-11-19' } },
        // Someone new whose id collides with a local one.
        { ...person(current, 'p-carlos'), id: 'p-ana', name: 'Maria Aparecida Souza', sajLogin: 'maria.souza' },
      ],
      meId: 'eu',
    };
    const { file, added, updated } = mergeStatusFiles(current, incoming);
    expect({ added, updated }).toEqual({ added: 1, updated: 1 });
    expect(file.people).toHaveLength(4);
    expect(person(file, 'p-joao').cnjAccount.status).toBe('confirmado');
    const maria = file.people.find((p) => p.name === 'Maria Aparecida Souza');
    expect(maria?.id).not.toBe('p-ana');
    expect(file.meId).toBe('p-ana'); // "eu" on this browser does not change
    expect(validateStatusFile(file).ok).toBe(true);
  });

  it('does not mistake a namesake in another tribunal for the same person', () => {
    const current = team();
    const other = { ...person(current, 'p-carlos'), id: 'x', tribunal: 'tre-rj' };
    const { added, updated } = mergeStatusFiles(current, { ...emptyStatusFile(), people: [other] });
    expect({ added, updated }).toEqual({ added: 1, updated: 0 });
  });

  it('takes "eu" from the import when none is set here', () => {
    const incoming = team();
    const { file } = mergeStatusFiles(emptyStatusFile(), incoming);
    expect(file.meId).toBe('p-ana');
    expect(file.people).toEqual(incoming.people);
  });
});

describe('mergeStatusFiles and updatedAt', () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    // 16:45 at UTC−4 is 20:45 UTC: later than 20:00 UTC although it reads earlier.
    ['2026-11-20T16:45:00-04:00', '2026-11-20T20:00:00Z', '2026-11-20T16:45:00-04:00'],
    ['2026-11-20T16:45:00-04:00', '2026-11-20T21:00:00Z', '2026-11-20T21:00:00Z'],
    [undefined, '2026-11-20T21:00:00Z', '2026-11-20T21:00:00Z'],
    ['2026-11-20T21:00:00Z', undefined, '2026-11-20T21:00:00Z'],
    [undefined, undefined, undefined],
  ])('here %s, imported %s → %s', (here, imported, expected) => {
    const at = (f: StatusFile, value: string | undefined): StatusFile => {
      const { updatedAt: _, ...rest } = f;
      return value === undefined ? rest : { ...rest, updatedAt: value };
    };
    const { file } = mergeStatusFiles(at(emptyStatusFile(), here), at(team(), imported));
    expect(file.updatedAt).toBe(expected);
    expect('updatedAt' in file).toBe(expected !== undefined);
  });
});
