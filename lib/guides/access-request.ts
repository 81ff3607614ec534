/**
 * The access request helper: where and who asks in this tribunal, which lotações the person is
 * missing (including the plantão ones for their região and circunscrição), and a ready-to-copy
 * request text. Pure.
 *
 * Sources: seed 000 (TJMS: Intranet → Corregedoria → Solicitação de Acesso, asked by the magistrate
 * or the chefe de cartório, for new credentials; the servidor's own request on the CGJ page, menu
 * Sistemas → Solicitação de Acessos; the release e-mail with login and password; "quem atua em mais
 * de uma vara deve solicitar acesso a todas as lotações, inclusive a de plantão da região"); seed 004
 * arts. 3, 4 and 6 (TRE-RJ: who asks, and which administrator grants); Res. CNJ 554/2024 (plantão
 * lotações in BNMP 3.0). Every channel, note and piece of advice carries its citation text.
 */
import type { RequiredPlantaoLotacao } from '../calendar/plantao';
import { CARGO_LABELS, MAGISTRATE_CARGOS, type Cargo, type LotacaoStatus, type Person } from '../status/schema';
import { formatCpf } from '../status/cpf';
import { eraAt } from '../tribunals/era';
import { findComarca, sameLotacao } from '../tribunals/lotacao-name';
import type { AccessChannel, Citation, TribunalProfile } from '../tribunals/schema';
import { citationText, citationsText } from '../tribunals/sources';
import { formatIsoDate } from './password-reset';
import { grauOf, holding, plantaoNeedAt, upcomingAssignments } from './plantao-check';

/** A channel as the guide shows it, its citation written out ("GPS TJMS “Acesso ao BNMP 2.0”, item 1"). */
export interface AccessChannelView {
  channel: string;
  url?: string;
  whoAsks: string;
  purpose?: string;
  selfService: boolean;
  source: string;
}

/** A sentence of guidance and where it comes from. */
export interface SourcedText {
  text: string;
  source: string;
}

export interface AccessRequestWhere {
  /** The tribunal's channels, the one messages name first (TJMS: Intranet, then the CGJ page). */
  channels: AccessChannelView[];
  /** The first channel's: "Intranet → Corregedoria → Solicitação de Acesso". */
  channel: string;
  /** The first channel's: "o magistrado ou o chefe de cartório". */
  whoAsks: string;
  /** CNJ's side for this era: "Solicitar Acesso" (SCA) or CNJ Corporativo. */
  cnj: { system: string; url: string };
  /** "Abrir o BNMP" for the era in force. */
  bnmp: { label: string; url: string };
  /** What happens after release, as the tribunal says it (TJMS: e-mail with login and password; keep the password). */
  afterRelease: SourcedText[];
  /** Which plantão lotação to ask for, in the era in force. */
  plantaoAdvice: SourcedText;
  /** Cargos that may hold access (TRE-RJ arts. 3 and 6, II); absent = no restriction known. */
  allowedCargos?: { labels: string[]; source?: string; note?: string };
  /** Whether the person's cargo is on that list (absent when there is no list or no person). */
  cargoAllowed?: boolean;
  /** False when the person is neither a magistrate nor a chefe de cartório: the chefia asks for new lotações. */
  asksThemselves?: boolean;
}

const ASKING_CARGOS: readonly Cargo[] = [...MAGISTRATE_CARGOS, 'chefe_de_cartorio', 'chefe_de_cartorio_substituto'];

function channelView(profile: TribunalProfile, c: AccessChannel): AccessChannelView {
  return {
    channel: c.channel,
    ...(c.url ? { url: c.url } : {}),
    whoAsks: c.whoAsks,
    ...(c.purpose ? { purpose: c.purpose } : {}),
    selfService: c.selfService === true,
    source: citationText(profile, c.source),
  };
}

const sourced = (profile: TribunalProfile, text: string, sources: readonly Citation[]): SourcedText => ({ text, source: citationsText(profile, sources) });

/**
 * Which plantão lotação a plantonista asks for, in the era in force: "Plantão Judiciário 1º/2º Grau" in
 * BNMP 3.0 (some tribunals subdivide it by região, e.g. TJES), the região's and the circunscrição's
 * before it where the tribunal has circunscrições (TJMS), else the região's (seed 000).
 */
export function plantaoAdvice(profile: TribunalProfile, now: Date): SourcedText {
  const era = eraAt(profile, now);
  const pj = era.plantaoJudiciarioLotacoes;
  if (pj) {
    return sourced(
      profile,
      `Quem faz plantão precisa também da lotação “${pj.primeiroGrau}” (no 2º grau, “${pj.segundoGrau}”): no ${era.label}, ` +
        'documentos de plantão só são emitidos nessas lotações, em fins de semana, feriados, no plantão noturno e no recesso. ' +
        `Em alguns tribunais a de 1º grau se subdivide por região (“${pj.primeiroGrau} – 1ª Região”…): peça a da região do seu plantão.`,
      [pj.source, { source: 'tjes-oficio-circular-2324939-2024' }],
    );
  }
  if (profile.plantao.circunscricoes.length > 0) {
    return sourced(
      profile,
      'Quem faz plantão precisa também da lotação de plantão da sua região (fins de semana e feriados) e da circunscrição (recesso forense).',
      profile.plantao.sources ?? [],
    );
  }
  return sourced(profile, 'Quem faz plantão precisa também da lotação de plantão da região em que atua.', [
    { source: 'tjms-gps-acesso-bnmp2', at: 'aviso de 14/08/2020' },
  ]);
}

export function accessRequestWhere(profile: TribunalProfile, now: Date, person?: Person): AccessRequestWhere {
  const era = eraAt(profile, now);
  const allowed = profile.allowedCargos;
  const request = profile.accessRequest;
  const channels = [request, ...(request.otherChannels ?? [])].map((c) => channelView(profile, c));
  return {
    channels,
    channel: request.channel,
    whoAsks: request.whoAsks,
    cnj: { system: era.accountSystemLabel, url: era.accessRequestUrl },
    bnmp: { label: era.label, url: era.loginUrl },
    afterRelease: (request.afterRelease ?? []).map((step) => sourced(profile, step.text, [step.source])),
    plantaoAdvice: plantaoAdvice(profile, now),
    ...(allowed
      ? {
          allowedCargos: {
            labels: allowed.map((c) => CARGO_LABELS[c]),
            ...(profile.allowedCargosSource ? { source: citationText(profile, profile.allowedCargosSource) } : {}),
            ...(profile.allowedCargosNote ? { note: profile.allowedCargosNote } : {}),
          },
        }
      : {}),
    ...(allowed && person ? { cargoAllowed: allowed.includes(person.cargo) } : {}),
    ...(person ? { asksThemselves: ASKING_CARGOS.includes(person.cargo) } : {}),
  };
}

export interface RequestItem {
  /** Stable key for the page's checkboxes. */
  id: string;
  /** The lotação's name; for a plantão lotação the profile cannot name, a description. */
  lotacao: string;
  nameKnown: boolean;
  kind: 'lotacao' | 'plantao';
  status: LotacaoStatus | 'ausente';
  /** Why it is listed, in words: "acesso revogado em 01/02/2026", "plantão: fins de semana e feriados". */
  note: string;
  /** Ticked by default: everything but a request already pending. */
  suggested: boolean;
}

const STATUS_NOTE: Record<LotacaoStatus | 'ausente', string> = {
  ativa: 'ativa',
  solicitada: 'já solicitada, aguardando liberação',
  negada: 'acesso negado antes',
  revogada: 'acesso revogado',
  nao_solicitada: 'ainda não solicitada',
  ausente: 'ainda não solicitada',
};

function statusNote(status: LotacaoStatus | 'ausente', dates: { requestedOn?: string; revokedOn?: string }): string {
  if (status === 'solicitada' && dates.requestedOn) return `já solicitada em ${formatIsoDate(dates.requestedOn)}, aguardando liberação`;
  if (status === 'revogada' && dates.revokedOn) return `acesso revogado em ${formatIsoDate(dates.revokedOn)}`;
  return STATUS_NOTE[status];
}

/** Which comarca's plantão the person works in: their next recorded plantão, else the comarca of an active lotação. */
export function defaultPlantaoComarca(profile: TribunalProfile, person: Person, now: Date): string | undefined {
  for (const p of upcomingAssignments(person, now)) {
    const found = findComarca(p.comarca, profile);
    if (found) return found;
  }
  const ordered = [...person.lotacoes.filter((l) => l.status === 'ativa'), ...person.lotacoes.filter((l) => l.status !== 'ativa')];
  for (const l of ordered) {
    const found = findComarca(l.name, profile);
    if (found) return found;
  }
  return undefined;
}

/** Whether the person looks like a plantonista: a recorded plantão or a plantão lotação. */
export function worksPlantao(person: Person): boolean {
  return person.plantoes.length > 0 || person.lotacoes.some((l) => l.plantao !== undefined);
}

const PLANTAO_WHEN: Record<RequiredPlantaoLotacao['kind'], string> = {
  regiao: 'plantão de fins de semana e feriados (região)',
  circunscricao: 'plantão do recesso forense (circunscrição)',
  plantao_judiciario: 'todos os plantões: fins de semana, feriados e recesso',
};

function plantaoDescription(required: RequiredPlantaoLotacao, comarca: string | undefined): string {
  const where = comarca ? ` de ${comarca}` : '';
  switch (required.kind) {
    case 'regiao':
      return `Lotação de plantão da região${where} (nome a confirmar com quem libera o acesso)`;
    case 'circunscricao':
      return `Lotação de plantão da circunscrição${where} (nome a confirmar com quem libera o acesso)`;
    case 'plantao_judiciario':
      return 'Lotação de plantão (nome a confirmar com quem libera o acesso)';
  }
}

/**
 * The lotações to ask for: every recorded lotação that is not active, then, when `plantao` is set,
 * the plantão lotação for weekends/holidays (região) and for the recesso (circunscrição) of
 * `comarca` in the era in force at `now` — one "Plantão Judiciário" in BNMP 3.0 — unless held.
 */
export function accessRequestItems(
  profile: TribunalProfile,
  person: Person,
  now: Date,
  options: { plantao: boolean; comarca?: string },
): RequestItem[] {
  const items: RequestItem[] = [];
  for (const [i, l] of person.lotacoes.entries()) {
    if (l.status === 'ativa') continue;
    // The same unit recorded twice (an old refusal, a new grant): the active record wins.
    if (person.lotacoes.some((o) => o.status === 'ativa' && sameLotacao(o.name, l.name))) continue;
    if (items.some((it) => sameLotacao(it.lotacao, l.name))) continue;
    items.push({
      id: `lotacao-${i}`,
      lotacao: l.name,
      nameKnown: true,
      kind: l.plantao ? 'plantao' : 'lotacao',
      status: l.status,
      note: statusNote(l.status, l),
      suggested: l.status !== 'solicitada',
    });
  }
  if (!options.plantao) return items;

  const comarca = options.comarca ? (findComarca(options.comarca, profile) ?? options.comarca) : undefined;
  const seen = new Set<string>();
  // Weekends and holidays use the região's lotação, the recesso the circunscrição's; in BNMP 3.0 both are "Plantão Judiciário".
  for (const why of ['weekend', 'recesso'] as const) {
    const need = plantaoNeedAt(profile, now, comarca, grauOf(person), why);
    const r = need.required;
    const key = `${r.kind}|${r.name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const held = holding(profile, person, need);
    if (held.state === 'held' || held.state === 'relaxed') continue;
    const listed = r.name ? items.find((it) => sameLotacao(it.lotacao, r.name!)) : undefined;
    if (listed) {
      // Already listed as a recorded lotação that is not active: say what it is for.
      listed.kind = 'plantao';
      listed.note = `${listed.note}; ${PLANTAO_WHEN[r.kind]}`;
      continue;
    }
    const status = held.state === 'missing' ? held.status : 'ausente';
    items.push({
      id: `plantao-${r.kind}`,
      lotacao: r.name ?? plantaoDescription(r, comarca),
      nameKnown: r.name !== undefined,
      kind: 'plantao',
      status,
      note: `${PLANTAO_WHEN[r.kind]}${r.area ? ` — ${r.area}` : ''}`,
      suggested: status !== 'solicitada',
    });
  }
  return items;
}

/**
 * The request, ready to paste into the tribunal's form or an e-mail. Written so that either the
 * person or their chief can send it ("para:" and the person's data). Holds the CPF only when the
 * person recorded one: the Corregedoria needs it to find the CNJ account.
 */
export function accessRequestText(args: {
  profile: TribunalProfile;
  person: Person;
  items: readonly RequestItem[];
  now: Date;
}): string {
  const { profile, person, items, now } = args;
  const era = eraAt(profile, now);
  const lines = [
    `Solicitação de acesso ao BNMP — ${profile.shortName}`,
    '',
    `Solicito a liberação de acesso ao BNMP (${era.accountSystemLabel}) nas lotações abaixo, para que as assinaturas ` +
      'de peças enviadas ao BNMP não sejam recusadas pelo CNJ.',
    '',
    `Nome: ${person.name}`,
    `Cargo: ${CARGO_LABELS[person.cargo]}`,
    ...(person.cpf ? [`CPF: ${formatCpf(person.cpf)}`] : []),
    `Login no SAJ: ${person.sajLogin}`,
    '',
    items.length === 1 ? 'Lotação:' : 'Lotações:',
    ...items.map((item, i) => `${i + 1}. ${item.lotacao} (${item.note})`),
  ];
  const units = new Set([...person.lotacoes.map((l) => l.name), ...items.map((i) => i.lotacao)]).size;
  const notes: string[] = [];
  if (units > 1) {
    notes.push('Atuo em mais de uma lotação: o CNJ só aceita a assinatura feita de uma lotação liberada, por isso peço acesso a todas as listadas.');
  }
  if (items.some((i) => i.kind === 'plantao')) {
    notes.push('A lotação de plantão é necessária para assinar mandados e alvarás durante o plantão.');
  }
  if (notes.length) lines.push('', ...notes);
  return lines.join('\n');
}
