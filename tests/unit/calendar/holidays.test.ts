import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays, easterSunday, holidaysOfYear, inRecesso, nonWorkingReason, weekdayOf } from '../../../lib/calendar/holidays';
import type { PlantaoCalendar } from '../../../lib/tribunals/schema';
import { TJMS } from '../../../lib/tribunals/tjms';
import { TRE_RJ } from '../../../lib/tribunals/tre-rj';

const tjms = TJMS.plantao;

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekdayOf(date)).toBe(0);
  });
});

describe('TJMS calendar against date-holidays (tests only: see lib/calendar/holidays.ts)', () => {
  const years = Array.from({ length: 11 }, (_, i) => 2020 + i);

  it.each(years)('every BR national public holiday of %i is a non-working day in TJMS', (year) => {
    const national = new Holidays('BR').getHolidays(year).filter((h) => h.type === 'public');
    expect(national.length).toBeGreaterThan(8);
    const ours = holidaysOfYear(year, tjms);
    for (const h of national) {
      const date = h.date.slice(0, 10);
      // Election days are always Sundays, so they are weekends here rather than listed holidays.
      const expected = h.name === 'Dia de Eleição' ? 'weekend' : 'holiday';
      expect({ date, name: h.name, reason: ours.includes(date) ? 'holiday' : nonWorkingReason(date, tjms) }).toEqual({
        date,
        name: h.name,
        reason: expected,
      });
    }
  });

  it.each(years)('MS state day (Criação do Estado, 11/10) of %i is a holiday in TJMS', (year) => {
    const ms = new Holidays('BR', 'MS').getHolidays(year).filter((h) => h.type === 'public' && h.date.slice(5, 10) === '10-11');
    expect(ms).toHaveLength(1);
    expect(holidaysOfYear(year, tjms)).toContain(`${year}-10-11`);
  });
});

describe('TJMS calendar against its own yearly portarias', () => {
  // Days "sem expediente no Foro Judicial" in TJMS Portaria 983/2025 (year 2026) and Portaria 4/2023.
  it.each([
    ['2026', ['2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-04-02', '2026-04-03', '2026-04-21', '2026-05-01', '2026-06-04',
      '2026-08-11', '2026-09-07', '2026-10-12', '2026-10-30', '2026-11-02', '2026-11-20', '2026-12-08', '2026-12-21']],
    ['2023', ['2023-02-20', '2023-02-21', '2023-02-22', '2023-04-06', '2023-04-07', '2023-04-21', '2023-05-01', '2023-06-08', '2023-08-11',
      '2023-09-07', '2023-10-11', '2023-10-12', '2023-11-02', '2023-11-15', '2023-12-08', '2023-12-27']],
  ])('every day without expediente in %s is a holiday, weekend or recesso', (_year, days) => {
    for (const date of days) expect({ date, off: inRecesso(date, tjms) || nonWorkingReason(date, tjms) !== undefined }).toEqual({ date, off: true });
  });

  it('counts 20/11 only from 2024, when it became national (Lei 14.759/2023)', () => {
    expect(nonWorkingReason('2023-11-20', tjms)).toBeUndefined();
    expect(nonWorkingReason('2024-11-20', tjms)).toBe('holiday');
    expect(nonWorkingReason('2025-11-20', tjms)).toBe('holiday');
  });
});

describe('nonWorkingReason', () => {
  it.each([
    ['2025-03-15', 'weekend', 'a Saturday'],
    ['2025-03-16', 'weekend', 'a Sunday'],
    ['2025-03-18', undefined, 'an ordinary Tuesday'],
    ['2025-12-25', 'holiday', 'Natal on a Thursday'],
    ['2027-12-25', 'holiday', 'Natal on a Saturday reads as the holiday'],
    ['2025-03-04', 'holiday', 'terça-feira de Carnaval (Easter −47)'],
    ['2025-03-05', 'holiday', 'Quarta-feira de Cinzas (Easter −46, TJMS has no expediente)'],
    ['2025-04-17', 'holiday', 'Quinta-feira Santa (Easter −3)'],
    ['2025-06-19', 'holiday', 'Corpus Christi (Easter +60)'],
    ['2025-08-11', 'holiday', 'Instituição dos Cursos Jurídicos'],
    ['2026-10-30', 'holiday', 'Dia do Servidor Público moved by Portaria 983/2025'],
    ['2026-10-28', undefined, 'the nominal Dia do Servidor, moved away in 2026'],
  ] as const)('%s → %s (%s)', (date, reason, _what) => {
    expect(nonWorkingReason(date, tjms)).toBe(reason);
  });

  it('follows the calendar switches: no weekends, no holidays', () => {
    expect(nonWorkingReason('2025-03-15', { ...tjms, weekends: false })).toBeUndefined();
    expect(nonWorkingReason('2025-12-25', { ...tjms, holidays: false })).toBeUndefined();
  });
});

describe('holidaysOfYear', () => {
  const bare: PlantaoCalendar = { ...tjms, fixedHolidays: [], fixedHolidaySince: undefined, easterOffsets: [], extraNonWorkingDays: [] };

  it('is sorted and has no duplicates even when sources overlap', () => {
    const cal = { ...bare, fixedHolidays: ['12-25', '01-01'], extraNonWorkingDays: ['2025-12-25', '2026-01-01', '2025-07-01'] };
    expect(holidaysOfYear(2025, cal)).toEqual(['2025-01-01', '2025-07-01', '2025-12-25']);
  });

  it('skips 29/02 in a year without it instead of rolling into March', () => {
    const cal = { ...bare, fixedHolidays: ['02-29'] };
    expect(holidaysOfYear(2024, cal)).toEqual(['2024-02-29']);
    expect(holidaysOfYear(2025, cal)).toEqual([]);
  });

  it('keeps an Easter offset in the year it falls (Carnaval never leaks into the previous year)', () => {
    const cal = { ...bare, easterOffsets: [-48] };
    expect(holidaysOfYear(2025, cal)).toEqual(['2025-03-03']);
  });

  it('TRE-RJ: 20/11 counts before 2024 too (RJ state holiday since 2002), and São Jorge 23/04', () => {
    expect(nonWorkingReason('2023-11-20', TRE_RJ.plantao)).toBe('holiday');
    expect(nonWorkingReason('2025-04-23', TRE_RJ.plantao)).toBe('holiday');
  });
});

describe('inRecesso (20/12–06/01, across the year change)', () => {
  it.each([
    ['2025-12-19', false],
    ['2025-12-20', true],
    ['2025-12-31', true],
    ['2026-01-01', true],
    ['2026-01-06', true],
    ['2026-01-07', false],
    ['2026-07-15', false],
  ])('%s → %s', (date, inside) => {
    expect(inRecesso(date, tjms)).toBe(inside);
  });

  it('also handles a recesso inside one year, and none at all', () => {
    const july = { ...tjms, recesso: { from: '07-02', to: '07-31' } };
    expect([inRecesso('2025-07-01', july), inRecesso('2025-07-02', july), inRecesso('2025-07-31', july), inRecesso('2025-12-25', july)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inRecesso('2025-12-25', { ...tjms, recesso: undefined })).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-04-20', -48, '2025-03-03'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
