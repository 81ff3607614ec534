/** The rules for a piece issued in BNMP 3.0 web (screen kind 'bnmp-web'): docs/rules.md, "BNMP 3.0 web". */
import { describe, expect, it } from 'vitest';
import { evaluateReadiness } from '../../../lib/readiness/engine';
import type { ReasonCode, SigningScreen, Verdict } from '../../../lib/readiness/types';
import type { Person } from '../../../lib/status/schema';
import { TJMS } from '../../../lib/tribunals/tjms';
import { WORKING_AFTERNOON, campoGrande, lotacao, person, statusOf } from './fixtures';

const PIECE = { label: 'Peça (Incluir Peça)', bnmp: true, kind: 'peça do BNMP 3.0' };
const web = (overrides: Partial<SigningScreen> = {}): SigningScreen => ({
  kind: 'bnmp-web',
  documents: [PIECE],
  lotacao: '2ª VARA CRIMINAL DE TRÊS LAGOAS',
  ...overrides,
});
const judge = (p: Person | undefined, s: SigningScreen, now = WORKING_AFTERNOON): Verdict =>
  evaluateReadiness({ status: p ? statusOf(p) : { state: 'empty' }, screen: s, profile: TJMS, now });
const codes = (v: Verdict) => v.reasons.map((r) => r.code);
const reason = (v: Verdict, code: ReasonCode) => {
  const found = v.reasons.find((r) => r.code === code);
  if (!found) throw new Error(`no ${code} in ${codes(v).join(', ')}`);
  return found;
};

/** On plantão from Friday 19:00 to Monday 12:00, around Saturday 07/11/2026. */
const WEEKEND_PLANTAO = { start: '2026-11-06T19:00:00-04:00', end: '2026-11-09T12:00:00-04:00', comarca: 'Três Lagoas' };
const SATURDAY = campoGrande('2026-11-07T10:00');

describe('BNMP 3.0 web: the unit the piece is issued for', () => {
  it('own active unit, however BNMP spells it: ok', () => {
    expect(judge(person(), web())).toMatchObject({ level: 'ok', reasons: [] });
  });

  it('a unit not held blocks, naming it as BNMP shows it, with the access-request way out', () => {
    const v = judge(person(), web({ lotacao: '1ª Vara Criminal de Dourados' }));
    expect(v.level).toBe('block');
    const r = reason(v, 'lotacao-not-active');
    expect(r.message).toContain('“1ª Vara Criminal de Dourados”');
    expect(r.message).toContain('Intranet → Corregedoria → Solicitação de Acesso');
    expect(r.actions.map((a) => a.kind)).toContain('request-access');
    expect(r.lotacao).toBe('1ª Vara Criminal de Dourados');
  });

  it('a unit recorded as requested still blocks, saying it is pending', () => {
    const p = person({ lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'solicitada', { requestedOn: '2026-10-01' })] });
    const r = reason(judge(p, web()), 'lotacao-not-active');
    expect(r.message).toContain('solicitação pendente (solicitada em 01/10/2026)');
  });

  it('no account reason and no SAJ-registration reason, whatever the record says', () => {
    const p = person({ cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' }, sajRegistrations: [] });
    expect(judge(p, web())).toMatchObject({ level: 'ok', reasons: [] });
    // The same record on SAJ is blocked twice over: the rules differ by screen kind, not by accident.
    expect(codes(judge(p, { ...web(), kind: 'saj', database: 'SAJ-Interior' }))).toEqual(expect.arrayContaining(['cnj-account-not-confirmed', 'saj-registration-missing']));
  });

  it('magistrates keep the any-unit relaxation; negada and revogada still block', () => {
    const judgeOf = (lotacoes: Person['lotacoes']) => person({ cargo: 'juiz_de_direito', tribunal: 'tjms', lotacoes });
    expect(judge(judgeOf([lotacao('2ª Vara Criminal - Três Lagoas')]), web({ lotacao: '1ª Vara Criminal de Dourados' })).level).toBe('ok');
    const revoked = judge(judgeOf([lotacao('1ª Vara Criminal - Dourados', 'revogada', { revokedOn: '2026-01-05' })]), web({ lotacao: '1ª Vara Criminal de Dourados' }));
    expect(reason(revoked, 'lotacao-not-active').message).toContain('revogado em 05/01/2026');
  });

  it('the unit could not be read: warns, listing the active lotações', () => {
    const v = judge(person(), web({ lotacao: undefined }));
    expect(v.level).toBe('warn');
    expect(reason(v, 'lotacao-unknown-on-page').message).toContain('“2ª Vara Criminal - Três Lagoas”');
  });

  it('nothing recorded warns (D1), and so does a toolbar user nobody recorded', () => {
    expect(codes(judge(undefined, web()))).toEqual(['status-unknown']);
    const other = judge(person(), web({ user: 'Fulano de Tal' }));
    expect(codes(other)).toEqual(['status-unknown']);
    expect(other.level).toBe('warn');
  });

  it('an old review never interrupts a piece here either: no refusal follows from it (rules 11–12, D16)', () => {
    expect(codes(judge(person({ lastReviewOn: '2025-01-01' }), web()))).toEqual([]);
  });
});

describe('BNMP 3.0 web: plantão', () => {
  const onDuty = (lotacoes: Person['lotacoes']) => person({ plantoes: [WEEKEND_PLANTAO], lotacoes });
  const withPlantaoUnit = [lotacao('2ª Vara Criminal - Três Lagoas'), lotacao('Plantão Judiciário 1º Grau', 'ativa', { plantao: 'plantao_judiciario' })];

  it('an ordinary vara during a recorded plantão is warned, naming "Plantão Judiciário 1º Grau"', () => {
    const v = judge(onDuty(withPlantaoUnit), web(), SATURDAY);
    expect(v.level).toBe('warn');
    const r = reason(v, 'plantao-lotacao-not-active');
    expect(r.message).toContain('“Plantão Judiciário 1º Grau”');
    expect(r.message).toContain('06/11/2026 19:00');
    expect(r.message).toContain('“2ª VARA CRIMINAL DE TRÊS LAGOAS”');
    expect(r.message).not.toContain('não tem essa lotação');
    expect(v.plantao).toEqual({ why: 'assignment', requiredLotacao: 'Plantão Judiciário 1º Grau' });
  });

  it('without the plantão unit recorded, the warning also says to ask for it', () => {
    const r = reason(judge(onDuty([lotacao('2ª Vara Criminal - Três Lagoas')]), web(), SATURDAY), 'plantao-lotacao-not-active');
    expect(r.message).toContain('não tem essa lotação ativa registrada');
    expect(r.actions.map((a) => a.kind)).toContain('request-access');
  });

  it('second instance: "Plantão Judiciário 2º Grau"', () => {
    const r = reason(judge(onDuty([lotacao('1ª Câmara Criminal')]), web({ lotacao: '1ª Câmara Criminal', grau: 2 }), SATURDAY), 'plantao-lotacao-not-active');
    expect(r.message).toContain('“Plantão Judiciário 2º Grau”');
  });

  it.each(['Plantão Judiciário 1° Grau', 'Plantão Judiciário 1° Grau – 3ª Região', 'PLANTAO JUDICIARIO 1o GRAU'])(
    'issuing from the plantão unit "%s" while holding "Plantão Judiciário 1º Grau": ok',
    (unit) => {
      const v = judge(onDuty(withPlantaoUnit), web({ lotacao: unit, plantaoHint: true }), SATURDAY);
      expect(v).toMatchObject({ level: 'ok', reasons: [] });
      expect(v.plantao).toEqual({ why: 'page', requiredLotacao: unit });
    },
  );

  it('a plantão unit of another região than the recorded one blocks, naming it', () => {
    const p = onDuty([lotacao('Plantão Judiciário 1º Grau – 3ª Região', 'ativa', { plantao: 'plantao_judiciario' })]);
    const v = judge(p, web({ lotacao: 'Plantão Judiciário 1° Grau – 5ª Região' }), SATURDAY);
    expect(v.level).toBe('block');
    expect(reason(v, 'lotacao-not-active').message).toContain('“Plantão Judiciário 1° Grau – 5ª Região”');
  });

  it('a plantão unit is checked even with no plantão recorded (the page says plantão)', () => {
    const v = judge(person(), web({ lotacao: 'Plantão Judiciário 1° Grau' }));
    expect(codes(v)).toEqual(['lotacao-not-active']);
  });

  it('plantão hours alone never make it a plantão (D7)', () => {
    expect(judge(person(), web(), SATURDAY)).toMatchObject({ level: 'ok', reasons: [] });
  });

  it('a magistrate on plantão without the plantão unit recorded is still reminded of it, without the access request', () => {
    const p = person({ cargo: 'juiz_de_direito', tribunal: 'tjms', plantoes: [WEEKEND_PLANTAO] });
    const r = reason(judge(p, web(), SATURDAY), 'plantao-lotacao-not-active');
    expect(r.level).toBe('warn');
    expect(r.actions).toEqual([]);
  });
});
