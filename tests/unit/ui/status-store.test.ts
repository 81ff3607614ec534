/**
 * The pages' store: hydrates from storage without writing, follows changes made elsewhere, and
 * writes only through validated actions.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Person, StatusFile } from '../../../lib/status/schema';
import { loadQuarantine } from '../../../lib/storage/status';
import {
  clearHistory,
  currentFile,
  deletePerson,
  hydrateStatusStore,
  importText,
  restoreDefaults,
  savePerson,
  setMe,
  statusStore,
  watchStatusStore,
} from '../../../lib/ui/status-store';
import { example } from '../status/examples/v002';
import { EMPTY_POLICY, resolvePolicy } from '../../../lib/policy/effective';
import { serializeStatusFile } from '../../../lib/status/parse';
import { hydratePolicyStore, policyStore } from '../../../lib/ui/policy-store';
import { POLICY_SEAM_KEY } from '../../../lib/policy/keys';
import { createPolicyCache } from '../../../lib/policy/cache';

const local = fakeBrowser.storage.local;
const snapshot = async () => JSON.stringify(await local.get(null));
const team = () => structuredClone(example) as StatusFile;
const history = [{ at: '2026-11-20T15:04:00-04:00', documentKinds: ['mandado de prisão'], reasonCodes: ['lotacao-not-active'], decision: 'cancelled' }];

beforeEach(async () => {
  fakeBrowser.reset();
  statusStore.setState({ hydrated: false, loaded: { state: 'empty' }, history: [], quarantine: [] });
});

describe('hydrate', () => {
  it('reads the stored status and history, and writes nothing', async () => {
    await local.set({ status: team(), warningHistory: history });
    const before = await snapshot();
    await hydrateStatusStore();
    expect(statusStore.getState()).toMatchObject({ hydrated: true, loaded: { state: 'ok', file: example }, history });
    expect(await snapshot()).toBe(before);
  });

  it('with nothing stored, stays empty and stores no defaults', async () => {
    await hydrateStatusStore();
    expect(statusStore.getState().loaded).toEqual({ state: 'empty' });
    expect(await snapshot()).toBe('{}');
  });

  it('keeps an unreadable value where it is and says so', async () => {
    const broken = { format: 'sentinela-bnmp-status', version: 2, people: [{ name: 'Ana' }] };
    await local.set({ status: broken });
    await hydrateStatusStore();
    expect(statusStore.getState().loaded.state).toBe('unreadable');
    expect((await local.get('status')).status).toEqual(broken);
  });
});

describe('following storage', () => {
  it('shows at once a change made by another page', async () => {
    await hydrateStatusStore();
    const stop = watchStatusStore();
    await local.set({ status: team() });
    await expect.poll(() => statusStore.getState().loaded.state).toBe('ok');
    await local.set({ warningHistory: history });
    await expect.poll(() => statusStore.getState().history.length).toBe(1);
    stop();
  });
});

describe('actions', () => {
  it('saves a valid person, stamping updatedAt; the first becomes "eu"', async () => {
    await hydrateStatusStore();
    const ana = team().people[0]!;
    const result = await savePerson(ana);
    expect(result.ok).toBe(true);
    const stored = (await local.get('status')).status as StatusFile;
    expect(stored.people).toEqual([ana]);
    expect(stored.meId).toBe(ana.id);
    expect(Date.parse(stored.updatedAt ?? '')).not.toBeNaN();
    expect(currentFile()).toEqual(stored);
  });

  it('stores nothing when the person does not validate', async () => {
    await local.set({ status: team() });
    await hydrateStatusStore();
    const before = await snapshot();
    const result = await savePerson({ ...team().people[0]!, name: '   ' } as Person);
    expect(result.ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it('removes a person and moves "eu"', async () => {
    await local.set({ status: team() });
    await hydrateStatusStore();
    const [first, second] = team().people;
    await setMe(second!.id);
    expect(currentFile().meId).toBe(second!.id);
    await deletePerson(second!.id);
    expect(currentFile().people.map((p) => p.id)).not.toContain(second!.id);
    expect(currentFile().meId).toBeUndefined();
    expect(currentFile().people[0]?.id).toBe(first!.id);
  });

  it('restoring defaults leaves nobody and no history, but keeps a copy of what was there', async () => {
    await local.set({ status: team(), warningHistory: history });
    await hydrateStatusStore();
    await restoreDefaults('Cópia guardada antes de restaurar o padrão');
    expect(statusStore.getState()).toMatchObject({ loaded: { state: 'empty' }, history: [] });
    expect((await local.get('status')).status).toBeUndefined();
    const [copy] = await loadQuarantine();
    expect(copy).toMatchObject({ reason: 'Cópia guardada antes de restaurar o padrão', raw: example });
  });

  it('clears the history only', async () => {
    await local.set({ status: team(), warningHistory: history });
    await hydrateStatusStore();
    await clearHistory();
    expect(statusStore.getState().history).toEqual([]);
    expect((await local.get('status')).status).toEqual(example);
  });
});

describe('fields IT locked', () => {
  const lockedCargo = resolvePolicy({ lockedFields: ['cargo', 'cpf'] }, 'managed');
  const ana = () => team().people[0]!;
  const other = ana().cargo === 'analista_judiciario' ? 'tecnico_judiciario' : 'analista_judiciario';

  it('a save that changes a filled locked field is refused, names the fields, and stores nothing', async () => {
    await local.set({ status: team() });
    await hydrateStatusStore();
    const before = await snapshot();
    const result = await savePerson({ ...ana(), cargo: other } as Person, lockedCargo);
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'Nada foi salvo: o tribunal não permite mudar Cargo.' }] });
    expect(await snapshot()).toBe(before);
  });

  it('a save that leaves the locked fields as they are goes through', async () => {
    await local.set({ status: team() });
    await hydrateStatusStore();
    const result = await savePerson({ ...ana(), name: 'Nome Novo da Silva' }, lockedCargo);
    expect(result.ok).toBe(true);
    expect(currentFile().people[0]?.name).toBe('Nome Novo da Silva');
  });

  it.each(['merge', 'replace'] as const)('an import (%s) that changes a locked field is refused whole and stores nothing', async (mode) => {
    await local.set({ status: team() });
    await hydrateStatusStore();
    const before = await snapshot();
    const file = team();
    file.people[0] = { ...file.people[0]!, cargo: other } as Person;
    const result = await importText(serializeStatusFile(file), mode, lockedCargo);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: 'people[0]', message: `${ana().name}: o tribunal não permite mudar Cargo.` }]);
    expect(await snapshot()).toBe(before);
  });

  it('an import that changes nothing locked goes through', async () => {
    await local.set({ status: team() });
    await hydrateStatusStore();
    const file = team();
    file.people[0] = { ...file.people[0]!, name: 'Nome Novo da Silva' };
    const result = await importText(serializeStatusFile(file), 'merge', lockedCargo);
    expect(result.ok).toBe(true);
  });

  it('by default the actions follow the policy in force (the policy store)', async () => {
    await local.set({ status: team(), [POLICY_SEAM_KEY]: { lockedFields: ['cargo'] } });
    await hydrateStatusStore();
    const stop = await hydratePolicyStore(createPolicyCache());
    try {
      expect(policyStore.getState().effective.lockedFields).toEqual(['cargo']);
      const result = await savePerson({ ...ana(), cargo: other } as Person);
      expect(result.ok).toBe(false);
    } finally {
      stop();
      policyStore.setState({ effective: EMPTY_POLICY });
    }
  });
});
