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

/**
 * A document the product's rules, steps and contacts come from: an act, a guide page, a news item.
 * Sources live once (lib/tribunals/sources.ts for national ones; a profile's `sources` for its
 * tribunal's own), and everything else cites them by `id` (tests/unit/tribunals/sources.test.ts).
 */
export const Source = z.strictObject({
  /** Stable, kebab-case: "tre-rj-ato-conjunto-16-2020". */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Fonte: identificador em minúsculas, com hífens')),
  /** How a person cites it: "Ato Conjunto TRE-RJ nº 16/2020". */
  short: z.string(),
  /** Its full title, as published. */
  title: z.string(),
  /** Signed, published or last updated (what the source itself says), AAAA-MM-DD. */
  date: z.optional(isoDate),
  /** When Sentinela's content was last compared with this source, AAAA-MM-DD. */
  checkedOn: z.optional(isoDate),
  url: z.optional(url),
  /** Where it was published, or how to find it when there is no address ("DJE TRE-RJ nº 298, p. 03"). */
  publishedIn: z.optional(z.string()),
});
export type Source = z.infer<typeof Source>;

/** A reference to a source by id, with the place inside it ("art. 7º, III", "item 2, passo 3"). */
export const Citation = z.strictObject({
  source: z.string(),
  at: z.optional(z.string()),
});
export type Citation = z.infer<typeof Citation>;

/** One step a person follows, with where it comes from. */
export const Step = z.strictObject({ text: z.string(), source: Citation });
export type Step = z.infer<typeof Step>;

/** Weekly opening hours in the profile's time zone; days are 0 (domingo) … 6 (sábado). */
export const OfficeHours = z.strictObject({
  days: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(6))),
  from: hhmm,
  to: hhmm,
});
export type OfficeHours = z.infer<typeof OfficeHours>;

/** What a contact is the way out for; the guides and messages pick contacts by it. */
export const CONTACT_TOPICS = [
  /** Doubts about an access already requested (seed 000: the Coordenadoria and the STI). */
  'pedido-de-acesso',
  /** Reset of the password when the e-mail does not come (seed 000: only the Coordenadoria). */
  'reset-de-senha',
  /** Granting or revoking access (TRE-RJ: the administradores regionais, art. 6º). */
  'concessao-de-acesso',
  /** The BNMP system itself (CNJ). */
  'sistema-bnmp',
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export const Contact = z.strictObject({
  name: z.string(),
  /** The article a sentence needs before the name: "fale com a Coordenadoria…", "com os administradores…". */
  article: z.optional(z.enum(['a', 'o', 'as', 'os'])),
  /** What this contact helps with, shown next to it ("acesso ao SCA/CNJ", "reset de senha"). */
  purpose: z.optional(z.string()),
  /** Absent = any topic (a contact IT added without saying what it is for). */
  topics: z.optional(z.array(z.enum(CONTACT_TOPICS))),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  /** When the phones answer (seed 000: "(12h às 18h)" follows the phone numbers). The e-mail is read at any time. Absent = no published hours. */
  hours: z.optional(OfficeHours),
  /** Where the contact and its hours come from. */
  source: z.optional(Citation),
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
  /** "Abrir o BNMP": where a person signs in to BNMP in this era. */
  loginUrl: url,
  /** Where "Esqueci a senha" lives (the login page, or CNJ Corporativo's own page). */
  passwordResetUrl: url,
  passwordResetSteps: z.array(Step),
  /** Changing a password one still knows (SCA: the gear icon; CNJ Corporativo: "Mudança de Senha"). */
  passwordChangeSteps: z.array(Step),
  accessRequestUrl: url,
  /**
   * Plantão documents must be issued from a "Plantão Judiciário 1º/2º Grau" lotação (BNMP 3.0, Res. CNJ
   * 417/2021 art. 2º §2º as amended by Res. 554/2024); some tribunals subdivide the 1st-grade one by região.
   */
  plantaoJudiciarioLotacoes: z.optional(z.strictObject({ primeiroGrau: z.string(), segundoGrau: z.string(), source: Citation })),
  /** What says this era's dates, addresses and system. */
  sources: z.array(Citation),
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
  /** Where the hours, holidays, recesso and plantão geography come from. */
  sources: z.optional(z.array(Citation)),
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
 * The SAJ screen where a person links their CNJ login to SAJ, as a tribunal documented it for an era
 * (TJMS GPS: menu Criminal → BNMP 2.0 → "Cadastro de Usuário no BNMP…"). Dated, because SAJ menus
 * follow the BNMP version: a description written for BNMP 2.0 is shown in BNMP 3.0 only as such.
 */
export const SajProcedure = z.strictObject({
  /** The era this description was written for: from, and (exclusive) until. */
  from: isoDate,
  until: z.optional(isoDate),
  /** The menu path, as SAJ shows it: "Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…". */
  registrationMenu: z.string(),
  /** The check SAJ offers after saving, when it has one: "teste de comunicação com o BNMP 2.0". */
  communicationTest: z.optional(z.string()),
  source: Citation,
});
export type SajProcedure = z.infer<typeof SajProcedure>;

/** One way to ask for BNMP access in a tribunal: where, who asks, what for. */
export const AccessChannel = z.strictObject({
  /** Where, in words a clerk follows: "Intranet → Corregedoria → Solicitação de Acesso". */
  channel: z.string(),
  url: z.optional(url),
  /** Who asks through it, in words ("o magistrado ou o chefe de cartório"). */
  whoAsks: z.string(),
  /** What it is for, when the tribunal has more than one channel ("novos credenciamentos: outras lotações"). */
  purpose: z.optional(z.string()),
  /** Any servidor asks here for themselves (TJMS: the CGJ page, seed 000 item 1), not only the chefia. */
  selfService: z.optional(z.boolean()),
  source: Citation,
});
export type AccessChannel = z.infer<typeof AccessChannel>;

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
  /** Where signatures to BNMP happen: SAJ (TJMS) or BNMP web directly (TRE-RJ; see tre-rj.ts for why). */
  signingPlace: z.enum(['saj', 'bnmp-web']),
  sajDatabases: z.array(z.string()),
  /** The SAJ registration screen, per era it was documented for; empty when signing happens in BNMP web. */
  sajProcedures: z.array(SajProcedure),
  /** The tribunal's first channel (the one messages name), then `otherChannels`. */
  accessRequest: z.extend(AccessChannel, {
    otherChannels: z.optional(z.array(AccessChannel)),
    /** What happens once access is released, as the tribunal says it (seed 000: an e-mail with login and password). */
    afterRelease: z.optional(z.array(Step)),
  }),
  /** Cargos that may hold BNMP access (TRE-RJ art. 3); absent = no restriction known. */
  allowedCargos: z.optional(z.array(Cargo)),
  allowedCargosSource: z.optional(Citation),
  /** What a person outside the list should do (TRE-RJ: a designation under art. 4º). */
  allowedCargosNote: z.optional(z.string()),
  contacts: z.array(Contact),
  /**
   * Remind the person to check their record every N months. Absent = no reminder: only where a source
   * asks for a periodic review (TRE-RJ art. 7º, III). Never held against a signature.
   */
  reviewIntervalMonths: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(24))),
  /** Whose duty the periodic review is ("administradores regionais do BNMP", article "os"), and where it is written. */
  reviewDuty: z.optional(z.strictObject({ who: z.string(), article: z.optional(z.enum(['a', 'o', 'as', 'os'])), source: Citation })),
  /** The tribunal's own guidance pages (TJMS: its GPS), linked from every guide with the date they were last checked. */
  guidance: z.optional(z.strictObject({ label: z.string(), sources: z.array(z.string()) })),
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
  /** The tribunal's own sources (acts, guide pages); national ones are in lib/tribunals/sources.ts. */
  sources: z.array(Source),
});
export type TribunalProfile = z.infer<typeof TribunalProfile>;
