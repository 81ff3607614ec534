/**
 * Person fields IT locked (policy `lockedFields`), as the options page meets them: which fields the
 * form shows read-only, the stored values a save keeps, and what a save or an import would change
 * against the policy (lib/policy/effective.ts `lockedChanges` decides; this applies it). Pure.
 */
import { lockedChanges, managedPersonValues, type EffectivePolicy } from '../policy/effective';
import { LOCKED_FIELD_LABELS, type LockedField } from '../policy/schema';
import { samePerson } from '../status/people';
import type { Person, StatusFile } from '../status/schema';

/** The lockable fields that belong to a person (`sajHosts` is the user's host list, not a person field). */
export type PersonLockedField = Exclude<LockedField, 'sajHosts'>;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The fields the form shows read-only: locked by IT and already filled in the stored person (a new
 * person's fields stay open, so they can be recorded), plus the tribunal whenever IT fixed it.
 */
export function readOnlyFields(effective: EffectivePolicy, stored: Person | undefined): ReadonlySet<PersonLockedField> {
  const fields = new Set<PersonLockedField>();
  const managed = managedPersonValues(effective);
  for (const field of effective.lockedFields) {
    if (field === 'sajHosts') continue;
    if (field === 'tribunal' && managed.tribunal !== undefined) fields.add(field);
    else if (stored && !isEmpty(stored[field])) fields.add(field);
  }
  return fields;
}

/**
 * `person` with every read-only field set back to the stored value (or IT's tribunal). What the
 * form sends then matches the stored person exactly on those fields, whatever round trip the
 * form's text went through.
 */
export function keepLockedValues(effective: EffectivePolicy, stored: Person | undefined, person: Person): Person {
  const managed = managedPersonValues(effective);
  const kept: Record<string, unknown> = { ...person };
  for (const field of readOnlyFields(effective, stored)) {
    if (field === 'tribunal' && managed.tribunal !== undefined) kept.tribunal = managed.tribunal;
    else if (stored) kept[field] = stored[field];
  }
  return kept as unknown as Person;
}

/** "Cargo, CPF": the fields as the options page names them, in the policy's order. */
export function lockedFieldNames(fields: readonly LockedField[]): string {
  return fields.map((f) => LOCKED_FIELD_LABELS[f]).join(', ');
}

export interface LockedImportChange {
  /** Index of the person in the imported file. */
  index: number;
  name: string;
  fields: LockedField[];
}

/**
 * The imported people that would change a locked field of the person they update (or, for a new
 * person, differ from the tribunal IT fixed). Matching is the import's own: by person in a merge,
 * by id and then by person in a replace. People already stored and not in the file are not judged:
 * an import cannot be refused for what it does not touch. Empty = the import may go on.
 */
export function importLockedChanges(
  effective: EffectivePolicy,
  current: StatusFile,
  incoming: StatusFile,
  mode: 'replace' | 'merge',
): LockedImportChange[] {
  if (effective.lockedFields.length === 0) return [];
  const changes: LockedImportChange[] = [];
  incoming.people.forEach((person, index) => {
    const before =
      mode === 'merge'
        ? current.people.find((p) => samePerson(p, person))
        : (current.people.find((p) => p.id === person.id) ?? current.people.find((p) => samePerson(p, person)));
    const fields = lockedChanges(effective, before, before ? { ...person, id: before.id } : person);
    if (fields.length > 0) changes.push({ index, name: person.name, fields });
  });
  return changes;
}
