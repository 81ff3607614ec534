/**
 * The always-on content script (declared in wxt.config.ts `content_scripts`: every frame of a
 * guarded host, at document_start). Every page of a guarded host pays for this file, so it only
 * wires small parts together, and decides by itself what needs no status:
 *
 *   claimFrame (lib/guard/lifetime) ── this frame's one guard; stands down by itself when the
 *   │    extension is updated or removed, never on a page's signal
 *   ├─ interceptor (lib/guard/interceptor) ── capture-phase click / key / submit, trusted events
 *   │    only. A signing action (lib/saj/signing-action) whose documents (lib/saj/documents) include
 *   │    no BNMP one — a Despacho, a Sentença — passes here and now, core or no core. A BNMP one goes
 *   │    to the core, or is held until the core is there (one at a time; a second is dropped).
 *   ├─ page watch (lib/guard/page-watch) ── nothing while the HTML is parsed; at DOMContentLoaded
 *   │    one look that stops at the first signing action; then added subtrees only
 *   └─ guard core (entrypoints/guard-core.ts, lib/guard/core.ts) ── imported the moment the page
 *        shows a BNMP signing screen (lib/saj/scan) or at the first attempt to sign a BNMP document:
 *        status, IT's policy, the readiness engine, the banner, the warning dialog.
 *
 * Not built with WXT's `defineContentScript`: its wrapper brings webextension-polyfill to every page
 * and a context that any page can abort (lib/guard/lifetime.ts). Fail open, visibly: if the core
 * cannot load or throws, a held attempt goes through and a notice says it was not checked.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { claimFrame } from '../lib/guard/lifetime';
import { installInterceptor } from '../lib/guard/interceptor';
import { watchPage } from '../lib/guard/page-watch';
import { createEarlyJudge } from '../lib/guard/early-judge';
import { showFailOpenNotice } from '../lib/guard/notice';
import { createDecisionLog } from '../lib/guard/decision-log';
import { answerMessages, extensionApi } from '../lib/guard/extension-api';
import { findVisibleBnmpSigning } from '../lib/saj/scan';
import { watchPinnedSelectors } from '../lib/policy/pinned';
import { CORE_FACTORY_KEY, CORE_SCRIPT_PATH, type CoreFactory, type CoreHost, type GuardCore } from '../lib/guard/core-contract';

export default defineUnlistedScript(() => {
  const api = extensionApi;
  if (!api) return; // not in an extension world
  const lifetime = claimFrame();
  const { signal } = lifetime;
  const scope = globalThis as Record<string, unknown>;
  const decisions = createDecisionLog();
  let core: GuardCore | undefined;
  let loading: Promise<GuardCore> | undefined;

  const failOpen: CoreHost['failOpen'] = (error, notice) => {
    if (!lifetime.alive()) return; // an old version standing down says nothing
    console.error('[Sentinela BNMP]', error);
    showFailOpenNotice(document, notice);
  };
  const pinned = watchPinnedSelectors(signal);
  const selectors = () => core?.selectors() ?? pinned.current();

  const loadCore = () =>
    (loading ??= import(/* @vite-ignore */ api.runtime.getURL(CORE_SCRIPT_PATH)).then(() => {
      const factory = scope[CORE_FACTORY_KEY] as CoreFactory | undefined;
      if (!factory) throw new Error('guard core did not register');
      core = factory({ window, signal, failOpen, decisions });
      return core;
    }));

  const interceptor = installInterceptor(
    window,
    createEarlyJudge({ alive: lifetime.alive, core: () => core, loadCore, selectors, decisions, failOpen }),
    failOpen,
    signal,
  );

  const watch = watchPage(document, {
    signal,
    alive: lifetime.alive,
    selectors,
    followsChanges: () => !!core?.tracking(),
    onShadowRoot: interceptor.watchShadowRoot,
    onBatch(found) {
      if (core) return core.onBatch(found);
      if (loading) return;
      // Without the core, only a BNMP signing screen is worth loading it for (its banner).
      const roots: readonly Node[] = found === 'document' ? [document] : found;
      const bnmp = roots.find((root) => root.isConnected && findVisibleBnmpSigning(root as ParentNode, selectors()));
      if (bnmp) loadCore().then((loaded) => loaded.onBatch([bnmp]), failOpen);
    },
  });

  /**
   * For the diagnostics page and the popup, which may ask while the page is still loading: answer
   * about the parsed page. Asking is a reason to load the core: the answer is what the core sees.
   */
  const describe = async () => {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true, signal }));
    }
    watch.flushNow();
    const loaded = await loadCore().catch(() => undefined);
    const seen = loaded ? await loaded.describe() : { url: location.href, top: window === window.top, core: false };
    const last = decisions.last();
    const closed = decisions.closedShadowClick();
    return { ...seen, ...(last ? { lastDecision: last } : {}), ...(closed ? { closedShadowClick: closed } : {}), attempts: decisions.attempts(), watchingMs: watch.watchingMs() };
  };

  const onMessage = answerMessages((message) => {
    if (!lifetime.alive()) return undefined;
    const type = (message as { type?: string } | null)?.type;
    if (type === 'sentinela:ping') return Promise.resolve({ url: location.href, top: window === window.top, core: !!core });
    if (type === 'sentinela:describe') return describe();
    return undefined;
  });
  api.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    try {
      api.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: so is the listener.
    }
  });
});
