/**
 * Every sentence the readiness engine shows a person, in one place so they can be reviewed together.
 * Each names the concrete thing (the lotação, the SAJ database, the date) and the concrete fix.
 * Rules and sources: docs/rules.md. Page texts arrive here as plain strings; the UI renders them as text.
 */
import type { LotacaoStatus } from '../status/schema';
import type { Contact } from '../tribunals/schema';
import { wallClock } from '../calendar/wall-clock';
import { ellipsize } from '../text/untrusted';

/** "2026-11-03" → "03/11/2026". Anything else is shown as given. */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** "03/11/2026 19:00" on the tribunal's wall clock. */
export function formatDateTime(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(c.isoDate)} ${two(c.hour)}:${two(c.minute)}`;
}

/** "A, B ou C" / "A, B e C". */
export function listOf(items: readonly string[], last: 'e' | 'ou' = 'e'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Page texts are untrusted: no control characters, and never a wall of text inside a sentence. */
const clip = (s: string): string => ellipsize(s, 120);
const quoted = (s: string) => `“${clip(s)}”`;

const CONTRACTIONS: Record<'a' | 'de' | 'por', Record<'a' | 'o' | 'as' | 'os', string>> = {
  a: { a: 'à', o: 'ao', as: 'às', os: 'aos' },
  de: { a: 'da', o: 'do', as: 'das', os: 'dos' },
  por: { a: 'pela', o: 'pelo', as: 'pelas', os: 'pelos' },
};

/** "aos administradores regionais do BNMP": a preposition and the article, contracted as Portuguese requires. */
export function withPreposition(preposition: 'a' | 'de' | 'por', who: { who: string; article?: 'a' | 'o' | 'as' | 'os' }): string {
  return who.article ? `${CONTRACTIONS[preposition][who.article]} ${who.who}` : `${preposition} ${who.who}`;
}

/** "a Coordenadoria de Gerência…": the name with the article a sentence needs ("fale com a …"). */
export function contactName(contact: Contact): string {
  return contact.article ? `${contact.article} ${contact.name}` : contact.name;
}

/** "12:00" → "12h", "08:30" → "8h30". */
function hourText(hhmm: string): string {
  const [h = '0', m = '00'] = hhmm.split(':');
  return `${Number(h)}h${m === '00' ? '' : m}`;
}

/**
 * "a Coordenadoria … (e-mail cgjconvenios@tjms.jus.br; telefones (67) 3314-1465 / (67) 3314-1327, das 12h
 * às 18h)". The hours qualify the phones only: seed 000 writes "telefones … (12h às 18h)".
 */
export function contactText(contact: Contact | undefined): string {
  if (!contact) return 'o administrador regional do BNMP no seu tribunal';
  const ways: string[] = [];
  if (contact.emails.length > 0) ways.push(`e-mail ${contact.emails.join(' ou ')}`);
  if (contact.phones.length > 0) {
    const hours = contact.hours ? `, das ${hourText(contact.hours.from)} às ${hourText(contact.hours.to)}` : '';
    ways.push(`${contact.phones.length > 1 ? 'telefones' : 'telefone'} ${contact.phones.join(' / ')}${hours}`);
  }
  return ways.length > 0 ? `${contactName(contact)} (${ways.join('; ')})` : contactName(contact);
}

/** Several contacts as alternatives: "a Coordenadoria (…) ou a STI do TJMS (…)". */
export function contactsText(contacts: readonly Contact[]): string {
  return contacts.length > 0 ? listOf(contacts.map(contactText), 'ou') : contactText(undefined);
}

/**
 * Where the SAJ registration is done, as the profile documents it for the date: "no SAJ, menu Criminal →
 * BNMP 2.0 → Cadastro de Usuário no BNMP…". A description written for an earlier era is named as such.
 */
export function sajScreenText(at: { procedure: { registrationMenu: string; until?: string }; current: boolean } | undefined): string {
  if (!at) return 'no SAJ, na tela de cadastro de usuário do BNMP';
  const { registrationMenu, until } = at.procedure;
  if (at.current) return `no SAJ, menu ${registrationMenu}`;
  const written = until ? `, escrito antes de ${formatDate(until)},` : '';
  return `no SAJ, na tela de cadastro de usuário do BNMP (o guia do tribunal${written} indica o menu ${registrationMenu})`;
}

const MY_STATUS = '“Minha situação”';

// --- Action labels --------------------------------------------------------------------------------

export const actionLabels = {
  resetPassword: (system: string) => `Redefinir a senha no ${system}`,
  requestAccessCnj: (system: string) => `Solicitar acesso no ${system}`,
  requestAccessTribunal: (channel: string) => `Solicitar acesso: ${channel}`,
  sajRegistration: (database: string) => `Refazer o cadastro no SAJ (${database})`,
  contact: (name: string) => `Falar com ${name}`,
  recordStatus: 'Registrar minha situação',
  reviewStatus: 'Revisar minha situação',
};

// --- Status ----------------------------------------------------------------------------------------

export function statusUnknown(args: { screenUser?: string; hasAnyone: boolean }): string {
  const head = args.screenUser
    ? `Não há situação registrada para ${quoted(args.screenUser)} neste navegador`
    : args.hasAnyone
      ? 'A página não mostra quem está assinando, e não há uma pessoa marcada como “eu” neste navegador'
      : 'Nenhuma situação de acesso ao BNMP foi registrada neste navegador';
  return (
    `${head}, então o Sentinela não sabe se o CNJ aceitará esta assinatura. ` +
    `Registre em ${MY_STATUS} sua conta no CNJ, seus cadastros no SAJ e suas lotações.`
  );
}

export function statusUnreadable(): string {
  return (
    'Os dados de acesso ao BNMP guardados neste navegador não puderam ser lidos; foram guardados à parte, ' +
    `nada foi apagado. Sem eles, o Sentinela não sabe se o CNJ aceitará esta assinatura. Abra ${MY_STATUS} ` +
    'para restaurar uma cópia de segurança ou registrar sua situação de novo.'
  );
}

// --- CNJ account -----------------------------------------------------------------------------------

/** Seed 000: "Em caso de dúvida em relação ao acesso já solicitado…, contatar a Coordenadoria… e (67) 98465-3821 (STI)". */
export function cnjAccountRequested(args: { system: string; requestedOn?: string; contact: string }): string {
  const when = args.requestedOn ? ` em ${formatDate(args.requestedOn)}` : '';
  return (
    `Sua conta no ${args.system} foi solicitada${when} e ainda não foi confirmada. O CNJ recusará a assinatura ` +
    `de documentos do BNMP até a confirmação. Aguarde o e-mail de liberação; em caso de dúvida sobre o pedido já feito, ` +
    `fale com ${args.contact}. Quando a conta for confirmada, atualize ${MY_STATUS}.`
  );
}

export function cnjAccountNeverRequested(args: {
  system: string;
  channel: string;
  whoAsks: string;
  otherChannels: readonly { channel: string; whoAsks: string }[];
}): string {
  const others = args.otherChannels.map((c) => `; ou ${c.channel} (quem pede: ${c.whoAsks})`).join('');
  return (
    `Você não tem conta confirmada no ${args.system}, e o CNJ recusará a assinatura de documentos do BNMP. ` +
    `Peça o acesso: ${args.channel} (quem pede: ${args.whoAsks})${others}.`
  );
}

// --- SAJ registration ------------------------------------------------------------------------------

export function sajRegistrationMissing(args: { system: string; databases: string[]; pageShowsDatabase: boolean; screen: string }): string {
  const dbs = listOf(args.databases.map(quoted), 'ou');
  if (!args.pageShowsDatabase && args.databases.length > 1) {
    return (
      `Seu login do ${args.system} não está cadastrado no SAJ em nenhuma base (${dbs}). O CNJ recusará a assinatura. ` +
      `Faça o cadastro na base em que você trabalha: ${args.screen}, informe seu login e sua senha do CNJ.`
    );
  }
  return (
    `Seu login do ${args.system} não está cadastrado no SAJ na base ${dbs}. O CNJ recusará a assinatura. ` +
    `Faça o cadastro nessa base: ${args.screen}, informe seu login e sua senha do CNJ.`
  );
}

export function sajRegistrationStale(args: {
  system: string;
  databases: { name: string; registeredOn: string }[];
  passwordChangedOn: string;
  /** False when the page does not show the database and another one is up to date. */
  sure: boolean;
  screen: string;
}): string {
  const dbs = listOf(args.databases.map((d) => `${quoted(d.name)} (cadastro de ${formatDate(d.registeredOn)})`));
  const names = listOf(args.databases.map((d) => quoted(d.name)), 'ou');
  const fix = `refaça o cadastro ${args.screen}, na base ${names}, informe de novo o login e a senha nova.`;
  const changed = `Você trocou a senha do ${args.system} em ${formatDate(args.passwordChangedOn)}, depois do cadastro no SAJ na base ${dbs}.`;
  return args.sure
    ? `${changed} O CNJ recusará a assinatura até você ${fix.replace('refaça', 'refazer')}`
    : `${changed} Se esta assinatura for nessa base, o CNJ a recusará: ${fix}`;
}

// --- Lotação ---------------------------------------------------------------------------------------

/** How a lotação stands, as a clause: "está com a solicitação pendente (solicitada em 03/11/2026)". */
export function lotacaoStatusClause(status: LotacaoStatus | 'ausente', dates: { requestedOn?: string; revokedOn?: string }): string {
  switch (status) {
    case 'ativa':
      return 'está ativa';
    case 'solicitada':
      return dates.requestedOn
        ? `está com a solicitação pendente (solicitada em ${formatDate(dates.requestedOn)})`
        : 'está com a solicitação pendente';
    case 'negada':
      return 'teve o acesso negado';
    case 'revogada':
      return dates.revokedOn ? `teve o acesso revogado em ${formatDate(dates.revokedOn)}` : 'teve o acesso revogado';
    case 'nao_solicitada':
      return 'ainda não teve o acesso solicitado';
    case 'ausente':
      return 'não está entre as suas lotações registradas';
  }
}

function askAccess(status: LotacaoStatus | 'ausente', channel: string, whoAsks: string): string {
  const ask = `Peça acesso a essa lotação: ${channel} (quem pede: ${whoAsks}).`;
  switch (status) {
    case 'solicitada':
      return `${ask} Se o pedido já foi liberado, atualize ${MY_STATUS}.`;
    case 'ausente':
      return `${ask} Se você já tem esse acesso, registre-o em ${MY_STATUS}.`;
    case 'negada':
    case 'revogada':
      return `Assine por uma lotação ativa ou peça o acesso de novo: ${channel} (quem pede: ${whoAsks}).`;
    default:
      return ask;
  }
}

export function lotacaoNotActive(args: {
  lotacao: string;
  status: LotacaoStatus | 'ausente';
  requestedOn?: string;
  revokedOn?: string;
  channel: string;
  whoAsks: string;
}): string {
  const until = args.status === 'solicitada' ? 'até a liberação' : 'por essa lotação';
  const subject = args.status === 'ausente' ? `A lotação ${quoted(args.lotacao)}, mostrada no SAJ,` : `Sua lotação ${quoted(args.lotacao)}`;
  return (
    `${subject} ${lotacaoStatusClause(args.status, args)}. ` +
    `O CNJ recusará a assinatura ${until}. ${askAccess(args.status, args.channel, args.whoAsks)}`
  );
}

export function noActiveLotacao(args: { channel: string; whoAsks: string }): string {
  return (
    'Nenhuma das suas lotações registradas está ativa, e o CNJ recusa a assinatura feita de uma lotação sem acesso. ' +
    `Peça acesso à lotação de onde você assina: ${args.channel} (quem pede: ${args.whoAsks}). ` +
    `Se algum acesso já foi liberado, atualize ${MY_STATUS}.`
  );
}

/** "Suas lotações ativas são: …." or that there is none, for the messages where the unit could not be read. */
function activeLotacoesSentence(activeLotacoes: string[]): string {
  return activeLotacoes.length > 0 ? `Suas lotações ativas são: ${listOf(activeLotacoes.map(quoted))}.` : 'Você não tem lotação ativa registrada.';
}

export function lotacaoUnknownOnPage(args: { activeLotacoes: string[] }): string {
  const actives = activeLotacoesSentence(args.activeLotacoes);
  return (
    'O Sentinela não encontrou na página a lotação de onde você está assinando, então não conferiu se o CNJ ' +
    `a aceita. Confira antes de assinar. ${actives} Para a conferência automática, a TI do tribunal pode indicar, ` +
    'na política da extensão que ela distribui, onde a lotação aparece no SAJ (seletor “lotação” do perfil do tribunal).'
  );
}

// --- Plantão ---------------------------------------------------------------------------------------

export type PlantaoWhyText = 'page' | 'chosen' | 'assignment' | 'hours' | 'weekend' | 'holiday' | 'recesso';

const WHY_TEXT: Record<PlantaoWhyText, string> = {
  page: 'a página indica plantão',
  chosen: 'você indicou plantão',
  assignment: 'plantão registrado',
  hours: 'horário de plantão',
  weekend: 'fim de semana',
  holiday: 'feriado',
  recesso: 'recesso forense',
};

/** "a página indica plantão; recesso forense": what made it a plantão, then what the calendar says. */
export function plantaoWhyText(
  why: PlantaoWhyText,
  assignment?: { start: string; end: string },
  calendar?: 'hours' | 'weekend' | 'holiday' | 'recesso',
): string {
  const head = why === 'assignment' && assignment ? `plantão registrado de ${assignment.start} a ${assignment.end}` : WHY_TEXT[why];
  return calendar && calendar !== why ? `${head}; ${WHY_TEXT[calendar]}` : head;
}

const KIND_TEXT = {
  regiao: 'a lotação da região de plantão',
  circunscricao: 'a lotação da circunscrição (recesso forense)',
  plantao_judiciario: 'a lotação “Plantão Judiciário”',
} as const;

export function plantaoLotacaoNotActive(args: {
  why: string;
  lotacao: string;
  area?: string;
  status: LotacaoStatus | 'ausente';
  requestedOn?: string;
  revokedOn?: string;
  channel: string;
  whoAsks: string;
  /** Set when the page shows another, normal lotação: the signature may not be a plantão one. */
  pageLotacao?: string;
  /** The person chose that lotação ("Posso assinar agora?"), rather than the page showing it. */
  chosenByPerson?: boolean;
}): string {
  const area = args.area ? ` (${args.area})` : '';
  const head = `Em plantão (${args.why}) o CNJ exige a lotação de plantão ${quoted(args.lotacao)}${area}, que ${lotacaoStatusClause(args.status, args)}.`;
  const consequence = args.pageLotacao
    ? `${args.chosenByPerson ? 'Você escolheu' : 'A página mostra'} a lotação ${quoted(args.pageLotacao)}: se esta assinatura for do plantão, o CNJ a recusará.`
    : 'O CNJ recusará a assinatura do plantão.';
  return `${head} ${consequence} ${askAccess(args.status, args.channel, args.whoAsks)}`;
}

export function plantaoLotacaoUnknown(args: {
  why: string;
  kind: keyof typeof KIND_TEXT;
  comarcaKnown: boolean;
}): string {
  const missing = args.comarcaKnown
    ? 'a tabela de regiões de plantão do tribunal não indica qual é (a TI do tribunal pode preenchê-la na política da extensão que ela distribui)'
    : 'a página não mostra a comarca, e sem ela não se sabe a região';
  return (
    `Em plantão (${args.why}) o CNJ exige ${KIND_TEXT[args.kind]} da sua comarca, mas ${missing}. ` +
    `Você não tem lotação de plantão ativa registrada. Confira se tem acesso à lotação de plantão da sua região; ` +
    `se tiver, registre-a em ${MY_STATUS} como lotação de plantão.`
  );
}

// --- Notes about the record (statusNotices: never at a signature) ----------------------------------

/**
 * The tribunal lists who may hold access (TRE-RJ art. 3º); the CNJ checks the cargo and lotação of the
 * account (seed 000), not that list, so this is no refusal: it says who may take the access away.
 */
export function cargoNotAllowed(args: { cargo: string; tribunal: string; allowed: string[]; source?: string; note?: string; contact: string }): string {
  const source = args.source ? ` (${args.source})` : '';
  const note = args.note ? ` ${args.note}` : '';
  return (
    `O cargo ${quoted(args.cargo)} não está entre os que têm acesso ao BNMP no ${args.tribunal}${source}: ${listOf(args.allowed)}. ` +
    'Isso sozinho não impede a assinatura — o CNJ confere o cargo e a lotação registrados na sua conta —, mas quem ' +
    `concede o acesso pode negá-lo ou removê-lo.${note} Confira o cargo em ${MY_STATUS}; se ele estiver certo, fale com ${args.contact}.`
  );
}

export function reviewOverdue(args: { lastReviewOn?: string; months: number; duty?: { who: string; article?: 'a' | 'o' | 'as' | 'os'; source: string } }): string {
  const last = args.lastReviewOn
    ? `Sua situação foi conferida pela última vez em ${formatDate(args.lastReviewOn)}.`
    : 'Sua situação ainda não foi conferida.';
  const why = args.duty
    ? `A revisão periódica dos acessos concedidos cabe ${withPreposition('a', args.duty)} (${args.duty.source}), pelo menos a cada ${args.months} meses: acessos mudam quando alguém muda de cargo ou de lotação.`
    : `O perfil do tribunal pede que você a confira a cada ${args.months} meses: acessos mudam quando alguém muda de cargo ou de lotação.`;
  return `${last} ${why} Confira em ${MY_STATUS} se a conta, os cadastros no SAJ e as lotações continuam certos.`;
}

// --- BNMP 3.0 web (bnmp.pdpj.jus.br) ---------------------------------------------------------------

const SWITCH_UNIT = 'troque a unidade no canto superior direito do BNMP';

/** The unit BNMP web is about to issue the piece for is not an active lotação of the person. */
export function bnmpWebUnitNotActive(args: {
  unit: string;
  status: LotacaoStatus | 'ausente';
  requestedOn?: string;
  revokedOn?: string;
  channel: string;
  whoAsks: string;
}): string {
  const subject =
    args.status === 'ausente'
      ? `A unidade ${quoted(args.unit)}, escolhida no BNMP para esta peça,`
      : `Sua lotação ${quoted(args.unit)}, escolhida no BNMP para esta peça,`;
  const until = args.status === 'solicitada' ? 'até a liberação' : 'por essa unidade';
  return (
    `${subject} ${lotacaoStatusClause(args.status, args)}. O CNJ recusará a peça emitida ${until}. ` +
    `Se a peça é de outra unidade sua, ${SWITCH_UNIT}. ${askAccess(args.status, args.channel, args.whoAsks)}`
  );
}

/** BNMP web did not show (or Sentinela could not read) the unit the piece is issued for. */
export function bnmpWebUnitUnknown(args: { activeLotacoes: string[] }): string {
  const actives = activeLotacoesSentence(args.activeLotacoes);
  return (
    'O Sentinela não conseguiu ler no BNMP a unidade que vai emitir esta peça, então não conferiu se o CNJ a ' +
    `aceita. Confira a unidade no canto superior direito do BNMP antes de confirmar. ${actives} Para a conferência ` +
    'automática, a TI pode indicar onde a unidade aparece (seletores do BNMP web no perfil do tribunal).'
  );
}

/** A recorded plantão covers the instant, and the piece is about to be issued from an ordinary unit (or an unknown one). */
export function bnmpWebOrdinaryUnitOnPlantao(args: {
  assignment: { start: string; end: string };
  required: string;
  /** The unit BNMP shows; undefined when it could not be read. */
  unit?: string;
  /** The person holds the plantão unit (or a magistrate may act in any unit). */
  held: boolean;
  channel: string;
  whoAsks: string;
}): string {
  const head =
    `Você tem plantão registrado de ${args.assignment.start} a ${args.assignment.end}, e no plantão o CNJ exige que ` +
    `a peça seja emitida pela unidade ${quoted(args.required)} (Res. CNJ 554/2024).`;
  const page = args.unit
    ? `Esta peça vai ser emitida por ${quoted(args.unit)}: se ela for do plantão, ${SWITCH_UNIT} para ${quoted(args.required)}.`
    : `Confira se a unidade escolhida no BNMP é ${quoted(args.required)}.`;
  const access = args.held
    ? ''
    : ` Você não tem essa lotação ativa registrada: peça acesso a ela: ${args.channel} (quem pede: ${args.whoAsks}). ` +
      `Se você já tem esse acesso, registre-o em ${MY_STATUS}.`;
  return `${head} ${page}${access}`;
}
