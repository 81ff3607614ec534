import { describe, expect, it } from 'vitest';
import * as msg from '../../../lib/readiness/messages';
import { TJMS } from '../../../lib/tribunals/tjms';

describe('formatting', () => {
  it.each([
    ['2026-11-03', '03/11/2026'],
    ['2021-08-15', '15/08/2021'],
    ['ontem', 'ontem'],
  ])('formatDate(%s) → %s', (iso, shown) => expect(msg.formatDate(iso)).toBe(shown));

  it.each<[string, string, string]>([
    ['2026-11-04T23:00:00Z', 'America/Campo_Grande', '04/11/2026 19:00'],
    ['2026-11-05T03:30:00Z', 'America/Campo_Grande', '04/11/2026 23:30'],
    ['2026-11-05T03:30:00Z', 'America/Sao_Paulo', '05/11/2026 00:30'],
  ])('formatDateTime(%s, %s) → %s (the tribunal’s wall clock)', (iso, tz, shown) => {
    expect(msg.formatDateTime(new Date(iso), tz)).toBe(shown);
  });

  it.each<[string[], 'e' | 'ou', string]>([
    [[], 'e', ''],
    [['A'], 'e', 'A'],
    [['A', 'B'], 'ou', 'A ou B'],
    [['A', 'B', 'C'], 'e', 'A, B e C'],
  ])('listOf(%j, %s) → "%s"', (items, last, text) => expect(msg.listOf(items, last)).toBe(text));

  it('contactText gives the name with its article, the e-mail, and the phones with their hours (seed 000: "telefones … (12h às 18h)")', () => {
    expect(msg.contactText(TJMS.contacts[0])).toBe(
      'a Coordenadoria de Gerência de Sistemas Externos da CGJ (e-mail cgjconvenios@tjms.jus.br; telefones (67) 3314-1465 / (67) 3314-1327, das 12h às 18h)',
    );
    expect(msg.contactText(TJMS.contacts[1])).toBe('a STI do TJMS (telefone (67) 98465-3821)');
    expect(msg.contactText(undefined)).toContain('administrador regional');
  });

  it('contracts a preposition with the article ("cabe aos administradores", "à Coordenadoria")', () => {
    expect(msg.withPreposition('a', { who: 'administradores regionais do BNMP', article: 'os' })).toBe('aos administradores regionais do BNMP');
    expect(msg.withPreposition('a', { who: 'Coordenadoria', article: 'a' })).toBe('à Coordenadoria');
    expect(msg.withPreposition('de', { who: 'STI', article: 'a' })).toBe('da STI');
    expect(msg.withPreposition('a', { who: 'TI do tribunal' })).toBe('a TI do tribunal');
  });
});

describe('messages name the concrete thing', () => {
  const channel = 'Intranet → Corregedoria → Solicitação de Acesso';
  const whoAsks = 'o magistrado ou o chefe de cartório';

  it('the issue’s example sentence, word for word up to the channel', () => {
    expect(msg.lotacaoNotActive({ lotacao: '2ª Vara Criminal - Três Lagoas', status: 'solicitada', requestedOn: '2026-11-03', channel, whoAsks })).toBe(
      'Sua lotação “2ª Vara Criminal - Três Lagoas” está com a solicitação pendente (solicitada em 03/11/2026). ' +
        'O CNJ recusará a assinatura até a liberação. Peça acesso a essa lotação: Intranet → Corregedoria → Solicitação de Acesso ' +
        '(quem pede: o magistrado ou o chefe de cartório). Se o pedido já foi liberado, atualize “Minha situação”.',
    );
  });

  it('SAJ messages name every database and the SAJ screen they are given', () => {
    const screen = msg.sajScreenText({ procedure: { registrationMenu: 'Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…' }, current: true });
    const m = msg.sajRegistrationMissing({ system: 'SCA/CNJ', databases: ['SAJ-Campo Grande', 'SAJ-Dourados'], pageShowsDatabase: false, screen });
    expect(m).toContain('“SAJ-Campo Grande” ou “SAJ-Dourados”');
    expect(m).toContain('no SAJ, menu Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…, informe');
  });

  it('a SAJ menu documented for an earlier era is given as such, with the date it was written before', () => {
    const old = msg.sajScreenText({ procedure: { registrationMenu: 'Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…', until: '2024-08-14' }, current: false });
    expect(old).toBe('no SAJ, na tela de cadastro de usuário do BNMP (o guia do tribunal, escrito antes de 14/08/2024, indica o menu Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…)');
    expect(msg.sajScreenText(undefined)).toBe('no SAJ, na tela de cadastro de usuário do BNMP');
  });

  it('plantão message names the lotação, its area and why it is a plantão', () => {
    const m = msg.plantaoLotacaoNotActive({
      why: msg.plantaoWhyText('page', undefined, 'recesso'),
      lotacao: 'Plantão da 4ª Circunscrição - Três Lagoas',
      area: '4ª Circunscrição - Três Lagoas',
      status: 'negada',
      channel,
      whoAsks,
    });
    expect(m).toContain('Em plantão (a página indica plantão; recesso forense)');
    expect(m).toContain('“Plantão da 4ª Circunscrição - Três Lagoas” (4ª Circunscrição - Três Lagoas), que teve o acesso negado');
  });

  it('untrusted page text is quoted without control characters and clipped', () => {
    const m = msg.lotacaoNotActive({ lotacao: `Vara\u0007\n${'x'.repeat(300)}`, status: 'ausente', channel, whoAsks });
    expect(m).not.toMatch(/[\u0000-\u001f]/);
    expect(m).toMatch(/“Vara x+…”/);
    expect(m.match(/“[^”]*”/)?.[0].length).toBeLessThanOrEqual(122);
  });
});
