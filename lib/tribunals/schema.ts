/**
 * A tribunal profile: everything that differs between tribunals and eras, as data.
 * Addresses, contacts, office hours, SAJ hosts and databases, plantão geography and calendar,
 * rule switches and the dates each CNJ arrangement applies. Code reads profiles; it never
 * hard-codes a tribunal. Profiles can be overridden field by field (IT policy, part 5).
 */
import * as z from 'zod/mini';
import { Cargo } from '../status/schema';
import { isValidTimeZone } from '../calendar/wall-clock';

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Horário: use HH:MM'));
const monthDay = z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Dia do ano: use MM-DD'));
const isoDate = z.iso.date({ error: 'Data: use AAAA-MM-DD' });
const url = z.url({ protocol: /^https?$/, error: 'Endereço: use um endereço http(s)' });

/** Weekly opening hours in the profile's time zone; days are 0 (domingo) … 6 (sábado). */
export const OfficeHours = z.strictObject({
  days: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
  from: hhmm,
  to: hhmm,
});
export type OfficeHours = z.infer<typeof OfficeHours>;

export const Contact = z.strictObject({
  name: z.string(),
  /** What this contact helps with, shown next to it ("acesso ao SCA/CNJ", "reset de senha"). */
  purpose: z.optional(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  /** Absent = no published hours (e-mail only, or always on duty). */
  hours: z.optional(OfficeHours),
});
export type Contact = z.infer<typeof Contact>;

/** One CNJ arrangement (BNMP 2.0 with SCA; PDPJ with CNJ Corporativo; BNMP 3.0) and when it applies. */
export const CnjEra = z.strictObject({
  id: z.string(),
  label: z.string(),
  from: isoDate,
  /** Exclusive; absent = still in force. */
  until: z.optional(isoDate),
  accountSystem: z.enum(['sca', 'corporativo']),
  accountSystemLabel: z.string(),
  loginUrl: url,
  /** Where "Esqueci a senha" lives (the login page, or CNJ Corporativo's own page). */
  passwordResetUrl: url,
  passwordResetSteps: z.array(z.string()),
  accessRequestUrl: url,
  /** Plantão documents must be issued from a "Plantão Judiciário 1º/2º Grau" lotação (BNMP 3.0, Res. 554/2024). */
  plantaoJudiciarioLotacoes: z.optional(z.strictObject({ primeiroGrau: z.string(), segundoGrau: z.string() })),
});
export type CnjEra = z.infer<typeof CnjEra>;

export const Circunscricao = z.strictObject({
  number: z.number(),
  name: z.string(),
  /** Lotação name used for plantão during the recesso forense. */
  lotacao: z.string(),
  comarcas: z.array(z.string()),
});
export type Circunscricao = z.infer<typeof Circunscricao>;

export const RegiaoPlantao = z.strictObject({
  name: z.string(),
  /** Lotação name used for plantão on weekends and holidays. */
  lotacao: z.string(),
  comarcas: z.array(z.string()),
});
export type RegiaoPlantao = z.infer<typeof RegiaoPlantao>;

export const PlantaoCalendar = z.strictObject({
  /** Plantão hours on working days: from `startsAt` until `endsAt` of the next working day (TJMS 19:00–12:00). */
  startsAt: hhmm,
  endsAt: hhmm,
  weekends: z.boolean(),
  holidays: z.boolean(),
  recesso: z.optional(z.strictObject({ from: monthDay, to: monthDay })),
  /** Fixed-date holidays, MM-DD. */
  fixedHolidays: z.array(monthDay),
  /**
   * Fixed holidays that only count from a date on (MM-DD → AAAA-MM-DD), e.g. 20/11, national only since
   * Lei 14.759/2023 (first observed 2024). Holidays not listed here count in every year.
   */
  fixedHolidaySince: z.optional(z.record(monthDay, isoDate)),
  /** Movable holidays as days from Easter Sunday (Carnaval −48/−47, Sexta-feira Santa −2, Corpus Christi +60). */
  easterOffsets: z.array(z.number().check(z.int())),
  /** One-off non-working days published by the tribunal, AAAA-MM-DD. */
  extraNonWorkingDays: z.array(isoDate),
  circunscricoes: z.array(Circunscricao),
  /** Not public for TJMS (Prov. 306/2014 art. 10): editable data, empty by default. */
  regioes: z.array(RegiaoPlantao),
});
export type PlantaoCalendar = z.infer<typeof PlantaoCalendar>;

/** Selectors a tribunal may pin when its SAJ markup is known; the detector falls back to what a person sees. */
export const SajSelectors = z.strictObject({
  signingAction: z.optional(z.string()),
  documentRow: z.optional(z.string()),
  documentType: z.optional(z.string()),
  user: z.optional(z.string()),
  lotacao: z.optional(z.string()),
  database: z.optional(z.string()),
});
export type SajSelectors = z.infer<typeof SajSelectors>;

/**
 * Selectors a tribunal may pin for BNMP 3.0 web (bnmp.pdpj.jus.br) when a release changes its markup;
 * without them the reader goes by what a person sees (docs/detector.md, "BNMP 3.0 web").
 */
export const BnmpWebSelectors = z.strictObject({
  /** The "Prezado Usuário — Você está prestes a emitir…" dialog (its container). */
  confirmDialog: z.optional(z.string()),
  /** Its OK button. */
  confirmButton: z.optional(z.string()),
  /** A piece's own signing action ("Assinar Documento", "Assina Servidor"). */
  signingAction: z.optional(z.string()),
  /** The toolbar's órgão (unit) selector. */
  orgaoSelector: z.optional(z.string()),
  /** One option of the órgão selector, once it is open. */
  orgaoOption: z.optional(z.string()),
  /** The logged user's name in the toolbar. */
  user: z.optional(z.string()),
});
export type BnmpWebSelectors = z.infer<typeof BnmpWebSelectors>;

export const TribunalProfile = z.strictObject({
  id: z.string(),
  shortName: z.string(),
  name: z.string(),
  timeZone: z.string().check(z.refine(isValidTimeZone, 'Fuso horário: use um nome IANA, como America/Campo_Grande')),
  /** Match patterns for the tribunal's SAJ hosts. */
  sajHosts: z.array(z.string()),
  /** Where signatures to BNMP happen: SAJ (TJMS) or BNMP 2.0 web directly (TRE-RJ art. 2). */
  signingPlace: z.enum(['saj', 'bnmp-web']),
  sajDatabases: z.array(z.string()),
  accessRequest: z.strictObject({
    /** Where, in words a clerk follows: "Intranet → Corregedoria → Solicitação de Acesso". */
    channel: z.string(),
    url: z.optional(url),
    /** Who may ask, in words ("o magistrado ou o chefe de cartório"). */
    whoAsks: z.string(),
    source: z.string(),
  }),
  /** Cargos that may hold BNMP access (TRE-RJ art. 3); absent = no restriction known. */
  allowedCargos: z.optional(z.array(Cargo)),
  allowedCargosSource: z.optional(z.string()),
  contacts: z.array(Contact),
  reviewIntervalMonths: z.number().check(z.int(), z.minimum(1), z.maximum(24)),
  rules: z.strictObject({
    /** From this date magistrates may sign from any unit of their tribunal; absent = rule off. */
    magistrateAnyUnitFrom: z.optional(isoDate),
    /** Guard switched off by IT (part 5). */
    guardEnabled: z.boolean(),
  }),
  plantao: PlantaoCalendar,
  /** At least one; `eraAt` picks by date (before the first era → the first). */
  cnjEras: z.array(CnjEra).check(z.minLength(1, 'Eras do CNJ: informe ao menos uma')),
  selectors: z.optional(SajSelectors),
  bnmpWebSelectors: z.optional(BnmpWebSelectors),
  sources: z.array(z.string()),
});
export type TribunalProfile = z.infer<typeof TribunalProfile>;
