/**
 * The always-on content script (declared in wxt.config.ts `content_scripts`: every frame of a
 * guarded host, at document_start). Every page of a guarded host pays for this file, so it only
 * wires small parts together; the readiness engine, the record and IT's policy stay in the
 * background, which answers a page's context with its verdict (lib/guard/verdict-protocol.ts):
 *
 *   claimFrame (lib/guard/lifetime) ── this frame's one guard; stands down by itself when the
 *   │    extension is updated or removed, never on a page's signal
 *   ├─ interceptor (lib/guard/interceptor) + judge (lib/guard/judge) ── capture-phase click / key /
 *   │    submit, trusted events only. A signing action whose documents include no BNMP one passes
 *   │    at once; a BNMP one is decided from the verdict already at hand (asked for when the page
 *   │    showed its signing screen), or held until the background answers
 *   ├─ page watch (lib/guard/page-watch) ── nothing while the HTML is parsed; at DOMContentLoaded
 *   │    one look that stops at the first signing action; then added subtrees only. A BNMP signing
 *   │    screen (lib/saj/scan) gets its verdict asked for
 *   └─ guard UI (entrypoints/guard-core.ts, lib/guard/core.ts) ── imported only when there is
 *        something to show: the banner (a warn/block verdict), the warning, the description.
 *
 * Not built with WXT's `defineContentScript`: its wrapper brings webextension-polyfill to every page
 * and a context that any page can abort (lib/guard/lifetime.ts). Fail open, visibly: if the core
 * cannot load or throws, a held attempt goes through and a notice says it was not checked.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { claimFrame } from '../lib/guard/lifetime';
import { installInterceptor } from '../lib/guard/interceptor';
import { watchPage } from '../lib/guard/page-watch';
import { createJudge } from '../lib/guard/judge';
import { showCheckingNotice, showFailOpenNotice } from '../lib/guard/notice';
import { createDecisionLog } from '../lib/guard/decision-log';
import { answerMessages, extensionApi } from '../lib/guard/extension-api';
import { createVerdictClient } from '../lib/guard/verdict-client';
import { CHANGED_MESSAGE } from '../lib/guard/verdict-protocol';
import { onPresence } from '../lib/guard/presence';
import { findVisibleBnmpSigning } from '../lib/saj/scan';
import { readPageContext, readSigningContext } from '../lib/saj/screen';
import { CORE_FACTORY_KEY, CORE_SCRIPT_PATH, WARNING_UI_PATH, type CoreHost, type GuardUi, type GuardUiFactory } from '../lib/guard/core-contract';

export default defineUnlistedScript(() => {
  const api = extensionApi;
  if (!api) return; // not in an extension world
  const lifetime = claimFrame();
  const { signal } = lifetime;
  const scope = globalThis as Record<string, unknown>;
  const decisions = createDecisionLog();
  const verdicts = createVerdictClient(api, () => location.href);
  let ui: GuardUi | undefined;
  let loading: Promise<GuardUi> | undefined;

  const failOpen: CoreHost['failOpen'] = (error, notice) => {
    if (!lifetime.alive()) return; // an old version standing down says nothing
    console.error('[Sentinela BNMP]', error);
    showFailOpenNotice(document, notice);
  };
  const selectors = () => verdicts.selectors();

  const loadUi = () =>
    (loading ??= import(/* @vite-ignore */ api.runtime.getURL(CORE_SCRIPT_PATH)).then(() => {
      const factory = scope[CORE_FACTORY_KEY] as GuardUiFactory | undefined;
      if (!factory) throw new Error('guard UI did not register');
      ui = factory({ window, signal, failOpen, decisions, verdicts, selectors });
      return ui;
    }));

  const presence = onPresence(window, signal);

  const judge = createJudge({
    alive: lifetime.alive,
    selectors,
    decisions,
    verdicts,
    loadUi,
    // The same module the UI's warning loader imports (one module map per isolated world): fetched
    // and compiled while the UI itself loads, not after it.
    preloadWarning: () => void import(/* @vite-ignore */ api.runtime.getURL(WARNING_UI_PATH)).catch(() => undefined),
    showChecking: () => showCheckingNotice(document),
    failOpen,
  });
  const interceptor = installInterceptor(window, judge, failOpen, signal);

  const watch = watchPage(document, {
    signal,
    alive: lifetime.alive,
    selectors,
    trackedScreenGone: () => !!ui?.trackedScreenGone(),
    onShadowRoot: interceptor.watchShadowRoot,
    observeFrom: presence.then,
    onBatch(found) {
      if (ui) return ui.onBatch(found);
      // The parsed page, nobody there yet: only the verdict for its context is asked for, so the first
      // click finds it at hand (and the background is awake). The search for BNMP screens waits.
      if (!presence.seen()) return void verdicts.get(readPageContext(document, selectors())).catch(() => undefined);
      // A BNMP signing screen gets its verdict; the UI comes only if there is a banner to show.
      const roots: readonly Node[] = found === 'document' ? [document] : found;
      for (const root of roots) {
        const seen = root.isConnected ? findVisibleBnmpSigning(root as ParentNode, selectors()) : null;
        if (!seen) continue;
        const context = readSigningContext(seen.action, selectors());
        verdicts
          .get(context)
          .then((answer) => {
            if (answer.guardOn && answer.verdict.level !== 'ok') return loadUi().then((loaded) => loaded.track(seen, context));
            return undefined;
          })
          .catch(failOpen);
        return;
      }
    },
  });

  /**
   * For the diagnostics page and the popup, which may ask while the page is still loading: answer
   * about the parsed page. Asking is a reason to load the UI: the answer is what the guard sees.
   */
  const describe = async () => {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true, signal }));
    }
    watch.flushNow();
    const loaded = await loadUi().catch(() => undefined);
    // Someone is looking (the popup, the diagnostics page): the page's BNMP screen is looked for now.
    loaded?.onBatch('document');
    const seen = loaded ? await loaded.describe().catch(() => undefined) : undefined;
    const last = decisions.last();
    const closed = decisions.closedShadowClick();
    return {
      ...(seen ?? { url: location.href, top: window === window.top, core: false }),
      ...(last ? { lastDecision: last } : {}),
      ...(closed ? { closedShadowClick: closed } : {}),
      timing: decisions.timing(),
      attempts: decisions.attempts(),
      watchingMs: watch.watchingMs(),
    };
  };

  answerMessages(api, signal, (message) => {
    if (!lifetime.alive()) return undefined;
    const type = (message as { type?: string } | null)?.type;
    if (type === 'sentinela:ping') return Promise.resolve({ url: location.href, top: window === window.top, core: !!ui });
    if (type === 'sentinela:describe') return describe();
    if (type === CHANGED_MESSAGE) {
      verdicts.invalidate();
      return undefined;
    }
    return undefined;
  });
});
