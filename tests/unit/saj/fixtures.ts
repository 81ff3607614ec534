/**
 * Test helpers: load a SAJ-like fixture page into happy-dom's live document (scripts and styles
 * left out: the detector must work on the markup alone) and build an event's composed path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/saj');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** A fixture as its own Document, without scripts, stylesheets or frames (nothing runs or loads). */
export function parseFixture(name: string): Document {
  const html = fixtureHtml(name)
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<(\/?)i?frame\b/gi, '<$1div');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Loads a fixture into `document` and returns it. */
export function loadFixture(name: string): Document {
  const parsed = parseFixture(name);
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body?.innerHTML ?? '';
  return document;
}

/** `event.composedPath()` of an event dispatched at `target` (crosses open shadow roots). */
export function pathTo(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const listener = (event: Event) => {
    path = event.composedPath();
  };
  window.addEventListener('probe', listener, { capture: true });
  target.dispatchEvent(new Event('probe', { bubbles: true, composed: true }));
  window.removeEventListener('probe', listener, { capture: true });
  return path;
}

/** The element with this id, or fail the test loudly. */
export function byId(id: string, root: Document | ShadowRoot = document): Element {
  const el = root.getElementById(id);
  if (!el) throw new Error(`fixture has no #${id}`);
  return el;
}

/** Gives every <sds-button> the shadow root its page script would: a real button around a slot. */
export function upgradeSdsButtons(root: ParentNode = document): void {
  for (const host of root.querySelectorAll('sds-button')) {
    if (!host.shadowRoot) host.attachShadow({ mode: 'open' }).innerHTML = '<style>button{font:inherit}</style><button type="button" part="control"><slot></slot></button>';
  }
}

/**
 * How many rows (`tr`, `[role=row]`) had their text read while `run` ran: the detector's work on a
 * long queue, counted rather than timed (timings belong in `npm run bench`; this suite must hold on a
 * busy machine).
 */
export function rowsRead<T>(run: () => T): { result: T; rows: number } {
  let proto: object | null = Node.prototype;
  let descriptor: PropertyDescriptor | undefined;
  for (let at: object | null = document.createElement('tr'); at && !descriptor; at = Object.getPrototypeOf(at)) {
    descriptor = Object.getOwnPropertyDescriptor(at, 'textContent');
    if (descriptor) proto = at;
  }
  if (!descriptor?.get || !proto) throw new Error('no textContent getter to count');
  const original = descriptor;
  let rows = 0;
  Object.defineProperty(proto, 'textContent', {
    ...original,
    get(this: Node) {
      if ((this as Element).localName === 'tr' || (this as Element).getAttribute?.('role') === 'row') rows++;
      return original.get!.call(this);
    },
  });
  try {
    return { result: run(), rows };
  } finally {
    Object.defineProperty(proto, 'textContent', original);
  }
}
