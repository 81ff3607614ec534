import { describe, expect, it } from 'vitest';
import { choosePerson, profileFor, replacePerson } from '../../../lib/guides/person';
import { fileOf, person } from './builders';

describe('whose guide it is', () => {
  const maria = person();
  const joao = person({ id: 'joao', name: 'João Pedro Lima', sajLogin: 'JPLIMA', tribunal: 'tre-rj' });

  it.each([
    ['the requested person', { ...fileOf(maria, joao) }, 'joao', 'joao'],
    ['"eu" when nothing is requested', fileOf(maria, joao), null, 'maria'],
    ['"eu" when the requested id is unknown', fileOf(maria, joao), 'ninguem', 'maria'],
    ['the only person when nobody is "eu"', { ...fileOf(joao), meId: undefined }, null, 'joao'],
    ['nobody when several and no "eu"', { format: 'sentinela-bnmp-status', version: 2, people: [maria, joao] } as const, null, undefined],
  ] as const)('%s', (_what, file, requested, expected) => {
    expect(choosePerson(file as never, requested)?.id).toBe(expected);
  });

  it('reads the person’s tribunal profile, TJMS when nobody is chosen', () => {
    expect(profileFor(person({ tribunal: 'tre-rj' })).id).toBe('tre-rj');
    expect(profileFor(undefined).id).toBe('tjms');
  });

  it('replaces one person and stamps the file', () => {
    const now = new Date('2026-11-21T15:00:00Z');
    const file = replacePerson(fileOf(maria, joao), { ...joao, name: 'João P. Lima' }, now);
    expect(file.people.map((p) => p.name)).toEqual(['Maria Aparecida Souza', 'João P. Lima']);
    expect(file.updatedAt).toBe('2026-11-21T15:00:00.000Z');
  });
});
