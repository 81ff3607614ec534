/**
 * The person form's working copy. Forms hold text as typed (a CPF with dots, an empty date, a
 * date-time on the tribunal's wall clock); `draftToPerson` turns it into the stored shape and the
 * schema judges it. Errors come back keyed by field path inside the person (`lotacoes[2].status`),
 * so each shows next to its field.
 */
import type { Cargo, CnjAccount, LotacaoStatus, Person, StatusFile } from '../status/schema';
import { PLANTAO_KINDS } from '../status/schema';
import { cpfDigits, cpfError, formatCpf } from '../status/cpf';
import { newPersonId, upsertPerson } from '../status/people';
import { type FieldError, validateStatusFile } from '../status/parse';
import { EMPTY_POLICY, profileOf as effectiveProfileOf, withManagedValues, type EffectivePolicy } from '../policy/effective';
import { tribunalIdOf } from '../guides/person';
import { DEFAULT_TRIBUNAL_ID, eraAt } from '../tribunals';
import type { TribunalProfile } from '../tribunals/schema';
import { fromLocalInput, toLocalInput } from './datetime';
import { sameDatabase } from '../tribunals/database-name';

export { tribunalIdOf };

type PlantaoKind = (typeof PLANTAO_KINDS)[number];

export interface LotacaoDraft {
  key: string;
  name: string;
  code: string;
  status: LotacaoStatus;
  requestedOn: string;
  grantedOn: string;
  revokedOn: string;
  plantao: PlantaoKind | '';
  /** BNMP web's órgão list did not show it (lib/status/bnmp-update.ts); '' = not marked. */
  missingInBnmpOn: string;
}

export interface PlantaoDraft {
  key: string;
  /** "2026-11-21T19:00", on the tribunal's wall clock. */
  start: string;
  end: string;
  comarca: string;
}

export interface SajRegistrationDraft {
  key: string;
  database: string;
  registeredOn: string;
}

export interface PersonDraft {
  id: string;
  name: string;
  sajLogin: string;
  /** As typed: any formatting. */
  cpf: string;
  cargo: Cargo | '';
  tribunal: string;
  cnjAccount: {
    system: CnjAccount['system'];
    status: CnjAccount['status'];
    requestedOn: string;
    confirmedOn: string;
    lastPasswordChangeOn: string;
  };
  sajRegistrations: SajRegistrationDraft[];
  lotacoes: LotacaoDraft[];
  plantoes: PlantaoDraft[];
  lastReviewOn: string;
}

let keys = 0;
/** React keys for rows; never stored. */
export const rowKey = (): string => `row-${++keys}`;

/** The profile of a tribunal (stored value or id) with IT's overrides; unknown: the installation's tribunal. */
export function profileOf(tribunal: string, effective: EffectivePolicy = EMPTY_POLICY): TribunalProfile {
  return effectiveProfileOf(effective, tribunalIdOf(tribunal));
}

/**
 * A new person: nothing assumed but the tribunal (the installation's, which IT may set) and the
 * CNJ system of today's era.
 */
export function blankDraft(now: Date = new Date(), tribunal: string = DEFAULT_TRIBUNAL_ID, effective: EffectivePolicy = EMPTY_POLICY): PersonDraft {
  return {
    id: newPersonId(),
    name: '',
    sajLogin: '',
    cpf: '',
    cargo: '',
    tribunal,
    cnjAccount: { system: eraAt(profileOf(tribunal, effective), now).accountSystem, status: 'nao_solicitado', requestedOn: '', confirmedOn: '', lastPasswordChangeOn: '' },
    sajRegistrations: [],
    lotacoes: [],
    plantoes: [],
    lastReviewOn: '',
  };
}

export function blankLotacao(): LotacaoDraft {
  return { key: rowKey(), name: '', code: '', status: 'ativa', requestedOn: '', grantedOn: '', revokedOn: '', plantao: '', missingInBnmpOn: '' };
}

export function blankPlantao(): PlantaoDraft {
  return { key: rowKey(), start: '', end: '', comarca: '' };
}

/** The form's copy of a stored person; a tribunal IT fixed replaces the stored one. */
export function personToDraft(stored: Person, effective: EffectivePolicy = EMPTY_POLICY): PersonDraft {
  const person = withManagedValues(effective, stored);
  const timeZone = profileOf(person.tribunal, effective).timeZone;
  const a = person.cnjAccount;
  return {
    id: person.id,
    name: person.name,
    sajLogin: person.sajLogin,
    cpf: person.cpf ? formatCpf(person.cpf) : '',
    cargo: person.cargo,
    tribunal: tribunalIdOf(person.tribunal),
    cnjAccount: {
      system: a.system,
      status: a.status,
      requestedOn: a.requestedOn ?? '',
      confirmedOn: a.confirmedOn ?? '',
      lastPasswordChangeOn: a.lastPasswordChangeOn ?? '',
    },
    sajRegistrations: person.sajRegistrations.map((r) => ({ key: rowKey(), database: r.database, registeredOn: r.registeredOn })),
    lotacoes: person.lotacoes.map((l) => ({
      key: rowKey(),
      name: l.name,
      code: l.code ?? '',
      status: l.status,
      requestedOn: l.requestedOn ?? '',
      grantedOn: l.grantedOn ?? '',
      revokedOn: l.revokedOn ?? '',
      plantao: l.plantao ?? '',
      missingInBnmpOn: l.missingInBnmpOn ?? '',
    })),
    plantoes: person.plantoes.map((p) => ({
      key: rowKey(),
      start: toLocalInput(p.start, timeZone),
      end: toLocalInput(p.end, timeZone),
      comarca: p.comarca,
    })),
    lastReviewOn: person.lastReviewOn ?? '',
  };
}

/** Optional fields are omitted when blank, never stored as "". */
function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  const v = value.trim();
  return (v === '' ? {} : { [key]: v }) as { [P in K]?: string };
}

/**
 * The stored shape of a draft (not yet validated), and the errors found before the schema could
 * judge: a CPF or a date-time the schema would only call "invalid format".
 */
export function draftToPerson(draft: PersonDraft, effective: EffectivePolicy = EMPTY_POLICY): { person: Person; errors: FieldError[] } {
  const errors: FieldError[] = [];
  // The same clock personToDraft used, so an untouched plantão comes back unchanged.
  const timeZone = profileOf(draft.tribunal, effective).timeZone;

  let cpf: { cpf?: string } = {};
  if (draft.cpf.trim() !== '') {
    const problem = cpfError(draft.cpf);
    if (problem) errors.push({ path: 'cpf', message: problem });
    else cpf = { cpf: cpfDigits(draft.cpf) };
  }

  const plantoes = draft.plantoes.map((p, i) => {
    const at = (field: 'start' | 'end', label: string) => {
      if (p[field].trim() === '') {
        errors.push({ path: `plantoes[${i}].${field}`, message: `${label}: informe a data e a hora` });
        return '';
      }
      const iso = fromLocalInput(p[field], timeZone);
      if (!iso) errors.push({ path: `plantoes[${i}].${field}`, message: `${label}: data e hora inválidas` });
      return iso ?? '';
    };
    return { start: at('start', 'Plantão, início'), end: at('end', 'Plantão, fim'), comarca: p.comarca };
  });

  const a = draft.cnjAccount;
  const person = {
    id: draft.id,
    name: draft.name,
    sajLogin: draft.sajLogin,
    ...cpf,
    // An unchosen cargo goes to the schema as missing, so its own message ("escolha um dos cargos") shows.
    ...(draft.cargo === '' ? {} : { cargo: draft.cargo }),
    tribunal: draft.tribunal,
    cnjAccount: {
      system: a.system,
      status: a.status,
      ...optional('requestedOn', a.requestedOn),
      ...optional('confirmedOn', a.confirmedOn),
      ...optional('lastPasswordChangeOn', a.lastPasswordChangeOn),
    },
    sajRegistrations: draft.sajRegistrations.map((r) => ({ database: r.database, registeredOn: r.registeredOn })),
    lotacoes: draft.lotacoes.map((l) => ({
      name: l.name,
      ...optional('code', l.code),
      status: l.status,
      ...optional('requestedOn', l.requestedOn),
      ...optional('grantedOn', l.grantedOn),
      ...optional('revokedOn', l.revokedOn),
      ...(l.plantao === '' ? {} : { plantao: l.plantao }),
      ...optional('missingInBnmpOn', l.missingInBnmpOn),
    })),
    plantoes,
    ...optional('lastReviewOn', draft.lastReviewOn),
  } as Person;
  return { person, errors };
}

export type DraftCheck = { ok: true; person: Person; file: StatusFile } | { ok: false; errors: Map<string, string[]> };

/**
 * Would saving this draft into `file` be accepted? Runs the same validation `saveStatus` runs, so
 * what the form shows is what storage would say. Errors are keyed by path inside the person; errors
 * about the file as a whole go under ''.
 */
export function checkDraft(file: StatusFile, draft: PersonDraft, effective: EffectivePolicy = EMPTY_POLICY): DraftCheck {
  const { person, errors: early } = draftToPerson(draft, effective);
  const next = upsertPerson(file, person);
  const index = next.people.findIndex((p) => p.id === person.id);
  const checked = validateStatusFile(next);
  const prefix = `people[${index}]`;
  const schemaErrors = checked.ok
    ? []
    : checked.errors.map((e) => (e.path === prefix ? { ...e, path: '' } : e.path.startsWith(`${prefix}.`) ? { ...e, path: e.path.slice(prefix.length + 1) } : e));
  // A field with an early error (a typed CPF, a date-time) would only repeat it in the schema's words.
  const earlyPaths = new Set(early.map((e) => e.path));
  const all = [...early, ...schemaErrors.filter((e) => !earlyPaths.has(e.path))];
  if (all.length === 0 && checked.ok) {
    const stored = checked.value.people[index];
    if (stored) return { ok: true, person: stored, file: checked.value };
  }
  const byPath = new Map<string, string[]>();
  for (const e of all) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  return { ok: false, errors: byPath };
}

export { sameDatabase };

/** Sets (or, with '', removes) the registration date of `database` in the draft. */
export function setRegistration(draft: PersonDraft, database: string, registeredOn: string): PersonDraft {
  const index = draft.sajRegistrations.findIndex((r) => sameDatabase(r.database, database));
  const rows = [...draft.sajRegistrations];
  if (registeredOn === '') {
    if (index !== -1) rows.splice(index, 1);
  } else if (index === -1) rows.push({ key: rowKey(), database, registeredOn });
  else rows[index] = { ...rows[index]!, registeredOn };
  return { ...draft, sajRegistrations: rows };
}
