import { describe, expect, it } from 'vitest';
import { instantAt, isIsoDate, isoWithOffset, localToday, shortDateTime } from '../../../lib/guides/local-time';

describe('instantAt: the tribunal wall clock back to an instant', () => {
  it.each([
    ['2026-11-22', '19:00', 'America/Campo_Grande', '2026-11-22T23:00:00.000Z'],
    ['2026-11-22', '00:00', 'America/Campo_Grande', '2026-11-22T04:00:00.000Z'],
    ['2026-11-22', '19:00', 'America/Sao_Paulo', '2026-11-22T22:00:00.000Z'],
    // Brazil's last daylight saving (2018–19): Campo Grande was UTC−3 in January 2019.
    ['2019-01-10', '12:00', 'America/Campo_Grande', '2019-01-10T15:00:00.000Z'],
    // 04/11/2018 00:00 did not exist in São Paulo (clocks jumped to 01:00): the first time that exists.
    ['2018-11-04', '00:00', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
  ])('%s %s in %s → %s', (date, time, zone, iso) => {
    expect(instantAt(date, time, zone).toISOString()).toBe(iso);
  });

  it('refuses impossible dates and times instead of rolling over', () => {
    expect(() => instantAt('2026-02-30', '12:00', 'America/Campo_Grande')).toThrow(RangeError);
    expect(() => instantAt('2026-11-22', '24:00', 'America/Campo_Grande')).toThrow(RangeError);
  });

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['22/11/2026', false],
    ['', false],
  ])('isIsoDate(%j) = %s', (text, ok) => expect(isIsoDate(text)).toBe(ok));
});

describe('dates on the tribunal clock', () => {
  it('22:00 in Campo Grande is already tomorrow in UTC, still today for the tribunal', () => {
    const instant = new Date('2026-11-22T02:00:00Z');
    expect(localToday(instant, 'America/Campo_Grande')).toBe('2026-11-21');
    expect(isoWithOffset(instant, 'America/Campo_Grande')).toBe('2026-11-21T22:00:00-04:00');
    expect(shortDateTime(instant, 'America/Campo_Grande')).toBe('sáb., 21/11/2026 22h');
  });

  it('writes offsets the status schema accepts, for other zones too', () => {
    expect(isoWithOffset(new Date('2026-11-22T12:30:00Z'), 'America/Sao_Paulo')).toBe('2026-11-22T09:30:00-03:00');
    expect(isoWithOffset(new Date('2026-11-22T12:30:00Z'), 'UTC')).toBe('2026-11-22T12:30:00+00:00');
    expect(shortDateTime(new Date('2026-11-22T12:30:00Z'), 'America/Sao_Paulo')).toBe('dom., 22/11/2026 9h30');
  });
});
