/**
 * Is a help desk open now, and if not, when does it open — so the popup can say "ligue agora" or
 * "abre segunda-feira às 12h" instead of sending someone to a phone nobody answers.
 */
import type { OfficeHours, PlantaoCalendar } from '../tribunals/schema';
import { addDays, holidaysOfYear, weekdayOf } from './holidays';
import { minutesOf, wallClock } from './wall-clock';

export type OfficeStatus =
  | { state: 'open'; closesAt: string }
  | {
      state: 'closed';
      /** Absent when no opening was found in the next weeks (e.g. no days configured). */
      opensAt?: {
        isoDate: string;
        time: string;
        weekdayLabel: string;
        /** Set when the opening is today or tomorrow in the office's time zone. */
        relative?: 'hoje' | 'amanhã';
      };
    }
  | { state: 'no-hours' };

export const WEEKDAY_LABELS = ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'] as const;

// Long enough to cross the longest closure a calendar lists (holiday runs, Carnaval). The recesso is
// not treated as closing help desks: it suspends court deadlines, not necessarily the service [I].
const LOOKAHEAD_DAYS = 21;

/**
 * Office status at `now` in `timeZone`. With `cal`, the tribunal's holidays (not weekends, which
 * `hours.days` already covers) close the office.
 */
export function officeStatus(hours: OfficeHours | undefined, timeZone: string, now: Date, cal?: PlantaoCalendar): OfficeStatus {
  if (!hours || hours.days.length === 0) return hours ? { state: 'closed' } : { state: 'no-hours' };
  const clock = wallClock(now, timeZone);
  const minute = clock.hour * 60 + clock.minute;
  const from = minutesOf(hours.from);
  const to = minutesOf(hours.to);
  const opensOn = (isoDate: string) =>
    hours.days.includes(weekdayOf(isoDate)) && !(cal?.holidays && holidaysOfYear(Number(isoDate.slice(0, 4)), cal).includes(isoDate));

  if (opensOn(clock.isoDate) && minute >= from && minute < to) return { state: 'open', closesAt: hours.to };

  for (let i = minute < from ? 0 : 1; i <= LOOKAHEAD_DAYS; i++) {
    const isoDate = addDays(clock.isoDate, i);
    if (!opensOn(isoDate)) continue;
    const relative = i === 0 ? 'hoje' : i === 1 ? 'amanhã' : undefined;
    return {
      state: 'closed',
      opensAt: { isoDate, time: hours.from, weekdayLabel: WEEKDAY_LABELS[weekdayOf(isoDate)] ?? '', ...(relative && { relative }) },
    };
  }
  return { state: 'closed' };
}

/** "12:00" → "12h", "12:30" → "12h30". */
export function hourLabel(hhmm: string): string {
  const [h = '0', m = '00'] = hhmm.split(':');
  return `${Number(h)}h${m === '00' ? '' : m}`;
}

/** One pt-BR line for the status, as shown next to a contact. */
export function describeOfficeStatus(status: OfficeStatus): string {
  switch (status.state) {
    case 'open':
      return `Atendimento aberto agora — fecha às ${hourLabel(status.closesAt)}`;
    case 'no-hours':
      return 'Sem horário publicado';
    case 'closed': {
      const o = status.opensAt;
      if (!o) return 'Fechado agora';
      return `Fechado agora — abre ${o.relative ?? o.weekdayLabel} às ${hourLabel(o.time)}`;
    }
  }
}
