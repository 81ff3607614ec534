/**
 * The tribunal's help contacts with whether they answer right now, on the tribunal's clock and
 * calendar (TJMS CGJ: 12h–18h in Campo Grande, closed on its holidays). Pure: the page passes `now`.
 */
import { describeOfficeStatus, officeStatus, type OfficeStatus } from '../calendar/office-hours';
import { contactsFor } from '../tribunals/era';
import type { Contact, ContactTopic, TribunalProfile } from '../tribunals/schema';

export interface ContactNow {
  contact: Contact;
  status: OfficeStatus;
  /** "Atendimento aberto agora — fecha às 18h", "Fechado agora — abre segunda-feira às 12h", "Sem horário publicado". */
  line: string;
  /** "12h às 18h, de segunda a sexta", when hours are published. */
  hoursText?: string;
}

const DAY_SHORT = ['domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado'] as const;

/** "de segunda a sexta", "aos sábados", "segunda, quarta e sexta". */
export function daysText(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b);
  if (sorted.length === 0) return 'sem dias de atendimento';
  if (sorted.length === 7) return 'todos os dias';
  const consecutive = sorted.every((d, i) => i === 0 || d === (sorted[i - 1] ?? -2) + 1);
  if (sorted.length >= 3 && consecutive) return `de ${DAY_SHORT[sorted[0]!]} a ${DAY_SHORT[sorted.at(-1)!]}`;
  if (sorted.length === 1) return sorted[0] === 0 || sorted[0] === 6 ? `aos ${DAY_SHORT[sorted[0]!]}s` : `às ${DAY_SHORT[sorted[0]!]}s`;
  const names = sorted.map((d) => DAY_SHORT[d]!);
  return `${names.slice(0, -1).join(', ')} e ${names.at(-1)}`;
}

/** "12:00" → "12h", "08:30" → "8h30". */
function hour(hhmm: string): string {
  const [h = '0', m = '00'] = hhmm.split(':');
  return `${Number(h)}h${m === '00' ? '' : m}`;
}

/** Every contact of the profile, or only those a source names for `topic` (seed 000: the reset → the Coordenadoria). */
export function contactsNow(profile: TribunalProfile, now: Date, topic?: ContactTopic): ContactNow[] {
  const contacts = topic ? contactsFor(profile, topic) : profile.contacts;
  return contacts.map((contact) => {
    const status = officeStatus(contact.hours, profile.timeZone, now, profile.plantao);
    const hoursText = contact.hours ? `${hour(contact.hours.from)} às ${hour(contact.hours.to)}, ${daysText(contact.hours.days)}` : undefined;
    return { contact, status, line: describeOfficeStatus(status), ...(hoursText ? { hoursText } : {}) };
  });
}
