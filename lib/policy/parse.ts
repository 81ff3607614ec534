/**
 * Reading a policy as IT wrote it (Chrome/Edge managed storage, Firefox policies.json): every key,
 * every list item and every profile field is checked on its own. What is wrong is left out and
 * reported in pt-BR (path + message) for the options page; the rest applies. Never throws: a policy
 * with one typo must not turn the guard off, nor break it.
 */
import { isKnownTribunal, TRIBUNALS } from '../tribunals';
import { mergeProfile, type ProfileOverride } from '../tribunals/merge';
import { normalizeHostPattern } from './host-pattern';
import { GuardEnabled, HostEntry, LOCKABLE_FIELDS, LockedFieldSchema, POLICY_KEYS, TribunalId, type LockedField, type Policy } from './schema';

export interface PolicyNotice {
  /** Where in the policy, dotted: "extraSajHosts", "profiles.tjms.plantao.startsAt". */
  path: string;
  /** pt-BR: what was wrong and that it was ignored. */
  message: string;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const KNOWN_IDS = () => Object.keys(TRIBUNALS).join(', ');
const ordinal = (i: number) => `${i + 1}º item`;

export function parsePolicy(raw: unknown): { policy: Policy; notices: PolicyNotice[] } {
  const notices: PolicyNotice[] = [];
  const policy: Policy = {};
  if (raw === undefined || raw === null) return { policy, notices };
  if (!isPlain(raw)) {
    notices.push({ path: '', message: 'Política ignorada: esperado um objeto com as chaves ' + POLICY_KEYS.join(', ') });
    return { policy, notices };
  }
  for (const key of Object.keys(raw)) {
    try {
      readKey(key, raw[key], policy, notices);
    } catch (error) {
      // Nothing above should throw; if it does, that key is ignored like any other bad value.
      notices.push({ path: key, message: `Valor ignorado: não foi possível lê-lo (${String(error)})` });
    }
  }
  return { policy, notices };
}

function readKey(key: string, value: unknown, policy: Policy, notices: PolicyNotice[]): void {
  const note = (message: string, path = key): void => {
    notices.push({ path, message });
  };
  switch (key) {
    case 'guardEnabled':
    case 'bnmpWebEnabled': {
      // Windows registry policies arrive as REG_DWORD 0/1 when an admin skips the schema's type.
      const v = value === 0 || value === 1 ? value === 1 : value;
      if (GuardEnabled.safeParse(v).success) policy[key] = v as boolean;
      else note('Valor ignorado: use true (guarda ligada) ou false (desligada)');
      return;
    }
    case 'extraBnmpWebHosts': {
      const hosts = readHosts(value, (message) => note(message));
      if (hosts) policy.extraBnmpWebHosts = hosts;
      return;
    }
    case 'tribunal': {
      if (!TribunalId.safeParse(value).success) return note(`Valor ignorado: use o identificador de um tribunal (${KNOWN_IDS()})`);
      if (!isKnownTribunal(value as string)) return note(`Tribunal desconhecido: "${String(value)}". Use um de: ${KNOWN_IDS()}`);
      policy.tribunal = value as string;
      return;
    }
    case 'lockedFields': {
      if (!Array.isArray(value)) return note(`Valor ignorado: esperada uma lista de campos (${LOCKABLE_FIELDS.join(', ')})`);
      const fields = new Set<LockedField>();
      value.forEach((item, i) => {
        if (LockedFieldSchema.safeParse(item).success) fields.add(item as LockedField);
        else note(`${ordinal(i)} ignorado: campo desconhecido ${JSON.stringify(item)}. Use um de: ${LOCKABLE_FIELDS.join(', ')}`);
      });
      policy.lockedFields = [...fields];
      return;
    }
    case 'extraSajHosts': {
      const hosts = readHosts(value, (message) => note(message));
      if (hosts) policy.extraSajHosts = hosts;
      return;
    }
    case 'profiles': {
      if (!isPlain(value)) return note('Valor ignorado: esperado um objeto com um perfil por tribunal, como {"tjms": {…}}');
      const profiles: Record<string, ProfileOverride> = {};
      for (const [id, override] of Object.entries(value)) {
        const path = `profiles.${id}`;
        if (!isKnownTribunal(id)) {
          note(`Perfil ignorado: tribunal desconhecido "${id}". Use um de: ${KNOWN_IDS()}`, path);
          continue;
        }
        if (!isPlain(override)) {
          note('Perfil ignorado: esperado um objeto com os campos a mudar', path);
          continue;
        }
        const checked = checkProfileOverride(id, override, notices);
        if (Object.keys(checked).length > 0) profiles[id] = checked;
      }
      policy.profiles = profiles;
      return;
    }
    default:
      note('Campo desconhecido, ignorado');
  }
}

/** A list of hosts, item by item; undefined when the value is not a list at all. */
function readHosts(value: unknown, note: (message: string) => void): string[] | undefined {
  if (!Array.isArray(value)) {
    note('Valor ignorado: esperada uma lista de endereços, como ["esaj.intranet.tjxx.jus.br"]');
    return undefined;
  }
  const hosts: string[] = [];
  value.forEach((item, i) => {
    const result = HostEntry.safeParse(item).success ? normalizeHostPattern(item) : ({ ok: false, message: 'informe o endereço como texto' } as const);
    if (!result.ok) note(`${ordinal(i)} ignorado (${JSON.stringify(item)}): ${result.message}`);
    else if (!hosts.includes(result.pattern)) hosts.push(result.pattern);
  });
  return hosts;
}

/**
 * The override with what can never apply removed (the profile id; host entries that are not hosts),
 * and every field mergeProfile would reject reported. Rejected fields stay in the override:
 * mergeProfile skips them again when the profile is built (./effective.ts).
 */
function checkProfileOverride(id: string, override: Plain, notices: PolicyNotice[]): ProfileOverride {
  const path = `profiles.${id}`;
  const checked: Plain = {};
  for (const [field, value] of Object.entries(override)) {
    if (field === 'id') {
      notices.push({ path: `${path}.id`, message: 'Campo ignorado: o identificador do perfil não pode ser mudado' });
    } else if (field === 'sajHosts' && Array.isArray(value)) {
      checked[field] = readHosts(value, (message) => notices.push({ path: `${path}.sajHosts`, message }));
    } else {
      checked[field] = value;
    }
  }
  const { rejected } = mergeProfile(TRIBUNALS[id]!, checked as ProfileOverride);
  for (const r of rejected) notices.push({ path: r.path ? `${path}.${r.path}` : path, message: `Valor ignorado: ${r.message}` });
  return checked as ProfileOverride;
}
