/**
 * Import, as a property: whatever text a person feeds the options page, either it is imported and
 * the export of what was stored imports back to the very same export, or it is refused and storage
 * is byte-for-byte what it was.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { serializeStatusFile } from '../../../lib/status/parse';
import type { StatusFile } from '../../../lib/status/schema';
import { importStatus, statusItem } from '../../../lib/storage/status';
import { statusExport } from '../../../lib/ui/files';
import { statusFileArb } from '../status/arbitraries';
import { example } from '../status/examples/v002';

const local = fakeBrowser.storage.local;
const snapshot = async () => JSON.stringify(await local.get(null));

/** A JSON value that may be anything at all. */
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A valid file with one thing changed, the way hand edits and other programs break files. */
const mutated = fc
  .tuple(statusFileArb, fc.constantFrom('drop', 'set', 'add', 'secret'), fc.nat(), anyJson, fc.string({ minLength: 1, maxLength: 12 }))
  .map(([file, how, pick, value, key]) => {
    const copy = structuredClone(file) as unknown as Record<string, unknown>;
    const objects: Record<string, unknown>[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        objects.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(copy);
    const target = objects[pick % objects.length]!;
    const keys = Object.keys(target);
    const k = keys[pick % Math.max(keys.length, 1)];
    if (how === 'drop' && k) delete target[k];
    else if (how === 'set' && k) target[k] = value;
    else if (how === 'add') target[key] = value;
    else target.senha = 'segredo';
    return JSON.stringify(copy, null, pick % 3);
  });

const inputs = fc.oneof(
  statusFileArb.map((f) => serializeStatusFile(f)),
  statusFileArb.map((f) => JSON.stringify(f)),
  mutated,
  anyJson.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 60 }),
);

const stored = fc.constantFrom<unknown>(undefined, example, { format: 'sentinela-bnmp-status', version: 2, people: [{ name: 'ilegível' }] });

beforeEach(() => fakeBrowser.reset());

describe('import through the options page', () => {
  it('imports and round-trips through the export, or refuses and leaves storage byte-identical', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(inputs, stored, fc.constantFrom('replace' as const, 'merge' as const), async (text, before, mode) => {
        fakeBrowser.reset();
        if (before !== undefined) await local.set({ status: structuredClone(before) });
        const bytesBefore = await snapshot();

        const result = await importStatus(text, mode);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message).not.toBe('');
          expect(await snapshot()).toBe(bytesBefore);
          seen.refused++;
          return;
        }
        seen.accepted++;
        const kept = (await statusItem.getValue()) as StatusFile;
        expect(kept).toEqual(result.file);
        const exported = statusExport(kept);
        // The export imports back to exactly itself.
        fakeBrowser.reset();
        const again = await importStatus(exported, 'replace');
        expect(again.ok).toBe(true);
        expect(statusExport((await statusItem.getValue()) as StatusFile)).toBe(exported);
      }),
      { numRuns: 300 },
    );
    // Both branches were exercised, so the property said something about each.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });

  it('an export imported with "substituir" comes back unchanged, text for text', async () => {
    await fc.assert(
      fc.asyncProperty(statusFileArb, async (file) => {
        fakeBrowser.reset();
        const text = statusExport(file);
        const result = await importStatus(text, 'replace');
        expect(result.ok).toBe(true);
        expect(statusExport((await statusItem.getValue()) as StatusFile)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('a file with a password anywhere is refused and names the field', async () => {
    const withSecret = structuredClone(example) as { people: Record<string, unknown>[] };
    withSecret.people[0]!.senha = 'segredo';
    await local.set({ status: example });
    const before = await snapshot();
    const result = await importStatus(JSON.stringify(withSecret), 'merge');
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'people[0].senha', message: expect.stringContaining('nunca aceita nem guarda senhas') }] });
    expect(await snapshot()).toBe(before);
  });
});
