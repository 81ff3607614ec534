/** docs/data-format.md must describe the schema as it is: these tests fail when they drift apart. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { parseStatusJson, serializeStatusFile } from '../../../lib/status/parse';
import {
  CARGO_LABELS,
  CARGOS,
  CNJ_ACCOUNT_STATUSES,
  CnjAccount,
  CURRENT_VERSION,
  LOTACAO_STATUSES,
  Lotacao,
  Person,
  PLANTAO_KINDS,
  PlantaoAssignment,
  SajRegistration,
  StatusFile,
} from '../../../lib/status/schema';
import { WarningHistoryEntry } from '../../../lib/storage/status';
import { example } from './examples/v002';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/data-format.md', import.meta.url)), 'utf8');
const shapeKeys = (schema: z.core.$ZodType) => Object.keys((schema._zod.def as unknown as { shape: object }).shape);

describe('docs/data-format.md', () => {
  it('prints the complete example exactly as an export writes it, and it imports', () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBe(serializeStatusFile(example as StatusFile));
    expect(parseStatusJson(block ?? '')).toEqual({ ok: true, value: example });
  });

  it.each([
    ['the file', StatusFile],
    ['a person', Person],
    ['the CNJ account', CnjAccount],
    ['a SAJ registration', SajRegistration],
    ['a lotação', Lotacao],
    ['a plantão', PlantaoAssignment],
  ])('documents every field of %s in a table row', (_what, schema) => {
    for (const key of shapeKeys(schema)) expect(doc).toContain(`| \`${key}\` |`);
  });

  it('documents every allowed value', () => {
    for (const value of [...CARGOS, ...CNJ_ACCOUNT_STATUSES, ...LOTACAO_STATUSES, ...PLANTAO_KINDS, 'sca', 'corporativo']) {
      expect(doc).toContain(`\`${value}\``);
    }
  });

  it('shows the cargo labels the product shows', () => {
    for (const cargo of CARGOS) expect(doc).toContain(`| \`${cargo}\` | ${CARGO_LABELS[cargo]} |`);
  });

  it('names the current version and every history field', () => {
    expect(doc).toContain(`| ${CURRENT_VERSION} (current) |`);
    for (const key of shapeKeys(WarningHistoryEntry)) expect(doc).toContain(`\`${key}`);
  });

  it('says the format cannot hold a password', () => {
    expect(doc).toMatch(/\*\*The format cannot hold a password\.\*\*/);
  });
});
