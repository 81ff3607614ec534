import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../lib/status/migrate';
import { v1ToV2 } from '../../../lib/status/migrations/v1-to-v2';
import { parseStatusFile } from '../../../lib/status/parse';
import { CURRENT_VERSION } from '../../../lib/status/schema';
import * as v001 from './examples/v001';
import * as v002 from './examples/v002';

const examplesByVersion: Record<number, Record<string, unknown>> = { 1: v001.testSeries, 2: v002.testSeries };
const pad = (n: number) => String(n).padStart(3, '0');

describe('the conventions', () => {
  it('has one migration file and one step per version below the current one', () => {
    const files = readdirSync(fileURLToPath(new URL('../../../lib/status/migrations', import.meta.url)));
    for (let version = 1; version < CURRENT_VERSION; version++) {
      expect(files).toContain(`v${version}-to-v${version + 1}.ts`);
      expect(MIGRATIONS[version]).toBeTypeOf('function');
    }
    expect(files).toHaveLength(CURRENT_VERSION - 1);
  });

  it('has a frozen example for every version', () => {
    const files = readdirSync(fileURLToPath(new URL('./examples', import.meta.url)));
    for (let version = 1; version <= CURRENT_VERSION; version++) {
      expect(files).toContain(`v${pad(version)}.ts`);
      expect(Object.keys(examplesByVersion[version] ?? {})).not.toHaveLength(0);
    }
  });
});

describe('each step against the frozen example of its version', () => {
  for (let version = 1; version < CURRENT_VERSION; version++) {
    const older = examplesByVersion[version] ?? {};
    const newer = examplesByVersion[version + 1] ?? {};
    for (const [id, example] of Object.entries(older)) {
      it(`v${version} → v${version + 1}: ${id}`, () => {
        const step = MIGRATIONS[version];
        expect(step?.(structuredClone(example) as Record<string, unknown>)).toEqual(newer[id]);
      });
    }
  }
});

describe('the runner', () => {
  it.each(Object.entries(v001.testSeries))('brings v1 "%s" to a valid current file', (_id, example) => {
    const parsed = parseStatusFile(structuredClone(example));
    expect(parsed).toEqual({ ok: true, value: v002.testSeries[_id], migratedFrom: 1 });
  });

  it.each(Object.entries(v002.testSeries))('parses the current example "%s" unchanged', (_id, example) => {
    const parsed = parseStatusFile(structuredClone(example));
    expect(parsed).toEqual({ ok: true, value: example });
  });

  it('does not modify the value it is given', () => {
    const example = structuredClone(v001.testSeries['chefe-de-cartorio-sca']);
    const before = JSON.stringify(example);
    migrate(example);
    expect(JSON.stringify(example)).toBe(before);
  });

  it.each([
    [null, '', /não é um arquivo de situação/],
    [[1, 2], '', /não é um arquivo de situação/],
    ['texto', '', /não é um arquivo de situação/],
    [{ version: 2, people: [] }, 'format', /esperado "sentinela-bnmp-status"/],
    [{ format: 'outro', version: 2 }, 'format', /esperado "sentinela-bnmp-status"/],
    [{ format: 'sentinela-bnmp-status' }, 'version', /esperado um número de 1 a 2/],
    [{ format: 'sentinela-bnmp-status', version: '2' }, 'version', /esperado um número/],
    [{ format: 'sentinela-bnmp-status', version: 0 }, 'version', /esperado um número/],
    [{ format: 'sentinela-bnmp-status', version: 1.5 }, 'version', /esperado um número/],
    [{ format: 'sentinela-bnmp-status', version: 3, people: [] }, 'version', /versão 3.*atualize a extensão/],
  ])('refuses %j at %j', (raw, path, message) => {
    const result = migrate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.path).toBe(path);
      expect(result.errors[0]?.message).toMatch(message);
    }
  });
});

describe('v1 → v2 details', () => {
  const v1 = (person: Record<string, unknown>) => ({ format: 'sentinela-bnmp-status', version: 1, person });
  const base = v001.testSeries['juiz-corporativo'] as { person: Record<string, unknown> };

  it.each([
    [{ status: 'confirmado', confirmedOn: '2021-08-15' }, 'corporativo'],
    [{ status: 'confirmado', confirmedOn: '2021-08-14' }, 'sca'],
    [{ status: 'confirmado', requestedOn: '2021-08-01', confirmedOn: '2021-08-20' }, 'corporativo'],
    [{ status: 'solicitado', requestedOn: '2021-08-01' }, 'sca'],
    [{ status: 'nao_solicitado' }, 'corporativo'],
  ])('the CNJ account %j was in %s', (cnjAccount, system) => {
    const out = v1ToV2(v1({ ...base.person, cnjAccount })) as { people: Array<{ cnjAccount: { system: string } }> };
    expect(out.people[0]?.cnjAccount.system).toBe(system);
  });

  it('keeps a key it does not know, so validation names it instead of it vanishing', () => {
    const parsed = parseStatusFile({ ...v1({ ...base.person, senha: 'segredo' }), notas: 'x' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['people[0].senha', 'notas']));
      expect(parsed.errors[0]?.message).toMatch(/versão 1 e foi convertido para a versão 2/);
    }
  });

  it('reports a v1 file without a person instead of turning it into an empty list', () => {
    const parsed = parseStatusFile({ format: 'sentinela-bnmp-status', version: 1 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain('people[0]');
  });

  it('leaves a plantão value that is not a boolean for validation to judge', () => {
    const lotacoes = [{ name: 'Vara Criminal - Aquidauana', status: 'ativa', plantao: 'sim' }];
    const parsed = parseStatusFile(v1({ ...base.person, lotacoes }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain('people[0].lotacoes[0].plantao');
  });
});
