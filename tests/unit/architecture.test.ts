/**
 * The import and write rules of docs/architecture.md, read off the source files: arrows point
 * down (entrypoints → components → lib), the pure parts stay pure, and every storage item is
 * defined and written in lib/storage only.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const FILES = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Project-relative targets of a file's relative imports (`import … from './x'`, `import('./x')`). */
function importsOf(file: string): string[] {
  const targets: string[] = [];
  for (const match of read(file).matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    targets.push(relative(ROOT, resolve(ROOT, dirname(file), match[1]!)));
  }
  return targets;
}

/** Lines that break a rule, as "file: target" for a readable failure. */
function offenders(files: string[], bad: (target: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).filter(bad).map((target) => `${file} → ${target}`));
}

const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);

describe('arrows point down', () => {
  it('the rule finds the imports it is about (a file known to import lib/)', () => {
    expect(importsOf('entrypoints/warning-ui.ts')).toContain('lib/guard/core-contract');
  });

  it('lib/ imports neither components/ nor entrypoints/', () => {
    expect(offenders(FILES.filter(under('lib')), (t) => under('components')(t) || under('entrypoints')(t))).toEqual([]);
  });

  it('components/ does not import entrypoints/', () => {
    expect(offenders(FILES.filter(under('components')), under('entrypoints'))).toEqual([]);
  });

  it('entrypoints import no other entrypoint (each is built on its own)', () => {
    const bad = FILES.filter(under('entrypoints')).flatMap((file) => {
      const own = file.split('/').slice(0, 2).join('/').replace(/\.tsx?$/, '');
      return importsOf(file)
        .filter((t) => under('entrypoints')(t) && !t.startsWith(own))
        .map((t) => `${file} → ${t}`);
    });
    expect(bad).toEqual([]);
  });
});

describe('the pure parts stay pure', () => {
  const PURE = ['lib/readiness', 'lib/status', 'lib/tribunals', 'lib/calendar', 'lib/check'];
  it.each(PURE)('%s uses no browser API and no UI', (folder) => {
    const files = FILES.filter(under(folder));
    expect(files.length).toBeGreaterThan(0);
    const bad = files.filter((file) => /from ['"](?:wxt\/browser|wxt\/utils\/storage|react|react-dom[^'"]*|zustand)['"]|\bbrowser\.\w/.test(read(file)));
    expect(bad).toEqual([]);
  });

  it('the readiness engine does not import the page readers', () => {
    expect(offenders(FILES.filter(under('lib/readiness')), (t) => under('lib/saj')(t) || under('lib/guard')(t) || under('lib/bnmp')(t))).toEqual([]);
  });
});

describe('storage: one module defines every item and owns every write', () => {
  const WRITES = /\.(?:setValue|removeValue|setMeta|removeMeta)\(|storage\.(?:local|sync|session)\.(?:set|remove|clear)\(/;

  it('items are defined only in lib/storage/items.ts', () => {
    expect(FILES.filter((file) => /defineItem\s*[<(]/.test(read(file)))).toEqual(['lib/storage/items.ts']);
  });

  it('only lib/storage/ writes to storage', () => {
    const writers = FILES.filter((file) => WRITES.test(read(file)));
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((file) => !under('lib/storage')(file))).toEqual([]);
  });
});
