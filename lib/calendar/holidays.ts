/**
 * Which days a tribunal does not work, from its profile's calendar (fixed dates, Easter-based dates,
 * one-off days the tribunal publishes).
 *
 * Why not the `date-holidays` package at runtime (it is used in tests, to cross-check this):
 * this code runs in the content script, on the click path of the guard, and date-holidays ships rules
 * for every country (hundreds of KB). More importantly, tribunals publish their own calendars
 * (judiciary days such as 8 December, suspended days, municipal holidays), and those must be data that
 * a tribunal's IT can override in the profile — not rules buried in a third-party library.
 */
import type { PlantaoCalendar } from '../tribunals/schema';

/** "AAAA-MM-DD" for a UTC calendar date; only the date matters. */
function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The date `days` after (or before, if negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const d = utcDate(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** 0 = domingo … 6 = sábado. */
export function weekdayOf(isoDate: string): number {
  return utcDate(isoDate).getUTCDay();
}

/** Easter Sunday (Gregorian calendar; anonymous algorithm, Meeus/Jones/Butcher), as AAAA-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Profiles are long-lived objects; the guard asks about the same year again and again.
const cache = new WeakMap<PlantaoCalendar, Map<number, string[]>>();

/** Every holiday of `year` in the calendar, sorted (weekends and the recesso are not listed). */
export function holidaysOfYear(year: number, cal: PlantaoCalendar): string[] {
  let byYear = cache.get(cal);
  if (!byYear) cache.set(cal, (byYear = new Map()));
  const hit = byYear.get(year);
  if (hit) return hit;

  const y = String(year).padStart(4, '0');
  const days = new Set<string>();
  for (const md of cal.fixedHolidays) {
    const date = `${y}-${md}`;
    const since = cal.fixedHolidaySince?.[md];
    // 02-29 in a non-leap year, or an impossible date: skip rather than roll over into March.
    if (isoOf(utcDate(date)) !== date) continue;
    if (since && date < since) continue;
    days.add(date);
  }
  const easter = easterSunday(year);
  for (const offset of cal.easterOffsets) {
    const date = addDays(easter, offset);
    if (date.startsWith(`${y}-`)) days.add(date);
  }
  for (const date of cal.extraNonWorkingDays) if (date.startsWith(`${y}-`)) days.add(date);

  const list = [...days].sort();
  byYear.set(year, list);
  return list;
}

/** Why `isoDate` is not a working day, or undefined when it is one. A holiday on a weekend reads as 'holiday'. */
export function nonWorkingReason(isoDate: string, cal: PlantaoCalendar): 'weekend' | 'holiday' | undefined {
  if (cal.holidays && holidaysOfYear(Number(isoDate.slice(0, 4)), cal).includes(isoDate)) return 'holiday';
  if (cal.weekends) {
    const wd = weekdayOf(isoDate);
    if (wd === 0 || wd === 6) return 'weekend';
  }
  return undefined;
}

/** Whether "MM-DD" of `isoDate` falls in the recesso forense (inclusive; crosses the year when from > to). */
export function inRecesso(isoDate: string, cal: PlantaoCalendar): boolean {
  if (!cal.recesso) return false;
  const md = isoDate.slice(5);
  const { from, to } = cal.recesso;
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}
