/**
 * Tribunal Regional Eleitoral do Rio de Janeiro, as data, per Ato Conjunto PR/VPCRE TRE-RJ nº 16/2020
 * (seed 004). The profile drives the status checks (who may ask for access and where, who grants it,
 * the periodic review the administrators owe) and the guides.
 * [C] = stated by the cited source; [I] = inferred default, to be confirmed or overridden by TRE-RJ.
 */
import { CNJ_BNMP2_URL, nationalCnjEras } from './cnj-eras';
import { CNJ_CONTACT } from './contacts';
import type { Citation, TribunalProfile } from './schema';
import { NATIONAL_FIXED_HOLIDAYS } from './national-holidays';

const ATO = (at: string): Citation => ({ source: 'tre-rj-ato-conjunto-16-2020', at });

export const TRE_RJ: TribunalProfile = {
  id: 'tre-rj',
  shortName: 'TRE-RJ',
  name: 'Tribunal Regional Eleitoral do Rio de Janeiro',
  timeZone: 'America/Sao_Paulo',
  sajHosts: [],
  // Art. 2 says where access happens: "diretamente na página do Conselho Nacional de Justiça na internet,
  // por meio do link http://bnmp2.cnj.jus.br" [C]. That pieces are issued and signed there is [I]: the
  // Act names no local system to integrate with, and the Justiça Eleitoral has no SAJ. Hence no SAJ
  // hosts, databases or SAJ registration here.
  signingPlace: 'bnmp-web',
  sajDatabases: [],
  sajProcedures: [],
  accessRequest: {
    // Art. 3 [C]: "Poderão solicitar acesso ao BNMP 2.0, além dos magistrados eleitorais, os Chefes de Cartório
    // e respectivos substitutos"; art. 6, III: the 1st-grade administrators grant and revoke their access.
    channel: 'Administradores regionais do BNMP no 1º grau, na Vice-Presidência e Corregedoria Regional Eleitoral',
    whoAsks: 'o magistrado eleitoral, o chefe de cartório ou seu substituto',
    purpose:
      'Juízes Eleitorais, Chefes de Cartório e substitutos; a Vice-Presidência e Corregedoria expede as orientações sobre a forma do pedido (art. 3º, parágrafo único)',
    source: ATO('arts. 3º e 6º, III'),
    otherChannels: [
      {
        // Art. 6, II [C]: the 2nd-grade administrator manages the access of the Membros da Corte and of the
        // Secretaria Judiciária's staff; art. 4: there, access is granted to the staff its head designates.
        channel: 'Administrador regional do BNMP no 2º grau, na Secretaria Judiciária',
        whoAsks: 'os Membros da Corte; na Secretaria Judiciária, o titular da unidade, que designa os servidores',
        purpose: 'Membros da Corte e servidores da Secretaria Judiciária',
        source: ATO('arts. 4º e 6º, II'),
      },
    ],
  },
  // Who may hold access [C]: magistrados eleitorais, Chefes de Cartório and substitutes (art. 3), Membros da
  // Corte (art. 6, II). Every magistrate cargo is kept (a juiz substituto designated as juiz eleitoral is a
  // "magistrado eleitoral"; the Court's members include desembargadores and juízes). Art. 4's Secretaria
  // Judiciária staff hold access only by designation, which a cargo cannot express: see the note.
  allowedCargos: ['juiz_eleitoral', 'juiz_de_direito', 'juiz_substituto', 'desembargador', 'chefe_de_cartorio', 'chefe_de_cartorio_substituto'],
  allowedCargosSource: ATO('arts. 3º, 4º e 6º, II'),
  allowedCargosNote:
    'Servidores da Secretaria Judiciária têm acesso quando designados pelo titular da unidade (art. 4º): quem tiver essa designação pode pedir à área de TI que inclua o cargo neste perfil.',
  contacts: [
    {
      // Art. 5, III [C]: "dois administradores regionais no 1º grau, lotados na Vice-presidência e Corregedoria
      // Regional Eleitoral"; art. 6, III: they manage the access of Juízes Eleitorais, Chefes de Cartório and
      // substitutes. No address or phone is published in the Act.
      name: 'Administradores regionais do BNMP no 1º grau (dois, na Vice-Presidência e Corregedoria Regional Eleitoral)',
      article: 'os',
      purpose: 'acesso de Juízes Eleitorais, Chefes de Cartório e substitutos (art. 6º, III)',
      topics: ['concessao-de-acesso', 'pedido-de-acesso'],
      emails: [],
      phones: [],
      source: ATO('arts. 5º, III, e 6º, III'),
    },
    {
      // Art. 5, II and art. 6, II [C]. (Art. 5, I's administrator, in the Assessoria Jurídica da Presidência,
      // manages only the other administrators' access, art. 6, I: not a contact for users.)
      name: 'Administrador regional do BNMP no 2º grau (Secretaria Judiciária)',
      article: 'o',
      purpose: 'acesso de Membros da Corte e servidores da Secretaria Judiciária (art. 6º, II)',
      topics: ['concessao-de-acesso', 'pedido-de-acesso'],
      emails: [],
      phones: [],
      source: ATO('arts. 5º, II, e 6º, II'),
    },
    CNJ_CONTACT,
  ],
  // Art. 7, III [C]: the administradores regionais "deverão … realizar avaliação crítica periódica dos acessos
  // concedidos, em intervalos nunca superiores a 6 (seis) meses". Their duty, not the user's: Sentinela only
  // reminds the person to keep their record in step with it.
  reviewIntervalMonths: 6,
  reviewDuty: { who: 'administradores regionais do BNMP', article: 'os', source: ATO('art. 7º, III') },
  guidance: { label: 'Ato Conjunto', sources: ['tre-rj-ato-conjunto-16-2020'] },
  rules: {
    // PDPJ integration (CNJ, 15/08/2021) is national [C].
    magistrateAnyUnitFrom: '2021-08-15',
    guardEnabled: true,
  },
  plantao: {
    // [I] No public TRE-RJ source found for plantão hours; Res. CNJ 71/2009 puts the plantão outside
    // regular office hours. Edit to the tribunal's own act.
    startsAt: '19:00',
    endsAt: '12:00',
    weekends: true,
    holidays: true,
    // [I] Lei 5.010/1966 art. 62, I: 20/12 to 06/01 (federal justice holidays, followed by the Justiça Eleitoral).
    recesso: { from: '12-20', to: '01-06' },
    fixedHolidays: [
      ...NATIONAL_FIXED_HOLIDAYS,
      // RJ: São Jorge (Lei Estadual 5.198/2008) [C]; Zumbi (Lei Estadual 4.007/2002, so 20/11 counts before 2024 too) [C].
      '04-23',
      // [I] Lei 5.010/1966 art. 62, IV: 11/08, 1º and 2/11, 08/12 (2/11 is national anyway).
      '08-11',
      '11-01',
      '12-08',
    ],
    // [I] Lei 5.010/1966 art. 62, III: segunda e terça-feira de Carnaval (−48, −47); art. 62, II: the Semana
    // Santa, from Wednesday to Easter Sunday (−4, −3, −2; Saturday and Sunday are weekend days anyway).
    // Corpus Christi left out (ponto facultativo, not a holiday by law).
    easterOffsets: [-48, -47, -4, -3, -2],
    extraNonWorkingDays: [],
    circunscricoes: [],
    regioes: [],
    sources: [{ source: 'res-cnj-71-2009' }, { source: 'lei-5010-1966', at: 'art. 62' }, { source: 'rj-leis-feriados' }, { source: 'leis-feriados-nacionais' }],
  },
  // Art. 2 gives http://bnmp2.cnj.jus.br [C]; the https address serves the same application.
  cnjEras: nationalCnjEras({ workEmailExample: 'xxxx@tre-rj.jus.br', bnmp2Login: { url: CNJ_BNMP2_URL, source: ATO('art. 2º') } }),
  sources: [
    {
      id: 'tre-rj-ato-conjunto-16-2020',
      short: 'Ato Conjunto TRE-RJ nº 16/2020',
      title: 'Ato Conjunto PR/VPCRE TRE-RJ nº 16, de 03/11/2020 — regulamenta o acesso ao BNMP 2.0 no âmbito da Justiça Eleitoral Fluminense',
      date: '2020-11-03',
      checkedOn: '2026-11-29',
      publishedIn: 'DJE TRE-RJ nº 298, de 05/11/2020, p. 03',
    },
    {
      id: 'rj-leis-feriados',
      short: 'Leis Estaduais RJ 4.007/2002 e 5.198/2008',
      title: 'Leis Estaduais RJ nº 4.007/2002 (20/11, Zumbi) e nº 5.198/2008 (23/04, São Jorge)',
    },
  ],
};
