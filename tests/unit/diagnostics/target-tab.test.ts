import { describe, expect, it } from 'vitest';
import { isExtensionPage, pickTargetTab, requestedTabId, sajTabs, type TabCandidate } from '../../../lib/diagnostics/target-tab';

const tab = (id: number, extra: Partial<TabCandidate> = {}): TabCandidate => ({ id, active: false, answers: true, url: `https://esaj.tjms.jus.br/${id}`, ...extra });

describe('which tab the diagnostics page inspects', () => {
  it('the tab the popup passed (?tab=<id>), even if Sentinela does not answer there (the page then says so)', () => {
    expect(pickTargetTab([tab(1, { active: true }), tab(2, { answers: false })], 2, 9)).toBe(2);
  });

  it('never itself nor another extension page, even when asked', () => {
    const own = tab(9, { active: true, url: 'chrome-extension://abc/diagnostico.html' });
    expect(pickTargetTab([own, tab(3)], 9, 9)).toBe(3);
    expect(pickTargetTab([tab(4, { url: 'moz-extension://x/popup.html' }), tab(5)], 4)).toBe(5);
  });

  it('without an id: an active SAJ tab (of any normal window) first, then the most recently used', () => {
    const candidates = [
      tab(1, { lastAccessed: 100 }),
      tab(2, { lastAccessed: 300 }),
      tab(3, { active: true, lastAccessed: 200 }),
      tab(4, { answers: false, active: true, lastAccessed: 999 }),
      tab(9, { active: true, lastAccessed: 1000, url: 'chrome-extension://abc/diagnostico.html' }),
    ];
    expect(pickTargetTab(candidates, undefined, 9)).toBe(3);
    expect(sajTabs(candidates, 9).map((t) => t.id)).toEqual([3, 2, 1]);
    expect(pickTargetTab(candidates.filter((t) => t.id !== 3), undefined, 9)).toBe(2);
  });

  it('no SAJ tab → undefined; an unknown requested id falls back', () => {
    expect(pickTargetTab([tab(1, { answers: false })], undefined)).toBeUndefined();
    expect(pickTargetTab([tab(1)], 42)).toBe(1);
  });

  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['?tab=-1', undefined],
    ['?tab=abc', undefined],
    ['?tab=1e3', undefined],
    ['', undefined],
  ])('requestedTabId(%j) = %j', (search, id) => expect(requestedTabId(search)).toBe(id));

  it.each([
    ['chrome-extension://abc/x.html', true],
    ['moz-extension://abc/x.html', true],
    ['https://esaj.tjms.jus.br/', false],
    [undefined, false],
  ])('isExtensionPage(%j) = %s', (url, yes) => expect(isExtensionPage(url)).toBe(yes));
});
