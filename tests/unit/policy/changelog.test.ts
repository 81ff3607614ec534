// The "Novidades" page's reading of CHANGELOG.md, and the release rule it serves: the newest entry is
// the version being shipped (package.json → manifest).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brazilianDate, codeSpans, parseChangelog } from '../../../entrypoints/changelog/changelog';

const root = resolve(import.meta.dirname, '../../..');
const changelog = readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

describe('CHANGELOG.md', () => {
  const releases = parseChangelog(changelog);

  it('starts with the version package.json ships', () => {
    expect(releases[0]?.version).toBe(pkg.version);
  });

  it('dates every release and says something in each, newest first, no version twice', () => {
    for (const release of releases) {
      expect(release.date, release.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(release.groups.flatMap((g) => g.items).length, release.version).toBeGreaterThan(0);
    }
    const dates = releases.map((r) => r.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(releases.map((r) => r.version)).size).toBe(releases.length);
  });
});

describe('parseChangelog', () => {
  it('reads releases, groups and items, joining wrapped lines and skipping the introduction', () => {
    const text = [
      '# Novidades',
      '',
      'Introdução que não é uma versão.',
      '- nem este item',
      '',
      '## 0.2.0 — 2027-01-10',
      '- Correção sem grupo',
      '### Para a TI',
      '- Política com `guardEnabled`,',
      '  em duas linhas',
      '* outro item',
      '',
      '## v0.1.0',
      '- primeira',
    ].join('\n');
    expect(parseChangelog(text)).toEqual([
      {
        version: '0.2.0',
        date: '2027-01-10',
        groups: [{ items: ['Correção sem grupo'] }, { title: 'Para a TI', items: ['Política com `guardEnabled`, em duas linhas', 'outro item'] }],
      },
      { version: '0.1.0', groups: [{ items: ['primeira'] }] },
    ]);
  });

  it('a heading that is not a version ends the release before it', () => {
    expect(parseChangelog('## 1.0.0 — 2027-01-01\n- a\n## Como contribuir\n- b')).toEqual([
      { version: '1.0.0', date: '2027-01-01', groups: [{ items: ['a'] }] },
    ]);
  });

  it('formats dates the Brazilian way and splits code spans', () => {
    expect(brazilianDate('2026-11-21')).toBe('21/11/2026');
    expect(codeSpans('use `storage.managed` aqui')).toEqual(['use ', 'storage.managed', ' aqui']);
  });
});
