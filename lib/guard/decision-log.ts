/**
 * The last signing attempt the guard judged on this frame, shared by the always-on script (which
 * decides signatures of no BNMP document by itself) and the core. `seq` counts the decisions, so a
 * test or an analyst can tell "signed without a warning because the guard said ok" from "the guard
 * never looked".
 */
import type { SeenDocument } from '../readiness/types';
import type { FrameDescription } from './core-contract';

export type Decision = NonNullable<FrameDescription['lastDecision']>;

export interface DecisionLog {
  /** Every trusted click, key or submission the guard looked at, signing action or not. */
  noteAttempt(): void;
  attempts(): number;
  /** How long a synchronous judgement took (the page's own handler waits for it), ms. */
  noteTime(ms: number): void;
  timing(): NonNullable<FrameDescription['timing']>;
  note(documents: readonly SeenDocument[], level: Decision['level'], codes?: string[], extra?: { guardOff?: true }): void;
  last(): Decision | undefined;
  /** A click that was no signing action as far as the guard can see: was it from inside a closed shadow root? */
  noteClick(target: EventTarget | undefined): void;
  /** The last click that came from inside a closed shadow root, which the guard cannot read into. */
  closedShadowClick(): FrameDescription['closedShadowClick'];
}

export function createDecisionLog(): DecisionLog {
  let seq = 0;
  let attempts = 0;
  let last: Decision | undefined;
  const times = { count: 0, total: 0, max: 0, recent: [] as number[] };
  let closedShadow: FrameDescription['closedShadowClick'];
  return {
    noteAttempt: () => void attempts++,
    attempts: () => attempts,
    noteTime(ms) {
      times.count++;
      times.total += ms;
      times.max = Math.max(times.max, ms);
      if (times.recent.push(ms) > 200) times.recent.shift();
    },
    timing: () => ({
      decisions: times.count,
      meanMs: times.count ? times.total / times.count : 0,
      medianMs: [...times.recent].sort((a, b) => a - b)[Math.floor(times.recent.length / 2)] ?? 0,
      maxMs: times.max,
    }),
    note(documents, level, codes = [], extra = {}) {
      seq++;
      last = { at: new Date().toISOString(), seq, level, codes, documents: documents.length, bnmp: documents.filter((d) => d.bnmp).length, ...extra };
    },
    last: () => last,
    noteClick(target) {
      const el = target as Element | undefined;
      // Only a custom element without an open root can hide a closed one: a cheap test first.
      if (!el?.localName?.includes('-') || el.shadowRoot) return;
      if (closedShadowRootOf(el)) closedShadow = { at: new Date().toISOString(), tag: el.localName.slice(0, 60) };
    },
    closedShadowClick: () => closedShadow,
  };
}

/** A closed shadow root, which extensions can see (Chrome: chrome.dom; Firefox: openOrClosedShadowRoot). */
function closedShadowRootOf(el: Element): ShadowRoot | null {
  try {
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox) return firefox;
    const chromeDom = (globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
    return chromeDom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}
