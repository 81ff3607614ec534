/** Form date-times on the tribunal's wall clock, whatever zone the browser runs in. */
import { describe, expect, it } from 'vitest';
import { formatDay, fromLocalInput, todayIn, toLocalInput } from '../../../lib/ui/datetime';

describe('fromLocalInput / toLocalInput', () => {
  it.each([
    ['2026-11-21T19:00', 'America/Campo_Grande', '2026-11-21T19:00:00-04:00'],
    ['2026-11-21T19:00', 'America/Sao_Paulo', '2026-11-21T19:00:00-03:00'],
    // Brasília still had daylight saving in 2018: the offset is the one of that date.
    ['2018-12-01T08:30', 'America/Sao_Paulo', '2018-12-01T08:30:00-02:00'],
    ['2026-01-01T00:00:15', 'America/Campo_Grande', '2026-01-01T00:00:15-04:00'],
  ])('%s in %s → %s', (local, zone, iso) => {
    expect(fromLocalInput(local, zone)).toBe(iso);
    expect(toLocalInput(iso, zone)).toBe(local.slice(0, 16));
  });

  it('shows a stored instant on the tribunal clock even when it was written in another offset', () => {
    expect(toLocalInput('2026-11-21T23:00:00Z', 'America/Campo_Grande')).toBe('2026-11-21T19:00');
  });

  it.each(['', '21/11/2026 19:00', '2026-11-21', 'amanhã'])('refuses %j', (value) => {
    expect(fromLocalInput(value, 'America/Campo_Grande')).toBeUndefined();
  });

  it('gives an empty field for an unreadable stored value', () => {
    expect(toLocalInput('ontem', 'America/Campo_Grande')).toBe('');
  });
});

describe('todayIn / formatDay', () => {
  it('is the tribunal\'s date, not UTC\'s', () => {
    // 02:00 UTC on the 22nd is still the 21st in Campo Grande.
    expect(todayIn('America/Campo_Grande', new Date('2026-11-22T02:00:00Z'))).toBe('2026-11-21');
  });

  it('formats a day in the interface language', () => {
    expect(formatDay('2026-11-03', 'pt-BR')).toBe('03/11/2026');
    expect(formatDay('2026-11-03', 'en')).toBe('11/03/2026');
    expect(formatDay('não é data', 'pt-BR')).toBe('não é data');
  });
});
