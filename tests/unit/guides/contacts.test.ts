import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsNow, daysText } from '../../../lib/guides/contacts';
import { TJMS, cg } from './builders';

const cgj = (now: Date) => contactsNow(TJMS, now)[0]!;

describe('"Não recebi o e-mail": the CGJ desk (12h–18h, Campo Grande) open now or when it opens', () => {
  it.each([
    ['Monday 12:00 (opening minute)', cg('2026-11-23T12:00'), 'Atendimento aberto agora — fecha às 18h'],
    ['Monday 17:59', cg('2026-11-23T17:59'), 'Atendimento aberto agora — fecha às 18h'],
    ['Monday 11:59', cg('2026-11-23T11:59'), 'Fechado agora — abre hoje às 12h'],
    ['Monday 18:00', cg('2026-11-23T18:00'), 'Fechado agora — abre amanhã às 12h'],
    ['Saturday', cg('2026-11-21T15:00'), 'Fechado agora — abre segunda-feira às 12h'],
    ['Friday evening', cg('2026-11-27T19:00'), 'Fechado agora — abre segunda-feira às 12h'],
  ])('%s', (_when, now, line) => {
    expect(cgj(now).line).toBe(line);
  });

  it('judges the hours on the tribunal clock, however the instant is written', () => {
    // 13:00 in Brasília (UTC−3) is 12:00 in Campo Grande (UTC−4): open. 12:30 in Brasília is 11:30 there: closed.
    expect(cgj(new Date('2026-11-23T13:00:00-03:00')).status.state).toBe('open');
    expect(cgj(new Date('2026-11-23T12:30:00-03:00')).line).toBe('Fechado agora — abre hoje às 12h');
    // 21:59 UTC = 17:59 in Campo Grande: open; 22:00 UTC = 18:00: closed.
    expect(cgj(new Date('2026-11-23T21:59:00Z')).status.state).toBe('open');
    expect(cgj(new Date('2026-11-23T22:00:00Z')).status.state).toBe('closed');
    // 00:30 UTC on Tuesday is still Monday 20:30 in Campo Grande: opens "amanhã", not "hoje".
    expect(cgj(new Date('2026-11-24T00:30:00Z')).line).toBe('Fechado agora — abre amanhã às 12h');
  });

  it.each([
    ['Carnaval Monday 2026 (and Tuesday, Ash Wednesday): opens Thursday', cg('2026-02-16T14:00'), 'Fechado agora — abre quinta-feira às 12h'],
    ['Quinta-feira Santa 2026: opens the Monday after Easter', cg('2026-04-02T14:00'), 'Fechado agora — abre segunda-feira às 12h'],
    ['Christmas Friday 2026', cg('2026-12-25T14:00'), 'Fechado agora — abre segunda-feira às 12h'],
    ['Dia do Servidor moved to Friday 30/10/2026, then Finados on Monday 02/11', cg('2026-10-30T14:00'), 'Fechado agora — abre terça-feira às 12h'],
    ['20/11/2026, Consciência Negra (national since 2024)', cg('2026-11-20T14:00'), 'Fechado agora — abre segunda-feira às 12h'],
    ['a working day inside the recesso still answers (the recesso suspends deadlines, not the desk)', cg('2026-12-22T14:00'), 'Atendimento aberto agora — fecha às 18h'],
  ])('%s', (_what, now, line) => {
    expect(cgj(now).line).toBe(line);
  });

  it('lists every contact of the profile, in the profile order, with the ones without hours said so', () => {
    const all = contactsNow(TJMS, cg('2026-11-23T14:00'));
    expect(all.map((c) => [c.contact.name, c.line, c.hoursText ?? null])).toEqual([
      ['Coordenadoria de Gerência de Sistemas Externos da CGJ', 'Atendimento aberto agora — fecha às 18h', '12h às 18h, de segunda a sexta'],
      ['STI do TJMS', 'Sem horário publicado', null],
      ['CNJ — Sistemas Nacionais', 'Sem horário publicado', null],
    ]);
  });
});

describe('the browser time zone does not matter', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: already Tuesday when Campo Grande has Monday morning
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('Monday 11:00 in Campo Grande is Tuesday 05:00 in Kiritimati, and the desk opens "hoje às 12h"', () => {
    const now = new Date('2026-11-23T15:00:00Z');
    expect(now.getDate()).toBe(24);
    expect(cgj(now).line).toBe('Fechado agora — abre hoje às 12h');
  });
});

describe('daysText', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'de segunda a sexta'],
    [[5, 1, 3, 2, 4], 'de segunda a sexta'],
    [[0, 1, 2, 3, 4, 5, 6], 'todos os dias'],
    [[6], 'aos sábados'],
    [[3], 'às quartas'],
    [[1, 3, 5], 'segunda, quarta e sexta'],
    [[6, 0], 'domingo e sábado'],
    [[], 'sem dias de atendimento'],
  ])('%j → %s', (days, text) => expect(daysText(days)).toBe(text));
});
