/**
 * Tribunal de Justiça de Mato Grosso do Sul, as data. Everything here is overridable by IT (part 5).
 * [C] = stated by the cited source; [I] = inferred default, to be confirmed or overridden by TJMS.
 */
import { DEFAULT_SAJ_MATCHES } from './hosts';
import { nationalCnjEras } from './cnj-eras';
import { CNJ_CONTACT } from './contacts';
import type { Circunscricao, TribunalProfile } from './schema';
import { NATIONAL_FIXED_HOLIDAYS } from './national-holidays';

// Lei Estadual 1.511/1994 art. 9 [C]; later laws may have created comarcas or moved them. The sede
// comarca is listed first so a lookup by comarca finds it. The lotação names are [I] DEFAULT DATA:
// the real names of the recesso plantão lotações in CNJ Corporativo are not public — edit them.
const CIRCUNSCRICOES: [number, string, string[]][] = [
  [1, 'Campo Grande', ['Bandeirantes', 'Ribas do Rio Pardo', 'Sidrolândia', 'Terenos']],
  [2, 'Dourados', ['Caarapó', 'Itaporã', 'Fátima do Sul', 'Glória de Dourados', 'Deodápolis']],
  [3, 'Corumbá', []],
  [4, 'Três Lagoas', ['Brasilândia', 'Bataguassu', 'Água Clara']],
  [5, 'Aquidauana', ['Miranda']],
  [6, 'Ponta Porã', ['Amambai']],
  [7, 'Nova Andradina', ['Anaurilândia', 'Angélica', 'Bataiporã', 'Ivinhema']],
  [8, 'Naviraí', ['Eldorado', 'Iguatemi', 'Mundo Novo', 'Sete Quedas']],
  [9, 'Coxim', ['Camapuã', 'Pedro Gomes', 'Rio Negro', 'Rio Verde de Mato Grosso', 'São Gabriel do Oeste']],
  [10, 'Paranaíba', ['Aparecida do Taboado', 'Cassilândia', 'Costa Rica', 'Chapadão do Sul', 'Inocência']],
  [11, 'Jardim', ['Bela Vista', 'Bonito', 'Nioaque', 'Porto Murtinho']],
  [12, 'Maracaju', ['Rio Brilhante']],
];

export const TJMS_CIRCUNSCRICOES: Circunscricao[] = CIRCUNSCRICOES.map(([number, name, others]) => ({
  number,
  name,
  lotacao: `Plantão da ${number}ª Circunscrição - ${name}`,
  comarcas: [name, ...others],
}));

export const TJMS: TribunalProfile = {
  id: 'tjms',
  shortName: 'TJMS',
  name: 'Tribunal de Justiça de Mato Grosso do Sul',
  // IANA tz database [C]: UTC−4, no daylight saving since 2019.
  timeZone: 'America/Campo_Grande',
  sajHosts: DEFAULT_SAJ_MATCHES,
  signingPlace: 'saj',
  // TJMS pageIds 191890088, 125600036 [C]: the SAJ registration is done once per database.
  sajDatabases: ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior'],
  // GPS TJMS (pageId 191890088): menu Criminal → BNMP 2.0 → "Cadastro de Usuário no BNMP…", written for
  // BNMP 2.0; shown in BNMP 3.0 only as "the menu in the BNMP 2.0 guide" until the GPS describes 3.0.
  sajProcedures: [
    {
      from: '2020-08-14',
      until: '2024-08-14',
      registrationMenu: 'Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…',
      communicationTest: 'teste de comunicação com o BNMP 2.0',
      source: { source: 'tjms-gps-cadastro-saj', at: 'item 1' },
    },
  ],
  accessRequest: {
    // Seed 000: "Caso haja necessidade de solicitação de novos credenciamentos, o magistrado ou chefe de
    // cartório deverá acessar a Intranet → Corregedoria → aba Solicitação de Acesso."
    channel: 'Intranet → Corregedoria → Solicitação de Acesso',
    whoAsks: 'o magistrado ou o chefe de cartório',
    purpose: 'novos credenciamentos: outras lotações, inclusive a de plantão',
    source: { source: 'tjms-gps-acesso-bnmp2', at: 'aviso de 14/08/2020' },
    otherChannels: [
      {
        // Seed 000, item 1: "é necessário que o servidor do Poder Judiciário solicite acesso à Coordenadoria de
        // Gerência de Sistemas Externos, por meio do sistema disponibilizado na página da Corregedoria-Geral de
        // Justiça, menu Sistemas → Solicitação de Acessos, conforme determinação contida no Ofício-Circular nº
        // 126.768.075.0001/2018."
        channel: 'Página da Corregedoria-Geral de Justiça, menu Sistemas → Solicitação de Acessos',
        whoAsks: 'o próprio servidor do Poder Judiciário',
        selfService: true,
        purpose:
          'acesso ao BNMP, pedido à Coordenadoria de Gerência de Sistemas Externos (Ofício-Circular nº 126.768.075.0001/2018)',
        source: { source: 'tjms-gps-acesso-bnmp2', at: 'item 1' },
      },
    ],
    // Seed 000, item 1: "Assim que houver a liberação de acesso pela Corregedoria, o usuário receberá um
    // e-mail contendo o login e a senha de acesso ao sistema." … "É de suma importância que o usuário
    // guarde a senha de acesso ao BNMP 2.0."
    afterRelease: [
      {
        text: 'Assim que a Corregedoria liberar o acesso, você receberá um e-mail com o login e a senha de acesso ao sistema.',
        source: { source: 'tjms-gps-acesso-bnmp2', at: 'item 1' },
      },
      {
        text: 'Guarde a senha: o guia do TJMS diz que “é de suma importância que o usuário guarde a senha de acesso”. O Sentinela nunca a pede nem a guarda.',
        source: { source: 'tjms-gps-acesso-bnmp2', at: 'item 1' },
      },
    ],
  },
  contacts: [
    {
      name: 'Coordenadoria de Gerência de Sistemas Externos da CGJ',
      article: 'a',
      purpose: 'dúvidas sobre o acesso já solicitado; reset da senha quando o e-mail não chega',
      // Seed 000 names it for both: doubts about an access already requested, and the reset.
      topics: ['pedido-de-acesso', 'reset-de-senha'],
      emails: ['cgjconvenios@tjms.jus.br'],
      phones: ['(67) 3314-1465', '(67) 3314-1327'],
      // "telefones (67) 3314-1465 / 3314-1327 (12h às 18h)" [C] seed 000: the hours follow the phones, not
      // the e-mail. Weekdays [I] (the guide names no days).
      hours: { days: [1, 2, 3, 4, 5], from: '12:00', to: '18:00' },
      source: { source: 'tjms-gps-acesso-bnmp2', at: 'aviso de 14/08/2020; item 2' },
    },
    {
      name: 'STI do TJMS',
      article: 'a',
      // Seed 000 lists "(67) 98465-3821 (STI)" with the CGJ numbers, for doubts about an access already
      // requested; not for the reset (item 2 names only the Coordenadoria).
      purpose: 'dúvidas sobre o acesso já solicitado ao CNJ',
      topics: ['pedido-de-acesso'],
      emails: [],
      phones: ['(67) 98465-3821'],
      source: { source: 'tjms-gps-acesso-bnmp2', at: 'aviso de 14/08/2020' },
    },
    CNJ_CONTACT,
  ],
  // No periodic review: no TJMS source asks for one (TRE-RJ's art. 7º, III binds TRE-RJ's own
  // administradores regionais). IT may set reviewIntervalMonths to turn the reminder on.
  guidance: { label: 'GPS', sources: ['tjms-gps-acesso-bnmp2', 'tjms-gps-cadastro-saj'] },
  rules: {
    // PDPJ integration: magistrates may act in any unit of their tribunal [C] CNJ news 15/08/2021.
    magistrateAnyUnitFrom: '2021-08-15',
    guardEnabled: true,
  },
  plantao: {
    // Prov. 306/2014: 1st-instance plantão from 19h to 12h of the next working day [C] (press, and
    // TJMS notice of 08/12/2025). The 2nd instance returns at 7h; 1st-instance hours are used here.
    startsAt: '19:00',
    endsAt: '12:00',
    weekends: true,
    holidays: true,
    // "Feriado Forense" 20/12–06/01, Lei Estadual 3.056/2005 [C] (TJMS Portarias 4/2023, 983/2025).
    recesso: { from: '12-20', to: '01-06' },
    fixedHolidays: [
      ...NATIONAL_FIXED_HOLIDAYS,
      // MS: Criação/Divisão do Estado [C] (TJMS Portaria 4/2023).
      '10-11',
      // Judiciary days in every yearly TJMS portaria [C]: Instituição dos Cursos Jurídicos, Dia da Justiça.
      // TJMS sometimes moves 08/12 (2022: to 19/12); such moves go in extraNonWorkingDays.
      '08-11',
      '12-08',
    ],
    // 20/11 became national with Lei 14.759/2023: TJMS's 2023 list does not have it, 2026's does.
    fixedHolidaySince: { '11-20': '2024-01-01' },
    // Carnaval (seg., ter.), Quarta-feira de Cinzas, Quinta e Sexta-feira Santa, Corpus Christi
    // [C] TJMS Portarias 4/2023 and 983/2025 ("não haverá expediente").
    easterOffsets: [-48, -47, -46, -3, -2, 60],
    // One-off days from the yearly portarias [C]: Dia do Servidor Público is moved each year and 08/12
    // is sometimes moved. Municipal holidays (e.g. Campo Grande 13/06, 26/08) only close one comarca
    // and are not modelled here.
    extraNonWorkingDays: ['2022-01-07', '2022-10-28', '2022-12-19', '2026-10-30'],
    circunscricoes: TJMS_CIRCUNSCRICOES,
    // Prov. 306/2014 art. 10: the list of regiões is not public in any source found. Editable data.
    regioes: [],
    sources: [
      { source: 'tjms-provimento-306-2014', at: 'art. 10' },
      { source: 'tjms-portaria-1019-2020' },
      { source: 'ms-lei-1511-1994', at: 'art. 9' },
      { source: 'ms-lei-3056-2005' },
      { source: 'tjms-portarias-feriados' },
      { source: 'leis-feriados-nacionais' },
    ],
  },
  cnjEras: nationalCnjEras({ workEmailExample: 'xxxx@tjms.jus.br' }),
  // TJMS-only sources; CNJ's, federal law and the GPS pages are in ./sources.ts.
  sources: [
    {
      id: 'tjms-sti-125600036',
      short: 'Confluence STI TJMS, pageId 125600036',
      title: 'TJMS, Confluence da STI, pageId 125600036: lotação de plantão por região (fins de semana) e por circunscrição (recesso); cadastro no SAJ refeito após troca de senha',
      url: 'https://sti.tjms.jus.br/confluence/pages/viewpage.action?pageId=125600036',
    },
    {
      id: 'tjms-provimento-306-2014',
      short: 'Provimento TJMS 306/2014',
      title: 'TJMS, Provimento nº 306/2014: plantão do 1º grau das 19h às 12h do dia útil seguinte; art. 10, plantão por região nos fins de semana e feriados',
    },
    {
      id: 'tjms-portaria-1019-2020',
      short: 'Portaria TJMS 1019/2020',
      title: 'TJMS, Portaria nº 1019/2020: plantão do recesso forense por circunscrição',
    },
    {
      id: 'ms-lei-1511-1994',
      short: 'Lei Estadual MS 1.511/1994',
      title: 'Lei Estadual MS nº 1.511/1994 (Código de Organização e Divisão Judiciárias), art. 9: circunscrições',
    },
    {
      id: 'ms-lei-3056-2005',
      short: 'Lei Estadual MS 3.056/2005',
      title: 'Lei Estadual MS nº 3.056/2005: feriado forense de 20/12 a 06/01',
    },
    {
      id: 'tjms-portarias-feriados',
      short: 'Portarias TJMS 4/2023 e 983/2025',
      title: 'TJMS, Portarias nº 4/2023 e 983/2025: feriados e dias sem expediente',
    },
  ],
};
