/** docs/rules.md is the reviewers' view of the engine: it must document every reason the engine can give. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/readiness/rules';
import { REASON_CODES } from '../../../lib/readiness/types';
import { TRIBUNALS } from '../../../lib/tribunals';
import { CONTACT_TOPICS } from '../../../lib/tribunals/schema';
import { SOURCES } from '../../../lib/tribunals/sources';

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

  it.each(REASON_CODES)('`%s`: the levels in its rows are the levels lib/readiness/rules.ts declares, and a record note says so', (code) => {
    const rows = ruleRows.filter((row) => row.split(' | ')[1]?.includes(`\`${code}\``));
    const levels = new Set(rows.flatMap((row) => [...(row.split(' | ')[2] ?? '').matchAll(/`(block|warn)`/g)].map((m) => m[1])));
    expect([...levels].sort()).toEqual([...RULES[code].levels].sort());
    for (const row of rows) expect(row.includes('never at a signature')).toBe(RULES[code].shownAt === 'record');
  });

  it('has the era table: 2020–21 SCA, 2021–24 CNJ Corporativo, since 08/2024 BNMP 3.0', () => {
    expect(doc).toMatch(/\| \| 2020–21: BNMP 2\.0 with SCA \| 2021–24: BNMP 2\.0 on the PDPJ, CNJ Corporativo \| since 08\/2024: BNMP 3\.0 \|/);
  });

  it('documents no code the engine does not have', () => {
    const documented = new Set([...doc.matchAll(/`([a-z]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]));
    const sourceIds = [...SOURCES, ...Object.values(TRIBUNALS).flatMap((p) => p.sources)].map((s) => s.id);
    const known = new Set<string>([...REASON_CODES, ...sourceIds, ...CONTACT_TOPICS]);
    const actionsAndOthers = ['record-status', 'review-status', 'reset-password', 'request-access', 'saj-registration', 'bnmp-web'];
    const strays = [...documented].filter((c) => c && !known.has(c) && !actionsAndOthers.includes(c));
    expect(strays).toEqual([]);
  });
});
