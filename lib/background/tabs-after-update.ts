/**
 * After the extension is installed, updated or reloaded, tabs already open keep the old content
 * script, whose extension context is dead (it stands down by itself: lib/guard/lifetime.ts). Chrome
 * does not inject the new one into them, so the background does: every open tab of a guarded host
 * (SAJ or BNMP web, the manifest's or one registered at run time) that does not answer a ping gets its
 * always-on script again. Where the browser refuses, the diagnostics page says the tab must be reloaded.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';

/** Which always-on script a URL gets: the manifest's and the run-time registered ones, by their matches. */
async function scriptFor(url: string): Promise<string | undefined> {
  const declared = (browser.runtime.getManifest().content_scripts ?? []).map((s) => ({ matches: s.matches ?? [], js: s.js ?? [] }));
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  for (const script of [...declared, ...registered.map((s) => ({ matches: s.matches ?? [], js: s.js ?? [] }))]) {
    if (script.js[0] && script.matches.some((pattern) => new MatchPattern(pattern).includes(url))) return script.js[0];
  }
  return undefined;
}

async function answers(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'sentinela:ping' }, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

export async function guardOpenTabs(): Promise<number> {
  let injected = 0;
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    // A tab's URL is visible only where Sentinela has host access: the guarded hosts.
    if (tab.id === undefined || tab.id < 0 || tab.discarded || !tab.url || !/^https?:/.test(tab.url) || (await answers(tab.id))) continue;
    const file = await scriptFor(tab.url);
    if (!file) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${file.replace(/^\//, '')}` as '/sentinela.js'] });
      injected++;
    } catch {
      // Not a guarded host, or a page the browser protects.
    }
  }
  return injected;
}

export function setUpTabsAfterUpdate(): void {
  browser.runtime.onInstalled.addListener(() => {
    void guardOpenTabs().catch(() => undefined);
  });
}
