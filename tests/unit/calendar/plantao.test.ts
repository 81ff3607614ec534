import { describe, expect, it } from 'vitest';
import { plantaoAt, requiredPlantaoLotacao } from '../../../lib/calendar/plantao';
import { TRIBUNALS, mergeProfile } from '../../../lib/tribunals/index';

const tjms = TRIBUNALS['tjms']!;
/** An instant given as Campo Grande wall time (UTC−4 since 2019). */
const cg = (local: string) => new Date(`${local}:00-04:00`);

describe('plantaoAt (TJMS: 19h until 12h of the next working day; weekends, holidays, recesso)', () => {
  it.each([
    // Working days
    ['2025-03-10T08:00', 'hours', 'Monday 08:00 after a weekend: the weekend shift runs until 12h'],
    ['2025-03-11T08:00', 'hours', 'Tuesday 08:00 after a normal Monday: Monday 19h → Tuesday 12h'],
    ['2025-03-11T11:59', 'hours', 'Tuesday 11:59, last minute of the shift'],
    ['2025-03-11T12:00', undefined, 'Tuesday 12:00, expediente'],
    ['2025-03-11T13:00', undefined, 'Tuesday 13:00, expediente'],
    ['2025-03-11T18:59', undefined, 'Tuesday 18:59, still expediente'],
    ['2025-03-11T19:00', 'hours', 'Tuesday 19:00, the shift starts'],
    ['2025-03-14T23:30', 'hours', 'Friday 23:30 local (Saturday in UTC) is still Friday night'],
    // Non-working days
    ['2025-03-15T00:00', 'weekend', 'Saturday from midnight'],
    ['2025-03-16T14:00', 'weekend', 'Sunday afternoon'],
    ['2025-04-18T14:00', 'holiday', 'Sexta-feira Santa'],
    ['2025-04-17T14:00', 'holiday', 'Quinta-feira Santa (TJMS)'],
    ['2025-04-22T09:00', 'hours', 'Tuesday after Tiradentes (a Monday), morning'],
    ['2025-04-22T12:00', undefined, 'Tuesday after Tiradentes, noon'],
    // Recesso forense, inclusive, across the year change
    ['2025-12-19T18:59', undefined, 'Friday 19/12 18:59'],
    ['2025-12-19T23:59', 'hours', '19/12 23:59 is night shift, not recesso yet'],
    ['2025-12-20T00:00', 'recesso', '20/12 00:00'],
    ['2025-12-24T14:00', 'recesso', 'a weekday inside the recesso'],
    ['2026-01-01T12:00', 'recesso', 'New Year inside the recesso'],
    ['2026-01-06T23:59', 'recesso', '06/01 23:59'],
    ['2026-01-07T00:00', 'hours', '07/01 00:00: back to the overnight shift'],
    ['2026-01-07T11:59', 'hours', '07/01 11:59'],
    ['2026-01-07T12:00', undefined, '07/01 12:00: first expediente of the year'],
  ] as const)('%s → %s (%s)', (local, why, _what) => {
    expect(plantaoAt(tjms, cg(local))).toEqual(why === undefined ? undefined : { why });
  });

  it.each([
    ['2025-03-11T22:59:00Z', undefined],
    ['2025-03-11T23:00:00Z', 'hours'],
    ['2025-03-11T15:59:00Z', 'hours'],
    ['2025-03-11T16:00:00Z', undefined],
  ] as const)('judges on Campo Grande time, not UTC: %s → %s', (utc, why) => {
    expect(plantaoAt(tjms, new Date(utc))).toEqual(why === undefined ? undefined : { why });
  });

  it('follows an overridden schedule (a same-day window works too)', () => {
    const { profile } = mergeProfile(tjms, { plantao: { startsAt: '08:00', endsAt: '10:00' } });
    expect(plantaoAt(profile, cg('2025-03-11T09:00'))).toEqual({ why: 'hours' });
    expect(plantaoAt(profile, cg('2025-03-11T10:00'))).toBeUndefined();
    expect(plantaoAt(profile, cg('2025-03-11T07:59'))).toBeUndefined();
  });
});

describe('requiredPlantaoLotacao', () => {
  it.each([
    ['BNMP 3.0 era, 1º grau', { instant: cg('2025-03-15T10:00'), comarca: 'Três Lagoas', why: 'weekend' }, { kind: 'plantao_judiciario', name: 'Plantão Judiciário 1º Grau' }],
    ['BNMP 3.0 era, 2º grau', { instant: cg('2025-03-15T10:00'), grau: 2, why: 'weekend' }, { kind: 'plantao_judiciario', name: 'Plantão Judiciário 2º Grau' }],
    ['BNMP 3.0 era, recesso too', { instant: cg('2024-12-22T10:00'), comarca: 'Dourados', why: 'recesso' }, { kind: 'plantao_judiciario', name: 'Plantão Judiciário 1º Grau' }],
    [
      'recesso before BNMP 3.0: the circunscrição of the comarca, from a foro label',
      { instant: cg('2022-12-22T10:00'), comarca: 'Foro de Brasilândia', why: 'recesso' },
      { kind: 'circunscricao', name: 'Plantão da 4ª Circunscrição - Três Lagoas', area: '4ª Circunscrição - Três Lagoas' },
    ],
    [
      'recesso: comarca written without accents and with "Comarca de"',
      { instant: cg('2022-12-22T10:00'), comarca: 'Comarca de Gloria de Dourados', why: 'recesso' },
      { kind: 'circunscricao', name: 'Plantão da 2ª Circunscrição - Dourados', area: '2ª Circunscrição - Dourados' },
    ],
    ['recesso, unknown comarca: cannot tell which', { instant: cg('2022-12-22T10:00'), comarca: 'Sonora', why: 'recesso' }, { kind: 'circunscricao' }],
    ['recesso, no comarca on the page', { instant: cg('2022-12-22T10:00'), why: 'recesso' }, { kind: 'circunscricao' }],
    ['weekend before BNMP 3.0: região, not configured for TJMS', { instant: cg('2022-03-12T10:00'), comarca: 'Três Lagoas', why: 'weekend' }, { kind: 'regiao' }],
    ['era boundary: 2024-08-13 is still região', { instant: cg('2024-08-13T23:59'), comarca: 'Três Lagoas', why: 'hours' }, { kind: 'regiao' }],
    ['era boundary: 2024-08-14 00:00 is BNMP 3.0', { instant: cg('2024-08-14T00:00'), comarca: 'Três Lagoas', why: 'hours' }, { kind: 'plantao_judiciario', name: 'Plantão Judiciário 1º Grau' }],
  ] as const)('%s', (_label, args, expected) => {
    expect(requiredPlantaoLotacao(tjms, args)).toEqual(expected);
  });

  it('uses the regiões IT configured, matching the comarca however it is written', () => {
    const { profile, rejected } = mergeProfile(tjms, {
      plantao: { regioes: [{ name: 'Região Leste', lotacao: 'Plantão Região Leste', comarcas: ['Tres Lagoas', 'Brasilândia'] }] },
    });
    expect(rejected).toEqual([]);
    const at = cg('2022-03-12T10:00');
    expect(requiredPlantaoLotacao(profile, { instant: at, comarca: '2ª Vara Criminal - Três Lagoas', why: 'weekend' })).toEqual({
      kind: 'regiao',
      name: 'Plantão Região Leste',
      area: 'Região Leste',
    });
    expect(requiredPlantaoLotacao(profile, { instant: at, comarca: 'Dourados', why: 'holiday' })).toEqual({ kind: 'regiao' });
  });
});
