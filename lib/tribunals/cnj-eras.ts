/**
 * The CNJ arrangements every tribunal went through, as dated data. Dates and addresses are CNJ's, so
 * they are shared; a tribunal only says how its staff's work e-mail looks and which BNMP 2.0 address
 * its own act names. Every step and date cites its source by id (lib/tribunals/sources.ts).
 *
 *   2020-08-14 → 2021-08-15  BNMP 2.0 with SCA/CNJ (seed 000)
 *   2021-08-15 → 2024-08-14  BNMP 2.0 on the PDPJ login, accounts in CNJ Corporativo (CNJ news 15/08/2021)
 *   2024-08-14 →             BNMP 3.0 (Res. CNJ 417/2021; live 13–14/08/2024, CNJ FAQ)
 */
import type { Citation, CnjEra, Step } from './schema';

export const CNJ_SCA_LOGIN_URL = 'https://sso.cnj.jus.br/cas/login';
export const CNJ_SCA_ACCESS_REQUEST_URL = 'https://sso.cnj.jus.br/cas/solicitacao-acesso';
export const CNJ_CORPORATIVO_URL = 'https://www.cnj.jus.br/corporativo/';
/** The BNMP 2.0 application (TJSP Comunicado 195/2021; TRE-RJ art. 2 gives the http address). */
export const CNJ_BNMP2_URL = 'https://bnmp2.cnj.jus.br';
/** CNJ BNMP 3.0 FAQ gives http://bnmp.cnj.jus.br (it leads to bnmp.pdpj.jus.br); https is served too and keeps the link safe. */
export const CNJ_BNMP3_URL = 'https://bnmp.cnj.jus.br';

/** BNMP 2.0 went personal (cargo + lotação checked) on 14/08/2020 (seed 000). */
export const ERA_SCA_FROM = '2020-08-14';
/** BNMP moved to the PDPJ single login backed by CNJ Corporativo; SCA switched off (CNJ news 15/08/2021). */
export const ERA_CORPORATIVO_FROM = '2021-08-15';
/** BNMP 3.0 went live on 13–14/08/2024 (CNJ FAQ); the later of the two days is taken as the switch. */
export const ERA_BNMP3_FROM = '2024-08-14';

const GPS_ACESSO = (at: string): Citation => ({ source: 'tjms-gps-acesso-bnmp2', at });
const PDPJ_NEWS: Citation = { source: 'cnj-noticia-pdpj-2021' };
const LOCKOUT_NEWS: Citation = { source: 'cnj-noticia-bloqueio-2022' };

const CORPORATIVO_RESET_STEPS: Step[] = [
  { text: 'Abra o CNJ Corporativo (www.cnj.jus.br/corporativo) e clique em “Esqueceu sua senha?”.', source: PDPJ_NEWS },
  { text: 'Siga as instruções enviadas ao seu e-mail funcional e defina a nova senha.', source: PDPJ_NEWS },
  { text: 'Se a conta estava bloqueada (5 senhas erradas seguidas), a redefinição também a desbloqueia.', source: LOCKOUT_NEWS },
];

const CORPORATIVO_CHANGE_STEPS: Step[] = [
  { text: 'Abra o CNJ Corporativo (www.cnj.jus.br/corporativo) e entre com a senha atual.', source: PDPJ_NEWS },
  { text: 'Use “Mudança de Senha” e defina a nova senha.', source: PDPJ_NEWS },
];

export function nationalCnjEras(options: {
  /** How the person's work e-mail looks, for the reset steps ("xxxx@tjms.jus.br"). */
  workEmailExample: string;
  /** The BNMP 2.0 address the tribunal's own act names, and that act; defaults to CNJ's addresses. */
  bnmp2Login?: { url: string; source: Citation };
}): CnjEra[] {
  const bnmp2Source = options.bnmp2Login ? [options.bnmp2Login.source] : [];
  return [
    {
      id: 'bnmp2-sca',
      label: 'BNMP 2.0 com SCA/CNJ',
      from: ERA_SCA_FROM,
      until: ERA_CORPORATIVO_FROM,
      accountSystem: 'sca',
      accountSystemLabel: 'SCA/CNJ',
      // Seed 000: "O link para acessar o BNMP 2.0 é https://sso.cnj.jus.br/cas/login".
      loginUrl: options.bnmp2Login?.url ?? CNJ_SCA_LOGIN_URL,
      passwordResetUrl: CNJ_SCA_LOGIN_URL,
      // Seed 000, "2. Redefinição de senha", steps 1–6.
      passwordResetSteps: [
        { text: 'Acesse o BNMP 2.0.', source: GPS_ACESSO('item 2, passo 1') },
        { text: 'Clique em “Esqueci a senha”, no canto inferior esquerdo da tela.', source: GPS_ACESSO('item 2, passo 2') },
        { text: 'Informe o número do CPF (sem traços ou pontos), clique em “Não sou um robô” e em “Enviar”.', source: GPS_ACESSO('item 2, passo 3') },
        {
          text: `Você receberá um e-mail no seu endereço funcional (${options.workEmailExample}) com um link para redefinir a senha.`,
          source: GPS_ACESSO('item 2, passo 4'),
        },
        {
          text: 'Clique no link do e-mail: a página do BNMP 2.0 abrirá para a troca. Informe a senha nova e clique em “Enviar”.',
          source: GPS_ACESSO('item 2, passo 5'),
        },
        { text: 'Uma tela confirmará que a senha foi alterada com sucesso.', source: GPS_ACESSO('item 2, passo 6') },
      ],
      // Seed 000, item 1: "clicando sobre a figura da engrenagem no canto superior direito da tela".
      passwordChangeSteps: [
        { text: 'Acesse o Sistema de Controle de Acesso (SCA) do CNJ.', source: GPS_ACESSO('item 1') },
        { text: 'Clique na figura da engrenagem, no canto superior direito da tela, e altere a senha.', source: GPS_ACESSO('item 1') },
      ],
      accessRequestUrl: CNJ_SCA_ACCESS_REQUEST_URL,
      sources: [GPS_ACESSO('aviso de 14/08/2020'), { source: 'pje-servico-bnmp2' }, ...bnmp2Source],
    },
    {
      id: 'pdpj-corporativo',
      label: 'BNMP 2.0 na PDPJ com CNJ Corporativo',
      from: ERA_CORPORATIVO_FROM,
      until: ERA_BNMP3_FROM,
      accountSystem: 'corporativo',
      accountSystemLabel: 'CNJ Corporativo',
      // The application stayed at bnmp2.cnj.jus.br, now behind the PDPJ login (TJSP Comunicado 195/2021).
      loginUrl: options.bnmp2Login?.url ?? CNJ_BNMP2_URL,
      passwordResetUrl: CNJ_CORPORATIVO_URL,
      passwordResetSteps: CORPORATIVO_RESET_STEPS,
      passwordChangeSteps: CORPORATIVO_CHANGE_STEPS,
      // Profiles and lotações are now granted by the tribunal's regional administrators in Corporativo.
      accessRequestUrl: CNJ_CORPORATIVO_URL,
      sources: [PDPJ_NEWS, { source: 'tjsp-comunicado-195-2021' }, ...bnmp2Source],
    },
    {
      id: 'bnmp3',
      label: 'BNMP 3.0',
      from: ERA_BNMP3_FROM,
      accountSystem: 'corporativo',
      accountSystemLabel: 'CNJ Corporativo',
      loginUrl: CNJ_BNMP3_URL,
      passwordResetUrl: CNJ_CORPORATIVO_URL,
      passwordResetSteps: CORPORATIVO_RESET_STEPS,
      passwordChangeSteps: CORPORATIVO_CHANGE_STEPS,
      accessRequestUrl: CNJ_CORPORATIVO_URL,
      plantaoJudiciarioLotacoes: {
        primeiroGrau: 'Plantão Judiciário 1º Grau',
        segundoGrau: 'Plantão Judiciário 2º Grau',
        source: { source: 'res-cnj-417-2021', at: 'art. 2º, § 2º, com a redação da Res. CNJ 554/2024' },
      },
      sources: [{ source: 'res-cnj-417-2021' }, { source: 'res-cnj-554-2024' }, { source: 'cnj-faq-bnmp3' }, PDPJ_NEWS],
    },
  ];
}
