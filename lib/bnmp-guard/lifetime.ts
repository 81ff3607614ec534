/**
 * ─── LIFETIME of the BNMP web content script: the one place that decides when it starts and stops ───
 *
 *   - "already running": a flag on the content script's own global (the isolated world), so a second
 *     injection (extension reload, the run-time registration of lib/policy/bnmp-web-hosts.ts, a
 *     manual injection) does nothing;
 *   - "stop": our own AbortController. It is aborted when the extension context is gone (extension
 *     reloaded, updated or removed: `runtime.id` disappears), checked at every event the script
 *     receives (`alive()`), and every listener of the script is tied to its signal;
 *   - deliberately NOT WXT's `ctx.signal` / `ctx.onInvalidated`: a page can abort WXT's context by
 *     dispatching a CustomEvent named `<extension id>:<script name>:wxt:content-script-started`
 *     (issue 9), and nothing that matters may depend on it.
 *
 * The lead's hardened version for the SAJ script (issue 9) can replace this file as a whole: the
 * entry point only calls `startOnce(key, main)` and uses `lifetime.signal` and `lifetime.alive()`.
 */
import { browser } from 'wxt/browser';

export interface Lifetime {
  /** Aborted when this script must stop (its listeners go with it). */
  signal: AbortSignal;
  /** False (and the signal aborted) once the extension context is gone. */
  alive(): boolean;
}

function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

export function startOnce(key: string, main: (lifetime: Lifetime) => void): void {
  const scope = globalThis as Record<string, unknown>;
  if (scope[key]) return;
  scope[key] = true;
  const controller = new AbortController();
  const lifetime: Lifetime = {
    signal: controller.signal,
    alive() {
      if (controller.signal.aborted) return false;
      if (extensionAlive()) return true;
      controller.abort();
      delete scope[key];
      return false;
    },
  };
  main(lifetime);
}
