/**
 * Learning from what BNMP 3.0 web shows, with consent. The toolbar's órgão selector lists the units
 * CNJ lets the logged person act in; being logged in proves the CNJ account works. This file says
 * what that would change in the person's record — units to add as active, recorded units to mark
 * for review (never deleted), the account to mark confirmed — so the page can show it before anything
 * changes, and applies exactly that. Only unit names are kept. Pure.
 */
import type { LockedField } from '../policy/schema';
import { parsePlantaoUnit, unitCovers } from '../tribunals/bnmp-unit';
import { MAGISTRATE_CARGOS, type Lotacao, type Person } from './schema';

/** A list longer than this is not a person's own lotações (a whole tribunal's units): units are not learned from it. */
export const MAX_LEARNED_UNITS = 40;

export interface BnmpStatusUpdate {
  personId: string;
  /** Units BNMP lists that the record lacks: added as `ativa` (names as BNMP writes them). */
  add: string[];
  /** Recorded lotações BNMP lists that are not recorded as `ativa`: they become `ativa` (recorded names). */
  activate: string[];
  /** Recorded `ativa` lotações BNMP does not list: marked for review with today's date (recorded names). */
  markForReview: string[];
  /** Lotações marked earlier that BNMP lists again: the mark goes (recorded names). */
  unmark: string[];
  /** The record says the CNJ account is not confirmed: being logged in to BNMP proves it is. */
  confirmAccount: boolean;
}

export function isEmptyUpdate(update: BnmpStatusUpdate): boolean {
  return !update.confirmAccount && update.add.length + update.activate.length + update.markForReview.length + update.unmark.length === 0;
}

/**
 * What BNMP's list (`shownUnits`; undefined when it was not read) would change for `person`. Units
 * are left alone for magistrates (BNMP lets them act in any unit of their tribunal, so the list is not
 * their lotações), for a list longer than MAX_LEARNED_UNITS, and when IT locked the field.
 */
export function planBnmpUpdate(person: Person, shownUnits: readonly string[] | undefined, locked: readonly LockedField[] = []): BnmpStatusUpdate {
  const update: BnmpStatusUpdate = { personId: person.id, add: [], activate: [], markForReview: [], unmark: [], confirmAccount: false };
  update.confirmAccount = person.cnjAccount.status !== 'confirmado' && !locked.includes('cnjAccount');
  const learnUnits =
    shownUnits !== undefined &&
    shownUnits.length > 0 &&
    shownUnits.length <= MAX_LEARNED_UNITS &&
    !MAGISTRATE_CARGOS.includes(person.cargo) &&
    !(locked.includes('lotacoes') && person.lotacoes.length > 0);
  if (!learnUnits) return update;

  for (const shown of shownUnits) {
    const records = person.lotacoes.filter((l) => unitCovers(l.name, shown));
    if (records.length === 0) {
      if (!update.add.some((name) => unitCovers(name, shown))) update.add.push(shown);
    } else if (!records.some((l) => l.status === 'ativa')) {
      const record = records[0]!;
      if (!update.activate.includes(record.name)) update.activate.push(record.name);
    }
  }
  for (const l of person.lotacoes) {
    const listed = shownUnits.some((shown) => unitCovers(l.name, shown));
    if (!listed && l.status === 'ativa' && l.missingInBnmpOn === undefined) update.markForReview.push(l.name);
    if (listed && l.missingInBnmpOn !== undefined) update.unmark.push(l.name);
  }
  return update;
}

/** The person with `update` applied; `today` is the tribunal's local date (AAAA-MM-DD). */
export function applyBnmpUpdate(person: Person, update: BnmpStatusUpdate, today: string): Person {
  const lotacoes: Lotacao[] = person.lotacoes.map((l) => {
    let next: Lotacao = l;
    if (update.activate.includes(l.name)) next = { ...next, status: 'ativa' };
    if (update.markForReview.includes(l.name)) next = { ...next, missingInBnmpOn: today };
    if (update.unmark.includes(l.name) || update.activate.includes(l.name)) {
      const { missingInBnmpOn: _gone, ...rest } = next;
      next = rest;
    }
    return next;
  });
  for (const name of update.add) {
    const plantao = parsePlantaoUnit(name)?.judiciario ? { plantao: 'plantao_judiciario' as const } : {};
    lotacoes.push({ name: name.slice(0, 200), status: 'ativa', ...plantao });
  }
  const cnjAccount = update.confirmAccount
    ? { ...person.cnjAccount, system: 'corporativo' as const, status: 'confirmado' as const, confirmedOn: person.cnjAccount.confirmedOn ?? today }
    : person.cnjAccount;
  return { ...person, lotacoes, cnjAccount };
}
