/**
 * How a page's guard asks the background for a verdict. The readiness engine, the stored status and
 * IT's policy live in the background (the extension's service worker), which keeps them in memory; a
 * page sends only what it shows — who signs and from where — and gets back the verdict for signing a
 * BNMP document there. Nothing about a Despacho ever travels: the page decides that alone.
 *
 * The verdict does not depend on which BNMP documents are signed, only on the page's context, the
 * record, the policy and the time: the page fills in its own documents, and keeps an answer for
 * VERDICT_TTL_MS (plantão hours move with the clock) or until the background says the record or the
 * policy changed (CHANGED_MESSAGE). The page never reads extension storage itself: every guarded page
 * would pay for the storage API's setup.
 */
import type { PageContext } from '../saj/screen';
import type { Verdict } from '../readiness/types';
import type { SajSelectors, TribunalProfile } from '../tribunals/schema';
import type { WarningHistoryEntry } from '../storage/items';

export const VERDICT_MESSAGE = 'sentinela:verdict';
export const HISTORY_MESSAGE = 'sentinela:history';
/** Sent by the background to every guarded tab when the record or IT's policy changed: answers are stale. */
export const CHANGED_MESSAGE = 'sentinela:changed';
/** An answer is used for this long; past it, a BNMP signature waits for a fresh one. */
export const VERDICT_TTL_MS = 60_000;

export interface VerdictRequest {
  type: typeof VERDICT_MESSAGE;
  url: string;
  context: PageContext;
  /** Also send the tribunal profile (for the warning's contacts and steps): only when a warning is shown. */
  withProfile?: boolean;
}

export interface VerdictAnswer {
  /** The verdict for signing a BNMP document with this context (its `bnmpDocuments` is a placeholder). */
  verdict: Verdict;
  /** IT's policy leaves the guard on for this tribunal. */
  guardOn: boolean;
  /** The tribunal profile in force (the person's, else the host's). */
  profileId: string;
  /** That profile, when asked for (`withProfile`): tens of kilobytes no page should pay to receive for nothing. */
  profile?: TribunalProfile;
  statusState: 'ok' | 'empty' | 'unreadable';
  /** The detector's selectors IT pinned (every profile's; lib/policy/pinned.ts), for the page's own reading. */
  selectors?: SajSelectors;
}

export interface HistoryRequest {
  type: typeof HISTORY_MESSAGE;
  entry: WarningHistoryEntry;
}

/** The cache key of a context: what the engine reads of the page. */
export function contextKey(url: string, context: PageContext): string {
  const { user, lotacao, database, plantaoHint, grau, comarca } = context;
  return JSON.stringify([new URL(url).host, user ?? '', lotacao ?? '', database ?? '', !!plantaoHint, grau ?? 1, comarca ?? '']);
}
