import { describe, expect, it } from 'vitest';
import { accessRequestItems, accessRequestText, accessRequestWhere, defaultPlantaoComarca, worksPlantao } from '../../../lib/guides/access-request';
import { TRIBUNALS } from '../../../lib/tribunals';
import { TJMS, TJMS_WITH_REGIOES, cg, lotacao, person } from './builders';

const NOW = cg('2026-11-21T10:00');
const PDPJ = cg('2022-05-02T10:00');

describe('where and who asks', () => {
  it('TJMS: Intranet → Corregedoria → Solicitação de Acesso, by the magistrate or the chefe de cartório; CNJ Corporativo today', () => {
    const where = accessRequestWhere(TJMS, NOW, person({ cargo: 'tecnico_judiciario' }));
    expect(where).toMatchObject({
      channel: 'Intranet → Corregedoria → Solicitação de Acesso',
      whoAsks: 'o magistrado ou o chefe de cartório',
      cnj: { system: 'CNJ Corporativo', url: 'https://www.cnj.jus.br/corporativo/' },
      asksThemselves: false,
    });
    expect(where.allowedCargos).toBeUndefined();
    expect(accessRequestWhere(TJMS, NOW, person({ cargo: 'chefe_de_cartorio' })).asksThemselves).toBe(true);
    expect(accessRequestWhere(TJMS, NOW, person({ cargo: 'juiz_substituto' })).asksThemselves).toBe(true);
  });

  it('TJMS, seed 000: the tribunal channel first, then the servidor’s own request on the CGJ page; each with its source', () => {
    const where = accessRequestWhere(TJMS, NOW, person({ cargo: 'tecnico_judiciario' }));
    expect(where.channels.map((c) => [c.channel, c.whoAsks, c.selfService])).toEqual([
      ['Intranet → Corregedoria → Solicitação de Acesso', 'o magistrado ou o chefe de cartório', false],
      ['Página da Corregedoria-Geral de Justiça, menu Sistemas → Solicitação de Acessos', 'o próprio servidor do Poder Judiciário', true],
    ]);
    expect(where.channels[1]?.purpose).toContain('Ofício-Circular nº 126.768.075.0001/2018');
    expect(where.channels[1]?.source).toBe('GPS TJMS “Acesso ao BNMP 2.0”, item 1');
  });

  it('TJMS, seed 000: after release, an e-mail with login and password, and “guarde a senha”', () => {
    const { afterRelease } = accessRequestWhere(TJMS, NOW);
    expect(afterRelease.map((a) => a.text).join(' ')).toContain('você receberá um e-mail com o login e a senha de acesso ao sistema');
    expect(afterRelease.map((a) => a.text).join(' ')).toContain('“é de suma importância que o usuário guarde a senha de acesso”');
    expect(afterRelease.every((a) => a.source === 'GPS TJMS “Acesso ao BNMP 2.0”, item 1')).toBe(true);
  });

  it('“Abrir o BNMP”: the era’s address (BNMP 3.0 today; TRE-RJ’s art. 2 link in its BNMP 2.0 era)', () => {
    expect(accessRequestWhere(TJMS, NOW).bnmp).toEqual({ label: 'BNMP 3.0', url: 'https://bnmp.cnj.jus.br' });
    expect(accessRequestWhere(TRIBUNALS['tre-rj']!, cg('2021-03-01T10:00')).bnmp).toEqual({ label: 'BNMP 2.0 com SCA/CNJ', url: 'https://bnmp2.cnj.jus.br' });
  });

  it.each([
    ['BNMP 3.0 (today)', NOW, /“Plantão Judiciário 1º Grau” \(no 2º grau, “Plantão Judiciário 2º Grau”\).*se subdivide por região/, /Res\. CNJ 417\/2021, art\. 2º, § 2º, com a redação da Res\. CNJ 554\/2024/],
    ['BNMP 2.0 era', PDPJ, /região .*fins de semana e feriados.*circunscrição \(recesso forense\)/, /Provimento TJMS 306\/2014, art\. 10/],
  ])('plantão advice follows the era: %s', (_era, now, text, source) => {
    const advice = accessRequestWhere(TJMS, now).plantaoAdvice;
    expect(advice.text).toMatch(text);
    expect(advice.source).toMatch(source);
  });

  it('SCA era: CNJ’s "Solicitar Acesso" page', () => {
    expect(accessRequestWhere(TJMS, cg('2021-03-01T10:00')).cnj).toEqual({ system: 'SCA/CNJ', url: 'https://sso.cnj.jus.br/cas/solicitacao-acesso' });
  });

  it('TRE-RJ arts. 3, 4 and 6: who asks where (Membros da Corte included), who may have access, and whether the person’s cargo is among them', () => {
    const treRj = TRIBUNALS['tre-rj']!;
    const analyst = accessRequestWhere(treRj, NOW, person({ tribunal: 'tre-rj', cargo: 'analista_judiciario' }));
    expect(analyst.channels.map((c) => c.whoAsks)).toEqual([
      'o magistrado eleitoral, o chefe de cartório ou seu substituto',
      'os Membros da Corte; na Secretaria Judiciária, o titular da unidade, que designa os servidores',
    ]);
    expect(analyst.channels.map((c) => c.source)).toEqual(['Ato Conjunto TRE-RJ nº 16/2020, arts. 3º e 6º, III', 'Ato Conjunto TRE-RJ nº 16/2020, arts. 4º e 6º, II']);
    expect(analyst.allowedCargos?.labels).toContain('Chefe de Cartório');
    expect(analyst.allowedCargos?.source).toBe('Ato Conjunto TRE-RJ nº 16/2020, arts. 3º, 4º e 6º, II');
    expect(analyst.allowedCargos?.note).toContain('art. 4º');
    expect(analyst.cargoAllowed).toBe(false);
    expect(accessRequestWhere(treRj, NOW, person({ tribunal: 'tre-rj', cargo: 'juiz_eleitoral' })).cargoAllowed).toBe(true);
  });
});

describe('the lotações to ask for', () => {
  const clerk = person({
    lotacoes: [
      lotacao('1ª Vara do Tribunal do Júri - Campo Grande'),
      lotacao('2ª Vara Criminal - Três Lagoas', 'revogada', { revokedOn: '2026-02-01' }),
      lotacao('Vara Criminal - Aquidauana', 'solicitada', { requestedOn: '2026-11-03' }),
      lotacao('2ª Vara - Miranda', 'nao_solicitada'),
      lotacao('2a VARA CRIMINAL DE TRES LAGOAS', 'negada'),
    ],
  });

  it('every recorded lotação that is not active, once per unit; a pending one listed but not ticked', () => {
    const items = accessRequestItems(TJMS, clerk, NOW, { plantao: false });
    expect(items.map((i) => [i.lotacao, i.note, i.suggested])).toEqual([
      ['2ª Vara Criminal - Três Lagoas', 'acesso revogado em 01/02/2026', true],
      ['Vara Criminal - Aquidauana', 'já solicitada em 03/11/2026, aguardando liberação', false],
      ['2ª Vara - Miranda', 'ainda não solicitada', true],
    ]);
  });

  it('a unit recorded both refused and, later, active is not asked again', () => {
    const p = person({ lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'negada'), lotacao('2a Vara Criminal de Tres Lagoas', 'ativa')] });
    expect(accessRequestItems(TJMS, p, NOW, { plantao: false })).toEqual([]);
  });

  it('BNMP 3.0: the plantão lotação is "Plantão Judiciário 1º Grau" for weekends, holidays and recesso alike', () => {
    const items = accessRequestItems(TJMS, person(), NOW, { plantao: true, comarca: 'Três Lagoas' });
    expect(items).toEqual([
      {
        id: 'plantao-plantao_judiciario',
        lotacao: 'Plantão Judiciário 1º Grau',
        nameKnown: true,
        kind: 'plantao',
        status: 'ausente',
        note: 'todos os plantões: fins de semana, feriados e recesso',
        suggested: true,
      },
    ]);
    expect(accessRequestItems(TJMS, person({ lotacoes: [lotacao('Plantão Judiciário 1º Grau')] }), NOW, { plantao: true })).toEqual([]);
  });

  it('before BNMP 3.0: the região lotação (weekends, holidays) and the circunscrição one (recesso)', () => {
    const items = accessRequestItems(TJMS_WITH_REGIOES, person(), PDPJ, { plantao: true, comarca: 'brasilandia' });
    expect(items.map((i) => [i.lotacao, i.note])).toEqual([
      ['Plantão Regional Leste - Três Lagoas', 'plantão de fins de semana e feriados (região) — Região Leste'],
      ['Plantão da 4ª Circunscrição - Três Lagoas', 'plantão do recesso forense (circunscrição) — 4ª Circunscrição - Três Lagoas'],
    ]);
  });

  it('a região the profile cannot name is described, to be confirmed by whoever grants it', () => {
    const items = accessRequestItems(TJMS, person(), PDPJ, { plantao: true, comarca: 'Três Lagoas' });
    expect(items.map((i) => [i.lotacao, i.nameKnown])).toEqual([
      ['Lotação de plantão da região de Três Lagoas (nome a confirmar com quem libera o acesso)', false],
      ['Plantão da 4ª Circunscrição - Três Lagoas', true],
    ]);
  });

  it('a recorded plantão lotação that is not active is listed once, with what it is for', () => {
    const p = person({ lotacoes: [lotacao('Plantão Judiciário 1º Grau', 'revogada', { plantao: 'plantao_judiciario' })] });
    const items = accessRequestItems(TJMS, p, NOW, { plantao: true });
    expect(items.map((i) => [i.lotacao, i.kind, i.note])).toEqual([
      ['Plantão Judiciário 1º Grau', 'plantao', 'acesso revogado; todos os plantões: fins de semana, feriados e recesso'],
    ]);
  });

  it('magistrates after 15/08/2021 need not ask for the plantão lotação (any unit of their tribunal)', () => {
    expect(accessRequestItems(TJMS, person({ cargo: 'juiz_de_direito' }), NOW, { plantao: true })).toEqual([]);
  });

  it('the plantão comarca: the next recorded plantão, else an active lotação’s comarca', () => {
    const p = person({
      lotacoes: [lotacao('Vara Criminal - Aquidauana', 'revogada'), lotacao('2ª Vara Criminal - Três Lagoas')],
      plantoes: [{ start: '2026-11-28T00:00:00-04:00', end: '2026-11-29T00:00:00-04:00', comarca: 'sidrolandia' }],
    });
    expect(defaultPlantaoComarca(TJMS, p, NOW)).toBe('Sidrolândia');
    expect(defaultPlantaoComarca(TJMS, { ...p, plantoes: [] }, NOW)).toBe('Três Lagoas');
    expect(defaultPlantaoComarca(TJMS, person({ lotacoes: [lotacao('Plantão Judiciário 1º Grau')] }), NOW)).toBeUndefined();
    expect(worksPlantao(p)).toBe(true);
    expect(worksPlantao(person())).toBe(false);
  });
});

describe('the request text', () => {
  it('names the person, the CNJ system, each lotação with why, and the several-units reminder', () => {
    const p = person({ lotacoes: [lotacao('1ª Vara do Tribunal do Júri - Campo Grande'), lotacao('2ª Vara Criminal - Três Lagoas', 'nao_solicitada')] });
    const items = accessRequestItems(TJMS, p, NOW, { plantao: true });
    expect(accessRequestText({ profile: TJMS, person: p, items, now: NOW })).toBe(
      [
        'Solicitação de acesso ao BNMP — TJMS',
        '',
        'Solicito a liberação de acesso ao BNMP (CNJ Corporativo) nas lotações abaixo, para que as assinaturas de peças enviadas ao BNMP não sejam recusadas pelo CNJ.',
        '',
        'Nome: Maria Aparecida Souza',
        'Cargo: Chefe de Cartório',
        'CPF: 123.456.789-09',
        'Login no SAJ: MSOUZA',
        '',
        'Lotações:',
        '1. 2ª Vara Criminal - Três Lagoas (ainda não solicitada)',
        '2. Plantão Judiciário 1º Grau (todos os plantões: fins de semana, feriados e recesso)',
        '',
        'Atuo em mais de uma lotação: o CNJ só aceita a assinatura feita de uma lotação liberada, por isso peço acesso a todas as listadas.',
        'A lotação de plantão é necessária para assinar mandados e alvarás durante o plantão.',
      ].join('\n'),
    );
  });

  it('one lotação, no CPF recorded: singular, no CPF line, no several-units line', () => {
    const p = person({ cpf: undefined, lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'nao_solicitada')] });
    const { cpf: _drop, ...withoutCpf } = p;
    const items = accessRequestItems(TJMS, withoutCpf, NOW, { plantao: false });
    const text = accessRequestText({ profile: TJMS, person: withoutCpf, items, now: NOW });
    expect(text).toContain('Lotação:\n1. 2ª Vara Criminal - Três Lagoas (ainda não solicitada)');
    expect(text).not.toContain('CPF');
    expect(text).not.toContain('mais de uma lotação');
  });
});
