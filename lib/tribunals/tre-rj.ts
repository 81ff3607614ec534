/**
 * Tribunal Regional Eleitoral do Rio de Janeiro, as data, per Ato Conjunto PR/VPCRE TRE-RJ nº 16/2020
 * (seed 004). Signatures happen in BNMP web, not in SAJ (art. 2), so the guard has no SAJ host here;
 * the profile still drives the status checks (who may have access, review every 6 months).
 * [C] = stated by the cited source; [I] = inferred default, to be confirmed or overridden by TRE-RJ.
 */
import { nationalCnjEras } from './cnj-eras';
import { CNJ_CONTACT } from './contacts';
import type { TribunalProfile } from './schema';
import { NATIONAL_FIXED_HOLIDAYS } from './national-holidays';

export const TRE_RJ: TribunalProfile = {
  id: 'tre-rj',
  shortName: 'TRE-RJ',
  name: 'Tribunal Regional Eleitoral do Rio de Janeiro',
  timeZone: 'America/Sao_Paulo',
  sajHosts: [],
  signingPlace: 'bnmp-web',
  sajDatabases: [],
  accessRequest: {
    channel:
      'Administradores regionais do BNMP: no 1º grau, na Vice-Presidência e Corregedoria Regional Eleitoral (Juízes Eleitorais, Chefes de Cartório e substitutos); no 2º grau, na Secretaria Judiciária (Membros da Corte e servidores da Secretaria Judiciária)',
    whoAsks: 'o magistrado eleitoral, o chefe de cartório ou seu substituto; na Secretaria Judiciária, o servidor designado pelo titular da unidade',
    source: 'Ato Conjunto PR/VPCRE TRE-RJ nº 16/2020, arts. 3º a 6º (seed 004)',
  },
  // Art. 3 [C]: magistrados eleitorais, Chefes de Cartório and substitutes. Every magistrate cargo is
  // kept (a juiz substituto designated as juiz eleitoral is a "magistrado eleitoral"). Art. 4's
  // Secretaria Judiciária staff are allowed only by designation, which a cargo cannot express: analista
  // and técnico stay out, and the source text below tells them how to proceed.
  allowedCargos: ['juiz_eleitoral', 'juiz_de_direito', 'juiz_substituto', 'desembargador', 'chefe_de_cartorio', 'chefe_de_cartorio_substituto'],
  allowedCargosSource:
    'Ato Conjunto TRE-RJ nº 16/2020, art. 3º: magistrados eleitorais, Chefes de Cartório e substitutos. Servidores da Secretaria Judiciária só têm acesso se designados pelo titular da unidade (art. 4º): quem tiver essa designação deve registrá-la com a área de TI, que pode incluir o cargo neste perfil.',
  contacts: [
    {
      name: 'Administrador regional do BNMP no 1º grau (Vice-Presidência e Corregedoria Regional Eleitoral)',
      purpose: 'acesso de Juízes Eleitorais, Chefes de Cartório e substitutos (art. 6º, III)',
      emails: [],
      phones: [],
    },
    {
      name: 'Administrador regional do BNMP no 2º grau (Secretaria Judiciária)',
      purpose: 'acesso de Membros da Corte e servidores da Secretaria Judiciária (art. 6º, II)',
      emails: [],
      phones: [],
    },
    CNJ_CONTACT,
  ],
  // Art. 7, III [C]: "intervalos nunca superiores a 6 (seis) meses".
  reviewIntervalMonths: 6,
  rules: {
    // PDPJ integration (CNJ, 15/08/2021) is national [C].
    magistrateAnyUnitFrom: '2021-08-15',
    guardEnabled: true,
  },
  plantao: {
    // [I] No public TRE-RJ source found for plantão hours; CNJ Res. 71/2009 puts the plantão outside
    // regular office hours. Edit to the tribunal's own act.
    startsAt: '19:00',
    endsAt: '12:00',
    weekends: true,
    holidays: true,
    // [I] Lei 5.010/1966 art. 62, I (federal justice holidays, followed by the Justiça Eleitoral).
    recesso: { from: '12-20', to: '01-06' },
    fixedHolidays: [
      ...NATIONAL_FIXED_HOLIDAYS,
      // RJ: São Jorge (Lei Estadual 5.198/2008) [C]; Zumbi (Lei Estadual 4.007/2002, so 20/11 counts before 2024 too) [C].
      '04-23',
      // [I] Lei 5.010/1966 art. 62, IV–VI: 11/08, 01/11, 08/12.
      '08-11',
      '11-01',
      '12-08',
    ],
    // [I] Lei 5.010/1966 art. 62, II–III: segunda e terça de Carnaval, quarta e quinta-feira santas;
    // Sexta-feira Santa is national. Corpus Christi left out (ponto facultativo, not a holiday by law).
    easterOffsets: [-48, -47, -4, -3, -2],
    extraNonWorkingDays: [],
    circunscricoes: [],
    regioes: [],
  },
  // Art. 2 gives http://bnmp2.cnj.jus.br [C]; the https address serves the same application.
  cnjEras: nationalCnjEras({ workEmailExample: 'xxxx@tre-rj.jus.br', bnmp2LoginUrl: 'https://bnmp2.cnj.jus.br' }),
  sources: [
    'Seed 004: Ato Conjunto PR/VPCRE TRE-RJ nº 16, de 03/11/2020 (DJE TRE-RJ nº 298, de 05/11/2020, p. 03)',
    'Lei 5.010/1966, art. 62 (feriados da Justiça Federal); Leis Estaduais RJ 4.007/2002 e 5.198/2008',
    'CNJ: integração do BNMP à PDPJ (15/08/2021); Res. CNJ 417/2021 e 554/2024; FAQ BNMP 3.0',
  ],
};
