/**
 * Turns Zod issues into errors a person can act on: where (`people[0].lotacoes[2].status`)
 * and, in pt-BR, what is wrong and what is expected. Schema messages (schema.ts) win; this
 * file only supplies the pt-BR fallback for Zod's generic English ones. Light on purpose: it
 * ends up in the content script.
 */
import type * as z from 'zod/mini';

export interface FieldError {
  /** Where in the file, e.g. `people[0].lotacoes[2].status`; '' for the file as a whole. */
  path: string;
  /** pt-BR: what is wrong and what is expected. */
  message: string;
}

/** `['people', 0, 'lotacoes', 2, 'status']` → `people[0].lotacoes[2].status`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Keys that look like a password or another secret: named in the error so nobody thinks it was kept. */
const SECRET_KEY = /senha|password|passwd|pwd|secret|segredo|token|pin$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function unknownKeyMessage(rawKey: string): string {
  // The key comes from an imported file: keep it short and printable.
  const key = rawKey.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 60);
  return isSecretKey(key)
    ? `campo não permitido: ${key}. O Sentinela nunca aceita nem guarda senhas; apague este campo`
    : `campo não permitido: ${key}. Apague este campo ou confira se o arquivo é do Sentinela`;
}

/** pt-BR names of the fields, by key; "parent.key" entries win when one key means two things. */
const LABELS: Record<string, string> = {
  format: 'Formato',
  version: 'Versão',
  people: 'Pessoas',
  'people[]': 'Pessoa',
  meId: 'Pessoa "eu"',
  updatedAt: 'Atualizado em',
  id: 'Identificador',
  name: 'Nome',
  'lotacoes[].name': 'Lotação, nome',
  sajLogin: 'Login do SAJ',
  cpf: 'CPF',
  cargo: 'Cargo',
  tribunal: 'Tribunal',
  cnjAccount: 'Conta CNJ',
  'cnjAccount.status': 'Conta CNJ, situação',
  'cnjAccount.requestedOn': 'Conta CNJ, data da solicitação',
  system: 'Conta CNJ, sistema',
  confirmedOn: 'Conta CNJ, data da confirmação',
  lastPasswordChangeOn: 'Conta CNJ, última troca de senha',
  sajRegistrations: 'Cadastros no SAJ',
  'sajRegistrations[]': 'Cadastro no SAJ',
  database: 'Cadastro no SAJ, base',
  registeredOn: 'Cadastro no SAJ, data',
  lotacoes: 'Lotações',
  'lotacoes[]': 'Lotação',
  'lotacoes[].status': 'Lotação, situação',
  'lotacoes[].requestedOn': 'Lotação, data da solicitação',
  code: 'Lotação, código',
  grantedOn: 'Lotação, data da concessão',
  revokedOn: 'Lotação, data da revogação',
  plantao: 'Lotação de plantão',
  plantoes: 'Plantões',
  'plantoes[]': 'Plantão',
  start: 'Plantão, início',
  end: 'Plantão, fim',
  comarca: 'Plantão, comarca',
  lastReviewOn: 'Última revisão',
};

function fieldLabel(path: readonly PropertyKey[]): string {
  const names = path.map((k) => (typeof k === 'number' ? '[]' : String(k)));
  // Fold indexes into their array's name: ['lotacoes', '[]', 'status'] → ['lotacoes[]', 'status'].
  const parts: string[] = [];
  for (const n of names) {
    if (n === '[]' && parts.length > 0) parts[parts.length - 1] += '[]';
    else parts.push(n);
  }
  const last = parts.at(-1);
  if (last === undefined) return 'Arquivo';
  const parent = parts.at(-2);
  return (parent && LABELS[`${parent}.${last}`]) ?? LABELS[last] ?? last;
}

function describeType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'um texto';
    case 'number':
    case 'int':
      return 'um número';
    case 'boolean':
      return 'sim ou não (true/false)';
    case 'array':
      return 'uma lista [ … ]';
    case 'object':
      return 'um objeto { … }';
    default:
      return expected;
  }
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'nada';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'uma lista';
  switch (typeof input) {
    case 'string':
      return input.length > 40 ? 'um texto' : `o texto "${input}"`;
    case 'number':
      return `o número ${input}`;
    case 'boolean':
      return input ? 'true' : 'false';
    case 'object':
      return 'um objeto';
    default:
      return typeof input;
  }
}

/**
 * Per-parse Zod error map: used only where schema.ts gave no message of its own.
 * Pass it as `schema.safeParse(value, { error: ptBrErrorMap })`.
 */
export function ptBrErrorMap(issue: z.core.$ZodRawIssue): string {
  const label = fieldLabel(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${label}: campo obrigatório; esperado ${describeType(issue.expected)}`
        : `${label}: esperado ${describeType(issue.expected)}, mas veio ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      // Split per key in `toFieldErrors`; this message is only a fallback.
      return issue.keys.map(unknownKeyMessage).join('; ');
    case 'invalid_value':
      return `${label}: valor não aceito (${describeValue(issue.input)}); use ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `${label}: formato inválido (${describeValue(issue.input)})`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${label}: no mínimo ${String(issue.minimum)} caracteres`
        : `${label}: no mínimo ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${label}: no máximo ${String(issue.maximum)} caracteres`
        : `${label}: no máximo ${String(issue.maximum)}`;
    default:
      return `${label}: valor inválido`;
  }
}

/** Zod's final issues → FieldErrors, one per unknown key so each can be pointed at. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: formatPath([...issue.path, key]), message: unknownKeyMessage(key) });
      }
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return errors;
}
