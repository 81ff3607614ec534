import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPolicyCache, POLICY_MIRROR_KEY, readPolicy } from '../../../lib/policy/cache';
import { POLICY_SEAM_KEY } from '../../../lib/policy/keys';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readPolicy: where the policy comes from', () => {
  it('managed storage holds IT\'s policy', async () => {
    await fakeBrowser.storage.managed.set({ guardEnabled: false, tribunal: 'tre-rj' });
    const policy = await readPolicy();
    expect([policy.source, policy.guardEnabled, policy.tribunalId]).toEqual(['managed', false, 'tre-rj']);
  });

  it('nothing anywhere: no policy', async () => {
    const policy = await readPolicy();
    expect([policy.source, policy.guardEnabled, policy.readFailed]).toEqual(['none', true, undefined]);
  });

  it('Firefox without a policy rejects the read: no policy, marked as not read', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const policy = await readPolicy();
    expect([policy.source, policy.guardEnabled, policy.readFailed]).toEqual(['none', true, true]);
  });

  it('the test seam is read through the same parser while managed storage is empty', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_SEAM_KEY]: { guardEnabled: false, lockedFields: ['cargo', 'senha'] } });
    const policy = await readPolicy();
    expect(policy.source).toBe('test-seam');
    expect(policy.guardEnabled).toBe(false);
    expect(policy.lockedFields).toEqual(['cargo']);
    expect(policy.notices.map((n) => n.path)).toEqual(['lockedFields']);
  });

  it('the test seam can never override a real policy', async () => {
    await fakeBrowser.storage.managed.set({ guardEnabled: true, lockedFields: ['tribunal'] });
    await fakeBrowser.storage.local.set({ [POLICY_SEAM_KEY]: { guardEnabled: false } });
    const policy = await readPolicy();
    expect([policy.source, policy.guardEnabled, policy.lockedFields]).toEqual(['managed', true, ['tribunal']]);
  });

  it('an invalid managed value is a notice, not a crash', async () => {
    await fakeBrowser.storage.managed.set({ guardEnabled: 'talvez', extraSajHosts: ['esaj.intranet.tjxx.jus.br'] });
    const policy = await readPolicy();
    expect(policy.guardEnabled).toBe(true);
    expect(policy.extraSajHosts).toEqual(['*://esaj.intranet.tjxx.jus.br/*']);
    expect(policy.notices).toHaveLength(1);
  });
});

describe('createPolicyCache: current in memory, updated on change', () => {
  it('starts empty, applies managed storage when it answers, and follows managed changes', async () => {
    await fakeBrowser.storage.managed.set({ guardEnabled: false });
    const cache = createPolicyCache();
    expect(cache.current().guardEnabled).toBe(true); // nothing read yet: the guard stays on
    await cache.ready;
    await vi.waitFor(() => expect(cache.current().guardEnabled).toBe(false));

    const seen = vi.fn();
    cache.subscribe(seen);
    await fakeBrowser.storage.managed.set({ guardEnabled: true });
    await vi.waitFor(() => expect(cache.current().guardEnabled).toBe(true));
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ guardEnabled: true }));
  });

  it('follows the seam, and ignores unrelated local changes', async () => {
    const cache = createPolicyCache();
    await cache.ready;
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ status: { anything: 1 } });
    expect(read).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [POLICY_SEAM_KEY]: { extraSajHosts: ['esaj.outrotribunal.jus.br'] } });
    await vi.waitFor(() => expect(cache.current().extraSajHosts).toEqual(['*://esaj.outrotribunal.jus.br/*']));
    await fakeBrowser.storage.local.remove(POLICY_SEAM_KEY);
    await vi.waitFor(() => expect(cache.current().source).toBe('none'));
  });

  it('stops listening when its signal aborts', async () => {
    const controller = new AbortController();
    const cache = createPolicyCache({ signal: controller.signal });
    await cache.ready;
    controller.abort();
    await fakeBrowser.storage.managed.set({ guardEnabled: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(cache.current().guardEnabled).toBe(true);
  });

  it('a slow first read does not overwrite a later change', async () => {
    let release!: (v: Record<string, unknown>) => void;
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
    get.mockImplementationOnce(() => new Promise((r) => (release = r)));
    const cache = createPolicyCache();
    await fakeBrowser.storage.managed.set({ tribunal: 'tre-rj' });
    await vi.waitFor(() => expect(cache.current().tribunalId).toBe('tre-rj'));
    release({ tribunal: 'tjms', guardEnabled: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(cache.current().tribunalId).toBe('tre-rj');
    expect(cache.current().guardEnabled).toBe(true);
  });
});


describe('the mirror: IT\'s policy at once, while Chromium\'s first managed read takes seconds', () => {
  const mirror = (raw: unknown, source = 'managed') => ({ [POLICY_MIRROR_KEY]: { raw, source, at: '2026-11-29T10:00:00.000Z' } });

  it('is ready on the mirror alone, with the mirrored policy, and managed storage\'s answer wins when it comes', async () => {
    let answer!: (v: Record<string, unknown>) => void;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(() => new Promise((r) => (answer = r)));
    await fakeBrowser.storage.local.set(mirror({ guardEnabled: false, tribunal: 'tre-rj' }));
    const cache = createPolicyCache();
    await cache.ready; // managed storage has not answered
    expect([cache.current().source, cache.current().guardEnabled, cache.current().tribunalId]).toEqual(['managed', false, 'tre-rj']);
    expect(cache.mirror()).toBeUndefined(); // nothing new to mirror before managed storage answers
    answer({}); // IT removed the policy while the browser was closed
    await vi.waitFor(() => expect(cache.current().source).toBe('none'));
    expect(cache.current().guardEnabled).toBe(true);
    expect(cache.mirror()).toMatchObject({ source: 'none' });
  });

  it('is ready with the defaults when nothing was ever mirrored, without waiting for managed storage', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(() => new Promise(() => undefined));
    const cache = createPolicyCache();
    await cache.ready;
    expect(cache.current().source).toBe('none');
  });

  it('a mirror that is not one is ignored', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_MIRROR_KEY]: 'x' });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(() => new Promise(() => undefined));
    const cache = createPolicyCache();
    await cache.ready;
    expect(cache.current().source).toBe('none');
  });

  it('follows the mirror when the background rewrites it', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined));
    const cache = createPolicyCache();
    await cache.ready;
    await fakeBrowser.storage.local.set(mirror({ guardEnabled: false }));
    await vi.waitFor(() => expect(cache.current().guardEnabled).toBe(false));
  });

  it('the background mirrors what managed storage gave', async () => {
    await fakeBrowser.storage.managed.set({ tribunal: 'tre-rj' });
    const cache = createPolicyCache();
    await vi.waitFor(() => expect(cache.mirror()).toMatchObject({ raw: { tribunal: 'tre-rj' }, source: 'managed' }));
    const { setUpPolicyMirror } = await import('../../../lib/background/policy-mirror');
    setUpPolicyMirror(cache);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_MIRROR_KEY))[POLICY_MIRROR_KEY]).toMatchObject({ raw: { tribunal: 'tre-rj' }, source: 'managed' }));
  });
});
