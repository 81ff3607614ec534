import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, computeReminders, reviewState } from '../../../lib/background/reminders';
import type { PlantaoAssignment } from '../../../lib/status/schema';
import { TRIBUNALS } from '../../../lib/tribunals';
import { TJMS, TJMS_WITH_REGIOES, cg, fileOf, lotacao, person } from '../guides/builders';

/** Tuesday 24/11/2026 19:00 → Wednesday 12:00 in Três Lagoas (BNMP 3.0: needs "Plantão Judiciário 1º Grau"). */
const SHIFT: PlantaoAssignment = { start: '2026-11-24T19:00:00-04:00', end: '2026-11-25T12:00:00-04:00', comarca: 'Três Lagoas' };
const onDuty = (extra: Partial<Parameters<typeof person>[0]> = {}) => person({ plantoes: [SHIFT], ...extra });

describe('plantão reminder: the day before, when the plantão lotação is missing', () => {
  it.each([
    ['two days before, 23:59', cg('2026-11-22T23:59'), 0],
    ['the day before, 00:00 (Campo Grande)', cg('2026-11-23T00:00'), 1],
    ['the day before, evening', cg('2026-11-23T21:00'), 1],
    ['during the plantão', cg('2026-11-25T08:00'), 1],
    ['the minute it ends', cg('2026-11-25T12:00'), 0],
  ])('%s → %i notice(s)', (_when, now, count) => {
    expect(computeReminders(fileOf(onDuty()), now).notices).toHaveLength(count);
  });

  it('says which lotação, when, where and how to ask; red badge "1"', () => {
    const r = computeReminders(fileOf(onDuty()), cg('2026-11-23T09:00'));
    expect(r.notices).toEqual([
      {
        kind: 'plantao-lotacao-missing',
        level: 'block',
        personId: 'maria',
        personName: 'Maria Aparecida Souza',
        page: 'guia-acesso',
        message:
          'Plantão em ter., 24/11/2026 19h (Três Lagoas): falta a lotação de plantão “Plantão Judiciário 1º Grau”. ' +
          'Sem ela, o CNJ recusará as assinaturas do plantão. Peça o acesso: Intranet → Corregedoria → Solicitação de Acesso.',
      },
    ]);
    expect(r.badge).toMatchObject({ text: '1', color: BADGE_COLORS.block });
    expect(r.badge.title).toBe(`Sentinela BNMP\n• ${r.notices[0]!.message}`);
    expect(computeReminders(fileOf(onDuty()), cg('2026-11-25T08:00')).notices[0]!.message).toMatch(/^Plantão em andamento desde ter\., 24\/11\/2026 19h/);
  });

  it('the day starts at midnight in Campo Grande, not UTC: 03:30 UTC on the 23rd is still the 22nd there', () => {
    expect(computeReminders(fileOf(onDuty()), new Date('2026-11-23T03:30:00Z')).notices).toHaveLength(0);
    expect(computeReminders(fileOf(onDuty()), new Date('2026-11-23T04:00:00Z')).notices).toHaveLength(1);
  });

  it('no reminder when the lotação is active, or for a magistrate who may sign from any unit', () => {
    const holds = onDuty({ lotacoes: [lotacao('Plantão Judiciário 1º Grau', 'ativa', { plantao: 'plantao_judiciario' })] });
    expect(computeReminders(fileOf(holds), cg('2026-11-24T10:00')).notices).toEqual([]);
    expect(computeReminders(fileOf(onDuty({ cargo: 'juiz_de_direito' })), cg('2026-11-24T10:00')).notices).toEqual([]);
  });

  it('a pending request still counts as missing', () => {
    const pending = onDuty({ lotacoes: [lotacao('Plantão Judiciário 1º Grau', 'solicitada')] });
    expect(computeReminders(fileOf(pending), cg('2026-11-24T10:00')).notices[0]?.kind).toBe('plantao-lotacao-missing');
  });

  it('before BNMP 3.0 with no região table: a warning to check the região lotação, amber badge', () => {
    const shift: PlantaoAssignment = { start: '2022-03-12T00:00:00-04:00', end: '2022-03-13T00:00:00-04:00', comarca: 'Três Lagoas' };
    const r = computeReminders(fileOf(person({ plantoes: [shift] })), cg('2022-03-11T10:00'));
    expect(r.notices.map((n) => [n.kind, n.level, n.page])).toEqual([['plantao-lotacao-unknown', 'warn', 'plantao']]);
    expect(r.notices[0]!.message).toContain('confira se você tem a lotação de plantão da região de Três Lagoas');
    expect(r.badge.color).toBe(BADGE_COLORS.warn);
    // With the table, the name is known and the reminder says it.
    const named = computeReminders(fileOf(person({ plantoes: [shift] })), cg('2022-03-11T10:00'), () => TJMS_WITH_REGIOES);
    expect(named.notices[0]!.message).toContain('“Plantão Regional Leste - Três Lagoas”');
  });
});

describe('next plantão and the next moment to look again', () => {
  it('shows the soonest plantão not over yet, with its state, and wakes up when the reminder window opens', () => {
    const later: PlantaoAssignment = { start: '2026-12-05T00:00:00-04:00', end: '2026-12-06T00:00:00-04:00', comarca: 'Campo Grande' };
    const r = computeReminders(fileOf(person({ plantoes: [later, SHIFT] })), cg('2026-11-21T10:00'));
    expect(r.nextPlantao).toEqual({
      personId: 'maria',
      personName: 'Maria Aparecida Souza',
      start: SHIFT.start,
      end: SHIFT.end,
      comarca: 'Três Lagoas',
      startText: 'ter., 24/11/2026 19h',
      lotacoes: ['Plantão Judiciário 1º Grau'],
      state: 'missing',
    });
    expect(r.notices).toEqual([]);
    expect(new Date(r.nextChangeAt!).toISOString()).toBe('2026-11-23T04:00:00.000Z');
  });

  it('nothing recorded: no notice, empty badge, nothing to wake up for', () => {
    expect(computeReminders(undefined, cg('2026-11-21T10:00'))).toEqual({
      computedAt: cg('2026-11-21T10:00').toISOString(),
      notices: [],
      badge: { text: '', color: BADGE_COLORS.warn, title: 'Sentinela BNMP' },
    });
  });
});

describe('review reminder: only where a source asks for one (TRE-RJ Ato Conjunto 16/2020 art. 7º, III)', () => {
  // TJMS ships without an interval (no TJMS source asks for a review); IT may set one, as here.
  const TJMS_6 = { ...TJMS, reviewIntervalMonths: 6 };
  const withInterval = () => TJMS_6;

  it('TJMS as shipped: never a review notice, however old the last review, and nothing to wake up for', () => {
    const never = (({ lastReviewOn: _x, ...rest }) => rest)(person());
    for (const p of [never, person({ lastReviewOn: '2020-01-01' })]) {
      expect(reviewState(p, TJMS, cg('2026-11-21T12:00'))).toEqual({ overdue: false });
      expect(computeReminders(fileOf(p), cg('2026-11-21T12:00')).notices).toEqual([]);
    }
  });

  it.each([
    ['reviewed 6 months ago to the day', '2026-05-21', cg('2026-11-21T23:59'), false],
    ['one day more', '2026-05-21', cg('2026-11-22T00:00'), true],
    ['end of month: 31/05 + 6 months = 30/11', '2026-05-31', cg('2026-11-30T12:00'), false],
    ['never reviewed', undefined, cg('2026-11-21T12:00'), true],
  ])('with an interval of 6 months: %s → overdue %s', (_what, lastReviewOn, now, overdue) => {
    const p = lastReviewOn ? person({ lastReviewOn }) : (({ lastReviewOn: _x, ...rest }) => rest)(person());
    expect(reviewState(p, TJMS_6, now).overdue).toBe(overdue);
    const r = computeReminders(fileOf(p), now, withInterval);
    expect(r.notices.some((n) => n.kind === 'review-overdue')).toBe(overdue);
  });

  it('asks to confirm the status is still true; amber badge; wakes up the day it falls due', () => {
    const r = computeReminders(fileOf(person({ lastReviewOn: '2026-04-10' })), cg('2026-11-21T12:00'), withInterval);
    expect(r.notices).toEqual([
      {
        kind: 'review-overdue',
        level: 'warn',
        personId: 'maria',
        personName: 'Maria Aparecida Souza',
        page: 'options',
        message:
          'Sua situação foi conferida pela última vez em 10/04/2026. O perfil do tribunal pede que você a confira a cada 6 meses: acessos mudam quando ' +
          'alguém muda de cargo ou de lotação. Confira em “Minha situação” se a conta, os cadastros no SAJ e as lotações continuam certos.',
      },
    ]);
    expect(r.badge).toMatchObject({ text: '1', color: BADGE_COLORS.warn });
    const fresh = computeReminders(fileOf(person({ lastReviewOn: '2026-10-01' })), cg('2026-11-21T12:00'), withInterval);
    expect(new Date(fresh.nextChangeAt!).toISOString()).toBe('2027-04-02T04:00:00.000Z');
  });

  it('TRE-RJ: says whose duty the review is, citing art. 7º, III', () => {
    const carioca = person({ tribunal: 'tre-rj', cargo: 'chefe_de_cartorio', lotacoes: [], lastReviewOn: '2026-01-10' });
    const [notice] = computeReminders(fileOf(carioca), cg('2026-11-21T12:00')).notices;
    expect(notice?.message).toContain(
      'A revisão periódica dos acessos concedidos cabe aos administradores regionais do BNMP (Ato Conjunto TRE-RJ nº 16/2020, art. 7º, III), pelo menos a cada 6 meses',
    );
  });

  it('only for "eu" when one is set; for everyone when nobody is', () => {
    const me = person({ lastReviewOn: '2026-10-01' });
    const colleague = person({ id: 'joao', name: 'João Pedro Lima', sajLogin: 'JPLIMA', lastReviewOn: '2025-01-01' });
    expect(computeReminders(fileOf(me, colleague), cg('2026-11-21T12:00'), withInterval).notices).toEqual([]);
    const shared = { ...fileOf(me, colleague), meId: undefined };
    const r = computeReminders(shared, cg('2026-11-21T12:00'), withInterval);
    expect(r.notices.map((n) => n.personId)).toEqual(['joao']);
  });
});

describe('several people on one computer', () => {
  it('plantão notices first, then reviews; the badge counts all and names each person', () => {
    const me = onDuty({ lastReviewOn: '2025-01-01' });
    const colleague = person({ id: 'joao', name: 'João Pedro Lima', sajLogin: 'JPLIMA', plantoes: [SHIFT], lotacoes: [] });
    const r = computeReminders(fileOf(me, colleague), cg('2026-11-24T10:00'), () => ({ ...TJMS, reviewIntervalMonths: 6 }));
    expect(r.notices.map((n) => [n.personId, n.kind])).toEqual([
      ['maria', 'plantao-lotacao-missing'],
      ['joao', 'plantao-lotacao-missing'],
      ['maria', 'review-overdue'],
    ]);
    expect(r.badge.text).toBe('3');
    expect(r.badge.color).toBe(BADGE_COLORS.block);
    expect(r.badge.title).toContain('• João Pedro Lima: Plantão em');
  });

  it('uses each person’s own tribunal (TRE-RJ: Rio de Janeiro clock)', () => {
    const treRj = TRIBUNALS['tre-rj']!;
    const shift: PlantaoAssignment = { start: '2026-11-24T19:00:00-03:00', end: '2026-11-25T12:00:00-03:00', comarca: 'Rio de Janeiro' };
    const carioca = person({ tribunal: 'tre-rj', cargo: 'chefe_de_cartorio', lotacoes: [], plantoes: [shift] });
    // 23:30 on the 22nd in Campo Grande is 00:30 on the 23rd in Rio: the window opened there.
    const r = computeReminders(fileOf(carioca), cg('2026-11-22T23:30'));
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]!.message).toContain(treRj.accessRequest.channel);
  });
});
