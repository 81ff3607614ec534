import { describe, expect, it } from 'vitest';
import { applyBnmpUpdate, isEmptyUpdate, planBnmpUpdate, MAX_LEARNED_UNITS } from '../../../lib/status/bnmp-update';
import { Person as PersonSchema } from '../../../lib/status/schema';
import { lotacao, person } from '../readiness/fixtures';

const TODAY = '2026-11-04';

describe('planBnmpUpdate: what BNMP\'s órgão list would change', () => {
  const clerk = () =>
    person({
      cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' },
      lotacoes: [
        lotacao('2ª Vara Criminal - Três Lagoas'),
        lotacao('Vara Criminal - Aquidauana', 'solicitada', { requestedOn: '2026-10-01' }),
        lotacao('1ª Vara Cível - Três Lagoas'),
        lotacao('2ª Vara - Miranda', 'revogada'),
        lotacao('Plantão Judiciário 1º Grau', 'ativa', { plantao: 'plantao_judiciario' }),
      ],
    });
  const shown = ['2ª VARA CRIMINAL DE TRÊS LAGOAS', 'VARA CRIMINAL DE AQUIDAUANA', 'PLANTÃO JUDICIÁRIO 1° GRAU – 3ª REGIÃO', '1ª VARA CRIMINAL DE DOURADOS'];

  it('adds units missing from the record, activates listed ones, marks active ones not listed, confirms the account', () => {
    expect(planBnmpUpdate(clerk(), shown)).toEqual({
      personId: 'ana',
      add: ['1ª VARA CRIMINAL DE DOURADOS'],
      activate: ['Vara Criminal - Aquidauana'],
      markForReview: ['1ª Vara Cível - Três Lagoas'],
      unmark: [],
      confirmAccount: true,
    });
  });

  it('applying it keeps every recorded lotação (none deleted), stores only names, and marks with today\'s date', () => {
    const before = clerk();
    const after = applyBnmpUpdate(before, planBnmpUpdate(before, shown), TODAY);
    expect(PersonSchema.safeParse(after).success).toBe(true);
    expect(after.lotacoes.map((l) => [l.name, l.status, l.missingInBnmpOn])).toEqual([
      ['2ª Vara Criminal - Três Lagoas', 'ativa', undefined],
      ['Vara Criminal - Aquidauana', 'ativa', undefined],
      ['1ª Vara Cível - Três Lagoas', 'ativa', TODAY],
      ['2ª Vara - Miranda', 'revogada', undefined],
      ['Plantão Judiciário 1º Grau', 'ativa', undefined],
      ['1ª VARA CRIMINAL DE DOURADOS', 'ativa', undefined],
    ]);
    expect(after.lotacoes.at(-1)).toEqual({ name: '1ª VARA CRIMINAL DE DOURADOS', status: 'ativa' });
    expect(after.cnjAccount).toEqual({ system: 'corporativo', status: 'confirmado', requestedOn: '2026-10-01', confirmedOn: TODAY });
    // The same list again: nothing left to do.
    expect(isEmptyUpdate(planBnmpUpdate(after, shown))).toBe(true);
  });

  it('a plantão unit learned from BNMP is recorded as a "Plantão Judiciário" lotação', () => {
    const p = person({ lotacoes: [] });
    const after = applyBnmpUpdate(p, planBnmpUpdate(p, ['Plantão Judiciário 2° Grau']), TODAY);
    expect(after.lotacoes).toEqual([{ name: 'Plantão Judiciário 2° Grau', status: 'ativa', plantao: 'plantao_judiciario' }]);
  });

  it('a unit listed again loses its review mark', () => {
    const p = person({ lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'ativa', { missingInBnmpOn: '2026-10-01' })] });
    const update = planBnmpUpdate(p, ['2ª VARA CRIMINAL DE TRÊS LAGOAS']);
    expect(update.unmark).toEqual(['2ª Vara Criminal - Três Lagoas']);
    expect(applyBnmpUpdate(p, update, TODAY).lotacoes[0]).toEqual({ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' });
  });

  it('without the list (not opened), only the account', () => {
    expect(planBnmpUpdate(clerk(), undefined)).toMatchObject({ add: [], activate: [], markForReview: [], confirmAccount: true });
    expect(isEmptyUpdate(planBnmpUpdate(person(), undefined))).toBe(true);
  });

  it('magistrates, a whole tribunal\'s list, and fields IT locked learn no units', () => {
    expect(planBnmpUpdate(person({ cargo: 'juiz_de_direito' }), shown)).toMatchObject({ add: [], markForReview: [] });
    const many = Array.from({ length: MAX_LEARNED_UNITS + 1 }, (_, i) => `${i + 1}ª Vara Cível de Campo Grande`);
    expect(planBnmpUpdate(person(), many).add).toEqual([]);
    expect(planBnmpUpdate(clerk(), shown, ['lotacoes', 'cnjAccount'])).toEqual({ personId: 'ana', add: [], activate: [], markForReview: [], unmark: [], confirmAccount: false });
  });
});
