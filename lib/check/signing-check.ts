/**
 * "Posso assinar agora?" for people who sign where Sentinela cannot see: SAJ-PG5, Softplan's desktop
 * client. The person says (or accepts the defaults for) the unit they will sign from, the SAJ database,
 * plantão or not and the grau; this builds the signing screen a SAJ page with those choices would show
 * and asks the readiness engine, so the answer is the guard's own verdict.
 *
 * Pure: no DOM, no `browser.*`, the instant comes in.
 */
import * as z from 'zod/mini';
import { evaluateReadiness } from '../readiness/engine';
import { GLANCE_DOCUMENT } from '../readiness/summary';
import type { SigningScreen, Verdict } from '../readiness/types';
import { plantaoAt, requiredPlantaoLotacao, type PlantaoWhy } from '../calendar/plantao';
import { findPersonForScreen } from '../status/people';
import type { Lotacao, Person, PlantaoAssignment, StatusFile } from '../status/schema';
import type { LoadedStatus } from '../status/storage-interpret';
import { sameDatabase } from '../tribunals/database-name';
import { eraAt } from '../tribunals/era';
import { sameLotacao } from '../tribunals/lotacao-name';
import type { TribunalProfile } from '../tribunals/schema';

export type Grau = 1 | 2;

/** What the person will sign with. `database` '' = "não sei qual": the engine then weighs every base. */
export interface SigningChoices {
  unit: string;
  database: string;
  plantao: boolean;
  grau: Grau;
}

/** Longest unit name accepted (the status format's limit for a lotação name). */
export const UNIT_MAX_LENGTH = 200;

// --- Remembered choices ------------------------------------------------------------------------------

/** One person's last choice as stored: the unit's name and three switches, nothing else. */
export const RememberedChoice = z.strictObject({
  unit: z.string().check(z.maxLength(UNIT_MAX_LENGTH)),
  database: z.string().check(z.maxLength(80)),
  plantao: z.boolean(),
  grau: z.union([z.literal(1), z.literal(2)]),
});

/** At most this many people are remembered (a help desk's browser may record many). */
export const REMEMBERED_MAX = 50;
const PERSON_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The stored map person id → last choice, read defensively: an entry that does not validate is left
 * out (the others stay), anything that is not a map reads as "nothing remembered".
 */
export function readRememberedChoices(raw: unknown): Record<string, SigningChoices> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, SigningChoices> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (!PERSON_ID.test(id)) continue;
    const parsed = RememberedChoice.safeParse(value);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

/**
 * The map to store after `personId` chose `choices`: only people still recorded (`knownIds`), the
 * unit cleaned, the latest choice last, at most REMEMBERED_MAX entries.
 */
export function withRememberedChoice(
  current: Record<string, SigningChoices>,
  personId: string,
  choices: SigningChoices,
  knownIds: readonly string[],
): Record<string, SigningChoices> {
  const known = new Set(knownIds);
  const entries = Object.entries(current).filter(([id]) => id !== personId && known.has(id));
  entries.push([personId, { ...choices, unit: cleanUnit(choices.unit) }]);
  return Object.fromEntries(entries.slice(-REMEMBERED_MAX));
}

/** A unit name as typed: control characters and runs of spaces collapsed, trimmed, cut to the limit. */
export function cleanUnit(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, UNIT_MAX_LENGTH);
}

// --- Defaults ----------------------------------------------------------------------------------------

/** Why plantão starts ticked (or not): shown next to the box, so a wrong default is easy to spot. */
export type PlantaoDefault =
  /** A recorded plantão covers now. */
  | { source: 'assignment'; assignment: PlantaoAssignment }
  /** The tribunal's calendar: no expediente today (weekend, holiday, recesso forense). */
  | { source: 'calendar'; why: Exclude<PlantaoWhy, 'hours'> }
  /** Plantão hours on a working day (night, morning): the person's last choice, else no. */
  | { source: 'hours'; remembered: boolean }
  /** Expediente on a working day: no plantão. */
  | { source: 'expediente' };

export interface CheckDefaults {
  choices: SigningChoices;
  plantao: PlantaoDefault;
}

/** Whether a unit name is a plantão lotação: recorded as one, or named "Plantão…" as SAJ shows them. */
export function isPlantaoUnit(person: Person | undefined, name: string): boolean {
  if (/plant[aã]o/i.test(name.normalize('NFC'))) return true;
  return person?.lotacoes.some((l) => l.plantao !== undefined && sameLotacao(l.name, name)) ?? false;
}

/** The recorded plantão under way at `now`, if any. */
export function assignmentAt(person: Person | undefined, now: Date): PlantaoAssignment | undefined {
  const t = now.getTime();
  return person?.plantoes.find((p) => Date.parse(p.start) <= t && t < Date.parse(p.end));
}

function plantaoDefault(profile: TribunalProfile, person: Person | undefined, now: Date, remembered: SigningChoices | undefined): PlantaoDefault {
  const assignment = assignmentAt(person, now);
  if (assignment) return { source: 'assignment', assignment };
  const calendar = plantaoAt(profile, now);
  if (!calendar) return { source: 'expediente' };
  // Plantão hours alone do not make a signature a plantão one (a clerk working late in their own vara):
  // the person's last choice stands then. A day without expediente is plantão for whoever signs.
  if (calendar.why === 'hours') return { source: 'hours', remembered: remembered?.plantao ?? false };
  return { source: 'calendar', why: calendar.why };
}

/** Plantão defaults on when the source says so. */
export function plantaoTicked(d: PlantaoDefault): boolean {
  return d.source === 'assignment' || d.source === 'calendar' || (d.source === 'hours' && d.remembered);
}

/** 2nd instance for desembargadores; everyone else signs in the 1st. */
export function grauOf(person: Person | undefined): Grau {
  return person?.cargo === 'desembargador' ? 2 : 1;
}

/**
 * The person's recorded lotações in the order the unit list offers them: active ones first (ordinary
 * units before plantão ones), then the rest, each group as recorded. Same unit recorded twice: once.
 */
export function unitOptions(person: Person | undefined): Lotacao[] {
  if (!person) return [];
  const rank = (l: Lotacao) => (l.status === 'ativa' ? (l.plantao ? 1 : 0) : 2);
  const sorted = person.lotacoes.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i);
  const out: Lotacao[] = [];
  for (const { l } of sorted) if (!out.some((o) => sameLotacao(o.name, l.name))) out.push(l);
  return out;
}

/** The active plantão lotação the calendar asks for now (by name, else by kind), if the person holds it. */
function heldPlantaoUnit(profile: TribunalProfile, person: Person, now: Date, grau: Grau): string | undefined {
  const assignment = assignmentAt(person, now);
  const why = plantaoAt(profile, now)?.why ?? 'hours';
  const required = requiredPlantaoLotacao(profile, { instant: now, grau, why, ...(assignment ? { comarca: assignment.comarca } : {}) });
  const active = person.lotacoes.filter((l) => l.status === 'ativa');
  const byName = required.name ? active.find((l) => sameLotacao(l.name, required.name!)) : undefined;
  return (byName ?? active.find((l) => l.plantao === required.kind))?.name;
}

/**
 * The choices shown before the person touches anything ("defaults are right" = no typing for the
 * usual case):
 * - **plantão**: ticked while a recorded plantão covers now, or on a day without expediente by the
 *   tribunal's calendar; in plantão hours on a working day, the last choice; in expediente, no.
 * - **grau**: the last choice, else 2º for desembargadores, else 1º.
 * - **unit**: the last choice — unless it is a plantão lotação and plantão is not ticked now; with no
 *   last choice and plantão ticked, the plantão lotação the person holds; then the first active
 *   ordinary lotação, the first active, the first recorded, or nothing. (On plantão the engine asks for
 *   the plantão lotação whatever unit is shown, so a remembered ordinary unit still gets the right answer.)
 * - **base**: the last choice if the tribunal still lists it, else the only base the person is
 *   registered in, else "não sei" (the engine then weighs every base).
 */
export function defaultChoices(args: { profile: TribunalProfile; person: Person | undefined; now: Date; remembered?: SigningChoices }): CheckDefaults {
  const { profile, person, now, remembered } = args;
  const plantao = plantaoDefault(profile, person, now, remembered);
  const onPlantao = plantaoTicked(plantao);
  const grau = remembered?.grau ?? grauOf(person);

  const rememberedUnit = remembered ? cleanUnit(remembered.unit) : '';
  const rememberedIsPlantao = rememberedUnit !== '' && isPlantaoUnit(person, rememberedUnit);
  const options = unitOptions(person);
  const ordinary = options.find((l) => l.status === 'ativa' && !l.plantao) ?? options.find((l) => l.status === 'ativa') ?? options[0];
  let unit: string | undefined;
  if (rememberedUnit && (onPlantao || !rememberedIsPlantao)) unit = rememberedUnit;
  else if (onPlantao && person) unit = heldPlantaoUnit(profile, person, now, grau);
  unit ??= ordinary?.name ?? '';

  return { choices: { unit, database: defaultDatabase(profile, person, remembered), plantao: onPlantao, grau }, plantao };
}

/** The SAJ bases the check offers: the tribunal's list; none where signatures are not made in SAJ. */
export function databaseOptions(profile: TribunalProfile): string[] {
  return profile.signingPlace === 'saj' ? profile.sajDatabases : [];
}

function defaultDatabase(profile: TribunalProfile, person: Person | undefined, remembered: SigningChoices | undefined): string {
  const listed = databaseOptions(profile);
  const known = (name: string) => listed.find((d) => sameDatabase(d, name));
  const fromMemory = remembered?.database ? known(remembered.database) : undefined;
  if (fromMemory) return fromMemory;
  const registered = new Set((person?.sajRegistrations ?? []).flatMap((r) => known(r.database) ?? []));
  return registered.size === 1 ? [...registered][0]! : '';
}

// --- The answer --------------------------------------------------------------------------------------

/** The signing screen a SAJ page with these choices would show: one BNMP document, signed by `person`. */
export function screenForChoices(choices: SigningChoices, person: Person | undefined): SigningScreen {
  const unit = cleanUnit(choices.unit);
  return {
    documents: [GLANCE_DOCUMENT],
    // As the SAJ header shows a user: "NAME (LOGIN)", which findPersonForScreen matches by login first.
    ...(person ? { user: `${person.name} (${person.sajLogin})` } : {}),
    ...(unit ? { lotacao: unit } : {}),
    ...(choices.database ? { database: choices.database } : {}),
    ...(choices.plantao ? { plantaoHint: true } : {}),
    grau: choices.grau,
    describedBy: 'person',
  };
}

export type CheckAnswer =
  /** The engine's verdict for these choices. */
  | { state: 'verdict'; verdict: Verdict }
  /** People are recorded but none is chosen (several, nobody marked "eu"). */
  | { state: 'pick-person' }
  /** No unit chosen: without it the engine could only say "the page does not show the lotação". */
  | { state: 'need-unit' };

/**
 * The answer for `person` signing with `choices` at `now`: the verdict the guard would give on a SAJ
 * page showing them. With nothing recorded (or an unreadable record) the engine's own answer says so.
 */
export function checkAnswer(args: { loaded: LoadedStatus; person: Person | undefined; choices: SigningChoices; profile: TribunalProfile; now: Date }): CheckAnswer {
  const { loaded, person, choices, profile, now } = args;
  const file = loaded.state === 'ok' ? loaded.file : undefined;
  if (file && file.people.length > 0 && !person) return { state: 'pick-person' };
  if (person && cleanUnit(choices.unit) === '') return { state: 'need-unit' };

  const screen = screenForChoices(choices, person);
  let status: Parameters<typeof evaluateReadiness>[0]['status'];
  if (loaded.state === 'unreadable') status = { state: 'unreadable' };
  else if (!file || !person) status = { state: 'empty' };
  else status = { state: 'ok', file: fileFor(file, person, screen.user) };
  return { state: 'verdict', verdict: evaluateReadiness({ status, screen, profile, now }) };
}

/** The file as is when the header picks `person`; else (two people with one login) only that person. */
function fileFor(file: StatusFile, person: Person, user: string | undefined): StatusFile {
  if (findPersonForScreen(file, user)?.id === person.id) return file;
  return { ...file, people: [person], meId: person.id };
}

/** What to record for an answer, named for this tribunal now (shown with nothing recorded). */
export interface WhatToRecord {
  /** "CNJ Corporativo" / "SCA/CNJ". */
  accountSystem: string;
  /** The SAJ bases to register the BNMP login in; empty where signatures are not made in SAJ. */
  databases: string[];
  /** The plantão lotação the CNJ asks for now in this grau, when the tribunal's data names it. */
  plantaoLotacao?: string;
}

export function whatToRecord(profile: TribunalProfile, now: Date, grau: Grau): WhatToRecord {
  const why = plantaoAt(profile, now)?.why ?? 'hours';
  const required = requiredPlantaoLotacao(profile, { instant: now, grau, why });
  return {
    accountSystem: eraAt(profile, now).accountSystemLabel,
    databases: databaseOptions(profile),
    ...(required.name ? { plantaoLotacao: required.name } : {}),
  };
}
