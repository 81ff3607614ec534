import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPolicyCache, POLICY_SEAM_KEY, POLICY_WAIT_MS, readPolicy, readyOrDefaults } from '../../../lib/policy/cache';

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
  it('starts empty, is current once ready, and follows managed changes', async () => {
    await fakeBrowser.storage.managed.set({ guardEnabled: false });
    const cache = createPolicyCache();
    expect(cache.current().guardEnabled).toBe(true); // nothing read yet: the guard stays on
    await cache.ready;
    expect(cache.current().guardEnabled).toBe(false);

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

describe('readyOrDefaults: a slow first read (Chromium right after start) holds nothing up for long', () => {
  it('resolves when the policy arrives, if it comes in time', async () => {
    vi.useFakeTimers();
    try {
      let arrive!: () => void;
      const done = vi.fn();
      void readyOrDefaults({ ready: new Promise<void>((resolve) => (arrive = resolve)) }).then(done);
      await vi.advanceTimersByTimeAsync(200);
      expect(done).not.toHaveBeenCalled();
      arrive();
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after POLICY_WAIT_MS (1 s), not before', async () => {
    vi.useFakeTimers();
    try {
      const done = vi.fn();
      void readyOrDefaults({ ready: new Promise<void>(() => undefined) }).then(done);
      await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS - 1);
      expect(done).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toHaveBeenCalledOnce();
      expect(POLICY_WAIT_MS).toBe(1000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the UI store shows the defaults after the wait, then IT\'s policy the moment it arrives', async () => {
    vi.useFakeTimers();
    try {
      const { hydratePolicyStore, currentPolicy } = await import('../../../lib/ui/policy-store');
      let resolveRead!: (value: Record<string, unknown>) => void;
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(() => new Promise((resolve) => (resolveRead = resolve)));
      const hydrated = vi.fn();
      void hydratePolicyStore().then(hydrated);
      await vi.advanceTimersByTimeAsync(POLICY_WAIT_MS);
      expect(hydrated).toHaveBeenCalledOnce();
      expect(currentPolicy().guardEnabled).toBe(true);
      resolveRead({ guardEnabled: false });
      await vi.advanceTimersByTimeAsync(0);
      await vi.waitFor(() => expect(currentPolicy().guardEnabled).toBe(false));
    } finally {
      vi.useRealTimers();
    }
  });
});
