/**
 * Chrome's `storage.managed_schema` (public/managed-schema.json), generated from the zod schemas so
 * the two cannot drift: tests/unit/policy/managed-schema.test.ts compares the committed file with
 * `chromeManagedSchema()` and rewrites it when SENTINELA_WRITE_SCHEMA=1. Pure; not shipped in a bundle.
 *
 * Chrome's dialect: every node has exactly one `type` (or `$ref`); the top level is an object
 * without `additionalProperties`, whose properties are the policy names. Chrome drops a whole
 * top-level policy whose value does not fit its schema (chrome://policy shows the error), so the
 * schema states types and structure only; formats ("HH:MM", dates, known values) are checked by
 * Sentinela field by field, and what fails is ignored with a notice instead of taking the rest with it.
 */
import type * as z from 'zod/mini';
import { TribunalProfile } from '../tribunals/schema';
import { POLICY_DESCRIPTIONS, POLICY_KEYS, type PolicyKey } from './schema';

export interface ChromeSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The Chrome schema of a zod schema, with every object key optional (overrides name only what changes). */
export function chromeSchemaOf(schema: z.ZodMiniType): ChromeSchema {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return chromeSchemaOf(def.innerType!);
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, chromeSchemaOf(value)])),
      };
    case 'record':
      return { type: 'object', additionalProperties: chromeSchemaOf(def.valueType!) };
    case 'array':
      return { type: 'array', items: chromeSchemaOf(def.element!) };
    case 'enum':
      // Known values are checked by Sentinela (a wrong one is ignored alone, with a notice).
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      return { type: 'string' };
    case 'number': {
      // Ranges are checked by Sentinela too; only integer-ness is structure.
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      return { type: checks.some((c) => c.check === 'number_format' && c.format === 'safeint') ? 'integer' : 'number' };
    }
    default:
      throw new Error(`managed schema: no Chrome equivalent for zod type "${def.type}"`);
  }
}

export function chromeManagedSchema(): { type: 'object'; properties: Record<PolicyKey, ChromeSchema> } {
  const profileOverride = chromeSchemaOf(TribunalProfile as unknown as z.ZodMiniType);
  // The id names the profile; it cannot be overridden (lib/policy/parse.ts).
  delete profileOverride.properties!.id;
  const node: Record<PolicyKey, ChromeSchema> = {
    guardEnabled: { type: 'boolean' },
    tribunal: { type: 'string' },
    lockedFields: { type: 'array', items: { type: 'string' } },
    extraSajHosts: { type: 'array', items: { type: 'string' } },
    profiles: { type: 'object', additionalProperties: profileOverride },
    bnmpWebEnabled: { type: 'boolean' },
    extraBnmpWebHosts: { type: 'array', items: { type: 'string' } },
  };
  return {
    type: 'object',
    properties: Object.fromEntries(POLICY_KEYS.map((key) => [key, { ...POLICY_DESCRIPTIONS[key], ...node[key] }])) as Record<
      PolicyKey,
      ChromeSchema
    >,
  };
}

/**
 * What Chrome would refuse in `value` under `schema`: type and structure only (Chrome lets unknown
 * keys through). Used by the tests to check the policies in docs/deploy.md.
 */
export function chromeTypeErrors(schema: ChromeSchema, value: unknown, path = ''): string[] {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const fits = schema.type === 'integer' ? Number.isInteger(value) : schema.type === kind;
  if (!fits) return [`${path || '(raiz)'}: esperado ${schema.type}, recebido ${kind}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => chromeTypeErrors(schema.items!, item, `${path}[${i}]`));
  if (kind !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const childSchema = schema.properties?.[key] ?? schema.additionalProperties;
    return childSchema ? chromeTypeErrors(childSchema, child, path ? `${path}.${key}` : key) : [];
  });
}
