/**
 * Puts the warning dialog on a SAJ page and waits for the person's choice.
 *
 * The dialog lives in an open shadow root on a `<sentinela-bnmp-warning>` host appended to
 * `<html>`: the page's CSS cannot reach inside, and the host itself is pinned with inline
 * `!important` styles (`all: initial`, fixed, top z-index) so page rules cannot hide or move it.
 * Tailwind's sheet is injected as text, with rem turned into px (SAJ may shrink the root
 * font size) and `@property` defaults restated (Chromium ignores `@property` in shadow trees).
 *
 * One dialog at a time per document: a call while one is open resolves 'cancel' at once and
 * shows nothing. The open dialog already covers the page, so a second signing attempt in that
 * moment can only come from a script or a repeated event; cancelling it means no signature
 * ever goes through without its own visible dialog.
 */
import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { WarningDialog, type WarningDialogProps } from './WarningDialog';
import { markOwnUi } from '../../lib/guard/own-ui';
import css from './warning.css?inline';

import type { WarningChoice } from '../../lib/guard/core-contract';
export type { WarningChoice };

export const WARNING_HOST_TAG = 'sentinela-bnmp-warning';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'z-index: 2147483647',
  'width: auto',
  'height: auto',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
]
  .map((declaration) => `${declaration} !important;`)
  .join(' ');

/**
 * Events that leave the shadow root would reach the page's listeners with the host as target;
 * SAJ's own key or click handlers must not act on what the person does inside the dialog.
 */
const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'input',
  'change',
  'submit',
  'wheel',
] as const;

const openIn = new WeakSet<Document>();

export function mountWarning(
  doc: Document,
  props: Omit<WarningDialogProps, 'onProceed' | 'onCancel'>,
  opts: { returnFocusTo?: Element | null } = {},
): Promise<WarningChoice> {
  if (openIn.has(doc)) return Promise.resolve('cancel');
  openIn.add(doc);

  const host = doc.createElement(WARNING_HOST_TAG);
  markOwnUi(host);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = shadowSafeCss(css);
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stopAtHost);
  doc.documentElement.append(host);

  let failed: (() => void) | undefined;
  // A render error must not leave a transparent layer over the page, nor the guard waiting forever.
  const root = createRoot(container, { onUncaughtError: () => failed?.() });
  return new Promise<WarningChoice>((resolve) => {
    let done = false;
    const settle = (choice: WarningChoice) => {
      if (done) return;
      done = true;
      observer.disconnect();
      host.remove();
      openIn.delete(doc);
      // Unmount after the click that decided has finished dispatching through React.
      queueMicrotask(() => root.unmount());
      if (choice !== 'proceed') returnFocus(opts.returnFocusTo);
      resolve(choice);
    };
    failed = () => settle('failed');
    // A page that removes the host (or replaces <html>) gets no signature: treat it as Cancelar.
    const observer = new MutationObserver(() => {
      if (!host.isConnected) settle('cancel');
    });
    observer.observe(doc, { childList: true });
    observer.observe(doc.documentElement, { childList: true });
    root.render(
      <FailSafe onError={() => settle('failed')}>
        <WarningDialog {...props} onProceed={() => settle('proceed')} onCancel={() => settle('cancel')} />
      </FailSafe>,
    );
  });
}

/** Any error while rendering the dialog settles it as 'failed': the guard then lets the signature through with a notice. */
class FailSafe extends Component<{ onError(): void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function stopAtHost(event: Event) {
  event.stopPropagation();
}

function returnFocus(target: Element | null | undefined) {
  if (!target?.isConnected) return;
  const focusable = target as Element & { focus?: (options?: FocusOptions) => void };
  focusable.focus?.();
}

/** Default root font size the dialog is designed for, whatever the page sets on <html>. */
const REM_PX = 16;

/**
 * Makes Tailwind's output behave inside a shadow root on any page: rem → px, and each
 * `@property` initial value restated on every element (in the lowest layer, `properties`, so
 * utilities still override it), which is what a registered non-inherited property would give.
 */
export function shadowSafeCss(source: string): string {
  const px = source.replace(/(\d*\.?\d+)rem\b/g, (_, value: string) => `${trimNumber(Number(value) * REM_PX)}px`);
  const defaults: string[] = [];
  for (const match of px.matchAll(/@property\s+(--[\w-]+)\s*\{([^}]*)\}/g)) {
    const body = match[2] ?? '';
    const initial = /initial-value\s*:\s*([^;]+)/.exec(body)?.[1]?.trim();
    const syntax = /syntax\s*:\s*([^;]+)/.exec(body)?.[1] ?? '';
    defaults.push(`${match[1]}:${initial === undefined ? 'initial' : typedZero(initial, syntax)}`);
  }
  if (defaults.length === 0) return px;
  return `${px}\n@layer properties{:host,*,::before,::after,::backdrop{${defaults.join(';')}}}`;
}

/**
 * A registered `<length>` whose initial value is written `0` still computes to `0px`; restated
 * as a plain custom property it stays the number 0, and `calc(1px + 0)` (ring widths) is invalid.
 */
function typedZero(value: string, syntax: string): string {
  if (value !== '0') return value;
  if (syntax.includes('<length')) return '0px';
  if (syntax.includes('<percentage>')) return '0%';
  if (syntax.includes('<angle>')) return '0deg';
  if (syntax.includes('<time>')) return '0s';
  return value;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
