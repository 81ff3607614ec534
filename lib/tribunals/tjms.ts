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
  accessRequest: {
    channel: 'Intranet → Corregedoria → Solicitação de Acesso',
    whoAsks: 'o magistrado ou o chefe de cartório',
    source: 'Guia TJMS "Cadastro de Usuário no BNMP 2.0" (seed 000)',
  },
  contacts: [
    {
      name: 'Coordenadoria de Gerência de Sistemas Externos da CGJ',
      purpose: 'dúvidas sobre o acesso ao BNMP/CNJ e reset de senha quando o e-mail não chega',
      emails: ['cgjconvenios@tjms.jus.br'],
      phones: ['(67) 3314-1465', '(67) 3314-1327'],
      // "12h às 18h" [C] seed 000; weekdays [I] (the guide names no days).
      hours: { days: [1, 2, 3, 4, 5], from: '12:00', to: '18:00' },
    },
    {
      name: 'STI do TJMS',
      // Seed 000 lists it with the CGJ numbers for doubts about an access already requested.
      purpose: 'dúvidas sobre o acesso já solicitado ao CNJ',
      emails: [],
      phones: ['(67) 98465-3821'],
    },
    CNJ_CONTACT,
  ],
  // [I] TJMS publishes no interval; the 6 months of TRE-RJ Ato Conjunto 16/2020 art. 7 III is a sound default.
  reviewIntervalMonths: 6,
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
  },
  cnjEras: nationalCnjEras({ workEmailExample: 'xxxx@tjms.jus.br' }),
  sources: [
    'Seed 000: guia TJMS "Cadastro de Usuário no BNMP 2.0 para Assinatura de Peças no SAJ" (Confluence STI, pageId 152898271)',
    'TJMS Confluence STI, pageIds 152898516, 191890088, 125600036, 152898692, 205133752, 181600749',
    'TJMS GPS "Acesso ao BNMP 2.0" (atualizado em 12/08/2021)',
    'Lei Estadual MS 1.511/1994, art. 9 (circunscrições); Lei Estadual MS 3.056/2005 (feriado forense)',
    'TJMS Provimento 306/2014, art. 10 (plantão por região); Portaria 1019/2020 (plantão por circunscrição no recesso)',
    'TJMS Portarias 4/2023 e 983/2025 (feriados e dias sem expediente)',
    'CNJ: integração do BNMP à PDPJ (15/08/2021); Res. CNJ 417/2021 e 554/2024; FAQ BNMP 3.0',
  ],
};
