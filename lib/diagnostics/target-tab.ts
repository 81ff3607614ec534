/**
 * Which tab the diagnostics page looks at. The page is opened from the popup (which passes the
 * active tab as `?tab=<id>`), from the warning dialog (the background adds the SAJ tab's id), or
 * typed/bookmarked (no id). Without an id, "the active tab of the last focused window" is the
 * diagnostics page itself, so: among tabs where Sentinela's content script answers, the active
 * ones first, then the most recently used. Extension pages are never a target. Pure.
 */

export interface TabCandidate {
  id: number;
  active: boolean;
  /** ms since epoch (Chrome 121+, Firefox); absent on older browsers. */
  lastAccessed?: number;
  /** The URL the content script reported (its own `location.href`), or the tab's when visible. */
  url?: string;
  title?: string;
  /** Sentinela's content script answered in the tab's top frame. */
  answers: boolean;
  /** A guarded host whose script did not answer: opened before the last update, it must be reloaded. */
  needsReload?: boolean;
}

export function isExtensionPage(url: string | undefined): boolean {
  return !!url && /^(chrome|moz|ms-browser|safari-web)-extension:\/\//.test(url);
}

/** The tab to inspect, or undefined when no tab runs Sentinela. A requested id wins if the tab exists. */
export function pickTargetTab(candidates: readonly TabCandidate[], requestedId: number | undefined, ownTabId?: number): number | undefined {
  if (requestedId !== undefined && candidates.some((t) => t.id === requestedId && t.id !== ownTabId && !isExtensionPage(t.url))) return requestedId;
  return sajTabs(candidates, ownTabId)[0]?.id;
}

/** Tabs running Sentinela, best first (active, then most recently used); for the page's tab picker. */
export function sajTabs(candidates: readonly TabCandidate[], ownTabId?: number): TabCandidate[] {
  return candidates
    .filter((t) => t.answers && t.id !== ownTabId && !isExtensionPage(t.url))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => Number(b.t.active) - Number(a.t.active) || (b.t.lastAccessed ?? 0) - (a.t.lastAccessed ?? 0) || a.i - b.i)
    .map(({ t }) => t);
}

/** `?tab=12` → 12; anything else → undefined. */
export function requestedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}
