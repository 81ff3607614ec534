/**
 * The password reset guide as data: which CNJ arrangement applies (BNMP 2.0/SCA until 15/08/2021,
 * CNJ Corporativo after, by the tribunal profile's dated eras), its steps, the lockout rule, and
 * what must be redone afterwards (the SAJ registration, in each SAJ database). Pure.
 *
 * Sources: seed 000 (steps 1–6, "CPF sem traços ou pontos", e-mail to the work address, contacts; the
 * voluntary change in SCA by the gear icon); CNJ news 15/08/2021 (CNJ Corporativo: "Esqueceu sua
 * senha?", "Mudança de Senha"); CNJ news 07/06/2022 (5 wrong passwords lock the account; the reset link
 * unlocks it); TJMS GPS pageId 191890088 (SAJ registration in every database, again after any password
 * change). Each step carries its citation (lib/tribunals/sources.ts).
 */
import type { Person, SajRegistration, StatusFile } from '../status/schema';
import { eraAt, sajProcedureAt } from '../tribunals/era';
import { sajRegistrationSteps } from './saj-registration';
import { sajScreenText } from '../readiness/messages';
import type { CnjEra, Step, TribunalProfile } from '../tribunals/schema';

export { sajRegistrationSteps };
import { localToday } from './local-time';
import { replacePerson } from './person';
import { sameDatabase } from '../tribunals/database-name';

/** Wrong passwords in a row that lock a CNJ account (CNJ news 07/06/2022). */
export const LOCKOUT_ATTEMPTS = 5;

export interface PasswordGuide {
  era: CnjEra;
  /** "SCA/CNJ" or "CNJ Corporativo". */
  system: string;
  /** Where "Esqueci a senha" / "Esqueceu sua senha?" lives. */
  resetUrl: string;
  /** "Abrir o BNMP": the era's BNMP address. */
  loginUrl: string;
  steps: Step[];
  /** Changing a password one still knows: it makes every SAJ registration stale just the same. */
  changeSteps: Step[];
  /** True when the steps ask for the CPF (BNMP 2.0's "Esqueci a senha"): the CPF box sits next to them. */
  asksCpf: boolean;
  lockout: string;
  /** Set when the tribunal's old guide (seed 000) describes an earlier arrangement than today's. */
  eraNote?: string;
  /** SAJ databases where the new password must be entered again; empty when signing happens in BNMP web. */
  sajDatabases: string[];
  sajSteps: Step[];
  /** "no SAJ, menu Criminal → BNMP 2.0 → …" (or, for a menu documented for an earlier era, said so). */
  sajScreen: string;
  /** SAJ's check after saving, when the tribunal documents one ("teste de comunicação com o BNMP 2.0"). */
  sajCommunicationTest?: string;
}

export function passwordGuide(profile: TribunalProfile, now: Date): PasswordGuide {
  const era = eraAt(profile, now);
  const eras = [...profile.cnjEras].sort((a, b) => a.from.localeCompare(b.from)).filter((e) => e.from <= era.from);
  const first = eras[0];
  // When the current account system began: the start of the run of eras that share it.
  let since = era.from;
  for (let i = eras.length - 1; i >= 0 && eras[i]!.accountSystem === era.accountSystem; i--) since = eras[i]!.from;
  const eraNote =
    first && first.accountSystem !== era.accountSystem
      ? `Desde ${formatIsoDate(since)} a senha é a do ${era.accountSystemLabel}. Guias antigos falam do ${first.accountSystemLabel} ` +
        `e do “Esqueci a senha” do BNMP 2.0: aquela tela não vale mais.`
      : undefined;
  const sajDatabases = profile.signingPlace === 'saj' ? profile.sajDatabases : [];
  const procedure = sajProcedureAt(profile, now);
  return {
    era,
    system: era.accountSystemLabel,
    resetUrl: era.passwordResetUrl,
    loginUrl: era.loginUrl,
    steps: era.passwordResetSteps,
    changeSteps: era.passwordChangeSteps,
    asksCpf: era.passwordResetSteps.some((s) => /\bCPF\b/.test(s.text)),
    lockout:
      `Depois de ${LOCKOUT_ATTEMPTS} senhas erradas seguidas, a conta do ${era.accountSystemLabel} fica bloqueada. ` +
      'Se isso já aconteceu, a redefinição pelo link enviado ao e-mail também desbloqueia a conta.',
    ...(eraNote ? { eraNote } : {}),
    sajDatabases,
    sajSteps: sajRegistrationSteps(profile, now),
    sajScreen: sajScreenText(procedure),
    ...(procedure?.procedure.communicationTest ? { sajCommunicationTest: procedure.procedure.communicationTest } : {}),
  };
}

/** "2021-08-15" → "15/08/2021". */
export function formatIsoDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

export { sameDatabase };

export type RegistrationState = 'missing' | 'stale' | 'fresh';

export interface DatabaseRegistration {
  database: string;
  state: RegistrationState;
  /** The latest registration recorded for this database. */
  registeredOn?: string;
}

/**
 * Each SAJ database of the tribunal and whether the person's registration there predates their last
 * password change (the same rule as the guard: same day counts as up to date, the order is unknown).
 */
export function registrationsAfterChange(profile: TribunalProfile, person: Person): DatabaseRegistration[] {
  const changedOn = person.cnjAccount.lastPasswordChangeOn;
  const databases = profile.signingPlace === 'saj' ? profile.sajDatabases : [];
  return databases.map((database) => {
    const latest = person.sajRegistrations
      .filter((r) => sameDatabase(r.database, database))
      .map((r) => r.registeredOn)
      .sort()
      .at(-1);
    if (!latest) return { database, state: 'missing' };
    return { database, state: changedOn && changedOn > latest ? 'stale' : 'fresh', registeredOn: latest };
  });
}

/**
 * "Troquei a senha hoje": records today (the tribunal's date) as the last password change, so the
 * guard flags every SAJ registration made before it until it is redone.
 */
export function recordPasswordChange(file: StatusFile, personId: string, profile: TribunalProfile, now: Date): StatusFile {
  const person = file.people.find((p) => p.id === personId);
  if (!person) return file;
  const today = localToday(now, profile.timeZone);
  return replacePerson(file, { ...person, cnjAccount: { ...person.cnjAccount, lastPasswordChangeOn: today } }, now);
}

/** "Refiz o cadastro nesta base hoje": replaces the database's registration with today's. */
export function recordSajRegistration(file: StatusFile, personId: string, database: string, profile: TribunalProfile, now: Date): StatusFile {
  const person = file.people.find((p) => p.id === personId);
  if (!person) return file;
  const registration: SajRegistration = { database, registeredOn: localToday(now, profile.timeZone) };
  const others = person.sajRegistrations.filter((r) => !sameDatabase(r.database, database));
  return replacePerson(file, { ...person, sajRegistrations: [...others, registration] }, now);
}
