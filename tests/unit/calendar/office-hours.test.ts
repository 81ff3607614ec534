import { describe, expect, it } from 'vitest';
import { describeOfficeStatus, hourLabel, officeStatus } from '../../../lib/calendar/office-hours';
import type { OfficeHours } from '../../../lib/tribunals/schema';
import { TJMS } from '../../../lib/tribunals/tjms';

const zone = 'America/Campo_Grande';
const cg = (local: string) => new Date(`${local}:00-04:00`);
// The CGJ desk (seed 000): 12h–18h, Monday to Friday.
const cgj: OfficeHours = { days: [1, 2, 3, 4, 5], from: '12:00', to: '18:00' };

describe('officeStatus + describeOfficeStatus (CGJ desk, Campo Grande time)', () => {
  it.each([
    ['2025-03-10T13:00', 'Atendimento aberto agora — fecha às 18h', 'Monday afternoon'],
    ['2025-03-10T12:00', 'Atendimento aberto agora — fecha às 18h', 'opening minute'],
    ['2025-03-10T17:59', 'Atendimento aberto agora — fecha às 18h', 'last minute'],
    ['2025-03-10T11:59', 'Fechado agora — abre hoje às 12h', 'before opening'],
    ['2025-03-10T18:00', 'Fechado agora — abre amanhã às 12h', 'closing minute'],
    ['2025-03-14T18:30', 'Fechado agora — abre segunda-feira às 12h', 'Friday evening'],
    ['2025-03-15T10:00', 'Fechado agora — abre segunda-feira às 12h', 'Saturday'],
    ['2025-03-16T10:00', 'Fechado agora — abre amanhã às 12h', 'Sunday'],
  ])('%s → %s (%s)', (local, text) => {
    expect(describeOfficeStatus(officeStatus(cgj, zone, cg(local)))).toBe(text);
  });

  it('reads the time in the office zone, not the browser: 16:30 UTC is 12:30 in Campo Grande', () => {
    expect(officeStatus(cgj, zone, new Date('2025-03-10T16:30:00Z'))).toEqual({ state: 'open', closesAt: '18:00' });
    expect(officeStatus(cgj, zone, new Date('2025-03-10T15:30:00Z'))).toMatchObject({ state: 'closed', opensAt: { isoDate: '2025-03-10', relative: 'hoje' } });
  });

  it('closes on the tribunal holidays when the calendar is given (Semana Santa + Tiradentes 2025)', () => {
    const wednesdayEvening = cg('2025-04-16T19:00');
    expect(officeStatus(cgj, zone, wednesdayEvening, TJMS.plantao)).toEqual({
      state: 'closed',
      opensAt: { isoDate: '2025-04-22', time: '12:00', weekdayLabel: 'terça-feira' },
    });
    expect(describeOfficeStatus(officeStatus(cgj, zone, wednesdayEvening, TJMS.plantao))).toBe('Fechado agora — abre terça-feira às 12h');
    // Without the calendar only the weekdays count.
    expect(describeOfficeStatus(officeStatus(cgj, zone, wednesdayEvening))).toBe('Fechado agora — abre amanhã às 12h');
    expect(officeStatus(cgj, zone, cg('2025-12-25T14:00'), TJMS.plantao).state).toBe('closed');
  });

  it('says when there are no published hours, or no opening day at all', () => {
    expect(officeStatus(undefined, zone, cg('2025-03-10T13:00'))).toEqual({ state: 'no-hours' });
    expect(describeOfficeStatus({ state: 'no-hours' })).toBe('Sem horário publicado');
    expect(officeStatus({ days: [], from: '12:00', to: '18:00' }, zone, cg('2025-03-10T13:00'))).toEqual({ state: 'closed' });
    expect(describeOfficeStatus({ state: 'closed' })).toBe('Fechado agora');
  });

  it('handles half hours and a desk open only on Saturdays', () => {
    const saturday: OfficeHours = { days: [6], from: '08:30', to: '11:45' };
    const status = officeStatus(saturday, zone, cg('2025-03-10T09:00'));
    expect(status).toEqual({ state: 'closed', opensAt: { isoDate: '2025-03-15', time: '08:30', weekdayLabel: 'sábado' } });
    expect(describeOfficeStatus(status)).toBe('Fechado agora — abre sábado às 8h30');
    expect(describeOfficeStatus(officeStatus(saturday, zone, cg('2025-03-15T09:00')))).toBe('Atendimento aberto agora — fecha às 11h45');
  });

  it.each([
    ['12:00', '12h'],
    ['08:30', '8h30'],
    ['00:05', '0h05'],
  ])('hourLabel(%s) = %s', (hhmm, label) => {
    expect(hourLabel(hhmm)).toBe(label);
  });
});
