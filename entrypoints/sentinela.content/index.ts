/**
 * The always-on content script: every page of a guarded SAJ host pays for this file, so it only
 *
 *   1. installs the interceptor (capture-phase click / key / submit listeners, lib/guard/interceptor);
 *   2. watches added nodes, batched per animation frame, with a cheap text prefilter;
 *   3. loads the guard core (detector, readiness engine, banner, warning dialog) the first time the
 *      page shows something that may be a signing action — or at the first click on one — and from
 *      then on hands it every attempt and every batch of added nodes.
 *
 * Until the core is loaded, an attempt that passes the prefilter is held and decided as soon as
 * the core arrives. If the core fails to load, held attempts go through and a notice says so
 * (fail open, visibly).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEFAULT_SAJ_MATCHES } from '../../lib/tribunals/hosts';
import { installInterceptor } from '../../lib/guard/interceptor';
import { pathMentionsSigning, subtreeMentionsSigning } from '../../lib/guard/prefilter';
import { showFailOpenNotice } from '../../lib/guard/notice';
import { CORE_FACTORY_KEY, CORE_SCRIPT_PATH, type CoreFactory, type CoreHost, type GuardCore } from '../../lib/guard/core-contract';

const RUNNING_KEY = '__sentinelaBnmpRunning';

export default defineContentScript({
  matches: DEFAULT_SAJ_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    const scope = globalThis as Record<string, unknown>;
    if (scope[RUNNING_KEY]) return; // injected twice (extension reload, manual injection)
    scope[RUNNING_KEY] = true;
    ctx.onInvalidated(() => delete scope[RUNNING_KEY]);

    const signal = ctx.signal;
    let core: GuardCore | undefined;
    let loading: Promise<GuardCore> | undefined;
    const failOpen: CoreHost['failOpen'] = (error, notice) => {
      console.error('[Sentinela BNMP]', error);
      showFailOpenNotice(document, notice);
    };

    const loadCore = () =>
      (loading ??= import(/* @vite-ignore */ browser.runtime.getURL(CORE_SCRIPT_PATH)).then(() => {
        const factory = scope[CORE_FACTORY_KEY] as CoreFactory | undefined;
        if (!factory) throw new Error('guard core did not register');
        core = factory({ window, signal, failOpen });
        return core;
      }));

    installInterceptor(
      window,
      (attempt) => {
        if (core) return core.judge(attempt);
        if (!pathMentionsSigning(attempt.path)) return 'pass';
        loadCore().then(
          (loaded) => {
            if (loaded.judge(attempt) === 'pass') attempt.replay();
          },
          (error) => {
            failOpen(error);
            attempt.replay();
          },
        );
        return 'hold';
      },
      failOpen,
      signal,
    );

    let pending: Node[] = [];
    let frame = 0;
    /** Main-thread time this script spends watching the page (observer + batches), for diagnostics and the benchmark. */
    let watchingMs = 0;
    const flush = () => {
      const started = performance.now();
      frame = 0;
      const nodes = pending;
      pending = [];
      try {
        if (core) core.onAdded(nodes);
        else if (!loading && nodes.some((node) => node.isConnected && subtreeMentionsSigning(node))) {
          loadCore().then((loaded) => loaded.onAdded([document.documentElement]), failOpen);
        }
      } catch (error) {
        failOpen(error);
      }
      watchingMs += performance.now() - started;
    };
    const observer = new MutationObserver((records) => {
      const started = performance.now();
      for (const record of records) for (const node of record.addedNodes) pending.push(node);
      if (pending.length && !frame) frame = requestAnimationFrame(flush);
      watchingMs += performance.now() - started;
    });
    observer.observe(document, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());

    /**
     * For the diagnostics page, which may ask while the page is still loading: answer about the parsed
     * page. A batch may be waiting for its animation frame (none come in a background tab): take it
     * now, and if it loads the core, answer once the core has looked at the page.
     */
    const describe = async () => {
      if (document.readyState === 'loading') {
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true, signal }));
      }
      if (frame) {
        cancelAnimationFrame(frame);
        flush();
      }
      if (loading) await loading.then(() => undefined, () => undefined);
      const seen = core ? await core.describe() : { url: location.href, top: window === window.top, core: false };
      return { ...seen, watchingMs };
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (signal.aborted) return undefined;
      const type = (message as { type?: string } | null)?.type;
      if (type === 'sentinela:ping') return Promise.resolve({ url: location.href, top: window === window.top, core: !!core });
      if (type === 'sentinela:describe') return describe();
      return undefined;
    });
  },
});
