import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resolvePolicy } from '../../../lib/policy/effective';
import { BNMP_WEB_CONTENT_SCRIPT_FILE, BNMP_WEB_HOSTS_SCRIPT_ID, syncBnmpWebHostRegistration, wantedBnmpWebHosts } from '../../../lib/policy/bnmp-web-hosts';
import { hostStates } from '../../../lib/policy/hosts';

const PREPROD = '*://bnmp-preprod.pdpj.jus.br/*';
const policy = (raw: unknown) => resolvePolicy(raw, 'managed');

/** Granted origins and registered scripts, as the browser keeps them. */
function fakePlatform(granted: string[]) {
  const scripts = new Map<string, { id: string; js?: string[]; matches?: string[] }>();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((o) => granted.includes(o)));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (f) => [...scripts.values()].filter((x) => f?.ids?.includes(x.id) ?? true) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => void list.forEach((x) => scripts.set(x.id, structuredClone(x))));
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (list) => void list.forEach((x) => scripts.set(x.id, structuredClone(x) as never)));
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f) => void f?.ids?.forEach((id) => scripts.delete(id)));
  return { scripts, guarded: () => scripts.get(BNMP_WEB_HOSTS_SCRIPT_ID)?.matches ?? [] };
}

beforeEach(() => fakeBrowser.reset());

describe('BNMP web hosts IT adds (extraBnmpWebHosts)', () => {
  it('wants each host once, normalised, and not bnmp.pdpj.jus.br itself (the manifest guards it)', () => {
    expect(wantedBnmpWebHosts(policy({ extraBnmpWebHosts: ['https://bnmp-preprod.pdpj.jus.br/pecas', 'bnmp-preprod.pdpj.jus.br', 'bnmp.pdpj.jus.br'] }))).toEqual([PREPROD]);
  });

  it('the BNMP web content script runs on a granted host; a host without permission waits, listed for "Permitir"', async () => {
    const platform = fakePlatform([PREPROD]);
    const both = policy({ extraBnmpWebHosts: ['bnmp-preprod.pdpj.jus.br', 'bnmp-hml.tjxx.jus.br'] });
    expect(await syncBnmpWebHostRegistration(both)).toEqual({ registered: [PREPROD], waitingForPermission: ['*://bnmp-hml.tjxx.jus.br/*'] });
    expect(platform.scripts.get(BNMP_WEB_HOSTS_SCRIPT_ID)).toMatchObject({ js: [BNMP_WEB_CONTENT_SCRIPT_FILE], matches: [PREPROD] });
    expect(await hostStates(both)).toEqual([
      { pattern: PREPROD, from: ['bnmp-web'], granted: true },
      { pattern: '*://bnmp-hml.tjxx.jus.br/*', from: ['bnmp-web'], granted: false },
    ]);
  });

  it.each([
    ['bnmpWebEnabled', { bnmpWebEnabled: false }],
    ['guardEnabled', { guardEnabled: false }],
  ])('IT switching %s off unregisters it', async (_, off) => {
    const platform = fakePlatform([PREPROD]);
    await syncBnmpWebHostRegistration(policy({ extraBnmpWebHosts: ['bnmp-preprod.pdpj.jus.br'] }));
    expect(platform.guarded()).toEqual([PREPROD]);
    await syncBnmpWebHostRegistration(policy({ extraBnmpWebHosts: ['bnmp-preprod.pdpj.jus.br'], ...off }));
    expect(platform.scripts.has(BNMP_WEB_HOSTS_SCRIPT_ID)).toBe(false);
  });
});
