/**
 * BNMP 3.0 web's always-on content script (declared in wxt.config.ts `content_scripts`:
 * https://bnmp.pdpj.jus.br/*, every frame, document_start; IT's extra hosts get it registered at run
 * time). Every page there pays for this file, so it only wires small parts together:
 *
 *   claimFrame (lib/guard/lifetime) ── this frame's one BNMP web guard; stands down by itself when the
 *   │    extension is updated or removed, never on a page's signal
 *   ├─ interceptor (lib/guard/interceptor) ── the SAJ guard's: capture-phase click / Enter-Space /
 *   │    submit, trusted events only, exactly-once replay. An activation that may be the issue
 *   │    confirmation's OK or a piece's signing action (lib/bnmp-guard/prefilter) goes to the core, or
 *   │    is held until it is there (one at a time; a second is dropped, never doubled).
 *   ├─ a MutationObserver started once the HTML is parsed: only what may hold a dialog or a selector's
 *   │    list is kept (rows added to a table body are not even looked at), bounded, per animation frame
 *   └─ the core (entrypoints/bnmp-core.ts → lib/bnmp-guard/core.ts) ── imported when the page shows a
 *        dialog or a list, at the first activation that may matter, or when the popup asks.
 *
 * Not built with WXT's `defineContentScript`, for the same reasons as the SAJ guard
 * (entrypoints/sentinela.ts): its wrapper brings webextension-polyfill and a page-abortable context.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BNMP_WEB_GUARD_KEY, claimFrame, extensionAlive } from '../lib/guard/lifetime';
import { installInterceptor, type SigningAttempt } from '../lib/guard/interceptor';
import { showFailOpenNotice } from '../lib/guard/notice';
import { fromOwnUi } from '../lib/guard/own-ui';
import { createDecisionLog } from '../lib/guard/decision-log';
import { answerMessages, extensionApi } from '../lib/guard/extension-api';
import type { CoreHost } from '../lib/guard/core-contract';
import { BNMP_CORE_FACTORY_KEY, BNMP_CORE_SCRIPT_PATH, type BnmpCore, type BnmpCoreFactory } from '../lib/bnmp-guard/contract';
import { addedNodeMatters, mayHoldDialogOrList, parentMayHoldDialogOrList, pathMayBeBnmpAction } from '../lib/bnmp-guard/prefilter';

/** Subtrees kept between two frames at most; past that, the whole document is looked at once. */
const MAX_PENDING = 64;

export default defineUnlistedScript(() => {
  const api = extensionApi;
  if (!api) return;
  const lifetime = claimFrame(globalThis as Record<string, unknown>, extensionAlive, BNMP_WEB_GUARD_KEY);
  const { signal, alive } = lifetime;
  const scope = globalThis as Record<string, unknown>;
  const decisions = createDecisionLog();
  let core: BnmpCore | undefined;
  let loading: Promise<BnmpCore> | undefined;
  let waiting: SigningAttempt | undefined;
  const failOpen: CoreHost['failOpen'] = (error, notice) => {
    if (!alive()) return;
    console.error('[Sentinela BNMP]', error);
    showFailOpenNotice(document, notice);
  };

  const loadCore = () =>
    (loading ??= import(/* @vite-ignore */ api.runtime.getURL(BNMP_CORE_SCRIPT_PATH)).then(() => {
      const factory = scope[BNMP_CORE_FACTORY_KEY] as BnmpCoreFactory | undefined;
      if (!factory) throw new Error('BNMP web core did not register');
      core = factory({ window, signal, failOpen, decisions });
      return core;
    }));

  installInterceptor(
    window,
    (attempt) => {
      if (!alive() || fromOwnUi(attempt.path)) return 'pass';
      decisions.noteAttempt();
      if (core) return core.judge(attempt);
      if (!pathMayBeBnmpAction(attempt.path)) return 'pass';
      if (waiting) return 'hold'; // the person sees nothing yet: a second activation is dropped, not doubled
      waiting = attempt;
      loadCore()
        .then((loaded) => {
          if (loaded.judge(attempt) === 'pass') attempt.replay();
        })
        .catch((error: unknown) => {
          failOpen(error);
          attempt.replay();
        })
        .finally(() => {
          if (waiting === attempt) waiting = undefined;
        });
      return 'hold';
    },
    failOpen,
    signal,
  );

  let pending: Node[] = [];
  let frame = 0;
  /** Main-thread time this script spends watching the page (observer + batches); a diagnostic. */
  let watchingMs = 0;
  const keep = (node: Node) => {
    if (pending.length >= MAX_PENDING) pending = [document.documentElement];
    else if (pending[0] !== document.documentElement) pending.push(node);
  };
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
  const schedule = () => {
    if (frame) return;
    // A hidden tab gets no animation frames: a timer then, so nothing waits unbounded.
    frame = document.visibilityState === 'hidden' ? (setTimeout(flush, 100) as unknown as number) : requestAnimationFrame(flush);
  };
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    if (!alive()) return observer.disconnect();
    for (const record of records) {
      if (!parentMayHoldDialogOrList(record.target)) continue; // rows into a tbody: not even looked at
      for (const node of record.addedNodes) if (mayHoldDialogOrList(node)) keep(node);
    }
    if (pending.length) schedule();
    watchingMs += performance.now() - started;
  });
  // Watching starts once the HTML is parsed: BNMP's dialogs and lists only ever come from the app's
  // scripts, and a large page delivered as HTML would otherwise cost a look at each parsed node. What
  // the HTML itself holds is looked at once, as a single batch, then.
  const watch = () => {
    if (signal.aborted) return;
    keep(document.documentElement);
    schedule();
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
    if (frame) flush();
    try {
      const seen = await (await loadCore()).describe();
      return { ...seen, attempts: decisions.attempts(), watchingMs };
    } catch (error) {
      return { url: location.href, top: window === window.top, core: false, attempts: decisions.attempts(), watchingMs, bnmpWeb: { screen: 'bnmp-web', error: String(error).slice(0, 200) } };
    }
  };

  answerMessages(api, signal, (message) => {
    if (!alive()) return undefined;
    const type = (message as { type?: string } | null)?.type;
    // The benchmark reads watchingMs here, without loading the core (describe would).
    if (type === 'sentinela:ping') return Promise.resolve({ url: location.href, top: window === window.top, core: !!core, screen: 'bnmp-web', watchingMs });
    if (type === 'sentinela:describe') return describe();
    return undefined;
  });
});
