/**
 * Browser side of the diagnostics page: find the tabs where Sentinela runs and ask each frame of
 * one tab what the detector sees (`sentinela:describe`, answered by the content script).
 *
 * Frames: every frame of a guarded tab is asked (SAJ screens often sit in iframes); the frame ids
 * come from a no-op `scripting.executeScript` over all frames, which the host permission of the
 * guarded hosts allows (no "webNavigation" permission needed). Where that fails, only the top frame.
 * A tab of a guarded host whose script does not answer was opened before the last update of the
 * extension (or its script stopped): it needs a reload, and the page says so.
 */
import { browser } from 'wxt/browser';
import { readFrameDescription, type FrameDescription } from './frame-description';
import { isExtensionPage, type TabCandidate } from './target-tab';
import { within } from '../ui/active-tab';

const ANSWER_TIMEOUT_MS = 1500;

/** A frame's answer, or `fallback` when it fails or takes longer than ANSWER_TIMEOUT_MS. */
const withTimeout = <T>(promise: Promise<T>, fallback: T): Promise<T> => within(promise.catch(() => fallback), ANSWER_TIMEOUT_MS, fallback);

interface Ping {
  url?: string;
}

/** Every tab, with whether Sentinela's content script answers in its top frame. */
export async function listTabs(): Promise<TabCandidate[]> {
  const tabs = await browser.tabs.query({});
  return Promise.all(
    tabs.flatMap((tab) => {
      if (tab.id === undefined || tab.id < 0) return [];
      const id = tab.id;
      const ping = browser.tabs.sendMessage(id, { type: 'sentinela:ping' }, { frameId: 0 }) as Promise<Ping | undefined>;
      return [
        withTimeout(ping, undefined).then((answer): TabCandidate => {
          const url = typeof answer?.url === 'string' ? answer.url : tab.url;
          const answers = answer !== undefined && answer !== null;
          return {
            id,
            active: tab.active,
            answers,
            // The URL is visible only on hosts Sentinela may access: a guarded host that did not answer.
            ...(!answers && tab.url && !isExtensionPage(tab.url) && /^https?:/.test(tab.url) ? { needsReload: true } : {}),
            ...(tab.lastAccessed !== undefined ? { lastAccessed: tab.lastAccessed } : {}),
            ...(url ? { url } : {}),
            ...(tab.title ? { title: tab.title } : {}),
          };
        }),
      ];
    }),
  );
}

export interface TabDescription {
  frames: FrameDescription[];
  /** False when only the top frame could be asked. */
  allFrames: boolean;
}

/** Every frame id of the tab, by a no-op script run in all of them; [0] when the browser refuses. */
async function frameIdsOf(tabId: number): Promise<{ ids: number[]; all: boolean }> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => 0 });
    const ids = [...new Set(results.map((r) => r.frameId))].sort((a, b) => a - b);
    return ids.length ? { ids, all: true } : { ids: [0], all: false };
  } catch {
    return { ids: [0], all: false };
  }
}

export async function describeTab(tabId: number): Promise<TabDescription> {
  const { ids: frameIds, all: allFrames } = await frameIdsOf(tabId);
  const answers = await Promise.all(
    frameIds.map((frameId) => withTimeout(browser.tabs.sendMessage(tabId, { type: 'sentinela:describe' }, { frameId }) as Promise<unknown>, undefined)),
  );
  const frames = answers.flatMap((answer, i) => {
    const read = readFrameDescription(answer);
    // An answer from before the core loaded has no `top`; frame 0 is the top frame whatever it says.
    return read ? [frameIds[i] === 0 ? { ...read, top: true } : read] : [];
  });
  // Top frame first, then the frames that saw a signing action.
  frames.sort((a, b) => Number(b.top) - Number(a.top) || Number(b.core) - Number(a.core));
  return { frames, allFrames };
}
