/** The person form's draft: what is typed becomes the stored shape, and errors land on their fields. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyStatusFile, type Person, type StatusFile } from '../../../lib/status/schema';
import { blankDraft, blankLotacao, blankPlantao, checkDraft, draftToPerson, personToDraft, sameDatabase, setRegistration, tribunalIdOf } from '../../../lib/ui/person-draft';
import { statusFileArb } from '../status/arbitraries';
import { example } from '../status/examples/v002';

const team = () => structuredClone(example) as StatusFile;
const ana = () => team().people[0]!;
const NOW = new Date('2026-11-04T19:00:00Z');

/** A person as the form keeps them: a known tribunal, and a blank lotação code dropped like any blank optional field. */
function asFormKeepsIt(p: Person): Person {
  const lotacoes = p.lotacoes.map(({ code, ...l }) => (code?.trim() ? { ...l, code: code.trim() } : l));
  return { ...p, tribunal: 'tjms', lotacoes };
}

describe('personToDraft → draftToPerson', () => {
  it('gives back the same person (plantões at the same instants)', () => {
    fc.assert(
      fc.property(statusFileArb.filter((f) => f.people.length > 0), (file) => {
        const person = asFormKeepsIt(file.people[0]!);
        const back = draftToPerson(personToDraft(person));
        expect(back.errors).toEqual([]);
        const { plantoes, ...rest } = back.person;
        const { plantoes: original, ...expected } = person;
        expect(rest).toEqual(expected);
        // Stored offsets may differ (Z, -03:00): the form writes the tribunal's, for the same minute.
        expect(plantoes.map((p) => [Date.parse(p.start), Date.parse(p.end), p.comarca])).toEqual(
          original.map((p) => [Math.floor(Date.parse(p.start) / 60_000) * 60_000, Math.floor(Date.parse(p.end) / 60_000) * 60_000, p.comarca]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('shows the CPF formatted and stores its digits', () => {
    const draft = personToDraft(ana());
    expect(draft.cpf).toBe('123.456.789-09');
    expect(draftToPerson({ ...draft, cpf: ' 123 456 789 09 ' }).person.cpf).toBe('12345678909');
    expect(draftToPerson({ ...draft, cpf: '' }).person).not.toHaveProperty('cpf');
  });

  it('omits blank optional fields instead of storing ""', () => {
    const draft = { ...blankDraft(NOW), name: 'Ana', sajLogin: 'ana', cargo: 'analista_judiciario' as const, lotacoes: [{ ...blankLotacao(), name: 'Vara Única - Bataguassu' }] };
    const { person } = draftToPerson(draft);
    expect(person.cnjAccount).toEqual({ system: 'corporativo', status: 'nao_solicitado' });
    expect(person.lotacoes[0]).toEqual({ name: 'Vara Única - Bataguassu', status: 'ativa' });
    expect(person).not.toHaveProperty('lastReviewOn');
  });

  it('stores plantão times with the tribunal offset', () => {
    const draft = { ...personToDraft(ana()), plantoes: [{ ...blankPlantao(), start: '2026-11-21T19:00', end: '2026-11-22T12:00', comarca: 'Dourados' }] };
    expect(draftToPerson(draft).person.plantoes).toEqual([{ start: '2026-11-21T19:00:00-04:00', end: '2026-11-22T12:00:00-04:00', comarca: 'Dourados' }]);
  });
});

describe('checkDraft', () => {
  it('accepts a valid person and returns the file storage would keep', () => {
    const check = checkDraft(team(), personToDraft(ana()));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.file.people).toHaveLength(team().people.length);
  });

  it('makes the first person of an empty file "eu"', () => {
    const draft = { ...blankDraft(NOW), name: 'Ana', sajLogin: 'ana', cargo: 'analista_judiciario' as const };
    const check = checkDraft(emptyStatusFile(), draft);
    expect(check.ok && check.file.meId).toBe(draft.id);
  });

  it('keys each pt-BR message by the field it is about', () => {
    const draft = {
      ...blankDraft(NOW),
      cpf: '123.456.789-00',
      lotacoes: [{ ...blankLotacao(), name: '  ' }],
      plantoes: [{ ...blankPlantao(), start: '2026-11-22T12:00', end: '2026-11-21T19:00', comarca: 'Dourados' }, { ...blankPlantao(), comarca: 'Miranda' }],
    };
    const check = checkDraft(team(), draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const at = (path: string) => check.errors.get(path)?.join(' | ');
    expect(at('name')).toMatch(/^Nome \(como aparece no SAJ\): /);
    expect(at('sajLogin')).toMatch(/Login do SAJ/);
    expect(at('cpf')).toBe('CPF: os dígitos verificadores não conferem; confira o número');
    expect(at('cargo')).toBe('Cargo: escolha um dos cargos da lista');
    expect(at('lotacoes[0].name')).toBe('Lotação, nome: não pode ficar em branco');
    expect(at('plantoes[0].end')).toBe('Plantão: o fim deve ser depois do início');
    expect(at('plantoes[1].start')).toBe('Plantão, início: informe a data e a hora');
    expect(at('plantoes[1].end')).toBe('Plantão, fim: informe a data e a hora');
  });

  it('reports the schema’s date message on a date field', () => {
    const draft = { ...personToDraft(ana()), lastReviewOn: '2026-02-30' };
    const check = checkDraft(team(), draft);
    expect(!check.ok && check.errors.get('lastReviewOn')?.[0]).toMatch(/Última revisão: use uma data/);
  });
});

describe('SAJ registrations and tribunals', () => {
  it('matches databases however they are written', () => {
    expect(sameDatabase('SAJ-Campo Grande', 'saj campo grande')).toBe(true);
    expect(sameDatabase('SAJ-Campo Grande', 'Campo Grande')).toBe(true);
    expect(sameDatabase('SAJ-Dourados', 'SAJ-Interior')).toBe(false);
    expect(sameDatabase('', '')).toBe(false);
  });

  it('sets, changes and clears the date of one database', () => {
    let draft = personToDraft({ ...ana(), sajRegistrations: [] });
    draft = setRegistration(draft, 'SAJ-Dourados', '2026-05-11');
    draft = setRegistration(draft, 'SAJ Dourados', '2026-06-01');
    expect(draft.sajRegistrations.map((r) => [r.database, r.registeredOn])).toEqual([['SAJ-Dourados', '2026-06-01']]);
    draft = setRegistration(draft, 'SAJ-Dourados', '');
    expect(draft.sajRegistrations).toEqual([]);
  });

  it('reads "TJMS" and "tjms" as the same tribunal and keeps an unknown one as written', () => {
    expect(tribunalIdOf('TJMS')).toBe('tjms');
    expect(tribunalIdOf('TRE-RJ')).toBe('tre-rj');
    expect(tribunalIdOf('tjsp')).toBe('tjsp');
  });
});
