import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { serializeStatusFile } from '../../../lib/status/parse';
import type { StatusFile } from '../../../lib/status/schema';
import {
  HISTORY_MAX,
  QUARANTINE_MAX,
  type WarningHistoryEntry,
  appendHistory,
  importStatus,
  interpretStoredStatus,
  loadHistory,
  loadQuarantine,
  loadStatus,
  saveStatus,
  applyBnmpWebUpdate,
} from '../../../lib/storage/status';
import { planBnmpUpdate } from '../../../lib/status/bnmp-update';
import { testSeries as v1Series } from '../status/examples/v001';
import { example, testSeries as v2Series } from '../status/examples/v002';

const team = (): StatusFile => structuredClone(example) as StatusFile;
const local = fakeBrowser.storage.local;
/** Everything in local storage, as bytes, to prove a refused write changed nothing. */
const snapshot = async () => JSON.stringify(await local.get(null));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadStatus', () => {
  it('is empty when nothing was recorded', async () => {
    expect(await loadStatus()).toEqual({ state: 'empty' });
  });

  it('reads a valid current file', async () => {
    await local.set({ status: team() });
    expect(await loadStatus()).toEqual({ state: 'ok', file: example });
    expect(await loadQuarantine()).toEqual([]);
  });

  it('converts a version 1 value and saves the conversion back, keeping a copy of the original', async () => {
    const v1 = v1Series['chefe-de-cartorio-sca'];
    await local.set({ status: v1 });
    expect(await loadStatus()).toEqual({ state: 'ok', file: v2Series['chefe-de-cartorio-sca'] });
    expect((await local.get('status')).status).toEqual(v2Series['chefe-de-cartorio-sca']);
    const [copy] = await loadQuarantine();
    expect(copy?.raw).toEqual(v1);
    expect(copy?.reason).toMatch(/versão 1.*antes da conversão/);
  });

  it('does not save a conversion that does not validate', async () => {
    const v1 = structuredClone(v1Series['juiz-corporativo']) as { person: Record<string, unknown> };
    v1.person.cargo = 'juiz';
    await local.set({ status: v1 });
    const loaded = await loadStatus();
    expect(loaded.state).toBe('unreadable');
    expect((await local.get('status')).status).toEqual(v1);
  });

  it('keeps an unreadable value where it is, copies it to the quarantine and says why', async () => {
    const raw = { format: 'sentinela-bnmp-status', version: 2, people: [{ name: 'Ana' }] };
    await local.set({ status: raw });
    const loaded = await loadStatus();
    expect(loaded.state).toBe('unreadable');
    if (loaded.state === 'unreadable') expect(loaded.errors.map((e) => e.path)).toContain('people[0].sajLogin');
    expect((await local.get('status')).status).toEqual(raw);
    const kept = await loadQuarantine();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.raw).toEqual(raw);
    expect(kept[0]?.reason).toMatch(/^Situação ilegível: people\[0\]\.id: .* \(e mais \d+\)$/);
    expect(Date.parse(kept[0]?.keptAt ?? '')).not.toBeNaN();
  });

  it('quarantines the same unreadable value once, however often it is read', async () => {
    await local.set({ status: 'texto solto' });
    for (let i = 0; i < 4; i++) await loadStatus();
    expect(await loadQuarantine()).toHaveLength(1);
  });

  it('keeps at most the last few quarantined values, newest first', async () => {
    for (let i = 0; i < QUARANTINE_MAX + 2; i++) {
      await local.set({ status: { format: 'sentinela-bnmp-status', version: 2, people: i } });
      await loadStatus();
    }
    const kept = await loadQuarantine();
    expect(kept).toHaveLength(QUARANTINE_MAX);
    expect((kept[0]?.raw as { people: number }).people).toBe(QUARANTINE_MAX + 1);
  });

  it('reports a file of a newer Sentinela as unreadable, without touching it', async () => {
    const newer = { ...team(), version: 3 };
    await local.set({ status: newer });
    const loaded = await loadStatus();
    expect(loaded.state === 'unreadable' && loaded.errors[0]?.message).toMatch(/atualize a extensão/);
    expect((await local.get('status')).status).toEqual(newer);
  });
});

describe('interpretStoredStatus (no I/O, for storage change events)', () => {
  it.each([
    [undefined, 'empty'],
    [null, 'empty'],
    [example, 'ok'],
    [v1Series['juiz-corporativo'], 'ok'],
    [{ format: 'sentinela-bnmp-status', version: 2 }, 'unreadable'],
    [42, 'unreadable'],
  ])('%j → %s', async (raw, state) => {
    const before = await snapshot();
    expect(interpretStoredStatus(raw).state).toBe(state);
    expect(await snapshot()).toBe(before);
  });
});

describe('saveStatus', () => {
  it('saves a valid file', async () => {
    const result = await saveStatus(team());
    expect(result).toEqual({ ok: true, file: example });
    expect(await loadStatus()).toEqual({ state: 'ok', file: example });
  });

  it('refuses an invalid file, says why and stores nothing', async () => {
    await saveStatus(team());
    const before = await snapshot();
    const bad = team();
    bad.people[0]!.cpf = '11111111111';
    const result = await saveStatus(bad);
    expect(result.ok || result.errors).toEqual([{ path: 'people[0].cpf', message: expect.stringMatching(/dígitos verificadores/) }]);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file carrying a password, even one a caller slipped in', async () => {
    const bad = { ...team(), senha: 'segredo' } as StatusFile;
    const result = await saveStatus(bad);
    expect(result.ok).toBe(false);
    expect(await snapshot()).toBe('{}');
  });

  it('keeps a copy of an unreadable value before replacing it', async () => {
    await local.set({ status: { lixo: true } });
    await saveStatus(team());
    expect((await loadQuarantine()).map((e) => e.raw)).toEqual([{ lixo: true }]);
    expect(await loadStatus()).toEqual({ state: 'ok', file: example });
  });
});

describe('importStatus', () => {
  it('replace: stores the imported file', async () => {
    await saveStatus(v2Series['juiz-corporativo'] as StatusFile);
    const result = await importStatus(serializeStatusFile(team()), 'replace');
    expect(result).toEqual({ ok: true, file: example, added: 3, updated: 0 });
    expect(await loadStatus()).toEqual({ state: 'ok', file: example });
  });

  it('merge: adds new people and updates the same SAJ user, keeping "eu"', async () => {
    await saveStatus(v2Series['juiz-corporativo'] as StatusFile); // Carlos, id "eu", is "eu"
    const result = await importStatus(serializeStatusFile(team()), 'merge');
    expect(result.ok && { added: result.added, updated: result.updated }).toEqual({ added: 2, updated: 1 });
    const loaded = await loadStatus();
    expect(loaded.state).toBe('ok');
    if (loaded.state !== 'ok') return;
    expect(loaded.file.people.map((p) => p.id)).toEqual(['eu', 'p-ana', 'p-joao']);
    expect(loaded.file.meId).toBe('eu');
    // Carlos now has the imported lotações (the circunscrição plantão).
    expect(loaded.file.people[0]?.lotacoes).toHaveLength(2);
  });

  it('merge into nothing is the imported file', async () => {
    const result = await importStatus(serializeStatusFile(team()), 'merge');
    expect(result.ok && result.file).toEqual(example);
  });

  it('converts a version 1 export and says so', async () => {
    const result = await importStatus(JSON.stringify(v1Series['juiz-corporativo']), 'replace');
    expect(result.ok && result.migratedFrom).toBe(1);
  });

  it.each<[string, string, 'replace' | 'merge']>([
    ['invalid JSON', '{"format": "sentinela-bnmp-status",', 'replace'],
    ['an empty file', '', 'merge'],
    ['a password at the top', JSON.stringify({ ...team(), senha: 'segredo' }), 'replace'],
    ['a password in a person', JSON.stringify({ ...team(), people: [{ ...team().people[0], password: 'x' }] }), 'merge'],
    ['another kind of file', '{"name": "sentinela", "version": "0.1.0"}', 'replace'],
    ['an invalid lotação status', serializeStatusFile(team()).replace('"negada"', '"recusada"'), 'merge'],
  ])('refuses %s and leaves storage byte-identical', async (_what, text, mode) => {
    await saveStatus(v2Series['juiz-corporativo'] as StatusFile);
    await appendHistory(entry());
    const before = await snapshot();
    const result = await importStatus(text, mode);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    expect(await snapshot()).toBe(before);
  });

  it('merge refuses to mix with an unreadable stored value, and touches nothing', async () => {
    await local.set({ status: { format: 'sentinela-bnmp-status', version: 2, people: 'x' } });
    const before = await snapshot();
    const result = await importStatus(serializeStatusFile(team()), 'merge');
    expect(result.ok || result.errors[0]?.message).toMatch(/ilegível.*"substituir"/);
    expect(await snapshot()).toBe(before);
  });

  it('replace over an unreadable stored value keeps a copy of it', async () => {
    const unreadable = { format: 'sentinela-bnmp-status', version: 2, people: 'x' };
    await local.set({ status: unreadable });
    expect((await importStatus(serializeStatusFile(team()), 'replace')).ok).toBe(true);
    expect((await loadQuarantine()).map((e) => e.raw)).toEqual([unreadable]);
  });
});

function entry(overrides: Partial<WarningHistoryEntry> = {}): WarningHistoryEntry {
  return {
    at: '2026-11-21T10:15:00-04:00',
    documentKinds: ['mandado de prisão'],
    lotacao: '2ª Vara Criminal - Três Lagoas',
    reasonCodes: ['lotacao-not-active'],
    decision: 'cancelled',
    ...overrides,
  };
}

describe('warning history', () => {
  it('keeps entries newest first', async () => {
    await appendHistory(entry({ at: '2026-11-21T10:00:00-04:00' }));
    await appendHistory(entry({ at: '2026-11-21T11:00:00-04:00', decision: 'signed-anyway' }));
    expect((await loadHistory()).map((e) => e.decision)).toEqual(['signed-anyway', 'cancelled']);
  });

  it(`keeps at most ${HISTORY_MAX} entries`, async () => {
    const old = Array.from({ length: HISTORY_MAX }, (_, i) => entry({ at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z` }));
    await local.set({ warningHistory: old });
    await appendHistory(entry({ decision: 'fail-open' }));
    const history = await loadHistory();
    expect(history).toHaveLength(HISTORY_MAX);
    expect(history[0]?.decision).toBe('fail-open');
  });

  it('refuses a malformed entry and stores nothing', async () => {
    const bad = { ...entry(), decision: 'ignored' } as unknown as WarningHistoryEntry;
    expect(await appendHistory(bad)).toBe(false);
    expect(await appendHistory({ ...entry(), name: 'Ana' } as unknown as WarningHistoryEntry)).toBe(false);
    expect(await snapshot()).toBe('{}');
  });

  it('skips stored entries that do not validate instead of failing', async () => {
    await local.set({ warningHistory: [entry(), { at: 'ontem' }, 'x'] });
    expect(await loadHistory()).toEqual([entry()]);
  });

  it('accepts the entries the guard writes directly', async () => {
    // lib/guard/core.ts writes { at: toISOString(), documentKinds, lotacao?, reasonCodes, decision }.
    await local.set({
      warningHistory: [{ at: new Date().toISOString(), documentKinds: ['BNMP'], reasonCodes: ['status-unknown'], decision: 'fail-open' }],
    });
    expect(await loadHistory()).toHaveLength(1);
  });
});

describe('applyBnmpWebUpdate ("Atualizar minha situação" on BNMP web)', () => {
  const stored = (): StatusFile => {
    const file = team();
    file.people[0]!.cnjAccount = { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' };
    return file;
  };

  it('writes exactly the update shown, and keeps a copy of what it replaced in the quarantine', async () => {
    const before = stored();
    await local.set({ status: before });
    const person = before.people[0]!;
    const units = [person.lotacoes[0]!.name, 'Vara Única de Bataguassu'];
    const plan = planBnmpUpdate(person, units);
    const result = await applyBnmpWebUpdate(plan, units, '2026-11-04');
    expect(result.ok).toBe(true);
    const after = (await loadStatus()) as { state: 'ok'; file: StatusFile };
    const updated = after.file.people[0]!;
    expect(updated.cnjAccount.status).toBe('confirmado');
    expect(updated.lotacoes.map((l) => l.name)).toContain('Vara Única de Bataguassu');
    expect(updated.lotacoes).toHaveLength(person.lotacoes.length + 1);
    expect(after.file.people.slice(1)).toEqual(before.people.slice(1));
    const [copy] = await loadQuarantine();
    expect(copy?.raw).toEqual(before);
    expect(copy?.reason).toContain('atualização pelo BNMP (04/11/2026)');
  });

  it('writes nothing when the status changed after the update was shown', async () => {
    await local.set({ status: stored() });
    const plan = planBnmpUpdate(stored().people[0]!, undefined);
    const edited = stored();
    edited.people[0]!.cnjAccount = { system: 'corporativo', status: 'confirmado', confirmedOn: '2026-11-01' };
    await local.set({ status: edited });
    const bytes = await snapshot();
    const result = await applyBnmpWebUpdate(plan, undefined, '2026-11-04');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('mudou enquanto isso') });
    expect(await snapshot()).toBe(bytes);
  });

  it('writes nothing over an unreadable status', async () => {
    await local.set({ status: { format: 'sentinela-bnmp-status', version: 2, people: 'x' } });
    const bytes = await snapshot();
    const result = await applyBnmpWebUpdate(planBnmpUpdate(stored().people[0]!, undefined), undefined, '2026-11-04');
    expect(result.ok).toBe(false);
    expect(await snapshot()).toBe(bytes);
  });
});
