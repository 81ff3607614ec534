/**
 * "Estarei de plantão em <data> na comarca <X>": which lotação the CNJ expects then, and whether
 * the person has it active. Also used for recorded plantões (the reminder the day before).
 *
 * The lotação comes from `requiredPlantaoLotacao` (lib/calendar/plantao): BNMP 3.0 era → "Plantão
 * Judiciário 1º/2º Grau" (Res. CNJ 554/2024); before it, TJMS → the região's lotação on weekends,
 * holidays and plantão hours (Prov. 306/2014 art. 10), the circunscrição's during the recesso
 * (Portaria 1019/2020). Whether the person holds it follows the guard's rules (docs/rules.md,
 * rules 8–10), so the page and the warning never disagree. Pure.
 */
import { nonWorkingReason, inRecesso, addDays } from '../calendar/holidays';
import { plantaoAt, requiredPlantaoLotacao, type PlantaoWhy, type RequiredPlantaoLotacao } from '../calendar/plantao';
import { MAGISTRATE_CARGOS, type Lotacao, type LotacaoStatus, type Person, type PlantaoAssignment } from '../status/schema';
import { eraAt } from '../tribunals/era';
import { findComarca, isRegiaoSubdivision, sameLotacao } from '../tribunals/lotacao-name';
import type { CnjEra, TribunalProfile } from '../tribunals/schema';
import { instantAt, isoWithOffset, localToday } from './local-time';

export type Grau = 1 | 2;

/** 2nd instance for desembargadores; everyone else signs in the 1st. */
export function grauOf(person: Person | undefined): Grau {
  return person?.cargo === 'desembargador' ? 2 : 1;
}

export interface PlantaoNeed {
  instant: Date;
  /** Why that instant is plantão on the calendar; 'hours' when the person says so on an ordinary evening. */
  why: PlantaoWhy;
  required: RequiredPlantaoLotacao;
  era: CnjEra;
}

/** The instant a plantão on `isoDate` is judged at: the evening shift on a working day, midday otherwise. */
export function plantaoInstantOn(profile: TribunalProfile, isoDate: string): Date {
  const cal = profile.plantao;
  const offDay = inRecesso(isoDate, cal) || nonWorkingReason(isoDate, cal) !== undefined;
  return instantAt(isoDate, offDay ? '12:00' : cal.startsAt, profile.timeZone);
}

/** What a plantão at `instant` needs; `why` defaults to what the calendar says then. */
export function plantaoNeedAt(
  profile: TribunalProfile,
  instant: Date,
  comarca: string | undefined,
  grau: Grau,
  why: PlantaoWhy = plantaoAt(profile, instant)?.why ?? 'hours',
): PlantaoNeed {
  const required = requiredPlantaoLotacao(profile, { instant, why, grau, ...(comarca ? { comarca } : {}) });
  return { instant, why, required, era: eraAt(profile, instant) };
}

export type Holding =
  /** An active lotação with the required name (or, when the name is unknown, of the required plantão kind). */
  | { state: 'held'; lotacao: Lotacao; byKind: boolean }
  /** A magistrate after `magistrateAnyUnitFrom`: CNJ lets them sign from any unit (rule 8). */
  | { state: 'relaxed'; status: LotacaoStatus | 'ausente' }
  | { state: 'missing'; status: LotacaoStatus | 'ausente'; lotacao?: Lotacao }
  /** The profile cannot name the lotação (região table empty, comarca unknown) and none of that kind is active. */
  | { state: 'unknown' };

const RELAXED: ReadonlySet<LotacaoStatus | 'ausente'> = new Set(['ausente', 'nao_solicitada', 'solicitada']);

function magistrateRelaxed(profile: TribunalProfile, person: Person, instant: Date): boolean {
  const from = profile.rules.magistrateAnyUnitFrom;
  if (!from || localToday(instant, profile.timeZone) < from || !MAGISTRATE_CARGOS.includes(person.cargo)) return false;
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key(person.tribunal) === key(profile.id) || key(person.tribunal) === key(profile.shortName);
}

export function holding(profile: TribunalProfile, person: Person, need: PlantaoNeed): Holding {
  const relaxed = magistrateRelaxed(profile, person, need.instant);
  const { required } = need;
  if (required.name) {
    const same = person.lotacoes.filter(
      (l) =>
        sameLotacao(l.name, required.name!) ||
        // A região subdivision of the BNMP 3.0 plantão lotação, held active, is that lotação (as in the guard).
        (required.kind === 'plantao_judiciario' && l.status === 'ativa' && isRegiaoSubdivision(l.name, required.name!)),
    );
    const stored = same.find((l) => l.status === 'ativa') ?? same[0];
    const status = stored?.status ?? 'ausente';
    if (stored && status === 'ativa') return { state: 'held', lotacao: stored, byKind: false };
    if (relaxed && RELAXED.has(status)) return { state: 'relaxed', status };
    return stored ? { state: 'missing', status, lotacao: stored } : { state: 'missing', status };
  }
  const ofKind = person.lotacoes.find((l) => l.status === 'ativa' && l.plantao === required.kind);
  if (ofKind) return { state: 'held', lotacao: ofKind, byKind: true };
  if (relaxed) return { state: 'relaxed', status: 'ausente' };
  return { state: 'unknown' };
}

export interface PlantaoCheck extends PlantaoNeed {
  /** The comarca as the profile writes it; undefined when not recognised. */
  comarca?: string;
  holding?: Holding;
}

/** The check behind the plantão page. `person` absent: only which lotação is needed. */
export function checkPlantao(
  profile: TribunalProfile,
  args: { date: string; comarca: string; grau?: Grau; time?: string },
  person?: Person,
): PlantaoCheck {
  const instant = args.time ? instantAt(args.date, args.time, profile.timeZone) : plantaoInstantOn(profile, args.date);
  const comarca = findComarca(args.comarca, profile);
  const need = plantaoNeedAt(profile, instant, comarca ?? args.comarca, args.grau ?? grauOf(person));
  return { ...need, ...(comarca ? { comarca } : {}), ...(person ? { holding: holding(profile, person, need) } : {}) };
}

/**
 * The default shift recorded for "plantão em <data>": on a working day from the plantão start to
 * the end the next morning (TJMS 19h → 12h), on a non-working day the whole day. Editable on the page.
 */
export function defaultAssignment(profile: TribunalProfile, isoDate: string, comarca: string): PlantaoAssignment {
  const cal = profile.plantao;
  const offDay = inRecesso(isoDate, cal) || nonWorkingReason(isoDate, cal) !== undefined;
  const start = instantAt(isoDate, offDay ? '00:00' : cal.startsAt, profile.timeZone);
  const end = instantAt(addDays(isoDate, 1), offDay ? '00:00' : cal.endsAt, profile.timeZone);
  return { start: isoWithOffset(start, profile.timeZone), end: isoWithOffset(end, profile.timeZone), comarca };
}

/**
 * Every plantão lotação a recorded shift needs: judged at its start and at midday of each day it
 * covers, so a shift running into the recesso also needs the circunscrição's lotação.
 */
export function needsOfAssignment(profile: TribunalProfile, assignment: PlantaoAssignment, grau: Grau): PlantaoNeed[] {
  const start = Date.parse(assignment.start);
  const end = Date.parse(assignment.end);
  const instants = [new Date(start)];
  let day = localToday(new Date(start), profile.timeZone);
  // Bounded: a mistyped year must not make this loop for decades.
  for (let i = 0; i < 62; i++) {
    const noon = instantAt(day, '12:00', profile.timeZone).getTime();
    if (noon >= end) break;
    if (noon > start) instants.push(new Date(noon));
    day = addDays(day, 1);
  }
  const seen = new Set<string>();
  const needs: PlantaoNeed[] = [];
  for (const instant of instants) {
    const need = plantaoNeedAt(profile, instant, assignment.comarca, grau);
    const key = `${need.required.kind}|${need.required.name ?? ''}|${need.required.area ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    needs.push(need);
  }
  return needs;
}

export type AssignmentState = 'held' | 'missing' | 'unknown';

export interface AssignmentCheck {
  assignment: PlantaoAssignment;
  needs: { need: PlantaoNeed; holding: Holding }[];
  /** missing if any needed lotação is missing; unknown if any cannot be named; held otherwise. */
  state: AssignmentState;
}

export function checkAssignment(profile: TribunalProfile, person: Person, assignment: PlantaoAssignment): AssignmentCheck {
  const needs = needsOfAssignment(profile, assignment, grauOf(person)).map((need) => ({ need, holding: holding(profile, person, need) }));
  const state: AssignmentState = needs.some((n) => n.holding.state === 'missing')
    ? 'missing'
    : needs.some((n) => n.holding.state === 'unknown')
      ? 'unknown'
      : 'held';
  return { assignment, needs, state };
}

/** The person's plantões not yet over at `now`, soonest first. */
export function upcomingAssignments(person: Person, now: Date): PlantaoAssignment[] {
  return person.plantoes
    .filter((p) => Date.parse(p.end) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Adds a shift unless the same one (same start, end and comarca) is already recorded. */
export function withAssignment(person: Person, assignment: PlantaoAssignment): Person {
  const same = person.plantoes.some(
    (p) => Date.parse(p.start) === Date.parse(assignment.start) && Date.parse(p.end) === Date.parse(assignment.end) && sameLotacao(p.comarca, assignment.comarca),
  );
  if (same) return person;
  return { ...person, plantoes: [...person.plantoes, assignment].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)) };
}

/** Removes the recorded shift with the same start, end and comarca. */
export function withoutAssignment(person: Person, assignment: PlantaoAssignment): Person {
  return { ...person, plantoes: person.plantoes.filter((p) => !(p.start === assignment.start && p.end === assignment.end && p.comarca === assignment.comarca)) };
}
