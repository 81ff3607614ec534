/** docs/rules.md is the reviewers' view of the engine: it must document every reason the engine can give. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../lib/readiness/types';

const doc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
const ruleRows = doc.split('\n').filter((line) => /^\| \d+ \|/.test(line));

describe('docs/rules.md', () => {
  it.each(REASON_CODES)('has a rule row for `%s` with its level, remediation and source', (code) => {
    const rows = ruleRows.filter((row) => row.includes(`\`${code}\``));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(row).toMatch(/`(block|warn)`/);
      // #, code, level, when, gist, remediation, source: no cell left empty.
      expect(cells.length).toBeGreaterThanOrEqual(7);
      expect(cells.every((c) => c.replace(/\|/g, '').trim() !== '')).toBe(true);
    }
  });

  it('documents no code the engine does not have', () => {
    const documented = new Set([...doc.matchAll(/`([a-z]+(?:-[a-z]+)+)`/g)].map((m) => m[1]));
    const known = new Set<string>(REASON_CODES);
    const actionsAndOthers = ['record-status', 'review-status', 'reset-password', 'request-access', 'saj-registration', 'bnmp-web'];
    const strays = [...documented].filter((c) => c && !known.has(c) && !actionsAndOthers.includes(c));
    expect(strays).toEqual([]);
  });
});
