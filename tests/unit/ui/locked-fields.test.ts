/** Fields IT locked, in the person form and the import: what is read-only, what a save keeps, what an import may not change. */
import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, resolvePolicy } from '../../../lib/policy/effective';
import type { Person, StatusFile } from '../../../lib/status/schema';
import { importLockedChanges, keepLockedValues, lockedFieldNames, readOnlyFields } from '../../../lib/ui/locked-fields';
import { fileOf, person } from '../guides/builders';

const policy = (raw: unknown) => resolvePolicy(raw, 'managed');
const maria = person();
const noCpf = person({ cpf: undefined, lastReviewOn: undefined });

describe('readOnlyFields', () => {
  it.each([
    ['nothing without a policy', EMPTY_POLICY, maria, []],
    ['a locked field already filled', policy({ lockedFields: ['cargo', 'cpf'] }), maria, ['cargo', 'cpf']],
    ['not a locked field still empty: it can be filled in', policy({ lockedFields: ['cpf', 'lastReviewOn'] }), noCpf, []],
    ['nothing for a new person', policy({ lockedFields: ['cargo', 'lotacoes'] }), undefined, []],
    ['an empty list counts as empty', policy({ lockedFields: ['plantoes'] }), maria, []],
    ['the tribunal IT fixed, even for a new person', policy({ tribunal: 'tre-rj', lockedFields: ['tribunal'] }), undefined, ['tribunal']],
    ['never the user\'s host list (not a person field)', policy({ lockedFields: ['sajHosts'] }), maria, []],
  ] as const)('%s', (_what, effective, stored, expected) => {
    expect([...readOnlyFields(effective, stored as Person | undefined)].sort()).toEqual([...expected].sort());
  });
});

describe('keepLockedValues', () => {
  it('puts the stored value back on read-only fields and leaves the others as edited', () => {
    const effective = policy({ lockedFields: ['cargo', 'lotacoes'] });
    const edited = { ...maria, cargo: 'analista_judiciario', lotacoes: [], name: 'Maria A. Souza' } as Person;
    const kept = keepLockedValues(effective, maria, edited);
    expect(kept.cargo).toBe(maria.cargo);
    expect(kept.lotacoes).toEqual(maria.lotacoes);
    expect(kept.name).toBe('Maria A. Souza');
  });

  it('sets the tribunal IT fixed', () => {
    const effective = policy({ tribunal: 'tre-rj', lockedFields: ['tribunal'] });
    expect(keepLockedValues(effective, undefined, maria).tribunal).toBe('tre-rj');
  });
});

describe('lockedFieldNames', () => {
  it('names the fields as the options page does, in pt-BR', () => {
    expect(lockedFieldNames(['cargo', 'cpf', 'lotacoes'])).toBe('Cargo, CPF, Lotações');
  });
});

describe('importLockedChanges', () => {
  const current: StatusFile = fileOf(maria);
  const locked = policy({ lockedFields: ['cargo'] });

  it.each([
    ['merge: a changed locked field of the same person', 'merge', { ...maria, id: 'outro-id', cargo: 'analista_judiciario' }, [{ index: 0, name: maria.name, fields: ['cargo'] }]],
    ['replace: the same id with a changed locked field', 'replace', { ...maria, cargo: 'analista_judiciario' }, [{ index: 0, name: maria.name, fields: ['cargo'] }]],
    ['merge: the same values', 'merge', { ...maria, name: 'Maria A. Souza' }, []],
    ['merge: a new person (nothing stored to protect)', 'merge', person({ id: 'joao', name: 'João', sajLogin: 'JOAO', cargo: 'analista_judiciario' }), []],
  ] as const)('%s', (_what, mode, incomingPerson, expected) => {
    expect(importLockedChanges(locked, current, fileOf(incomingPerson as Person), mode)).toEqual(expected);
  });

  it('refuses a person of another tribunal when IT fixed it, but not the stored people the file leaves alone', () => {
    const effective = policy({ tribunal: 'tjms', lockedFields: ['tribunal'] });
    const stored = fileOf(person({ id: 'antigo', sajLogin: 'ANTIGO', tribunal: 'tre-rj' }));
    const joao = person({ id: 'joao', name: 'João Lima', sajLogin: 'JLIMA', tribunal: 'tre-rj' });
    expect(importLockedChanges(effective, stored, fileOf(maria, joao), 'merge')).toEqual([{ index: 1, name: 'João Lima', fields: ['tribunal'] }]);
  });

  it('nothing to check without locked fields', () => {
    expect(importLockedChanges(EMPTY_POLICY, current, fileOf({ ...maria, cargo: 'analista_judiciario' }), 'replace')).toEqual([]);
  });
});
