/**
 * Browser side of the diagnostics page: find the tabs where Sentinela runs and ask each frame of
 * one tab what the detector sees (`sentinela:describe`, answered by the content script).
 *
 * Frames: with the "webNavigation" permission every frame of the tab is asked (SAJ screens often
 * sit in iframes); without it only the top frame, and the page says so.
 */
import { browser } from 'wxt/browser';
import { readFrameDescription, type FrameDescription } from './frame-description';
import type { TabCandidate } from './target-tab';

const ANSWER_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([promise.catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ANSWER_TIMEOUT_MS))]);
}

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
          return {
            id,
            active: tab.active,
            answers: answer !== undefined && answer !== null,
            ...(tab.lastAccessed !== undefined ? { lastAccessed: tab.lastAccessed } : {}),
            ...(url ? { url } : {}),
            ...(tab.title ? { title: tab.title } : {}),
          };
        }),
      ];
    }),
  );
}

type GetAllFrames = (details: { tabId: number }) => Promise<{ frameId: number }[] | null>;

export interface TabDescription {
  frames: FrameDescription[];
  /** False when only the top frame could be asked (no "webNavigation" permission). */
  allFrames: boolean;
}

export async function describeTab(tabId: number): Promise<TabDescription> {
  const getAllFrames = (browser as unknown as { webNavigation?: { getAllFrames?: GetAllFrames } }).webNavigation?.getAllFrames;
  let frameIds = [0];
  let allFrames = false;
  if (getAllFrames) {
    const frames = await getAllFrames({ tabId }).catch(() => null);
    if (frames?.length) {
      frameIds = frames.map((f) => f.frameId).sort((a, b) => a - b);
      allFrames = true;
    }
  }
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
