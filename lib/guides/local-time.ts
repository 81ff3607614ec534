/**
 * From the tribunal's wall clock back to an instant: "22/11/2026 at 19:00 in Campo Grande" → a Date.
 * The guides take dates people type (a plantão day) and must judge them on the tribunal's clock,
 * whatever zone the browser runs in (lib/calendar/wall-clock goes the other way).
 */
import { TZDate } from '@date-fns/tz';
import { minutesOf, wallClock } from '../calendar/wall-clock';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether `text` is a real calendar date written AAAA-MM-DD (no 31/02). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * The instant when the clock in `timeZone` shows `isoDate` `hhmm`. A time skipped by a daylight
 * saving change (Brazil until 2019) moves forward to the first time that exists.
 */
export function instantAt(isoDate: string, hhmm: string, timeZone: string): Date {
  if (!isIsoDate(isoDate)) throw new RangeError(`Data inválida: ${isoDate}`);
  if (!HHMM.test(hhmm)) throw new RangeError(`Horário inválido: ${hhmm}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const minutes = minutesOf(hhmm);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** The tribunal's local date at `now`, AAAA-MM-DD. */
export function localToday(now: Date, timeZone: string): string {
  return wallClock(now, timeZone).isoDate;
}

/** ISO date-time with the zone's offset at that instant: "2026-11-22T19:00:00-04:00" (the status file's format). */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  const localAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const offsetMinutes = Math.round((localAsUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${clock.isoDate}T${pad(clock.hour)}:${pad(clock.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** "sáb., 22/11/2026 19h" on the tribunal's clock, for reminders and the plantão page. */
export function shortDateTime(instant: Date, timeZone: string): string {
  let f = weekdayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('pt-BR', { timeZone, weekday: 'short' });
    weekdayFormats.set(timeZone, f);
  }
  const clock = wallClock(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${clock.hour}h${clock.minute === 0 ? '' : pad(clock.minute)}`;
  return `${f.format(instant)}, ${pad(clock.day)}/${pad(clock.month)}/${clock.year} ${time}`;
}
