/**
 * Watching the page for signing actions, at a cost proportional to what changed.
 *
 *   - Nothing while the HTML is being parsed: a parser-built 5,000-row queue would hand an observer
 *     tens of thousands of nodes to buffer (measured: ~140 ms of script and ~100 ms of garbage
 *     collection). The parsed page gets one look at DOMContentLoaded, which stops at the first
 *     signing action.
 *   - Then a MutationObserver on the document and on every open shadow root met (their content does
 *     not reach the document's observer). Its callback looks at each added node at once — a text
 *     node by a regular expression, an element by a walk of its subtree that stops at the first
 *     signing action — and keeps only the few subtrees that hold one (bounded: past
 *     MAX_FOUND it keeps a "look at the whole document" flag instead). Nothing else is kept, so a
 *     background tab, which gets no animation frames, holds nothing.
 *   - What was found goes to `onBatch` once per animation frame (every 100 ms in a hidden tab), as
 *     do plain changes while the consumer `followsChanges()` (the guard tracks a screen on display
 *     and must notice it leaving).
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
  /** While true, every batch of changes is reported, found or not. */
  followsChanges(): boolean;
  /** An open shadow root met on the way: its submit events never reach `window`. */
  onShadowRoot(root: ShadowRoot): void;
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
  const shadowRoots = new WeakSet<ShadowRoot>();

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
    observer.observe(root, OBSERVED);
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
    const report = overflow || found.length > 0 || (changed && options.followsChanges());
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
    if (overflow || found.length > 0 || options.followsChanges()) schedule();
    spent += performance.now() - started;
  });

  const start = () => {
    if (running || options.signal.aborted || !options.alive()) return;
    running = true;
    const started = performance.now();
    observer.observe(doc, OBSERVED);
    if (doc.documentElement) look(doc.documentElement);
    spent += performance.now() - started;
    // The parsed page: report at once, so the guard is ready before the first click after load.
    if (found.length || overflow) flush();
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
