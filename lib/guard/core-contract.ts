/**
 * The contract between the always-on content script and the lazily loaded guard core. The core is
 * a separate script (entrypoints/guard-core.ts) evaluated in the same isolated world; it registers
 * its factory on `globalThis` under CORE_FACTORY_KEY. Only types cross this line at build time, so
 * the always-on bundle stays free of the core's code.
 */
import type { Judgement, SigningAttempt } from './interceptor';

export const CORE_FACTORY_KEY = '__sentinelaBnmpCoreFactory';
export const CORE_SCRIPT_PATH = '/guard-core.js';

export interface CoreHost {
  window: Window & typeof globalThis;
  signal: AbortSignal;
  /** Tell the person Sentinela failed and the page's action went through unchecked. */
  failOpen(error: unknown): void;
}

export interface GuardCore {
  /** Synchronous decision at click time. 'hold' = the core owns the attempt (warns, then replays or drops it). */
  judge(attempt: SigningAttempt): Judgement;
  /** Nodes added to the page since the last animation frame (for the banner). */
  onAdded(nodes: readonly Node[]): void;
  /** What the detector sees on this frame, for the diagnostics page (no personal data decisions here). */
  describe(): unknown;
}

export type CoreFactory = (host: CoreHost) => GuardCore;
