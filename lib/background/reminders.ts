/**
 * Reminder decisions, pure: what the toolbar badge and the popup should say at an instant.
 *
 *   - A recorded plantão whose plantão lotação is not active: from 00:00 of the day before it
 *     starts (tribunal's clock) until it ends. Red badge.
 *   - The status's last review older than the tribunal's interval, where the profile sets one (TRE-RJ:
 *     6 months, the administradores regionais' review of Ato Conjunto 16/2020 art. 7º, III; TJMS: none):
 *     amber badge, "confirm it is still true". A reminder only: it never holds a signature.
 *
 * `set-up-reminders.ts` runs this on start, on every status change and on alarms, and shows the
 * badge; nothing is stored.
 */
import { addDays } from '../calendar/holidays';
import { addMonths, statusNotices } from '../readiness/engine';
import type { Person, StatusFile } from '../status/schema';
import type { TribunalProfile } from '../tribunals/schema';
import { instantAt, localToday, shortDateTime } from '../guides/local-time';
import { checkAssignment, upcomingAssignments, type AssignmentState } from '../guides/plantao-check';
import { profileFor } from '../guides/person';
import type { ExtensionPage } from './messages';

export type ReminderKind = 'plantao-lotacao-missing' | 'plantao-lotacao-unknown' | 'review-overdue';

export interface ReminderNotice {
  kind: ReminderKind;
  level: 'block' | 'warn';
  personId: string;
  /** Shown only when several people are recorded (a shared computer). */
  personName: string;
  /** pt-BR, one or two sentences for the popup. */
  message: string;
  /** The page that helps. */
  page: ExtensionPage;
}

export interface NextPlantao {
  personId: string;
  personName: string;
  start: string;
  end: string;
  comarca: string;
  /** "sáb., 22/11/2026 19h" on the tribunal's clock. */
  startText: string;
  /** Plantão lotações needed (names, or a description when the profile cannot name it). */
  lotacoes: string[];
  state: AssignmentState;
}

export interface Reminders {
  computedAt: string;
  notices: ReminderNotice[];
  /** The soonest plantão not over yet, among everyone recorded ("eu" first on a tie). */
  nextPlantao?: NextPlantao;
  badge: { text: string; color: string; title: string };
  /** When the answer may change next (epoch ms): a notice window opens or a plantão ends. */
  nextChangeAt?: number;
}

export const BADGE_COLORS = { block: '#b91c1c', warn: '#b45309' } as const;

export function computeReminders(
  file: StatusFile | undefined,
  now: Date,
  profileOf: (person: Person) => TribunalProfile = profileFor,
): Reminders {
  const notices: ReminderNotice[] = [];
  const changes: number[] = [];
  let nextPlantao: NextPlantao | undefined;
  const t = now.getTime();
  const people = file?.people ?? [];
  const me = file?.meId;

  for (const person of people) {
    const profile = profileOf(person);
    for (const assignment of upcomingAssignments(person, now)) {
      const start = Date.parse(assignment.start);
      const end = Date.parse(assignment.end);
      const windowOpens = instantAt(addDays(localToday(new Date(start), profile.timeZone), -1), '00:00', profile.timeZone).getTime();
      const check = checkAssignment(profile, person, assignment);
      const lotacoes = check.needs.map(({ need }) => need.required.name ?? describeUnnamed(need.required.kind, assignment.comarca));
      const startText = shortDateTime(new Date(start), profile.timeZone);
      const candidate: NextPlantao = {
        personId: person.id,
        personName: person.name,
        start: assignment.start,
        end: assignment.end,
        comarca: assignment.comarca,
        startText,
        lotacoes,
        state: check.state,
      };
      if (!nextPlantao || start < Date.parse(nextPlantao.start) || (start === Date.parse(nextPlantao.start) && person.id === me)) {
        nextPlantao = candidate;
      }
      if (windowOpens > t) changes.push(windowOpens);
      changes.push(end);
      if (windowOpens > t || check.state === 'held') continue;
      const names = check.needs
        .filter((n) => n.holding.state === (check.state === 'missing' ? 'missing' : 'unknown'))
        .map(({ need }) => need.required.name ?? describeUnnamed(need.required.kind, assignment.comarca));
      const started = start <= t;
      notices.push({
        kind: check.state === 'missing' ? 'plantao-lotacao-missing' : 'plantao-lotacao-unknown',
        level: check.state === 'missing' ? 'block' : 'warn',
        personId: person.id,
        personName: person.name,
        page: check.state === 'missing' ? 'guia-acesso' : 'plantao',
        message:
          check.state === 'missing'
            ? `Plantão ${started ? 'em andamento desde' : 'em'} ${startText} (${assignment.comarca}): falta a lotação de plantão ${quotedList(names)}. ` +
              `Sem ela, o CNJ recusará as assinaturas do plantão. Peça o acesso: ${profile.accessRequest.channel}.`
            : `Plantão ${started ? 'em andamento desde' : 'em'} ${startText} (${assignment.comarca}): confira se você tem ${quotedList(names)}. ` +
              'O Sentinela não sabe o nome dessa lotação; registre-a em “Minha situação” como lotação de plantão.',
      });
    }

    if (me === undefined || person.id === me) {
      const review = reviewState(person, profile, now);
      const reason = review.overdue ? statusNotices(person, profile, now).find((r) => r.code === 'review-overdue') : undefined;
      if (reason) {
        notices.push({
          kind: 'review-overdue',
          level: 'warn',
          personId: person.id,
          personName: person.name,
          page: 'options',
          message: reason.message,
        });
      } else if (review.dueAt !== undefined) {
        changes.push(review.dueAt);
      }
    }
  }

  // Plantão first (they block signatures), then the reviews; sooner plantões first.
  const order = (n: ReminderNotice) => (n.kind === 'review-overdue' ? 1 : 0);
  notices.sort((a, b) => order(a) - order(b));
  const future = changes.filter((c) => c > t);
  return {
    computedAt: now.toISOString(),
    notices,
    ...(nextPlantao ? { nextPlantao } : {}),
    badge: badgeFor(notices),
    ...(future.length ? { nextChangeAt: Math.min(...future) } : {}),
  };
}

/**
 * Overdue the day after `lastReviewOn` + the interval (rule 12 of docs/rules.md); `dueAt` = when that day
 * starts. Never overdue when the profile sets no interval.
 */
export function reviewState(person: Person, profile: TribunalProfile, now: Date): { overdue: boolean; dueAt?: number } {
  const months = profile.reviewIntervalMonths;
  if (months === undefined) return { overdue: false };
  if (!person.lastReviewOn) return { overdue: true };
  const lastValidDay = addMonths(person.lastReviewOn, months);
  if (localToday(now, profile.timeZone) > lastValidDay) return { overdue: true };
  return { overdue: false, dueAt: instantAt(addDays(lastValidDay, 1), '00:00', profile.timeZone).getTime() };
}

export function badgeFor(notices: readonly ReminderNotice[]): Reminders['badge'] {
  if (notices.length === 0) return { text: '', color: BADGE_COLORS.warn, title: 'Sentinela BNMP' };
  const block = notices.some((n) => n.level === 'block');
  const several = new Set(notices.map((n) => n.personId)).size > 1;
  const lines = notices.map((n) => `• ${several ? `${n.personName}: ` : ''}${n.message}`);
  return {
    text: notices.length > 9 ? '9+' : String(notices.length),
    color: block ? BADGE_COLORS.block : BADGE_COLORS.warn,
    title: ['Sentinela BNMP', ...lines].join('\n'),
  };
}

function describeUnnamed(kind: 'regiao' | 'circunscricao' | 'plantao_judiciario', comarca: string): string {
  if (kind === 'regiao') return `a lotação de plantão da região de ${comarca}`;
  if (kind === 'circunscricao') return `a lotação de plantão da circunscrição de ${comarca}`;
  return 'a lotação de plantão';
}

function quotedList(names: readonly string[]): string {
  const q = names.map((n) => (n.startsWith('a lotação') ? n : `“${n}”`));
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} e ${q.at(-1)}`;
}
