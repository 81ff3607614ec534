/**
 * BNMP 3.0 web's always-on content script (https://bnmp.pdpj.jus.br/*, and the hosts IT adds). Every
 * page there pays for this file, so it only
 *
 *   1. installs the shared interceptor (capture-phase click / Enter-Space / submit, trusted events
 *      only, exactly-once replay: lib/guard/interceptor.ts);
 *   2. once the HTML is parsed, watches added nodes, batched per animation frame, for a dialog or a
 *      selector's list (lib/bnmp-guard/prefilter.ts: tag and role checks — rows added to a table body
 *      are not even looked at — never the text of a big subtree);
 *   3. loads its core (entrypoints/bnmp-core.ts → lib/bnmp-guard/core.ts) the first time the page shows
 *      a dialog or a list, at the first activation that may be the issue confirmation's OK or a
 *      signing action, or when the popup / diagnostics page asks; from then on the core gets every
 *      activation and every batch.
 *
 * Until the core is loaded, an activation that passes the prefilter is held and decided as soon as it
 * arrives; if it cannot load, the activation goes through and a notice says so (fail open, visibly).
 * Starting, stopping and "already running" live in lib/bnmp-guard/lifetime.ts, the one place to swap.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEFAULT_BNMP_WEB_MATCHES } from '../../lib/tribunals/hosts';
import { installInterceptor } from '../../lib/guard/interceptor';
import { showFailOpenNotice } from '../../lib/guard/notice';
import type { CoreFactory, CoreHost, GuardCore } from '../../lib/guard/core-contract';
import { BNMP_CORE_FACTORY_KEY, BNMP_CORE_SCRIPT_PATH } from '../../lib/bnmp-guard/contract';
import { addedNodeMatters, mayHoldDialogOrList, parentMayHoldDialogOrList, pathMayBeBnmpAction } from '../../lib/bnmp-guard/prefilter';
import { startOnce, type Lifetime } from '../../lib/bnmp-guard/lifetime';

const RUNNING_KEY = '__sentinelaBnmpWebRunning';

export default defineContentScript({
  matches: DEFAULT_BNMP_WEB_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  // WXT's ctx is deliberately unused: see lib/bnmp-guard/lifetime.ts.
  main() {
    startOnce(RUNNING_KEY, run);
  },
});

function run({ signal, alive }: Lifetime): void {
  const scope = globalThis as Record<string, unknown>;
  let core: GuardCore | undefined;
  let loading: Promise<GuardCore> | undefined;
  const failOpen: CoreHost['failOpen'] = (error, notice) => {
    console.error('[Sentinela BNMP]', error);
    showFailOpenNotice(document, notice);
  };

  const loadCore = () =>
    (loading ??= import(/* @vite-ignore */ browser.runtime.getURL(BNMP_CORE_SCRIPT_PATH)).then(() => {
      const factory = scope[BNMP_CORE_FACTORY_KEY] as CoreFactory | undefined;
      if (!factory) throw new Error('BNMP web core did not register');
      core = factory({ window, signal, failOpen });
      return core;
    }));

  installInterceptor(
    window,
    (attempt) => {
      if (!alive()) return 'pass';
      if (core) return core.judge(attempt);
      if (!pathMayBeBnmpAction(attempt.path)) return 'pass';
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
  /** Main-thread time this script spends watching the page (observer + batches), for the benchmark. */
  let watchingMs = 0;
  const flush = () => {
    const started = performance.now();
    frame = 0;
    const nodes = pending;
    pending = [];
    try {
      if (core) core.onAdded(nodes);
      else if (!loading && nodes.some(addedNodeMatters)) loadCore().then((loaded) => loaded.onAdded(nodes), failOpen);
    } catch (error) {
      failOpen(error);
    }
    watchingMs += performance.now() - started;
  };
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    if (!alive()) return observer.disconnect();
    for (const record of records) {
      if (!parentMayHoldDialogOrList(record.target)) continue; // rows into a tbody: not even looked at
      for (const node of record.addedNodes) if (mayHoldDialogOrList(node)) pending.push(node);
    }
    if (pending.length && !frame) frame = requestAnimationFrame(flush);
    watchingMs += performance.now() - started;
  });
  // Watching starts once the HTML is parsed: BNMP's dialogs and lists only ever come from the app's
  // scripts, and a large page delivered as HTML would otherwise cost a look at each parsed node. What
  // the HTML itself holds is looked at once, as a single batch, then.
  const watch = () => {
    if (signal.aborted) return;
    pending.push(document.documentElement);
    if (!frame) frame = requestAnimationFrame(flush);
    observer.observe(document, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true, signal });
  else watch();
  signal.addEventListener('abort', () => observer.disconnect());

  /** The popup or the diagnostics page asks: load the core (a person is looking) and answer about the parsed page. */
  const describe = async () => {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true, signal }));
    }
    if (frame) {
      cancelAnimationFrame(frame);
      flush();
    }
    try {
      const seen = await (await loadCore()).describe();
      return { ...seen, watchingMs };
    } catch (error) {
      return { url: location.href, top: window === window.top, core: false, watchingMs, bnmpWeb: { screen: 'bnmp-web', error: String(error).slice(0, 200) } };
    }
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (signal.aborted || !alive()) return undefined;
    const type = (message as { type?: string } | null)?.type;
    // The benchmark reads watchingMs here, without loading the core (describe would).
    if (type === 'sentinela:ping') return Promise.resolve({ url: location.href, top: window === window.top, core: !!core, screen: 'bnmp-web', watchingMs });
    if (type === 'sentinela:describe') return describe();
    return undefined;
  });
}
