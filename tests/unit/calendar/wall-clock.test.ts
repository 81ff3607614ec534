import { describe, expect, it } from 'vitest';
import { FIXED_OFFSETS, isValidTimeZone, minutesOf, wallClock } from '../../../lib/calendar/wall-clock';

describe('wallClock', () => {
  it.each([
    // Campo Grande is UTC−4 (no daylight saving since 2019): 23:00 UTC is 19:00 there.
    ['2025-03-10T23:00:00Z', 'America/Campo_Grande', { isoDate: '2025-03-10', hour: 19, minute: 0, weekday: 1 }],
    // Late Friday evening in Campo Grande is already Saturday in UTC.
    ['2025-03-15T03:30:00Z', 'America/Campo_Grande', { isoDate: '2025-03-14', hour: 23, minute: 30, weekday: 5 }],
    ['2025-03-15T04:00:00Z', 'America/Campo_Grande', { isoDate: '2025-03-15', hour: 0, minute: 0, weekday: 6 }],
    // Before 2019 Campo Grande had summer time (UTC−3).
    ['2018-12-01T22:00:00Z', 'America/Campo_Grande', { isoDate: '2018-12-01', hour: 19, minute: 0, weekday: 6 }],
    // Rio is UTC−3: the same instant is an hour later there.
    ['2025-03-10T23:00:00Z', 'America/Sao_Paulo', { isoDate: '2025-03-10', hour: 20, minute: 0, weekday: 1 }],
    // Midnight is 0, not 24.
    ['2025-12-20T04:00:00Z', 'America/Campo_Grande', { isoDate: '2025-12-20', hour: 0, minute: 0, weekday: 6 }],
    ['2026-01-01T03:59:00Z', 'America/Campo_Grande', { isoDate: '2025-12-31', hour: 23, minute: 59, weekday: 3 }],
  ])('%s in %s', (instant, zone, expected) => {
    const clock = wallClock(new Date(instant), zone);
    expect(clock).toMatchObject(expected);
    expect(clock.isoDate).toBe(`${clock.year}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`);
  });

  it('recognises IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('America/Campo_Grande')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => wallClock(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it.each([
    ['00:00', 0],
    ['12:00', 720],
    ['19:30', 1170],
    ['23:59', 1439],
  ])('minutesOf(%s) = %i', (hhmm, minutes) => {
    expect(minutesOf(hhmm)).toBe(minutes);
  });
});

describe('the fixed-offset table for Brazil agrees with Intl', () => {
  /** Intl's answer, the reference the table stands in for. */
  function intlClock(instant: Date, timeZone: string) {
    const parts: Record<string, string> = {};
    const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
    for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
    return { isoDate: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute), weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!) };
  }

  it.each(Object.keys(FIXED_OFFSETS.minutes))('%s: every 7 hours over the whole window', (zone) => {
    const mismatches: string[] = [];
    for (let t = FIXED_OFFSETS.since; t < FIXED_OFFSETS.until; t += 7 * 3600_000) {
      const mine = wallClock(new Date(t), zone);
      const theirs = intlClock(new Date(t), zone);
      if (mine.isoDate !== theirs.isoDate || mine.hour !== theirs.hour || mine.minute !== theirs.minute || mine.weekday !== theirs.weekday) {
        mismatches.push(new Date(t).toISOString());
        if (mismatches.length > 3) break;
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('outside the window, or for another zone, Intl decides', () => {
    expect(wallClock(new Date('2018-12-01T12:00:00Z'), 'America/Sao_Paulo').hour).toBe(10); // summer time then: UTC−2
    expect(wallClock(new Date('2026-07-01T12:00:00Z'), 'Europe/Lisbon').hour).toBe(13);
  });
});
