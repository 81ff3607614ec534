/**
 * Watching the page for signing actions, at a cost proportional to what changed.
 *
 *   - Nothing while the HTML is being parsed: a parser-built 5,000-row queue would hand an observer
 *     tens of thousands of nodes to buffer (measured: ~140 ms of script and ~100 ms of garbage
 *     collection). The parsed page gets one look at DOMContentLoaded, which stops at the first
 *     signing action.
 *   - Changes are watched only from `observeFrom` on (the guard: once a person is at the page,
 *     ./presence.ts), and that moment brings one look at the whole document.
 *   - Then a MutationObserver on the document and on every open shadow root met (their content does
 *     not reach the document's observer). Its callback looks at each added node at once — a text
 *     node by a regular expression, an element by a walk of its subtree that stops at the first
 *     signing action — and keeps only the few subtrees that hold one (bounded: past
 *     MAX_FOUND it keeps a "look at the whole document" flag instead). Nothing else is kept, so a
 *     background tab, which gets no animation frames, holds nothing.
 *   - What was found goes to `onBatch` once per animation frame (every 100 ms in a hidden tab). A
 *     batch with nothing found is reported only when `trackedScreenGone()`: the screen the banner
 *     stands for left the page. While it stays, a change costs that one `isConnected` read.
 */
import type { SajSelectors } from '../tribunals/schema';
import { findSigningCandidate } from '../saj/signing-action';

/** Text that may name a signing action ("Assinar…", "Confirmar" in the finalisation window). */
const SIGNING_TEXT = /assin|confirm/i;
const MAX_FOUND = 32;
const HIDDEN_TAB_DELAY_MS = 100;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true };

export type Found = readonly Node[] | 'document';

export interface PageWatchOptions {
  signal: AbortSignal;
  /** False once the guard stood down (extension updated or removed): the watch stops itself. */
  alive(): boolean;
  /** The tribunal profile's pinned selectors in force, when known. */
  selectors(): SajSelectors | undefined;
  /** Subtrees added since the last batch that hold a signing action (or 'document': look at all of it). */
  onBatch(found: Found): void;
  /** True when the screen the banner stands for left the page: the batch is reported, found or not. */
  trackedScreenGone(): boolean;
  /** An open shadow root met on the way: its submit events never reach `window`. */
  onShadowRoot(root: ShadowRoot): void;
  /** When to start watching changes (default: at once, with the first look). */
  observeFrom?(start: () => void): void;
}

export interface PageWatch {
  /** Runs a waiting batch now (the diagnostics page may ask from a tab that gets no animation frames). */
  flushNow(): void;
  /** Main-thread time spent watching so far (callbacks and batches), ms; a diagnostic. */
  watchingMs(): number;
  /** True once the parsed page was looked at. */
  started(): boolean;
}

export function watchPage(doc: Document, options: PageWatchOptions): PageWatch {
  let found: Node[] = [];
  let overflow = false;
  let changed = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let spent = 0;
  let running = false;
  let observing = false;
  const shadowRoots = new WeakSet<ShadowRoot>();
  /** Shadow roots met before watching began: observed from then on. */
  const pendingRoots: ShadowRoot[] = [];

  const keep = (root: Node) => {
    if (overflow) return;
    if (found.length >= MAX_FOUND) {
      overflow = true;
      found = [];
    } else found.push(root);
  };

  const onShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    if (observing) observer.observe(root, OBSERVED);
    else pendingRoots.push(root);
    options.onShadowRoot(root);
  };


  const look = (node: Node) => {
    if (node.nodeType === 3) {
      // A label set after its control was added ("Carregando…" → "Assinar").
      if (SIGNING_TEXT.test(node.nodeValue ?? '') && node.parentNode) keep(node.parentNode);
    } else if (node.nodeType === 1 || node.nodeType === 11) {
      if (findSigningCandidate(node, options.selectors(), onShadowRoot)) keep(node);
    }
  };

  const flush = () => {
    const started = performance.now();
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    frame = 0;
    timer = undefined;
    const batch: Found = overflow ? 'document' : found;
    const report = overflow || found.length > 0 || (changed && options.trackedScreenGone());
    found = [];
    overflow = false;
    changed = false;
    try {
      if (report && options.alive()) options.onBatch(batch);
    } finally {
      spent += performance.now() - started;
    }
  };

  const schedule = () => {
    if (frame || timer) return;
    if (doc.visibilityState === 'hidden') timer = setTimeout(flush, HIDDEN_TAB_DELAY_MS);
    else frame = requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    const started = performance.now();
    if (!options.alive()) {
      observer.disconnect();
      return;
    }
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) look(added[i]!);
    }
    changed = true;
    if (overflow || found.length > 0 || options.trackedScreenGone()) schedule();
    spent += performance.now() - started;
  });

  const observe = () => {
    if (observing || options.signal.aborted || !options.alive()) return;
    observing = true;
    observer.observe(doc, OBSERVED);
    for (const root of pendingRoots.splice(0)) observer.observe(root, OBSERVED);
    // What happened before, seen at once: one look at the whole document.
    overflow = true;
    flush();
  };

  const start = () => {
    if (running || options.signal.aborted || !options.alive()) return;
    running = true;
    const started = performance.now();
    if (doc.documentElement) look(doc.documentElement);
    spent += performance.now() - started;
    // The parsed page: report at once, so the guard asks for its verdict before the first click.
    if (found.length || overflow) flush();
    if (options.observeFrom) options.observeFrom(observe);
    else {
      observing = true;
      observer.observe(doc, OBSERVED);
      for (const root of pendingRoots.splice(0)) observer.observe(root, OBSERVED);
    }
  };

  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
  });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true, signal: options.signal });
  else start();

  return {
    flushNow() {
      if (!running) start();
      if (frame || timer || found.length || overflow) flush();
    },
    watchingMs: () => spent,
    started: () => running,
  };
}
