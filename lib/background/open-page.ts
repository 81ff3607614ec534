/**
 * Opens an extension page on request (`sentinela:open-page`, ./messages.ts). The warning dialog runs
 * inside a SAJ page, which may not link to extension pages; it sends this message instead.
 */
import { browser } from 'wxt/browser';
import { isOpenPageMessage, pagePath, type OpenPageAnswer, type OpenPageMessage } from './messages';

interface Sender {
  id?: string;
  tab?: { id?: number; index?: number; windowId?: number };
}

export async function openPage(message: OpenPageMessage, sender: Sender): Promise<OpenPageAnswer> {
  if (message.page === 'options') {
    await browser.runtime.openOptionsPage();
    return { ok: true };
  }
  const tab = sender.tab;
  // Diagnostics asked from a SAJ tab look at that tab.
  const params = message.page === 'diagnostico' && tab?.id !== undefined && tab.id >= 0 ? { tab: tab.id } : {};
  await browser.tabs.create({
    url: browser.runtime.getURL(pagePath(message.page, params)),
    // Next to the tab that asked, so closing the guide goes back to SAJ.
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
    ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
  });
  return { ok: true };
}

export function setUpOpenPage(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isOpenPageMessage(message)) return undefined; // someone else's message: let other listeners answer
    // Only our own content scripts and pages (web pages cannot message us without externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    return openPage(message, sender).catch((error: unknown) => {
      console.error('[Sentinela BNMP] open-page', error);
      return { ok: false } satisfies OpenPageAnswer;
    });
  });
}
