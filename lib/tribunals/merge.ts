/**
 * Applying an IT override (part 5: managed policy or imported file) to a tribunal profile.
 *
 * Deep merge, field by field: objects merge per key, arrays and scalars replace, `null` removes an
 * optional field. Each overridden field is validated on its own, so one bad value (a typo in a phone
 * list, "25:00" as a time) is ignored and reported while every other field still applies — an IT
 * policy with one mistake must not switch the whole tribunal back to defaults, nor break the guard.
 */
import * as z from 'zod/mini';
import { TribunalProfile } from './schema';

type DeepPartial<T> = T extends readonly (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

/** What IT may set: any subset of a profile's fields. `null` removes an optional field. */
export type ProfileOverride = DeepPartial<TribunalProfile>;

export interface RejectedOverride {
  /** Dotted path of the overridden field, e.g. "plantao.startsAt". */
  path: string;
  /** pt-BR, why it was ignored. */
  message: string;
}

const pt = z.locales.pt().localeError;
// zod's "pt" locale is European Portuguese and vague for keys; say what is wrong in Brazilian terms.
const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') return `Campo desconhecido: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_key') return issue.issues.map((i) => i.message).join('; ') || 'Chave inválida';
  return pt(issue);
};

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The leaves of the override: where both sides hold an object we descend, anything else replaces. */
function* leaves(override: Plain, base: unknown, path: string[]): Generator<{ path: string[]; value: unknown }> {
  for (const [key, value] of Object.entries(override)) {
    // Own keys only: base["__proto__"] must not look like an object to merge into.
    const baseValue = isPlain(base) && Object.hasOwn(base, key) ? base[key] : undefined;
    if (isPlain(value) && isPlain(baseValue) && !UNSAFE_KEYS.has(key)) yield* leaves(value, baseValue, [...path, key]);
    else yield { path: [...path, key], value };
  }
}

/** A copy of `root` with `value` at `path` (copying only along the path); `null` deletes. */
function setAt(root: Plain, path: string[], value: unknown): Plain {
  const [key, ...rest] = path;
  if (key === undefined) return root;
  const copy: Plain = { ...root };
  if (rest.length > 0) copy[key] = setAt(isPlain(root[key]) ? root[key] : {}, rest, value);
  else if (value === null) delete copy[key];
  else copy[key] = value;
  return copy;
}

function describe(issues: readonly z.core.$ZodIssue[], path: string[]): string {
  return issues
    .map((issue) => {
      const inner = issue.path.slice(path.length);
      const where = inner.map((p, i) => (typeof p === 'number' ? `[${p + 1}º item]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function mergeProfile(
  base: TribunalProfile,
  override: ProfileOverride | undefined,
): { profile: TribunalProfile; rejected: RejectedOverride[] } {
  const rejected: RejectedOverride[] = [];
  if (override === undefined) return { profile: base, rejected };
  if (!isPlain(override)) {
    return { profile: base, rejected: [{ path: '', message: 'Personalização do perfil: esperado um objeto com os campos a mudar' }] };
  }
  let current: Plain = base;
  for (const leaf of leaves(override, base, [])) {
    const dotted = leaf.path.join('.');
    if (leaf.path.some((k) => UNSAFE_KEYS.has(k))) {
      rejected.push({ path: dotted, message: 'Campo não permitido' });
      continue;
    }
    // Validating the whole candidate (profiles are small) also catches what a field means in context,
    // e.g. a required field removed with null, or an object given where the base had none.
    const result = TribunalProfile.safeParse(setAt(current, leaf.path, leaf.value), { error: errorMap });
    if (result.success) current = result.data;
    else rejected.push({ path: dotted, message: describe(result.error.issues, leaf.path) });
  }
  return { profile: current as TribunalProfile, rejected };
}
