// docs/security.md names, for each threat, the tests that cover it as `file` › `title`: every one
// must exist, so the approval file cannot point at a test that was renamed or removed.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const doc = readFileSync(resolve(root, 'docs/security.md'), 'utf8');
const references = [...doc.matchAll(/`(tests\/[^`]+)` › `([^`]+)`/g)].map((m) => ({ file: m[1]!, title: m[2]! }));

/** The title as a test file writes it: in single quotes (apostrophes escaped) or in double quotes. */
const spellings = (title: string) => [`'${title.replace(/'/g, "\\'")}'`, `"${title.replace(/"/g, '\\"')}"`, `\`${title}\``];

describe('docs/security.md', () => {
  it('cites tests for every threat section', () => {
    expect(references.length).toBeGreaterThanOrEqual(25);
    for (const file of ['tests/unit/policy/parse.test.ts', 'tests/e2e/guard.spec.ts', 'tests/unit/storage/status.test.ts']) {
      expect(references.some((r) => r.file === file)).toBe(true);
    }
  });

  it.each(references.map((r) => [r.file, r.title]))('%s › %s exists', (file, title) => {
    const path = resolve(root, file);
    expect(existsSync(path), file).toBe(true);
    const source = readFileSync(path, 'utf8');
    expect(spellings(title).some((s) => source.includes(s)), `${file} has no test titled ${title}`).toBe(true);
  });
});
