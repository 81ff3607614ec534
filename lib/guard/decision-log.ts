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
  note(documents: readonly SeenDocument[], level: Decision['level'], codes?: string[], extra?: { guardOff?: true }): void;
  last(): Decision | undefined;
}

export function createDecisionLog(): DecisionLog {
  let seq = 0;
  let last: Decision | undefined;
  return {
    note(documents, level, codes = [], extra = {}) {
      seq++;
      last = { at: new Date().toISOString(), seq, level, codes, documents: documents.length, bnmp: documents.filter((d) => d.bnmp).length, ...extra };
    },
    last: () => last,
  };
}
