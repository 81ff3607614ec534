import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIBUNAL_ID, TRIBUNALS, isKnownTribunal } from '../../../lib/tribunals/index';
import { TribunalProfile } from '../../../lib/tribunals/schema';
import { contactsFor, sajProcedureAt } from '../../../lib/tribunals/era';
import { DEFAULT_SAJ_MATCHES } from '../../../lib/tribunals/hosts';

describe('shipped tribunal profiles', () => {
  it.each(Object.entries(TRIBUNALS))('%s is a valid TribunalProfile whose id matches its key', (key, profile) => {
    const result = TribunalProfile.safeParse(profile);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(profile.id).toBe(key);
  });

  it('defaults to TJMS, and knows only the tribunals it ships', () => {
    expect(DEFAULT_TRIBUNAL_ID).toBe('tjms');
    expect(TRIBUNALS['tjms']!.shortName).toBe('TJMS');
    expect(TRIBUNALS['tre-rj']!.shortName).toBe('TRE-RJ');
    expect(isKnownTribunal('tjsp')).toBe(false);
    expect(isKnownTribunal('toString')).toBe(false);
  });
});

describe('TJMS profile', () => {
  const tjms = TRIBUNALS['tjms']!;

  it('signs in SAJ on the TJMS hosts, in three databases, in Campo Grande time', () => {
    expect(tjms.signingPlace).toBe('saj');
    expect(tjms.sajHosts).toEqual(DEFAULT_SAJ_MATCHES);
    expect(tjms.sajDatabases).toEqual(['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']);
    expect(tjms.timeZone).toBe('America/Campo_Grande');
  });

  it('tells who asks for access and where (seed 000): the Intranet for new credentials, the CGJ page for the servidor', () => {
    expect(tjms.accessRequest.channel).toBe('Intranet → Corregedoria → Solicitação de Acesso');
    expect(tjms.accessRequest.whoAsks).toBe('o magistrado ou o chefe de cartório');
    expect(tjms.accessRequest.otherChannels?.map((c) => c.channel)).toEqual(['Página da Corregedoria-Geral de Justiça, menu Sistemas → Solicitação de Acessos']);
  });

  it('names the Coordenadoria alone for the reset, and the Coordenadoria and the STI for an access already requested (seed 000)', () => {
    const names = (topic: 'reset-de-senha' | 'pedido-de-acesso') => contactsFor(tjms, topic).map((c) => c.name);
    expect(names('reset-de-senha')).toEqual(['Coordenadoria de Gerência de Sistemas Externos da CGJ']);
    expect(names('pedido-de-acesso')).toEqual(['Coordenadoria de Gerência de Sistemas Externos da CGJ', 'STI do TJMS']);
  });

  it('lists the CGJ desk with 12h–18h weekday hours, and CNJ without hours', () => {
    const cgj = tjms.contacts.find((c) => c.emails.includes('cgjconvenios@tjms.jus.br'));
    expect(cgj?.phones).toEqual(['(67) 3314-1465', '(67) 3314-1327']);
    expect(cgj?.hours).toEqual({ days: [1, 2, 3, 4, 5], from: '12:00', to: '18:00' });
    expect(tjms.contacts.some((c) => c.phones.includes('(67) 98465-3821'))).toBe(true);
    const cnj = tjms.contacts.find((c) => c.emails.includes('sistemasnacionais@cnj.jus.br'));
    expect(cnj?.phones).toEqual(['(61) 2326-5353']);
    expect(cnj?.hours).toBeUndefined();
  });

  it('has the 12 circunscrições, each listing its sede comarca, with no comarca in two of them', () => {
    const circs = tjms.plantao.circunscricoes;
    expect(circs.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const c of circs) expect(c.comarcas[0]).toBe(c.name);
    const all = circs.flatMap((c) => c.comarcas);
    expect(new Set(all).size).toBe(all.length);
    expect(circs.find((c) => c.number === 4)).toMatchObject({
      name: 'Três Lagoas',
      lotacao: 'Plantão da 4ª Circunscrição - Três Lagoas',
      comarcas: ['Três Lagoas', 'Brasilândia', 'Bataguassu', 'Água Clara'],
    });
    expect(tjms.plantao.regioes).toEqual([]);
  });

  it('has the three CNJ eras in order, each ending where the next begins', () => {
    expect(tjms.cnjEras.map((e) => [e.id, e.from, e.until])).toEqual([
      ['bnmp2-sca', '2020-08-14', '2021-08-15'],
      ['pdpj-corporativo', '2021-08-15', '2024-08-14'],
      ['bnmp3', '2024-08-14', undefined],
    ]);
    const [sca, corporativo, bnmp3] = tjms.cnjEras;
    const text = (steps: { text: string }[] | undefined) => (steps ?? []).map((s) => s.text).join(' ');
    expect(sca?.loginUrl).toBe('https://sso.cnj.jus.br/cas/login');
    expect(sca?.accessRequestUrl).toBe('https://sso.cnj.jus.br/cas/solicitacao-acesso');
    expect(text(sca?.passwordResetSteps)).toMatch(/Esqueci a senha.*CPF \(sem traços ou pontos\).*Não sou um robô.*xxxx@tjms\.jus\.br/);
    expect(corporativo?.passwordResetUrl).toBe('https://www.cnj.jus.br/corporativo/');
    expect(text(corporativo?.passwordResetSteps)).toContain('Esqueceu sua senha?');
    expect(corporativo?.loginUrl).toBe('https://bnmp2.cnj.jus.br');
    expect(bnmp3?.loginUrl).toBe('https://bnmp.cnj.jus.br');
    expect(bnmp3?.plantaoJudiciarioLotacoes).toMatchObject({ primeiroGrau: 'Plantão Judiciário 1º Grau', segundoGrau: 'Plantão Judiciário 2º Grau' });
    expect(tjms.rules).toEqual({ magistrateAnyUnitFrom: '2021-08-15', guardEnabled: true });
  });

  it('asks for no periodic review: no TJMS source does (TRE-RJ art. 7º, III binds TRE-RJ’s administrators)', () => {
    expect(tjms.reviewIntervalMonths).toBeUndefined();
    expect(tjms.reviewDuty).toBeUndefined();
  });

  it('documents the SAJ menu for the BNMP 2.0 era, dated, and links its GPS pages', () => {
    expect(tjms.sajProcedures).toEqual([
      expect.objectContaining({ from: '2020-08-14', until: '2024-08-14', registrationMenu: 'Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…' }),
    ]);
    expect(sajProcedureAt(tjms, new Date('2022-01-10T15:00:00-04:00'))?.current).toBe(true);
    expect(sajProcedureAt(tjms, new Date('2026-11-10T15:00:00-04:00'))?.current).toBe(false);
    expect(tjms.guidance).toEqual({ label: 'GPS', sources: ['tjms-gps-acesso-bnmp2', 'tjms-gps-cadastro-saj'] });
  });
});

describe('TRE-RJ profile (Ato Conjunto 16/2020)', () => {
  const tre = TRIBUNALS['tre-rj']!;

  it('signs in BNMP web, with no SAJ', () => {
    expect(tre.signingPlace).toBe('bnmp-web');
    expect(tre.sajHosts).toEqual([]);
    expect(tre.sajDatabases).toEqual([]);
    expect(tre.cnjEras[0]?.loginUrl).toBe('https://bnmp2.cnj.jus.br');
    expect(tre.timeZone).toBe('America/Sao_Paulo');
  });

  it.each([
    ['juiz_eleitoral', true],
    ['desembargador', true],
    ['juiz_de_direito', true],
    ['chefe_de_cartorio', true],
    ['chefe_de_cartorio_substituto', true],
    ['analista_judiciario', false],
    ['tecnico_judiciario', false],
    ['assessor', false],
  ] as const)('art. 3: %s may hold access → %s', (cargo, allowed) => {
    expect(tre.allowedCargos?.includes(cargo)).toBe(allowed);
  });

  it('explains art. 4 designations; the 6-month review is the administradores regionais’ duty (art. 7º, III)', () => {
    expect(tre.allowedCargosSource).toEqual({ source: 'tre-rj-ato-conjunto-16-2020', at: 'arts. 3º, 4º e 6º, II' });
    expect(tre.allowedCargosNote).toMatch(/art\. 4º/);
    expect(tre.reviewIntervalMonths).toBe(6);
    expect(tre.reviewDuty).toEqual({ who: 'administradores regionais do BNMP', article: 'os', source: { source: 'tre-rj-ato-conjunto-16-2020', at: 'art. 7º, III' } });
    expect(tre.accessRequest.channel).toMatch(/Corregedoria Regional Eleitoral/);
  });

  it('art. 5º, III: two administradores regionais in the 1st grade; art. 6º, II: the 2nd-grade one for the Membros da Corte', () => {
    expect(tre.contacts[0]?.name).toMatch(/^Administradores regionais do BNMP no 1º grau \(dois,/);
    expect(tre.contacts[0]?.article).toBe('os');
    expect(tre.accessRequest.otherChannels?.[0]?.whoAsks).toMatch(/Membros da Corte/);
    expect(tre.accessRequest.whoAsks).not.toMatch(/servidor/);
  });
});
