/**
 * Labelled values on a SAJ page: "Lotação: 1ª Vara…", `<dt>Tipo</dt><dd>…</dd>`, `<label for>` and
 * its `<select>`, `<th>Modelo</th><td>…</td>`. Found in one bounded walk over visible text that skips
 * hidden parts and long lists (a 5,000-row queue holds no labels worth its cost).
 */
import { clean, fold, hasMoreChildrenThan, isElement, valueOf } from './text';

export interface Labelled {
  /** The label, folded ("lotacao", "tipo de documento"). */
  key: string;
  /** The value as the page shows it (clean, bounded). */
  value: string;
  /** The element holding the label. */
  at: Element;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const SKIPPED = /^(?:script|style|template|noscript|svg|iframe|frame|frameset|textarea|select)$/;
const CONTAINERS = /^(?:html|body|form|main)$/;
const FIELDS = /^(?:select|input|textarea)$/;
const PLACEHOLDER = /^(?:-+|\.+|selecione.*|escolha.*|tod[oa]s|nenhum|nenhuma)$/;

/** Elements a person does not see. Attribute checks only: no layout is forced. */
export function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el.localName === 'dialog' && !el.hasAttribute('open')) ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
  );
}

/**
 * Visits the non-blank text nodes under `root` in document order — into open shadow roots, nested
 * ones included — skipping hidden subtrees, form controls' options and any element with more than
 * 100 children (a long list). Stops when `visit` returns true or after `budget` nodes.
 */
export function walkText(root: Node, visit: (text: Text) => boolean | void, budget = 5000): void {
  // A plain loop over firstChild/nextSibling: a TreeWalker's filter is a call from the browser into
  // script per node, and this loop measured 2–3× faster on the 5,000-row queue's page.
  let left = budget;
  const walk = (parent: Node): boolean => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) {
        if (--left < 0) return true;
        if (/\S/.test(node.nodeValue ?? '') && visit(node as Text)) return true;
      } else if (type === 1) {
        if (--left < 0) return true;
        const el = node as Element;
        const tag = el.localName;
        if (SKIPPED.test(tag) || isHidden(el) || (hasMoreChildrenThan(el, 100) && !CONTAINERS.test(tag))) continue;
        // A web component's own content (open shadow root) first, then its light children.
        if (el.shadowRoot && walk(el.shadowRoot)) return true;
        if (walk(el)) return true;
      }
    }
    return false;
  };
  walk(root);
}

/** Every labelled value under `root` whose folded label matches `keys` (group 1 = the key). */
export function readLabels(root: Node, keys: RegExp, budget?: number): Labelled[] {
  const found: Labelled[] = [];
  walkText(
    root,
    (text) => {
      const labelled = labelAt(text, keys);
      if (labelled) found.push(labelled);
    },
    budget,
  );
  return found;
}

/** The labelled value this text node starts, if it is a label matching `keys`. */
export function labelAt(text: Text, keys: RegExp, folded?: string): Labelled | null {
  const raw = text.nodeValue ?? '';
  const at = text.parentElement;
  const match = raw.length <= 250 && at ? keys.exec(folded ?? fold(raw)) : null;
  if (!match) return null;
  const colon = raw.indexOf(':');
  const value = (colon >= 0 && clean(raw.slice(colon + 1), 200)) || valueAfter(text, at!, keys);
  return value && !PLACEHOLDER.test(fold(value)) ? { key: match[1]!, value, at: at! } : null;
}

/** The value shown after a label: the labelled control, or the next text, field, cell or dd. */
function valueAfter(text: Text, at: Element, keys: RegExp): string {
  const forId = at.localName === 'label' ? at.getAttribute('for') : null;
  const control = forId ? (at.getRootNode() as Document).getElementById?.(forId) : null;
  if (control) return valueOf(control, 200);
  // Another label ("Processo: …") or a button is not this label's value.
  const accept = (value: string) => (keys.test(fold(value)) || /^[A-Za-zÀ-ÖØ-öø-ÿ ]{2,30}:/.test(value) ? '' : value);
  let node: Node = text;
  for (let level = 0; level < 3; level++) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (!isElement(next)) {
        const value = clean(next.nodeValue ?? '', 200);
        if (value) return accept(value);
      } else {
        if (/^(?:br|th|button|label)$/.test(next.localName) || next.matches('[role=button],[role=columnheader],input[type=button],input[type=submit]')) return '';
        const value = valueOf(next, 200);
        if (value || FIELDS.test(next.localName)) return accept(value);
      }
    }
    const parent = node.parentElement;
    if (!parent || CONTAINERS.test(parent.localName)) break;
    node = parent;
  }
  return '';
}
