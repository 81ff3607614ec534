/**
 * Asks the guard in the active tab what it sees (`sentinela:describe`, lib/guard/core-contract.ts).
 * Needs no "tabs" permission: the active tab's id and a message to our own content script are
 * enough. Only the top frame is asked for now; a SAJ frameset answers for its top frame only.
 */
import { browser } from 'wxt/browser';
import type { FrameDescription } from '../guard/core-contract';
import type { TabInfo } from './popup-model';

export async function describeActiveTab(tabId?: number): Promise<TabInfo> {
  try {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return { state: 'not-saj' };
    const answer = (await browser.tabs.sendMessage(id, { type: 'sentinela:describe' }, { frameId: 0 })) as FrameDescription | undefined;
    return answer && typeof answer === 'object' && typeof answer.url === 'string' ? { state: 'saj', frame: answer } : { state: 'not-saj' };
  } catch {
    // No content script there (not a guarded SAJ host): "Could not establish connection".
    return { state: 'not-saj' };
  }
}

/** Resolves after at most `ms`, with `fallback` if the promise is slower. */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}
