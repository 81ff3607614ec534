/**
 * The readiness engine: would the CNJ refuse this signature, and why?
 *
 * Pure and synchronous: it runs in the content script at click time, so no DOM, no `browser.*`, no
 * clock (the instant comes in), no allocation-heavy work. Rules, levels and their sources are in
 * docs/rules.md and, as data, ./rules.ts; every sentence it shows is in ./messages.ts.
 *
 * Only what the CNJ would refuse (or what Sentinela cannot tell) reaches a signature. Notes about the
 * person's record that no refusal follows from — the periodic review, a cargo outside the tribunal's
 * list — come from `statusNotices`, for the popup, the badge and the options page.
 */
import type { Lotacao, LotacaoStatus, Person, PlantaoAssignment, StatusFile } from '../status/schema';
import { CARGO_LABELS, MAGISTRATE_CARGOS } from '../status/schema';
import { findPersonForScreen } from '../status/people';
import type { CnjEra, Contact, ContactTopic, TribunalProfile } from '../tribunals/schema';
import { contactsFor, eraAt, sajProcedureOn } from '../tribunals/era';
import { citationText } from '../tribunals/sources';
import { findComarca, isRegiaoSubdivision, normalizeLotacao } from '../tribunals/lotacao-name';
import { plantaoAt, requiredPlantaoLotacao, type PlantaoWhy, type RequiredPlantaoLotacao } from '../calendar/plantao';
import { wallClock } from '../calendar/wall-clock';
import * as msg from './messages';
import type { Reason, RemediationAction, SigningScreen, Verdict } from './types';
import { databaseKey as nameKey } from '../tribunals/database-name';
import { PLANTAO_JUDICIARIO_UNITS } from '../tribunals/bnmp-unit';
import { checkBnmpWebUnit, type BnmpWebRuleInput } from './bnmp-web';

export interface ReadinessInput {
  status: { state: 'ok'; file: StatusFile } | { state: 'empty' } | { state: 'unreadable' };
  screen: SigningScreen;
  profile: TribunalProfile;
  now: Date;
}

/** A recorded plantão that ended or starts within this window still makes "plantão hours" plausible. */
const NEARBY_ASSIGNMENT_MS = 12 * 60 * 60 * 1000;

/** Lotação statuses a magistrate may sign through after `magistrateAnyUnitFrom` (decision: docs/rules.md). */
const RELAXED_FOR_MAGISTRATES: ReadonlySet<LotacaoStatus | 'ausente'> = new Set(['ausente', 'nao_solicitada', 'solicitada']);

export function evaluateReadiness(input: ReadinessInput): Verdict {
  const bnmpDocuments = input.screen.documents.filter((d) => d.bnmp);
  if (bnmpDocuments.length === 0) return { level: 'ok', reasons: [], bnmpDocuments };

  const ctx = contextOf(input);
  const reasons: Reason[] = [];
  let plantao: Verdict['plantao'];
  let person: Person | undefined;

  if (input.status.state === 'unreadable') {
    reasons.push({ code: 'status-unreadable', level: 'warn', message: msg.statusUnreadable(), actions: [recordStatus()] });
  } else {
    const file = input.status.state === 'ok' ? input.status.file : undefined;
    person = file ? findPersonForScreen(file, input.screen.user) : undefined;
    if (!person) {
      reasons.push({
        code: 'status-unknown',
        level: 'warn',
        message: msg.statusUnknown({ screenUser: blankToUndefined(input.screen.user), hasAnyone: (file?.people.length ?? 0) > 0 }),
        actions: [recordStatus()],
      });
    }
  }
  if (person && input.screen.kind === 'bnmp-web') {
    // BNMP 3.0 web: no account, no SAJ; the unit and plantão rules of ./bnmp-web.ts.
    const unit = checkBnmpWebUnit(bnmpWebInput(ctx, person));
    reasons.push(...unit.reasons);
    plantao = unit.plantao;
  } else if (person) {
    const account = checkCnjAccount(ctx, person);
    if (account) reasons.push(account);
    reasons.push(...checkSajRegistration(ctx, person));
    const lotacoes = checkLotacoes(ctx, person);
    reasons.push(...lotacoes.reasons);
    plantao = lotacoes.plantao;
  } else if (input.screen.plantaoHint) {
    // Without a person only the page can say it is a plantão; the hours alone prove nothing.
    const comarca = blankToUndefined(input.screen.comarca) ?? blankToUndefined(input.screen.lotacao);
    const required = requiredFor(ctx, comarca, plantaoAt(input.profile, input.now)?.why);
    plantao = { why: 'page', ...(required.name ? { requiredLotacao: required.name } : {}) };
  }

  // Blocks first; within a level, the order the rules were checked in (account → SAJ → lotação → …).
  const ordered = [...reasons.filter((r) => r.level === 'block'), ...reasons.filter((r) => r.level === 'warn')];
  const level = ordered[0]?.level ?? 'ok';
  return plantao ? { level, reasons: ordered, bnmpDocuments, plantao } : { level, reasons: ordered, bnmpDocuments };
}

// --- Context ---------------------------------------------------------------------------------------

interface Context {
  profile: TribunalProfile;
  screen: SigningScreen;
  now: Date;
  /** The tribunal's local date, AAAA-MM-DD. */
  today: string;
  /** Asked only when a message needs it: most signatures pass without naming the CNJ system. */
  era(): CnjEra;
  /** "no SAJ, menu Criminal → BNMP 2.0 → …", as the profile documents it for the date. */
  sajScreen(): string;
}

function contextOf(input: Pick<ReadinessInput, 'profile' | 'now'> & { screen?: SigningScreen }): Context {
  const { profile, now } = input;
  let era: CnjEra | undefined;
  let sajScreen: string | undefined;
  const today = wallClock(now, profile.timeZone).isoDate;
  return {
    profile,
    screen: input.screen ?? { documents: [] },
    now,
    today,
    era: () => (era ??= eraAt(profile, now)),
    sajScreen: () => (sajScreen ??= msg.sajScreenText(sajProcedureOn(profile, today))),
  };
}

/** The contacts a source names for `topic`, as one phrase: "a Coordenadoria … (…) ou a STI do TJMS (…)". */
function contactsText(ctx: Context, topic: ContactTopic): string {
  return msg.contactsText(contactsFor(ctx.profile, topic));
}

// --- Actions ---------------------------------------------------------------------------------------

const recordStatus = (): RemediationAction => ({ kind: 'record-status', label: msg.actionLabels.recordStatus });
const reviewStatus = (): RemediationAction => ({ kind: 'review-status', label: msg.actionLabels.reviewStatus });

function contactAction(contact: Contact | undefined): RemediationAction[] {
  if (!contact) return [];
  const email = contact.emails[0];
  return [{ kind: 'contact', label: msg.actionLabels.contact(msg.contactName(contact)), ...(email ? { url: `mailto:${email}` } : {}) }];
}

/** One action per contact the source names for the topic, first the tribunal's own. */
function contactActions(ctx: Context, topic: ContactTopic): RemediationAction[] {
  return contactsFor(ctx.profile, topic).flatMap(contactAction);
}

/** The tribunal's own channel (TJMS: Intranet → Corregedoria → Solicitação de Acesso). */
function tribunalAccess(ctx: Context): RemediationAction {
  const { channel, url } = ctx.profile.accessRequest;
  return { kind: 'request-access', label: msg.actionLabels.requestAccessTribunal(channel), ...(url ? { url } : {}) };
}

function cnjAccess(ctx: Context): RemediationAction {
  return { kind: 'request-access', label: msg.actionLabels.requestAccessCnj(ctx.era().accountSystemLabel), url: ctx.era().accessRequestUrl };
}

function sajRegistration(database: string): RemediationAction {
  return { kind: 'saj-registration', label: msg.actionLabels.sajRegistration(database), database };
}

// --- CNJ account -----------------------------------------------------------------------------------

function checkCnjAccount(ctx: Context, person: Person): Reason | undefined {
  const account = person.cnjAccount;
  if (account.status === 'confirmado') return undefined;
  const system = ctx.era().accountSystemLabel;
  if (account.status === 'solicitado') {
    // Seed 000: doubts about an access already requested go to the Coordenadoria (and the STI); the
    // release e-mail brings login and password. A password reset cannot confirm an account.
    return {
      code: 'cnj-account-not-confirmed',
      level: 'block',
      message: msg.cnjAccountRequested({ system, requestedOn: account.requestedOn, contact: contactsText(ctx, 'pedido-de-acesso') }),
      actions: [...contactActions(ctx, 'pedido-de-acesso'), recordStatus()],
    };
  }
  const { channel, whoAsks, otherChannels } = ctx.profile.accessRequest;
  return {
    code: 'cnj-account-not-confirmed',
    level: 'block',
    message: msg.cnjAccountNeverRequested({ system, channel, whoAsks, otherChannels: otherChannels ?? [] }),
    actions: [tribunalAccess(ctx), cnjAccess(ctx), ...contactActions(ctx, 'pedido-de-acesso')],
  };
}

// --- SAJ registration ------------------------------------------------------------------------------

const databaseKey = remembered(nameKey);

type RegistrationState = { state: 'missing' } | { state: 'fresh' | 'stale'; registeredOn: string };

function checkSajRegistration(ctx: Context, person: Person): Reason[] {
  const { profile, screen } = ctx;
  // TRE-RJ signs in BNMP web (Ato Conjunto 16/2020 art. 2): there is no SAJ registration to check.
  if (profile.signingPlace !== 'saj' || profile.sajDatabases.length === 0) return [];
  const changedOn = person.cnjAccount.lastPasswordChangeOn;
  const system = () => ctx.era().accountSystemLabel;

  const stateOf = (database: string): RegistrationState => {
    const key = databaseKey(database);
    let latest: string | undefined;
    for (const r of person.sajRegistrations) {
      if (databaseKey(r.database) === key && (!latest || r.registeredOn > latest)) latest = r.registeredOn;
    }
    if (!latest) return { state: 'missing' };
    // Same day: the order is unknown, so we do not block on it.
    return { state: changedOn && changedOn > latest ? 'stale' : 'fresh', registeredOn: latest };
  };
  const missing = (databases: string[], pageShowsDatabase: boolean): Reason => ({
    code: 'saj-registration-missing',
    level: 'block',
    message: msg.sajRegistrationMissing({ system: system(), databases, pageShowsDatabase, screen: ctx.sajScreen() }),
    actions: databases.map(sajRegistration),
  });
  const stale = (databases: { name: string; registeredOn: string }[], sure: boolean): Reason => ({
    code: 'saj-registration-stale',
    level: sure ? 'block' : 'warn',
    message: msg.sajRegistrationStale({ system: system(), databases, passwordChangedOn: changedOn ?? '', sure, screen: ctx.sajScreen() }),
    actions: databases.map((d) => sajRegistration(d.name)),
  });

  const shown = blankToUndefined(screen.database);
  if (shown) {
    const name = profile.sajDatabases.find((d) => databaseKey(d) === databaseKey(shown)) ?? shown;
    const s = stateOf(name);
    if (s.state === 'missing') return [missing([name], true)];
    if (s.state === 'stale') return [stale([{ name, registeredOn: s.registeredOn }], true)];
    return [];
  }

  // The page does not say which database: a registration in any of them may be the one in use.
  const all = profile.sajDatabases.map((name) => ({ name, ...stateOf(name) }));
  if (all.every((d) => d.state === 'missing')) return [missing(profile.sajDatabases, false)];
  const staleOnes = all.flatMap((d) => (d.state === 'stale' ? [{ name: d.name, registeredOn: d.registeredOn }] : []));
  if (staleOnes.length === 0) return [];
  const anyFresh = all.some((d) => d.state === 'fresh');
  return [stale(staleOnes, !anyFresh)];
}

// --- Lotações and plantão --------------------------------------------------------------------------

interface Lotacoes {
  find(name: string): Lotacao | undefined;
  active: Lotacao[];
}

// Normalizing a name costs a few µs and the same names come back at every click (the stored
// lotações, the page's label): remembered, bounded so a hostile page cannot grow it without end.
const lotacaoKey = remembered(normalizeLotacao);

function lotacoesOf(person: Person): Lotacoes {
  const keyed = person.lotacoes.map((l) => ({ l, key: lotacaoKey(l.name) }));
  return {
    // Same unit however it is written; an active record wins over an older one for the same unit.
    find(name) {
      const key = lotacaoKey(name);
      if (key === '') return undefined;
      let found: Lotacao | undefined;
      for (const k of keyed) {
        if (k.key !== key) continue;
        if (k.l.status === 'ativa') return k.l;
        found ??= k.l;
      }
      return found;
    },
    active: person.lotacoes.filter((l) => l.status === 'ativa'),
  };
}

/** `sameLotacao`, through the remembered keys. */
function sameName(a: string, b: string): boolean {
  const na = lotacaoKey(a);
  return na !== '' && na === lotacaoKey(b);
}

function isMagistrateRelaxed(ctx: Context, person: Person): boolean {
  const from = ctx.profile.rules.magistrateAnyUnitFrom;
  if (!from || ctx.today < from || !MAGISTRATE_CARGOS.includes(person.cargo)) return false;
  // "Any unit of their tribunal": only on their own tribunal's SAJ.
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const t = key(person.tribunal);
  return t === key(ctx.profile.id) || t === key(ctx.profile.shortName);
}

// The answer depends on the instant only through the local date (eras change at local midnight),
// and finding the comarca in a label scans every comarca of the tribunal: remembered per profile.
const requiredCache = new WeakMap<TribunalProfile, Map<string, RequiredPlantaoLotacao>>();

/** `why` undefined = page or recorded plantão outside plantão hours: the ordinary (non-recesso) plantão. */
function requiredFor(ctx: Context, comarca: string | undefined, why: PlantaoWhy | undefined): RequiredPlantaoLotacao {
  const args = { instant: ctx.now, ...(comarca ? { comarca } : {}), grau: ctx.screen.grau ?? 1, why: why ?? 'hours' };
  let cache = requiredCache.get(ctx.profile);
  if (!cache) requiredCache.set(ctx.profile, (cache = new Map()));
  const key = `${ctx.today}|${args.grau}|${args.why}|${comarca ?? ''}`;
  let required = cache.get(key);
  if (!required) {
    if (cache.size >= 200) cache.clear();
    required = requiredPlantaoLotacao(ctx.profile, args);
    cache.set(key, required);
  }
  return required;
}

function activeAssignment(person: Person, t: number, slackMs: number): PlantaoAssignment | undefined {
  return person.plantoes.find((p) => Date.parse(p.start) - slackMs <= t && t < Date.parse(p.end) + slackMs);
}

function checkLotacoes(ctx: Context, person: Person): { reasons: Reason[]; plantao?: Verdict['plantao'] } {
  const { profile, screen } = ctx;
  const lotacoes = lotacoesOf(person);
  const relaxed = isMagistrateRelaxed(ctx, person);
  const { channel, whoAsks } = profile.accessRequest;
  const pageName = blankToUndefined(screen.lotacao);
  const pageStored = pageName ? lotacoes.find(pageName) : undefined;
  const blocks = (status: LotacaoStatus | 'ausente') => status !== 'ativa' && !(relaxed && RELAXED_FOR_MAGISTRATES.has(status));
  const accessActions = (status: LotacaoStatus | 'ausente'): RemediationAction[] => [
    tribunalAccess(ctx),
    ...contactActions(ctx, 'pedido-de-acesso'),
    ...(status === 'ausente' || status === 'solicitada' ? [recordStatus()] : []),
  ];

  const reasons: Reason[] = [];

  // 1. The lotação the page shows (on plantão, that is the plantão lotação: checked here too).
  let pageReason: Reason | undefined;
  if (pageName) {
    const status = pageStored?.status ?? 'ausente';
    if (blocks(status)) {
      const lotacao = pageStored?.name ?? pageName;
      pageReason = {
        code: 'lotacao-not-active',
        level: 'block',
        message: msg.lotacaoNotActive({ lotacao, status, requestedOn: pageStored?.requestedOn, revokedOn: pageStored?.revokedOn, channel, whoAsks }),
        actions: accessActions(status),
        lotacao,
      };
    }
  } else if (lotacoes.active.length === 0 && !relaxed) {
    // Whatever the page would show, no lotação of theirs can sign.
    pageReason = { code: 'lotacao-not-active', level: 'block', message: msg.noActiveLotacao({ channel, whoAsks }), actions: accessActions('ausente') };
  } else {
    pageReason = {
      code: 'lotacao-unknown-on-page',
      level: 'warn',
      message: msg.lotacaoUnknownOnPage({ activeLotacoes: lotacoes.active.map((l) => l.name) }),
      actions: [],
    };
  }

  // 2. Plantão: is this signature a plantão one, and how sure are we?
  const t = ctx.now.getTime();
  const assignment = activeAssignment(person, t, 0);
  const pagePlantao = screen.plantaoHint === true || pageStored?.plantao !== undefined;
  let evidence: { why: NonNullable<Verdict['plantao']>['why']; level: 'block' | 'warn' } | undefined;
  let calendar: { why: PlantaoWhy } | undefined;
  if (pagePlantao) {
    evidence = { why: 'page', level: 'block' };
    calendar = plantaoAt(profile, ctx.now);
  } else if (assignment) {
    // On duty, but the page shows an ordinary unit: the signature may be that unit's own work.
    evidence = { why: 'assignment', level: pageName ? 'warn' : 'block' };
    calendar = plantaoAt(profile, ctx.now);
  } else if (!pageName && activeAssignment(person, t, NEARBY_ASSIGNMENT_MS)) {
    // Plantão hours alone never block (a clerk working late in their own vara is not on plantão);
    // with the page silent and a plantão recorded just before or after, they earn a warning.
    calendar = plantaoAt(profile, ctx.now);
    if (calendar) evidence = { why: calendar.why, level: 'warn' };
  }
  const comarca = blankToUndefined(screen.comarca) ?? assignment?.comarca ?? pageName;
  const required = evidence ? requiredFor(ctx, comarca, calendar?.why) : undefined;

  if (!evidence || !required) return { reasons: pageReason ? [pageReason] : [] };
  const plantao: Verdict['plantao'] = { why: evidence.why, ...(required.name ? { requiredLotacao: required.name } : {}) };
  const byPerson = screen.describedBy === 'person';
  const whyText = msg.plantaoWhyText(
    evidence.why === 'page' && byPerson ? 'chosen' : evidence.why,
    evidence.why === 'assignment' && assignment
      ? { start: msg.formatDateTime(new Date(assignment.start), profile.timeZone), end: msg.formatDateTime(new Date(assignment.end), profile.timeZone) }
      : undefined,
    calendar?.why,
  );

  // In BNMP 3.0 an active região subdivision ("Plantão Judiciário 1º Grau – 3ª Região") is the plantão lotação.
  const requiredStored = required.name
    ? (lotacoes.find(required.name) ??
      (required.kind === 'plantao_judiciario' ? lotacoes.active.find((l) => isRegiaoSubdivision(l.name, required.name!)) : undefined))
    : undefined;
  // Name unknown (região table empty): an active lotação of that plantão kind, or the page's own
  // plantão lotação when the person holds it without having marked its kind.
  const plantaoHeld = required.name
    ? requiredStored?.status === 'ativa'
    : lotacoes.active.some((l) => l.plantao === required.kind) || (pagePlantao && pageStored?.status === 'ativa');

  let plantaoReason: Reason | undefined;
  if (required.name) {
    const status = requiredStored?.status ?? 'ausente';
    if (blocks(status)) {
      const lotacao = requiredStored?.name ?? required.name;
      plantaoReason = {
        code: 'plantao-lotacao-not-active',
        level: evidence.level,
        message: msg.plantaoLotacaoNotActive({
          why: whyText,
          lotacao,
          area: required.area,
          status,
          requestedOn: requiredStored?.requestedOn,
          revokedOn: requiredStored?.revokedOn,
          channel,
          whoAsks,
          ...(evidence.level === 'warn' && pageName ? { pageLotacao: pageName, chosenByPerson: byPerson } : {}),
        }),
        actions: accessActions(status),
        lotacao,
      };
    }
  } else if (!plantaoHeld && !relaxed) {
    const comarcaKnown = comarca !== undefined && findComarca(comarca, profile) !== undefined;
    plantaoReason = {
      code: 'plantao-lotacao-unknown',
      level: 'warn',
      message: msg.plantaoLotacaoUnknown({ why: whyText, kind: required.kind, comarcaKnown }),
      actions: [tribunalAccess(ctx), recordStatus()],
    };
  }

  // One lotação, one reason: the plantão one says more.
  if (pageReason && plantaoReason?.lotacao && pageReason.lotacao && sameName(pageReason.lotacao, plantaoReason.lotacao)) {
    pageReason = undefined;
  }
  // Surely on plantão and holding the plantão lotação: the page's lotação is that one, whatever
  // SAJ calls it ("Plantão - Campo Grande" for "Plantão Judiciário 1º Grau") or if it is not shown.
  // A page lotação recorded as refused or revoked still blocks.
  if (pageReason && evidence.level === 'block' && plantaoHeld) {
    if (pageReason.code === 'lotacao-unknown-on-page' || (pageName && !pageStored)) pageReason = undefined;
  }
  if (pageReason) reasons.push(pageReason);
  if (plantaoReason) reasons.push(plantaoReason);
  return { reasons, plantao };
}

// --- Notes about the record (never at a signature) -------------------------------------------------

/**
 * What the popup, the badge and the options page say about a person's record that no CNJ refusal
 * follows from: a cargo outside the tribunal's list (the CNJ checks the cargo and lotação of the
 * account, seed 000, not the tribunal's list, seed 004 art. 3) and a periodic review that is due
 * (a duty of TRE-RJ's administradores regionais, art. 7º, III; off where no source asks for one).
 */
export function statusNotices(person: Person, profile: TribunalProfile, now: Date): Reason[] {
  const ctx = contextOf({ profile, now });
  return [checkCargo(ctx, person), checkReview(ctx, person)].filter((r): r is Reason => r !== undefined);
}

/** What ./bnmp-web.ts needs from the engine: the magistrate relaxation and the access actions, defined once here. */
function bnmpWebInput(ctx: Context, person: Person): BnmpWebRuleInput {
  const relaxed = isMagistrateRelaxed(ctx, person);
  return {
    person,
    screen: ctx.screen,
    profile: ctx.profile,
    now: ctx.now,
    blocks: (status) => status !== 'ativa' && !(relaxed && RELAXED_FOR_MAGISTRATES.has(status)),
    accessActions: (status) => [
      tribunalAccess(ctx),
      ...contactActions(ctx, 'pedido-de-acesso'),
      ...(status === 'ausente' || status === 'solicitada' ? [recordStatus()] : []),
    ],
    requiredPlantaoUnit: (grau) => {
      const names = ctx.era().plantaoJudiciarioLotacoes;
      return (grau === 2 ? names?.segundoGrau : names?.primeiroGrau) ?? PLANTAO_JUDICIARIO_UNITS[grau];
    },
  };
}

function checkCargo(ctx: Context, person: Person): Reason | undefined {
  const allowed = ctx.profile.allowedCargos;
  if (!allowed || allowed.includes(person.cargo)) return undefined;
  const source = ctx.profile.allowedCargosSource;
  return {
    code: 'cargo-not-allowed',
    level: 'warn',
    message: msg.cargoNotAllowed({
      cargo: CARGO_LABELS[person.cargo],
      tribunal: ctx.profile.shortName,
      allowed: allowed.map((c) => CARGO_LABELS[c]),
      ...(source ? { source: citationText(ctx.profile, source) } : {}),
      ...(ctx.profile.allowedCargosNote ? { note: ctx.profile.allowedCargosNote } : {}),
      contact: contactsText(ctx, 'concessao-de-acesso'),
    }),
    actions: [reviewStatus(), ...contactActions(ctx, 'concessao-de-acesso')],
  };
}

/** AAAA-MM-DD plus whole months, clamped to the month's last day (31/08 + 6 → 28/02). */
export function addMonths(isoDate: string, months: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, last))}`;
}

function checkReview(ctx: Context, person: Person): Reason | undefined {
  const months = ctx.profile.reviewIntervalMonths;
  if (months === undefined) return undefined;
  const last = person.lastReviewOn;
  if (last && ctx.today <= addMonths(last, months)) return undefined;
  const duty = ctx.profile.reviewDuty;
  return {
    code: 'review-overdue',
    level: 'warn',
    message: msg.reviewOverdue({
      lastReviewOn: last,
      months,
      ...(duty ? { duty: { ...duty, source: citationText(ctx.profile, duty.source) } } : {}),
    }),
    actions: [reviewStatus()],
  };
}

/** A string function whose answers are kept (at most 500, then forgotten at once). */
function remembered(fn: (s: string) => string): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      if (known.size >= 500) known.clear();
      v = fn(s);
      known.set(s, v);
    }
    return v;
  };
}

function blankToUndefined(s: string | undefined): string | undefined {
  return s === undefined || s.trim() === '' ? undefined : s;
}
