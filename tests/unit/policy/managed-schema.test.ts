import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromeManagedSchema, chromeTypeErrors, type ChromeSchema } from '../../../lib/policy/managed-schema';
import { POLICY_KEYS } from '../../../lib/policy/schema';
import { TribunalProfile } from '../../../lib/tribunals/schema';

const FILE = resolve(import.meta.dirname, '../../../public/managed-schema.json');
const generated = chromeManagedSchema();
if (process.env.SENTINELA_WRITE_SCHEMA === '1') writeFileSync(FILE, `${JSON.stringify(generated, null, 2)}\n`);
const committed = JSON.parse(readFileSync(FILE, 'utf8')) as ChromeSchema;

const CHROME_KEYS = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'patternProperties', 'items', '$ref', 'id', 'enum', 'minimum', 'maximum', 'pattern', 'required']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** Chrome's dialect rules (developer.chrome.com, "Manifest for storage areas"). */
function dialectErrors(node: ChromeSchema, path: string): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(node)) if (!CHROME_KEYS.has(key)) errors.push(`${path}: "${key}" is not in Chrome's dialect`);
  if (!node.type || !CHROME_TYPES.has(node.type)) errors.push(`${path}: needs exactly one known type`);
  for (const [key, child] of Object.entries(node.properties ?? {})) errors.push(...dialectErrors(child, `${path}.${key}`));
  if (node.additionalProperties) errors.push(...dialectErrors(node.additionalProperties, `${path}.*`));
  if (node.items) errors.push(...dialectErrors(node.items, `${path}[]`));
  if ((node.type === 'array') !== !!node.items) errors.push(`${path}: arrays and only arrays have items`);
  return errors;
}

describe('public/managed-schema.json (Chrome/Edge storage.managed_schema)', () => {
  it('is what lib/policy generates (run with SENTINELA_WRITE_SCHEMA=1 to rewrite it)', () => {
    expect(committed).toEqual(generated);
  });

  it('follows Chrome\'s dialect: a typed object at the top with the policy names, no additionalProperties there', () => {
    expect(committed.type).toBe('object');
    expect(committed.additionalProperties).toBeUndefined();
    expect(Object.keys(committed.properties!)).toEqual([...POLICY_KEYS]);
    expect(dialectErrors(committed, '')).toEqual([]);
  });

  it('describes every field of a tribunal profile but its id, with its type', () => {
    const profile = committed.properties!.profiles!.additionalProperties!;
    const shape = (TribunalProfile as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
    expect(Object.keys(profile.properties!).sort()).toEqual(Object.keys(shape).filter((k) => k !== 'id').sort());
    expect(profile.properties!.reviewIntervalMonths).toEqual({ type: 'integer' });
    expect(profile.properties!.contacts!.items!.properties!.hours!.properties!.days).toEqual({ type: 'array', items: { type: 'integer' } });
    expect(profile.properties!.plantao!.properties!.fixedHolidaySince).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
  });

  it('Chrome refuses a value of the wrong type (and Sentinela\'s own checks catch the rest)', () => {
    expect(chromeTypeErrors(committed, { guardEnabled: 'false' })).toEqual(['guardEnabled: esperado boolean, recebido string']);
    expect(chromeTypeErrors(committed, { profiles: { tjms: { reviewIntervalMonths: 2.5 } } })).toEqual([
      'profiles.tjms.reviewIntervalMonths: esperado integer, recebido number',
    ]);
    expect(chromeTypeErrors(committed, { profiles: { tjms: { plantao: { startsAt: '25:00' } } } })).toEqual([]);
  });
});
