/**
 * "Posso assinar agora?": the defaults a person sees before touching anything, the screen built from
 * the choices, the answer (the engine's, for that screen) and the remembered choices.
 * Times are Campo Grande wall-clock: 25/11/2026 is a Wednesday, 28/11 a Saturday, 20/11 a holiday.
 */
import { describe, expect, it } from 'vitest';
import {
  REMEMBERED_MAX,
  checkAnswer,
  cleanUnit,
  databaseOptions,
  defaultChoices,
  plantaoTicked,
  readRememberedChoices,
  screenForChoices,
  unitOptions,
  whatToRecord,
  withRememberedChoice,
  type SigningChoices,
} from '../../../lib/check/signing-check';
import { evaluateReadiness } from '../../../lib/readiness/engine';
import { findPersonForScreen } from '../../../lib/status/people';
import type { LoadedStatus } from '../../../lib/status/storage-interpret';
import { TRIBUNALS } from '../../../lib/tribunals';
import { TJMS, cg, fileOf, lotacao, person } from '../guides/builders';

const TRE_RJ = TRIBUNALS['tre-rj']!;
const WEDNESDAY_AFTERNOON = cg('2026-11-25T15:00'); // expediente (TJMS: 12h–19h)
const WEDNESDAY_NIGHT = cg('2026-11-25T21:00'); // plantão hours on a working day
const SATURDAY = cg('2026-11-28T10:00');
const HOLIDAY = cg('2026-11-20T10:00');
const RECESSO = cg('2026-12-22T15:00');

const JURI = '1ª Vara do Tribunal do Júri - Campo Grande';
const TRES_LAGOAS = '2ª Vara Criminal - Três Lagoas';
const PLANTAO_1 = 'Plantão Judiciário 1º Grau';

const remembered = (over: Partial<SigningChoices> = {}): SigningChoices => ({ unit: JURI, database: 'SAJ-Dourados', plantao: false, grau: 1, ...over });
const defaults = (p: ReturnType<typeof person> | undefined, now: Date, r?: SigningChoices) =>
  defaultChoices({ profile: TJMS, person: p, now, ...(r ? { remembered: r } : {}) });

describe('defaults: plantão', () => {
  it('is ticked while a recorded plantão covers now, even in expediente, and says which', () => {
    const shift = { start: '2026-11-25T12:00:00-04:00', end: '2026-11-25T19:00:00-04:00', comarca: 'Três Lagoas' };
    const d = defaults(person({ plantoes: [shift] }), WEDNESDAY_AFTERNOON, remembered({ plantao: false }));
    expect(d.choices.plantao).toBe(true);
    expect(d.plantao).toEqual({ source: 'assignment', assignment: shift });
  });

  it('is not ticked by a plantão that ended or has not started', () => {
    const later = { start: '2026-11-25T19:00:00-04:00', end: '2026-11-26T12:00:00-04:00', comarca: 'Três Lagoas' };
    expect(defaults(person({ plantoes: [later] }), WEDNESDAY_AFTERNOON).choices.plantao).toBe(false);
  });

  it.each([
    ['a weekend', SATURDAY, 'weekend'],
    ['a holiday', HOLIDAY, 'holiday'],
    ['the recesso forense', RECESSO, 'recesso'],
  ] as const)('is ticked on %s by the tribunal calendar, over the last choice', (_, now, why) => {
    const d = defaults(person(), now, remembered({ plantao: false }));
    expect(d.choices.plantao).toBe(true);
    expect(d.plantao).toEqual({ source: 'calendar', why });
  });

  it('follows the last choice in plantão hours of a working day (a clerk working late is not on plantão)', () => {
    expect(defaults(person(), WEDNESDAY_NIGHT).choices.plantao).toBe(false);
    expect(defaults(person(), WEDNESDAY_NIGHT, remembered({ plantao: true })).plantao).toEqual({ source: 'hours', remembered: true });
    expect(defaults(person(), WEDNESDAY_NIGHT, remembered({ plantao: true })).choices.plantao).toBe(true);
  });

  it('is off in expediente, whatever was chosen last', () => {
    const d = defaults(person(), WEDNESDAY_AFTERNOON, remembered({ plantao: true }));
    expect(d.choices.plantao).toBe(false);
    expect(d.plantao).toEqual({ source: 'expediente' });
    expect(plantaoTicked(d.plantao)).toBe(false);
  });
});

describe('defaults: grau', () => {
  it('is the last choice, else 2º for a desembargador, else 1º', () => {
    expect(defaults(person(), WEDNESDAY_AFTERNOON).choices.grau).toBe(1);
    expect(defaults(person({ cargo: 'desembargador' }), WEDNESDAY_AFTERNOON).choices.grau).toBe(2);
    expect(defaults(person({ cargo: 'desembargador' }), WEDNESDAY_AFTERNOON, remembered({ grau: 1 })).choices.grau).toBe(1);
  });
});

describe('defaults: unit', () => {
  const clerk = person({
    lotacoes: [
      lotacao('Vara Criminal - Aquidauana', 'solicitada'),
      lotacao(PLANTAO_1, 'ativa', { plantao: 'plantao_judiciario' }),
      lotacao(TRES_LAGOAS),
      lotacao(JURI),
    ],
  });

  it('offers active ordinary units first, then active plantão ones, then the rest, each unit once', () => {
    const withDuplicate = person({ lotacoes: [...clerk.lotacoes, lotacao('2a VARA CRIMINAL DE TRES LAGOAS', 'revogada')] });
    expect(unitOptions(withDuplicate).map((l) => l.name)).toEqual([TRES_LAGOAS, JURI, PLANTAO_1, 'Vara Criminal - Aquidauana']);
  });

  it('is the first active ordinary unit with nothing remembered, off plantão', () => {
    expect(defaults(clerk, WEDNESDAY_AFTERNOON).choices.unit).toBe(TRES_LAGOAS);
  });

  it('is the last choice, recorded or typed', () => {
    expect(defaults(clerk, WEDNESDAY_AFTERNOON, remembered({ unit: JURI })).choices.unit).toBe(JURI);
    expect(defaults(clerk, WEDNESDAY_AFTERNOON, remembered({ unit: '2ª Vara - Miranda' })).choices.unit).toBe('2ª Vara - Miranda');
    expect(defaults(clerk, SATURDAY, remembered({ unit: JURI })).choices.unit).toBe(JURI);
  });

  it('leaves a remembered plantão unit out when plantão is not ticked now', () => {
    expect(defaults(clerk, WEDNESDAY_AFTERNOON, remembered({ unit: PLANTAO_1, plantao: true })).choices.unit).toBe(TRES_LAGOAS);
    expect(defaults(clerk, SATURDAY, remembered({ unit: PLANTAO_1, plantao: true })).choices.unit).toBe(PLANTAO_1);
  });

  it('on plantão with nothing remembered, is the plantão lotação the person holds (else their unit)', () => {
    expect(defaults(clerk, SATURDAY).choices.unit).toBe(PLANTAO_1);
    const noPlantaoUnit = person({ lotacoes: [lotacao(TRES_LAGOAS)] });
    expect(defaults(noPlantaoUnit, SATURDAY).choices.unit).toBe(TRES_LAGOAS);
  });

  it('falls back to the first recorded unit when none is active, and to nothing with none recorded', () => {
    expect(defaults(person({ lotacoes: [lotacao(JURI, 'solicitada')] }), WEDNESDAY_AFTERNOON).choices.unit).toBe(JURI);
    expect(defaults(person({ lotacoes: [] }), WEDNESDAY_AFTERNOON).choices.unit).toBe('');
    expect(defaults(undefined, WEDNESDAY_AFTERNOON).choices.unit).toBe('');
  });
});

describe('defaults: SAJ base', () => {
  it('is the last choice, as the tribunal spells it', () => {
    expect(defaults(person(), WEDNESDAY_AFTERNOON, remembered({ database: 'saj interior' })).choices.database).toBe('SAJ-Interior');
  });

  it('is the only base the person is registered in, else "não sei" (the engine weighs them all)', () => {
    expect(defaults(person({ sajRegistrations: [{ database: 'SAJ Dourados', registeredOn: '2026-05-11' }] }), WEDNESDAY_AFTERNOON).choices.database).toBe('SAJ-Dourados');
    expect(defaults(person(), WEDNESDAY_AFTERNOON).choices.database).toBe(''); // Campo Grande and Dourados
    expect(defaults(person({ sajRegistrations: [] }), WEDNESDAY_AFTERNOON).choices.database).toBe('');
  });

  it('forgets a remembered base the tribunal no longer lists', () => {
    const onlyDourados = person({ sajRegistrations: [{ database: 'SAJ-Dourados', registeredOn: '2026-05-11' }] });
    expect(defaults(onlyDourados, WEDNESDAY_AFTERNOON, remembered({ database: 'SAJ-Antigo' })).choices.database).toBe('SAJ-Dourados');
  });

  it('is not asked where signatures are made in BNMP web (TRE-RJ)', () => {
    expect(databaseOptions(TRE_RJ)).toEqual([]);
    expect(defaultChoices({ profile: TRE_RJ, person: person({ tribunal: 'tre-rj' }), now: WEDNESDAY_AFTERNOON, remembered: remembered() }).choices.database).toBe('');
  });
});

describe('the screen and the answer', () => {
  const ok = (p: ReturnType<typeof person>): LoadedStatus => ({ state: 'ok', file: fileOf(p) });
  const choices = (over: Partial<SigningChoices> = {}): SigningChoices => ({ unit: TRES_LAGOAS, database: 'SAJ-Campo Grande', plantao: false, grau: 1, ...over });
  const answer = (p: ReturnType<typeof person> | undefined, c: SigningChoices, loaded: LoadedStatus = p ? ok(p) : { state: 'empty' }, now = WEDNESDAY_AFTERNOON) =>
    checkAnswer({ loaded, person: p, choices: c, profile: TJMS, now });
  const verdictOf = (a: ReturnType<typeof answer>) => {
    if (a.state !== 'verdict') throw new Error(`no verdict: ${a.state}`);
    return a.verdict;
  };

  it('is the SAJ screen with those choices, whose header names the person', () => {
    const p = person();
    const screen = screenForChoices(choices({ unit: `  ${JURI}\n`, plantao: true, grau: 2 }), p);
    expect(screen).toEqual({
      documents: [expect.objectContaining({ bnmp: true })],
      user: 'Maria Aparecida Souza (MSOUZA)',
      lotacao: JURI,
      database: 'SAJ-Campo Grande',
      plantaoHint: true,
      grau: 2,
      describedBy: 'person',
    });
    expect(findPersonForScreen(fileOf(person({ id: 'outra', name: 'Ana', sajLogin: 'ASILVA' }), p), screen.user)?.id).toBe(p.id);
  });

  it('is the engine verdict for that screen', () => {
    const p = person();
    const c = choices({ unit: JURI, plantao: true });
    const direct = evaluateReadiness({ status: { state: 'ok', file: fileOf(p) }, screen: screenForChoices(c, p), profile: TJMS, now: SATURDAY });
    expect(verdictOf(answer(p, c, ok(p), SATURDAY))).toEqual(direct);
  });

  it('blocks a unit the person does not hold, and is ok for an active one', () => {
    const p = person();
    const blocked = verdictOf(answer(p, choices({ unit: JURI })));
    expect(blocked.level).toBe('block');
    expect(blocked.reasons.map((r) => [r.code, r.lotacao])).toEqual([['lotacao-not-active', JURI]]);
    expect(verdictOf(answer(p, choices())).level).toBe('ok');
  });

  it('blocks a SAJ registration older than the last password change in the chosen base only', () => {
    const p = person({
      cnjAccount: { ...person().cnjAccount, lastPasswordChangeOn: '2026-06-01' },
      sajRegistrations: [
        { database: 'SAJ-Campo Grande', registeredOn: '2026-06-02' },
        { database: 'SAJ-Interior', registeredOn: '2026-05-11' },
      ],
    });
    const stale = verdictOf(answer(p, choices({ database: 'SAJ-Interior' })));
    expect(stale.level).toBe('block');
    expect(stale.reasons[0]).toMatchObject({ code: 'saj-registration-stale', actions: [{ kind: 'saj-registration', database: 'SAJ-Interior' }] });
    expect(verdictOf(answer(p, choices({ database: 'SAJ-Campo Grande' }))).level).toBe('ok');
    // "Não sei qual": one base up to date, so only a warning for the other.
    expect(verdictOf(answer(p, choices({ database: '' }))).level).toBe('warn');
  });

  it('asks for the plantão lotação of the grau when plantão is chosen', () => {
    const p = person();
    const v = verdictOf(answer(p, choices({ plantao: true })));
    expect(v.reasons.map((r) => [r.code, r.level, r.lotacao])).toEqual([['plantao-lotacao-not-active', 'block', PLANTAO_1]]);
    expect(verdictOf(answer(p, choices({ plantao: true, grau: 2 }))).reasons[0]?.lotacao).toBe('Plantão Judiciário 2º Grau');
    const holder = person({ lotacoes: [...p.lotacoes, lotacao(PLANTAO_1, 'ativa', { plantao: 'plantao_judiciario' })] });
    expect(verdictOf(answer(holder, choices({ plantao: true }))).level).toBe('ok');
  });

  it('says the plantão and the unit are the person\'s choice, never "the page", since there is no page', () => {
    const chosen = verdictOf(answer(person(), choices({ plantao: true })));
    expect(chosen.reasons[0]?.message).toContain('Em plantão (você indicou plantão)');
    // A recorded plantão covers now, but the person chose an ordinary unit and left plantão unticked.
    const shift = { start: '2026-11-25T12:00:00-04:00', end: '2026-11-25T19:00:00-04:00', comarca: 'Três Lagoas' };
    const ordinary = verdictOf(answer(person({ plantoes: [shift] }), choices({ plantao: false })));
    expect(ordinary.reasons.map((r) => [r.code, r.level])).toEqual([['plantao-lotacao-not-active', 'warn']]);
    expect(ordinary.reasons[0]?.message).toContain(`Você escolheu a lotação “${TRES_LAGOAS}”: se esta assinatura for do plantão`);
    for (const v of [chosen, ordinary]) expect(v.reasons.map((r) => r.message).join(' ')).not.toMatch(/p[áa]gina/i);
  });

  it('answers for the chosen person even when two people share a SAJ login', () => {
    const maria = person();
    const twin = person({ id: 'twin', name: 'Mariana Souza', lotacoes: [] });
    const loaded: LoadedStatus = { state: 'ok', file: fileOf(twin, maria) };
    expect(verdictOf(answer(maria, choices(), loaded)).level).toBe('ok');
    expect(verdictOf(answer(twin, choices(), loaded)).level).toBe('block');
  });

  it('says what is missing instead of a verdict: a person to pick, a unit', () => {
    const p = person();
    const two: LoadedStatus = { state: 'ok', file: { ...fileOf(p, person({ id: 'b', sajLogin: 'B' })), meId: undefined } as never };
    expect(answer(undefined, choices(), two)).toEqual({ state: 'pick-person' });
    expect(answer(p, choices({ unit: ' \t ' }))).toEqual({ state: 'need-unit' });
  });

  it('with nothing recorded, or an unreadable record, is the engine’s warning that says to record it', () => {
    expect(verdictOf(answer(undefined, choices({ unit: '' }))).reasons.map((r) => r.code)).toEqual(['status-unknown']);
    expect(verdictOf(answer(undefined, choices(), { state: 'unreadable', errors: [] })).reasons.map((r) => r.code)).toEqual(['status-unreadable']);
  });

  it('names what to record for this tribunal now', () => {
    expect(whatToRecord(TJMS, WEDNESDAY_AFTERNOON, 1)).toEqual({
      accountSystem: 'CNJ Corporativo',
      databases: ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior'],
      plantaoLotacao: PLANTAO_1,
    });
    expect(whatToRecord(TJMS, WEDNESDAY_AFTERNOON, 2).plantaoLotacao).toBe('Plantão Judiciário 2º Grau');
    expect(whatToRecord(TRE_RJ, WEDNESDAY_AFTERNOON, 1).databases).toEqual([]);
  });
});

describe('remembered choices', () => {
  it('keeps the valid entries of what is stored and leaves out the rest', () => {
    const stored = {
      eu: remembered(),
      outra: { unit: 'x', database: '', plantao: 'sim', grau: 1 },
      terceira: { ...remembered(), name: 'Maria' },
      'bad id!': remembered(),
    };
    expect(readRememberedChoices(stored)).toEqual({ eu: remembered() });
    expect(readRememberedChoices(undefined)).toEqual({});
    expect(readRememberedChoices([remembered()])).toEqual({});
    expect(readRememberedChoices('eu')).toEqual({});
  });

  it('stores the cleaned choice last, only for people still recorded, at most REMEMBERED_MAX', () => {
    const current = { gone: remembered(), eu: remembered(), ana: remembered({ grau: 2 }) };
    const next = withRememberedChoice(current, 'eu', remembered({ unit: `  ${JURI}\u0007 ` }), ['eu', 'ana']);
    expect(Object.keys(next)).toEqual(['ana', 'eu']);
    expect(next.eu?.unit).toBe(JURI);

    const many = Object.fromEntries(Array.from({ length: REMEMBERED_MAX + 5 }, (_, i) => [`p${i}`, remembered()]));
    const capped = withRememberedChoice(many, 'new', remembered(), [...Object.keys(many), 'new']);
    expect(Object.keys(capped)).toHaveLength(REMEMBERED_MAX);
    expect(Object.keys(capped).at(-1)).toBe('new');
  });

  it('cleans a typed unit: no control characters, single spaces, at most 200 characters', () => {
    expect(cleanUnit(' 2ª  Vara\n\tCriminal ')).toBe('2ª Vara Criminal');
    expect(cleanUnit('x'.repeat(300))).toHaveLength(200);
  });
});
