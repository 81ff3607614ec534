import { describe, expect, it } from 'vitest';
import {
  checkAssignment,
  checkPlantao,
  defaultAssignment,
  grauOf,
  needsOfAssignment,
  plantaoInstantOn,
  upcomingAssignments,
  withAssignment,
  withoutAssignment,
} from '../../../lib/guides/plantao-check';
import { evaluateReadiness } from '../../../lib/readiness/engine';
import type { Person, PlantaoAssignment } from '../../../lib/status/schema';
import { TJMS, TJMS_WITH_REGIOES, cg, fileOf, lotacao, person } from './builders';

describe('which plantão lotação a date and comarca need', () => {
  it.each([
    // Before BNMP 3.0 (PDPJ era, 2021–2024): região on weekends/holidays/nights, circunscrição in the recesso.
    ['Saturday 2022, Brasilândia → its região', '2022-03-12', 'Brasilândia', 'weekend', 'regiao', 'Plantão Regional Leste - Três Lagoas', 'Região Leste'],
    ['weekday night 2022, Três Lagoas → its região', '2022-03-15', 'Tres Lagoas', 'hours', 'regiao', 'Plantão Regional Leste - Três Lagoas', 'Região Leste'],
    ['Tiradentes 2022 (holiday), Sidrolândia → Centro', '2022-04-21', 'Sidrolândia', 'holiday', 'regiao', 'Plantão Regional Centro - Campo Grande', 'Região Centro'],
    ['recesso 2022, Sidrolândia → 1ª Circunscrição', '2022-12-26', 'Sidrolândia', 'recesso', 'circunscricao', 'Plantão da 1ª Circunscrição - Campo Grande', '1ª Circunscrição - Campo Grande'],
    ['recesso 2023, Glória de Dourados → 2ª, not a "Dourados" confusion', '2023-01-02', 'Glória de Dourados', 'recesso', 'circunscricao', 'Plantão da 2ª Circunscrição - Dourados', '2ª Circunscrição - Dourados'],
    ['recesso 2022, Brasilândia → 4ª Circunscrição (Três Lagoas)', '2022-12-31', 'BRASILANDIA', 'recesso', 'circunscricao', 'Plantão da 4ª Circunscrição - Três Lagoas', '4ª Circunscrição - Três Lagoas'],
    // BNMP 3.0 (from 14/08/2024): one name for every plantão (Res. CNJ 554/2024).
    ['Saturday 2026 → Plantão Judiciário', '2026-11-21', 'Três Lagoas', 'weekend', 'plantao_judiciario', 'Plantão Judiciário 1º Grau', undefined],
    ['recesso 2026 → still Plantão Judiciário', '2026-12-24', 'Sidrolândia', 'recesso', 'plantao_judiciario', 'Plantão Judiciário 1º Grau', undefined],
    ['the day BNMP 3.0 started', '2024-08-14', 'Corumbá', 'hours', 'plantao_judiciario', 'Plantão Judiciário 1º Grau', undefined],
    ['the day before BNMP 3.0, a Tuesday night → região', '2024-08-13', 'Corumbá', 'hours', 'regiao', undefined, undefined],
  ] as const)('%s', (_what, date, comarca, why, kind, name, area) => {
    const check = checkPlantao(TJMS_WITH_REGIOES, { date, comarca });
    expect(check.why).toBe(why);
    expect(check.required).toEqual({ kind, ...(name ? { name } : {}), ...(area ? { area } : {}) });
  });

  it('2nd instance in BNMP 3.0 → "Plantão Judiciário 2º Grau"; desembargadores default to it', () => {
    expect(checkPlantao(TJMS, { date: '2026-11-21', comarca: 'Campo Grande', grau: 2 }).required.name).toBe('Plantão Judiciário 2º Grau');
    expect(grauOf(person({ cargo: 'desembargador' }))).toBe(2);
    expect(grauOf(person({ cargo: 'juiz_de_direito' }))).toBe(1);
    expect(checkPlantao(TJMS, { date: '2026-11-21', comarca: 'Campo Grande' }, person({ cargo: 'desembargador' })).required.name).toBe(
      'Plantão Judiciário 2º Grau',
    );
  });

  it('without the região table (TJMS default: not public) the região lotação has no name; the comarca is still recognised', () => {
    const check = checkPlantao(TJMS, { date: '2022-03-12', comarca: 'tres lagoas' });
    expect(check.required).toEqual({ kind: 'regiao' });
    expect(check.comarca).toBe('Três Lagoas');
    expect(checkPlantao(TJMS, { date: '2022-03-12', comarca: 'Gotham' }).comarca).toBeUndefined();
  });

  it('judges a working day at the plantão start (19h) and a day off at midday, on the Campo Grande clock', () => {
    expect(plantaoInstantOn(TJMS, '2026-11-24').toISOString()).toBe('2026-11-24T23:00:00.000Z');
    expect(plantaoInstantOn(TJMS, '2026-11-21').toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(plantaoInstantOn(TJMS, '2026-12-23').toISOString()).toBe('2026-12-23T16:00:00.000Z'); // recesso
    // An explicit time wins: 13:00 on a working day is no plantão on the calendar, so "plantão hours" is assumed.
    expect(checkPlantao(TJMS, { date: '2026-11-24', comarca: 'Campo Grande', time: '13:00' }).why).toBe('hours');
  });
});

describe('whether the person holds the plantão lotação', () => {
  const on = (p: Person, date = '2026-11-21', profile = TJMS) => checkPlantao(profile, { date, comarca: 'Três Lagoas' }, p).holding;

  it('held: the same name however written', () => {
    expect(on(person({ lotacoes: [lotacao('PLANTAO JUDICIARIO 1O GRAU')] }))).toMatchObject({ state: 'held', byKind: false });
  });

  it.each([
    ['absent', [lotacao('2ª Vara Criminal - Três Lagoas')], 'ausente'],
    ['requested', [lotacao('Plantão Judiciário 1º Grau', 'solicitada')], 'solicitada'],
    ['revoked', [lotacao('Plantão Judiciário 1º Grau', 'revogada')], 'revogada'],
  ] as const)('missing when %s', (_what, lotacoes, status) => {
    expect(on(person({ lotacoes: [...lotacoes] }))).toMatchObject({ state: 'missing', status });
  });

  it('an active record wins over an older revoked one for the same unit', () => {
    const lotacoes = [lotacao('Plantão Judiciário 1º Grau', 'revogada'), lotacao('Plantão Judiciário 1º Grau', 'ativa')];
    expect(on(person({ lotacoes }))).toMatchObject({ state: 'held' });
  });

  it('magistrates after 15/08/2021 may sign from any unit (relaxed), unless the access was revoked', () => {
    const judge = (status: 'nao_solicitada' | 'revogada') => person({ cargo: 'juiz_de_direito', lotacoes: [lotacao('Plantão Judiciário 1º Grau', status)] });
    expect(on(judge('nao_solicitada'))).toEqual({ state: 'relaxed', status: 'nao_solicitada' });
    expect(on(judge('revogada'))).toMatchObject({ state: 'missing', status: 'revogada' });
    // Before the rule, the same judge misses it.
    expect(on(judge('nao_solicitada'), '2021-08-14', TJMS_WITH_REGIOES)).toMatchObject({ state: 'missing' });
  });

  it('a nameless região lotação is held by an active lotação marked as that plantão kind; otherwise unknown', () => {
    const marked = person({ lotacoes: [lotacao('Plantão Leste', 'ativa', { plantao: 'regiao' })] });
    expect(on(marked, '2022-03-12')).toMatchObject({ state: 'held', byKind: true });
    expect(on(person(), '2022-03-12')).toEqual({ state: 'unknown' });
  });
});

describe('recorded plantões', () => {
  it('default shift: working day 19h → 12h next day; a day off, the whole day; offsets of Campo Grande', () => {
    expect(defaultAssignment(TJMS, '2026-11-24', 'Três Lagoas')).toEqual({
      start: '2026-11-24T19:00:00-04:00',
      end: '2026-11-25T12:00:00-04:00',
      comarca: 'Três Lagoas',
    });
    expect(defaultAssignment(TJMS, '2026-11-21', 'Três Lagoas')).toEqual({
      start: '2026-11-21T00:00:00-04:00',
      end: '2026-11-22T00:00:00-04:00',
      comarca: 'Três Lagoas',
    });
  });

  it('a shift running into the recesso needs the região and the circunscrição lotações (before BNMP 3.0)', () => {
    const shift: PlantaoAssignment = { start: '2023-12-19T19:00:00-04:00', end: '2023-12-21T12:00:00-04:00', comarca: 'Três Lagoas' };
    expect(needsOfAssignment(TJMS_WITH_REGIOES, shift, 1).map((n) => [n.why, n.required.name])).toEqual([
      ['hours', 'Plantão Regional Leste - Três Lagoas'],
      ['recesso', 'Plantão da 4ª Circunscrição - Três Lagoas'],
    ]);
    const holdsRegiao = person({ lotacoes: [lotacao('Plantão Regional Leste - Três Lagoas')] });
    expect(checkAssignment(TJMS_WITH_REGIOES, holdsRegiao, shift).state).toBe('missing');
    const holdsBoth = person({ lotacoes: [lotacao('Plantão Regional Leste - Três Lagoas'), lotacao('Plantão da 4ª Circunscrição - Três Lagoas')] });
    expect(checkAssignment(TJMS_WITH_REGIOES, holdsBoth, shift).state).toBe('held');
  });

  it('in BNMP 3.0 a whole recesso week needs one lotação', () => {
    const shift: PlantaoAssignment = { start: '2026-12-19T19:00:00-04:00', end: '2026-12-27T12:00:00-04:00', comarca: 'Três Lagoas' };
    expect(needsOfAssignment(TJMS, shift, 1).map((n) => n.required.name)).toEqual(['Plantão Judiciário 1º Grau']);
  });

  it('upcoming: not over yet, soonest first; adding the same shift twice keeps one; removing takes it out', () => {
    const a = defaultAssignment(TJMS, '2026-11-28', 'Três Lagoas');
    const b = defaultAssignment(TJMS, '2026-11-24', 'Três Lagoas');
    const past = defaultAssignment(TJMS, '2026-11-10', 'Três Lagoas');
    let p = withAssignment(withAssignment(withAssignment(person(), a), b), past);
    p = withAssignment(p, { ...a, comarca: 'TRES LAGOAS' });
    expect(p.plantoes).toHaveLength(3);
    expect(upcomingAssignments(p, cg('2026-11-21T10:00'))).toEqual([b, a]);
    expect(withoutAssignment(p, b).plantoes).toEqual([past, a]);
  });
});

describe('the plantão check agrees with the guard', () => {
  // For each case: does the guard block a plantão signature at the shift's start, and does the check say "missing"?
  const cases: [string, Person, PlantaoAssignment][] = [
    ['BNMP 3.0, no plantão lotação', person(), defaultAssignment(TJMS, '2026-11-24', 'Três Lagoas')],
    ['BNMP 3.0, holds it', person({ lotacoes: [lotacao('Plantão Judiciário 1º Grau')] }), defaultAssignment(TJMS, '2026-11-24', 'Três Lagoas')],
    ['BNMP 3.0, pending', person({ lotacoes: [lotacao('Plantão Judiciário 1º Grau', 'solicitada')] }), defaultAssignment(TJMS, '2026-11-28', 'Três Lagoas')],
    ['judge, not requested', person({ cargo: 'juiz_de_direito', lotacoes: [] }), defaultAssignment(TJMS, '2026-11-28', 'Campo Grande')],
    ['judge, revoked', person({ cargo: 'juiz_de_direito', lotacoes: [lotacao('Plantão Judiciário 1º Grau', 'revogada')] }), defaultAssignment(TJMS, '2026-11-28', 'Campo Grande')],
    ['desembargador, 1º grau only', person({ cargo: 'desembargador', tribunal: 'outro', lotacoes: [lotacao('Plantão Judiciário 1º Grau')] }), defaultAssignment(TJMS, '2026-11-28', 'Campo Grande')],
  ];
  it.each(cases)('%s', (_what, p, shift) => {
    const check = checkAssignment(TJMS, p, shift);
    const verdict = evaluateReadiness({
      status: { state: 'ok', file: fileOf(p) },
      screen: { documents: [{ label: 'Mandado de Prisão', bnmp: true }], user: `${p.name} (${p.sajLogin})`, plantaoHint: true, comarca: shift.comarca, grau: grauOf(p) },
      profile: TJMS,
      now: new Date(shift.start),
    });
    const guardBlocks = verdict.reasons.some((r) => r.code === 'plantao-lotacao-not-active');
    expect(check.state === 'missing').toBe(guardBlocks);
  });
});
