/**
 * Dates and times as forms show them, in the tribunal's time zone (not the browser's: a judge may
 * travel, a VM may run in UTC). `<input type="datetime-local">` speaks "2026-11-21T19:00" with no
 * zone; the stored format wants an offset ("2026-11-21T19:00:00-04:00").
 */
import { TZDate } from '@date-fns/tz';
import { wallClock } from '../calendar/wall-clock';

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-11-21T19:00" on the wall clock of `timeZone` → "2026-11-21T19:00:00-04:00"; undefined if not a date-time. */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s, timeZone);
  if (Number.isNaN(date.getTime())) return undefined;
  // Without milliseconds: the stored text stays as short as people write it.
  return date.toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '');
}

/** A stored date-time → "2026-11-21T19:00" on the wall clock of `timeZone`; '' when unreadable. */
export function toLocalInput(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const c = wallClock(new Date(t), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.isoDate}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** Today in `timeZone`, AAAA-MM-DD (what "Confirmo que está tudo certo hoje" records). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return wallClock(now, timeZone).isoDate;
}

/** "2026-11-21" → "21/11/2026" (pt-BR) or "11/21/2026"-style per `locale`. */
export function formatDay(isoDate: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

/** An instant as "21/11/2026 19:00" in `timeZone` (the browser's when absent). */
export function formatInstant(iso: string, locale: string, timeZone?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(t));
}
