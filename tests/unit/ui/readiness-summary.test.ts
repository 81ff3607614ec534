/** personReadiness: the popup's and options page's "at a glance" verdict (lib/readiness/summary.ts). */
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../lib/status/schema';
import { personReadiness } from '../../../lib/readiness/summary';
import { TJMS } from '../../../lib/tribunals/tjms';
import { TRE_RJ } from '../../../lib/tribunals/tre-rj';
import { WORKING_AFTERNOON, campoGrande, lotacao, person } from '../readiness/fixtures';

const now = WORKING_AFTERNOON; // 04/11/2026 15:00, BNMP 3.0 era

describe('personReadiness', () => {
  const cases: { name: string; who: Person; level: 'ok' | 'warn' | 'block'; codes: string[] }[] = [
    { name: 'everything in order', who: person(), level: 'ok', codes: [] },
    {
      name: 'password changed after the only SAJ registration',
      who: person({ cnjAccount: { system: 'corporativo', status: 'confirmado', lastPasswordChangeOn: '2026-04-01' } }),
      level: 'block',
      codes: ['saj-registration-stale'],
    },
    { name: 'no SAJ registration at all', who: person({ sajRegistrations: [] }), level: 'block', codes: ['saj-registration-missing'] },
    {
      name: 'account requested, not confirmed',
      who: person({ cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' } }),
      level: 'block',
      codes: ['cnj-account-not-confirmed'],
    },
    {
      name: 'no active lotação: the block, then the pending one by name',
      who: person({ lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'solicitada')] }),
      level: 'block',
      codes: ['lotacao-not-active', 'lotacao-not-active'],
    },
    {
      name: 'one lotação still being asked for, another active: a warning naming it',
      who: person({ lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas'), lotacao('Vara Criminal - Aquidauana', 'solicitada', { requestedOn: '2026-10-01' })] }),
      level: 'warn',
      codes: ['lotacao-not-active'],
    },
    { name: 'TJMS asks for no periodic review: an old review is no reason', who: person({ lastReviewOn: '2019-01-10' }), level: 'ok', codes: [] },
  ];

  it.each(cases)('$name → $level', ({ who, level, codes }) => {
    const verdict = personReadiness(who, TJMS, now);
    expect(verdict.level).toBe(level);
    expect(verdict.reasons.map((r) => r.code)).toEqual(codes);
    for (const r of verdict.reasons) expect(r.actions.length).toBeGreaterThan(0);
  });

  it('the notes about the record appear here, not at a signature: TRE-RJ review overdue (art. 7º, III) and a cargo outside the list', () => {
    const who = person({ tribunal: 'TRE-RJ', cargo: 'analista_judiciario', lastReviewOn: '2025-01-10' });
    const verdict = personReadiness(who, TRE_RJ, now);
    expect(verdict.level).toBe('warn');
    expect(verdict.reasons.map((r) => r.code)).toEqual(['cargo-not-allowed', 'review-overdue']);
  });

  it('never says the page does not show the lotação: there is no page', () => {
    const verdict = personReadiness(person(), TJMS, now);
    expect(verdict.reasons.some((r) => r.code === 'lotacao-unknown-on-page')).toBe(false);
  });

  it('lists each lotação the person cannot sign from, by name, with the access request first', () => {
    const who = person({
      lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas'), lotacao('Vara Criminal - Aquidauana', 'solicitada'), lotacao('2ª Vara - Miranda', 'revogada', { revokedOn: '2025-02-01' })],
    });
    const reasons = personReadiness(who, TJMS, now).reasons;
    expect(reasons.map((r) => r.lotacao)).toEqual(['Vara Criminal - Aquidauana', '2ª Vara - Miranda']);
    expect(reasons.every((r) => r.level === 'warn')).toBe(true);
    expect(reasons[1]?.message).toContain('revogado em 01/02/2025');
    expect(reasons[0]?.actions[0]?.kind).toBe('request-access');
  });

  it('a magistrate after 15/08/2021 is not warned about a lotação still being asked for', () => {
    const judge = person({ cargo: 'juiz_de_direito', tribunal: 'tjms', lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas'), lotacao('Vara Criminal - Aquidauana', 'solicitada')] });
    expect(personReadiness(judge, TJMS, now).level).toBe('ok');
  });

  it('during a recorded plantão, the plantão lotação is required', () => {
    const onDuty = person({ plantoes: [{ start: '2026-11-04T12:00:00-04:00', end: '2026-11-05T12:00:00-04:00', comarca: 'Três Lagoas' }] });
    const verdict = personReadiness(onDuty, TJMS, now);
    expect(verdict.level).toBe('block');
    expect(verdict.reasons[0]).toMatchObject({ code: 'plantao-lotacao-not-active', lotacao: 'Plantão Judiciário 1º Grau' });
    expect(verdict.plantao?.why).toBe('assignment');
  });

  it('TRE-RJ signs in BNMP web: no SAJ registration asked for', () => {
    const clerk = person({ tribunal: 'tre-rj', sajRegistrations: [], lotacoes: [lotacao('1ª Zona Eleitoral - Rio de Janeiro')] });
    const verdict = personReadiness(clerk, TRE_RJ, campoGrande('2026-11-04T15:00'));
    expect(verdict.reasons.map((r) => r.code)).toEqual([]);
  });
});
