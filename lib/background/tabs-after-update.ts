/**
 * After the extension is installed, updated or reloaded, tabs already open keep the old content
 * script, whose extension context is dead (it stands down by itself: lib/guard/lifetime.ts). Chrome
 * does not inject the new one into them, so the background does: every open tab that does not answer
 * a ping gets the always-on script again, wherever the browser lets us (a guarded SAJ host). Where it
 * cannot, the diagnostics page says the tab must be reloaded.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../policy/keys';

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
    try {
      // Refused (no permission) on any host Sentinela does not guard: nothing happens there.
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}` as const] });
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
