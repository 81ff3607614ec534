/**
 * One guard per frame, and a clean stand-down when the extension behind it is gone — decided only
 * by what a page cannot forge.
 *
 * WXT's `ContentScriptContext` is deliberately not used for this: it aborts itself when the page's
 * `document` receives a CustomEvent named `<extension id>:<script>:wxt:content-script-started`, and
 * any page script can dispatch one (docs/security.md). Here:
 *
 *   - the newest instance in a frame wins: an instance registers itself on the isolated world's
 *     global (which page scripts cannot reach) and stops the one it replaces (a re-injection after an
 *     extension update, or by the background, is our own code, never the page's);
 *   - an instance whose extension was updated, reloaded or removed finds out from its own runtime
 *     (`runtime.id` is gone) the next time it is asked, and stops: listeners off, nothing held, no
 *     notices.
 */
import { extensionApi } from './extension-api';

/** Where each always-on script registers itself: SAJ's and BNMP web's are separate guards. */
export const SAJ_GUARD_KEY = '__sentinelaBnmpGuard';
export const BNMP_WEB_GUARD_KEY = '__sentinelaBnmpWebGuard';

export interface Lifetime {
  /** Aborted when this instance stops; every listener of the guard is tied to it. */
  readonly signal: AbortSignal;
  /** Still the frame's guard, and its extension still there. Cheap: asked on every event the guard handles. */
  alive(): boolean;
  stop(): void;
}

/** True while this script's extension context works: after an update or reload, `runtime.id` is gone. */
export function extensionAlive(runtime: { readonly id?: string } | undefined = extensionApi?.runtime): boolean {
  try {
    return typeof runtime?.id === 'string' && runtime.id.length > 0;
  } catch {
    return false;
  }
}

/**
 * Becomes the frame's guard, stopping the instance it replaces. `scope` is the isolated world's
 * global; `contextAlive` is injectable for tests.
 */
export function claimFrame(
  scope: Record<string, unknown> = globalThis as Record<string, unknown>,
  contextAlive: () => boolean = extensionAlive,
  key: string = SAJ_GUARD_KEY,
): Lifetime {
  const previous = scope[key] as Lifetime | undefined;
  try {
    previous?.stop();
  } catch {
    // An instance of an older version: whatever it does, this one takes over.
  }
  const controller = new AbortController();
  const lifetime: Lifetime = {
    signal: controller.signal,
    alive() {
      if (controller.signal.aborted) return false;
      if (contextAlive()) return true;
      lifetime.stop();
      return false;
    },
    stop() {
      if (!controller.signal.aborted) controller.abort();
      if (scope[key] === lifetime) delete scope[key];
    },
  };
  scope[key] = lifetime;
  return lifetime;
}
