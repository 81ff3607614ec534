import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EXTENSION_PAGES, isOpenPageMessage, pagePath } from '../../../lib/background/messages';
import { openPage, setUpOpenPage } from '../../../lib/background/open-page';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the sentinela:open-page message', () => {
  it.each([
    [{ type: 'sentinela:open-page', page: 'guia-senha' }, true],
    [{ type: 'sentinela:open-page', page: 'diagnostico' }, true],
    [{ type: 'sentinela:open-page', page: 'options' }, true],
    [{ type: 'sentinela:open-page', page: 'popup' }, false],
    [{ type: 'sentinela:open-page', page: '../evil' }, false],
    [{ type: 'sentinela:open-page', page: 'https://example.com' }, false],
    [{ type: 'sentinela:open-page' }, false],
    [{ type: 'sentinela:describe', page: 'guia-senha' }, false],
    ['sentinela:open-page', false],
    [null, false],
  ])('%j → %s', (message, ok) => expect(isOpenPageMessage(message)).toBe(ok));

  it.each([
    ['guia-senha', {}, '/guia-senha.html'],
    ['diagnostico', { tab: 12 }, '/diagnostico.html?tab=12'],
    ['diagnostico', { tab: -1 }, '/diagnostico.html'],
    ['guia-senha', { modo: 'suporte', pessoa: 'p-1' }, '/guia-senha.html?pessoa=p-1&modo=suporte'],
  ] as const)('pagePath(%s, %j) → %s', (page, params, path) => expect(pagePath(page, params)).toBe(path));

  it('names every page the pages exist for', () => {
    expect(EXTENSION_PAGES).toEqual(['guia-senha', 'guia-acesso', 'plantao', 'diagnostico', 'options']);
  });
});

describe('opening a page', () => {
  it('opens a guide next to the SAJ tab that asked; diagnostics look at that tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 2, windowId: 3 } };
    await openPage({ type: 'sentinela:open-page', page: 'guia-acesso' }, sender);
    expect(create).toHaveBeenLastCalledWith({ url: fakeBrowser.runtime.getURL('/guia-acesso.html'), index: 3, windowId: 3, openerTabId: 7 });
    await openPage({ type: 'sentinela:open-page', page: 'diagnostico' }, sender);
    expect(create).toHaveBeenLastCalledWith(expect.objectContaining({ url: fakeBrowser.runtime.getURL('/diagnostico.html?tab=7') }));
    await openPage({ type: 'sentinela:open-page', page: 'plantao' }, { id: fakeBrowser.runtime.id });
    expect(create).toHaveBeenLastCalledWith({ url: fakeBrowser.runtime.getURL('/plantao.html') });
  });

  it('opens the options page through the browser', async () => {
    const options = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await openPage({ type: 'sentinela:open-page', page: 'options' }, { id: fakeBrowser.runtime.id });
    expect(options).toHaveBeenCalledOnce();
  });

  it('answers only its own message from its own extension', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    setUpOpenPage();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'sentinela:open-page', page: 'plantao' }, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: true });
    const others = await fakeBrowser.runtime.onMessage.trigger({ type: 'sentinela:describe' }, { id: fakeBrowser.runtime.id });
    expect(others).toEqual([undefined]);
    const foreign = await fakeBrowser.runtime.onMessage.trigger({ type: 'sentinela:open-page', page: 'plantao' }, { id: 'another-extension' });
    expect(foreign).toEqual([undefined]);
    expect(create).toHaveBeenCalledOnce();
  });

  it('says so when the browser refuses', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no window'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setUpOpenPage();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'sentinela:open-page', page: 'plantao' }, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: false });
  });
});
