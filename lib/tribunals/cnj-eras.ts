/**
 * The CNJ arrangements every tribunal went through, as dated data. Dates and addresses are CNJ's, so
 * they are shared; a tribunal only says how its staff's work e-mail looks and which BNMP 2.0 address
 * its own act names. Sources: seed 000 (TJMS guide), CNJ news 15/08/2021, TJMS GPS "Acesso ao BNMP
 * 2.0" (updated 12/08/2021), CNJ BNMP 3.0 FAQ, Res. CNJ 417/2021 art. 2 §2 (Res. 554/2024).
 */
import type { CnjEra } from './schema';

export const CNJ_SCA_LOGIN_URL = 'https://sso.cnj.jus.br/cas/login';
export const CNJ_SCA_ACCESS_REQUEST_URL = 'https://sso.cnj.jus.br/cas/solicitacao-acesso';
export const CNJ_CORPORATIVO_URL = 'https://www.cnj.jus.br/corporativo/';
/** CNJ BNMP 3.0 FAQ gives http://bnmp.cnj.jus.br; https is served too and keeps the link safe. */
export const CNJ_BNMP3_URL = 'https://bnmp.cnj.jus.br';

/** BNMP 2.0 went personal (cargo + lotação checked) on 14/08/2020 (seed 000). */
export const ERA_SCA_FROM = '2020-08-14';
/** BNMP moved to the PDPJ single login backed by CNJ Corporativo; SCA switched off (CNJ news 15/08/2021). */
export const ERA_CORPORATIVO_FROM = '2021-08-15';
/** BNMP 3.0 went live on 13–14/08/2024 (CNJ FAQ); the later of the two days is taken as the switch. */
export const ERA_BNMP3_FROM = '2024-08-14';

const CORPORATIVO_RESET_STEPS = [
  'Abra o CNJ Corporativo (www.cnj.jus.br/corporativo) e clique em "Esqueceu sua senha?".',
  'Siga as instruções enviadas ao seu e-mail funcional e defina a nova senha.',
  'Se a conta estava bloqueada (5 senhas erradas seguidas), a redefinição também a desbloqueia.',
];

export function nationalCnjEras(options: {
  /** How the person's work e-mail looks, for the reset steps ("xxxx@tjms.jus.br"). */
  workEmailExample: string;
  /** The BNMP 2.0 address the tribunal's own act names; defaults to the CNJ login page (seed 000). */
  bnmp2LoginUrl?: string;
}): CnjEra[] {
  return [
    {
      id: 'bnmp2-sca',
      label: 'BNMP 2.0 com SCA/CNJ',
      from: ERA_SCA_FROM,
      until: ERA_CORPORATIVO_FROM,
      accountSystem: 'sca',
      accountSystemLabel: 'SCA/CNJ',
      loginUrl: options.bnmp2LoginUrl ?? CNJ_SCA_LOGIN_URL,
      passwordResetUrl: CNJ_SCA_LOGIN_URL,
      // Seed 000, "Redefinição de senha", steps 1–6.
      passwordResetSteps: [
        'Acesse o BNMP 2.0.',
        'Clique em "Esqueci a senha", no canto inferior esquerdo da tela.',
        'Informe o número do CPF (sem traços ou pontos), clique em "Não sou um robô" e em "Enviar".',
        `Você receberá um e-mail no seu endereço funcional (${options.workEmailExample}) com um link para redefinir a senha.`,
        'Clique no link do e-mail: a página do BNMP 2.0 abrirá para a troca. Informe a senha nova e clique em "Enviar".',
        'Uma tela confirmará que a senha foi alterada com sucesso.',
      ],
      accessRequestUrl: CNJ_SCA_ACCESS_REQUEST_URL,
    },
    {
      id: 'pdpj-corporativo',
      label: 'BNMP 2.0 na PDPJ com CNJ Corporativo',
      from: ERA_CORPORATIVO_FROM,
      until: ERA_BNMP3_FROM,
      accountSystem: 'corporativo',
      accountSystemLabel: 'CNJ Corporativo',
      loginUrl: CNJ_CORPORATIVO_URL,
      passwordResetUrl: CNJ_CORPORATIVO_URL,
      passwordResetSteps: CORPORATIVO_RESET_STEPS,
      // Profiles and lotações are now granted by the tribunal's regional administrators in Corporativo.
      accessRequestUrl: CNJ_CORPORATIVO_URL,
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
      accessRequestUrl: CNJ_CORPORATIVO_URL,
      plantaoJudiciarioLotacoes: { primeiroGrau: 'Plantão Judiciário 1º Grau', segundoGrau: 'Plantão Judiciário 2º Grau' },
    },
  ];
}
