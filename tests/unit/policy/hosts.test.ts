import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resolvePolicy, type EffectivePolicy } from '../../../lib/policy/effective';
import { createPolicyCache } from '../../../lib/policy/cache';
import {
  addUserSajHost,
  CONTENT_SCRIPT_FILE,
  HOSTS_SCRIPT_ID,
  hostStates,
  removeUserSajHost,
  setUpHostRegistration,
  syncHostRegistration,
  userSajHostsItem,
  wantedHosts,
} from '../../../lib/policy/hosts';

const OUTRO = '*://esaj.outrotribunal.jus.br/*';
const INTRA = '*://esaj.intranet.tjxx.jus.br/*';
/** The manifest's own content-script host (DEFAULT_SAJ_MATCHES). */
const TJMS = '*://*.tjms.jus.br/*';

type Script = { id: string; js?: string[]; matches?: string[]; allFrames?: boolean; runAt?: string; persistAcrossSessions?: boolean };

/** The browser's side: granted origins, registered scripts, the permission prompt's answer. */
function fakePlatform() {
  const granted = new Set<string>();
  const scripts = new Map<string, Script>();
  const added: ((p: { origins?: string[] }) => void)[] = [];
  const removed: ((p: { origins?: string[] }) => void)[] = [];
  const state = { promptAnswer: true, requests: [] as string[][] };
  const p = fakeBrowser.permissions;
  vi.spyOn(p, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => granted.has(o)));
  vi.spyOn(p, 'request').mockImplementation(async ({ origins = [] }) => {
    state.requests.push(origins);
    if (!state.promptAnswer) return false;
    for (const o of origins) granted.add(o);
    for (const l of added) l({ origins });
    return true;
  });
  vi.spyOn(p, 'remove').mockImplementation(async ({ origins = [] }) => {
    for (const o of origins) granted.delete(o);
    for (const l of removed) l({ origins });
    return true;
  });
  vi.spyOn(p.onAdded, 'addListener').mockImplementation((l) => void added.push(l as never));
  vi.spyOn(p.onRemoved, 'addListener').mockImplementation((l) => void removed.push(l as never));
  const s = fakeBrowser.scripting;
  vi.spyOn(s, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...scripts.values()].filter((x) => !filter?.ids || filter.ids.includes(x.id)) as never,
  );
  vi.spyOn(s, 'registerContentScripts').mockImplementation(async (list) => {
    for (const x of list) {
      if (scripts.has(x.id)) throw new Error(`Duplicate script ID '${x.id}'`);
      scripts.set(x.id, structuredClone(x) as Script);
    }
  });
  vi.spyOn(s, 'updateContentScripts').mockImplementation(async (list) => {
    for (const x of list) scripts.set(x.id, { ...scripts.get(x.id)!, ...(structuredClone(x) as Script) });
  });
  vi.spyOn(s, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
  });
  /** What a user would see: the hosts where the guard runs now. */
  const guardedHosts = () => scripts.get(HOSTS_SCRIPT_ID)?.matches ?? [];
  /** A grant from outside (the browser's own site-access menu). */
  const grant = (origin: string) => {
    granted.add(origin);
    for (const l of added) l({ origins: [origin] });
  };
  const revoke = (origin: string) => {
    granted.delete(origin);
    for (const l of removed) l({ origins: [origin] });
  };
  return { granted, scripts, state, guardedHosts, grant, revoke };
}

const policy = (raw: unknown): EffectivePolicy => resolvePolicy(raw, 'managed');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('wantedHosts', () => {
  it('joins IT\'s hosts, profile hosts and the user\'s, leaves out what the manifest already guards', () => {
    const effective = policy({
      extraSajHosts: ['esaj.outrotribunal.jus.br', 'esaj.intranet.tjms.jus.br'],
      profiles: { 'tre-rj': { sajHosts: ['esaj.intranet.tjxx.jus.br'] } },
    });
    expect(wantedHosts(effective, ['https://esaj.outrotribunal.jus.br/x', 'not a host!', 7])).toEqual([
      { pattern: OUTRO, from: ['policy', 'user'] },
      { pattern: INTRA, from: ['profile'] },
    ]);
  });
});

describe('syncHostRegistration: the guard runs exactly on wanted hosts that have permission', () => {
  it('a wanted host without permission is not guarded, and says it waits', async () => {
    const platform = fakePlatform();
    const result = await syncHostRegistration(policy({ extraSajHosts: ['esaj.outrotribunal.jus.br'] }));
    expect(result).toEqual({ registered: [], waitingForPermission: [OUTRO], released: [] });
    expect(platform.guardedHosts()).toEqual([]);
  });

  it('with permission, registers the always-on content script like the manifest does', async () => {
    const platform = fakePlatform();
    platform.granted.add(OUTRO);
    await syncHostRegistration(policy({ extraSajHosts: ['esaj.outrotribunal.jus.br'] }));
    expect(platform.scripts.get(HOSTS_SCRIPT_ID)).toEqual({
      id: HOSTS_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: [OUTRO],
      allFrames: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
  });

  it('a host IT removes is no longer guarded and its permission is given back; the others stay', async () => {
    const platform = fakePlatform();
    platform.granted.add(OUTRO).add(INTRA);
    await syncHostRegistration(policy({ extraSajHosts: ['esaj.outrotribunal.jus.br', 'esaj.intranet.tjxx.jus.br'] }));
    expect(platform.guardedHosts()).toEqual([OUTRO, INTRA]);
    const result = await syncHostRegistration(policy({ extraSajHosts: ['esaj.intranet.tjxx.jus.br'] }));
    expect(result.released).toEqual([OUTRO]);
    expect(platform.guardedHosts()).toEqual([INTRA]);
    expect([...platform.granted]).toEqual([INTRA]);
    await syncHostRegistration(policy({}));
    expect(platform.scripts.size).toBe(0);
    expect(platform.granted.size).toBe(0);
  });

  it('when the policy could not be read, unguards but keeps the permission (a passing failure costs no new prompt)', async () => {
    const platform = fakePlatform();
    platform.granted.add(OUTRO);
    await syncHostRegistration(policy({ extraSajHosts: ['esaj.outrotribunal.jus.br'] }));
    const result = await syncHostRegistration(resolvePolicy(undefined, 'none', { readFailed: true }));
    expect(result.released).toEqual([]);
    expect(platform.guardedHosts()).toEqual([]);
    expect(platform.granted.has(OUTRO)).toBe(true);
  });

  it('hostStates tells the options page which hosts still need the user\'s permission', async () => {
    const platform = fakePlatform();
    platform.granted.add(INTRA);
    await userSajHostsItem.setValue([INTRA]);
    expect(await hostStates(policy({ extraSajHosts: ['esaj.outrotribunal.jus.br'] }))).toEqual([
      { pattern: OUTRO, from: ['policy'], granted: false },
      { pattern: INTRA, from: ['user'], granted: true },
    ]);
  });

  it('Firefox: hostStates lists a built-in host first, as waiting, while the browser withholds it (about:addons → Permissions)', async () => {
    const platform = fakePlatform();
    const firefox = { builtinHostsArePermissions: true };
    expect(await hostStates(policy({}), firefox)).toEqual([{ pattern: TJMS, from: ['builtin'], granted: false }]);
    platform.granted.add(TJMS);
    expect(await hostStates(policy({}), firefox)).toEqual([]);
  });

  it('hostStates never shows a built-in host as waiting when the browser cannot say, nor in a Chromium build', async () => {
    fakePlatform();
    expect(await hostStates(policy({}), { builtinHostsArePermissions: false })).toEqual([]);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValue(new Error('no permissions API here'));
    expect(await hostStates(policy({}), { builtinHostsArePermissions: true })).toEqual([]);
  });
});

describe('the user adds and removes a host in the options page', () => {
  it('asks the browser for that host only, then guards it', async () => {
    const platform = fakePlatform();
    const result = await addUserSajHost('https://esaj.intranet.tjxx.jus.br/esaj/portal.do', policy({}));
    expect(result).toEqual({ ok: true, pattern: INTRA });
    expect(platform.state.requests).toEqual([[INTRA]]);
    expect(await userSajHostsItem.getValue()).toEqual([INTRA]);
    await syncHostRegistration(policy({}));
    expect(platform.guardedHosts()).toEqual([INTRA]);
  });

  it('asks for the permission synchronously, inside the click (Firefox\'s rule)', () => {
    const platform = fakePlatform();
    void addUserSajHost('esaj.intranet.tjxx.jus.br', policy({}));
    expect(platform.state.requests).toEqual([[INTRA]]);
  });

  it.each([
    ['the prompt is refused', 'esaj.intranet.tjxx.jus.br', {}, false, /Sem a permissão do navegador/],
    ['the entry is too broad', '*.jus.br', {}, true, /Endereço não aceito: .*abrange servidores demais/],
    ['IT locked the list', 'esaj.intranet.tjxx.jus.br', { lockedFields: ['sajHosts'] }, true, /definida pelo tribunal/],
  ])('nothing is kept when %s', async (_, input, raw, answer, message) => {
    const platform = fakePlatform();
    platform.state.promptAnswer = answer;
    const result = await addUserSajHost(input, policy(raw));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(await userSajHostsItem.getValue()).toEqual([]);
  });

  it('a host the manifest already covers needs no prompt', async () => {
    const platform = fakePlatform();
    expect(await addUserSajHost('esaj.tjms.jus.br', policy({}))).toEqual({ ok: true, pattern: '*://esaj.tjms.jus.br/*', alreadyGuarded: true });
    expect(platform.state.requests).toEqual([]);
  });

  it('removing gives the permission back, unless IT also lists the host', async () => {
    const platform = fakePlatform();
    await addUserSajHost('esaj.intranet.tjxx.jus.br', policy({}));
    await addUserSajHost('esaj.outrotribunal.jus.br', policy({}));
    const byIt = policy({ extraSajHosts: ['esaj.outrotribunal.jus.br'] });
    await removeUserSajHost(INTRA, byIt);
    await removeUserSajHost(OUTRO, byIt);
    expect(await userSajHostsItem.getValue()).toEqual([]);
    expect([...platform.granted]).toEqual([OUTRO]);
  });
});

describe('setUpHostRegistration (background)', () => {
  it('follows the policy, the user\'s list and permission changes', async () => {
    const platform = fakePlatform();
    setUpHostRegistration(createPolicyCache());
    await fakeBrowser.storage.managed.set({ extraSajHosts: ['esaj.outrotribunal.jus.br'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(platform.guardedHosts()).toEqual([]); // waiting for the user's permission

    platform.grant(OUTRO);
    await vi.waitFor(() => expect(platform.guardedHosts()).toEqual([OUTRO]));

    await userSajHostsItem.setValue([INTRA]);
    platform.grant(INTRA);
    await vi.waitFor(() => expect(platform.guardedHosts()).toEqual([OUTRO, INTRA]));

    platform.revoke(INTRA);
    await vi.waitFor(() => expect(platform.guardedHosts()).toEqual([OUTRO]));

    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(platform.guardedHosts()).toEqual([]));
    expect(platform.granted.has(OUTRO)).toBe(false);
  });
});
