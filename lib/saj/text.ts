/**
 * Reading text off a SAJ page the way a person reads it. Page text is untrusted: what leaves this
 * file is plain text, bounded in length, without control or invisible format characters, and it
 * is obtained by bounded walks (never `textContent` of a container that may hold a whole queue).
 * Nodes are told apart by `nodeType`, not `instanceof`, because same-origin frames have their own
 * `Element` class. Walks follow the flat tree: open shadow roots and slotted content count.
 */

/** Longest label kept; SAJ labels are short, anything longer is cut where a person stops reading. */
export const LABEL_MAX = 300;

import { clean as cleanText, fold, hasWord, isElement } from '../text/untrusted';

export { fold, isElement };

/** Untrusted text made safe to keep and show as text: no control chars, spaces collapsed, bounded. */
export const clean = (text: string, max = LABEL_MAX): string => cleanText(text, max);

/**
 * More than `limit` child elements? Counts at most `limit + 1`: `childElementCount` walks every
 * child, and on a 5,000-row table body not in the CPU's cache that alone costs half a millisecond.
 */
export function hasMoreChildrenThan(el: Element, limit: number): boolean {
  let child = el.firstElementChild;
  for (let i = 0; child && i < limit; i++) child = child.nextElementSibling;
  return child !== null;
}

/** Never signing controls nor their labels: skipped by the element walks. */
const NOT_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object']);

/**
 * The first element under `root` (root included) in tree order for which `test` is true ('skip':
 * not this one nor anything inside it), going
 * into open shadow roots (a web component's own content comes before its light children) and
 * calling `onShadowRoot` for each one met. Stops at the first hit, so a page pays for the part before
 * it. A plain loop over element siblings: a TreeWalker's filter is a call from the browser into
 * script per node. Closed shadow roots are out of reach (docs/detector.md).
 */
export function findElement(root: Node, test: (el: Element) => boolean | 'skip', onShadowRoot?: (root: ShadowRoot) => void): Element | null {
  if (isElement(root)) {
    if (NOT_CONTENT.has(root.localName)) return null;
    const verdict = test(root);
    if (verdict === 'skip') return null;
    if (verdict) return root;
  }
  const within = (parent: ParentNode): Element | null => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (NOT_CONTENT.has(el.localName)) continue;
      const verdict = test(el);
      if (verdict === 'skip') continue;
      if (verdict) return el;
      const shadow = el.shadowRoot;
      if (shadow) {
        onShadowRoot?.(shadow);
        const hit = within(shadow);
        if (hit) return hit;
      }
      if (el.firstElementChild) {
        const hit = within(el);
        if (hit) return hit;
      }
    }
    return null;
  };
  const shadow = isElement(root) ? root.shadowRoot : null;
  if (shadow) {
    onShadowRoot?.(shadow);
    const hit = within(shadow);
    if (hit) return hit;
  }
  return within(root as ParentNode);
}

/** The nearest open shadow root an element sits in, or null in the light DOM. */
export function shadowRootOf(el: Node): ShadowRoot | null {
  const root = el.getRootNode();
  return (root as ShadowRoot).host ? (root as ShadowRoot) : null;
}

/** The parent in the composed tree: crosses from a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
}

/** `closest` that continues past shadow roots into the host's tree. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at; ) {
    const found = at.closest(selector);
    if (found) return found;
    at = (at.getRootNode() as ShadowRoot).host || null;
  }
  return null;
}

/** The document's <title> text, looked up in <head> only (`document.title` may search the whole page). */
export function titleOf(doc: Document): string {
  return clean(doc.head?.querySelector('title')?.textContent ?? '', 200);
}

const validated = new WeakMap<object, Record<string, string>>();

/** A profile's selectors without the invalid ones, so no later query can throw into the page's event. */
export function usable<T extends Record<string, string | undefined>>(selectors: T | undefined): T | undefined {
  if (!selectors) return undefined;
  let valid = validated.get(selectors);
  if (!valid) {
    valid = {};
    const probe = globalThis.document?.createDocumentFragment();
    for (const [key, selector] of Object.entries(selectors)) {
      try {
        if (!selector || !probe) continue;
        probe.querySelector(selector);
        valid[key] = selector;
      } catch {
        // Invalid: ignored; the detector falls back to what a person sees.
      }
    }
    validated.set(selectors, valid);
  }
  return valid as T;
}

/** `querySelector`/`matches` with a selector from a profile: an invalid one is ignored, not thrown. */
export function safeQuery(root: ParentNode, selector: string | undefined): Element | null {
  try {
    return selector ? root.querySelector(selector) : null;
  } catch {
    return null;
  }
}
export function safeMatches(el: Element, selector: string | undefined): boolean {
  try {
    return !!selector && el.matches(selector);
  } catch {
    return false;
  }
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'select', 'textarea', 'option']);
const INLINE = new Set(['a', 'b', 'i', 'u', 's', 'em', 'strong', 'span', 'small', 'font', 'sup', 'sub', 'mark', 'abbr', 'code', 'label']);
/** Controls whose own text is not part of the row or field they sit in. */
const CONTROL_TAGS = new Set(['button', 'input', 'select', 'textarea', 'a']);

/**
 * Visible-ish text of a subtree in the flat tree, stopping after `max` characters or a node budget,
 * so a 20,000-character label or a huge container costs the same as a short one.
 * `skipControls` leaves out buttons, links and inputs (a row's "Assinar" is not its document).
 */
export function textOf(root: Node, max = LABEL_MAX, skipControls = false): string {
  let out = '';
  let budget = 400;
  const stack: Node[] = [root];
  while (stack.length && out.length < max && budget-- > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.nodeValue;
      continue;
    }
    let kids: ArrayLike<Node> = node.childNodes;
    if (isElement(node)) {
      const tag = node.localName;
      if (node !== root) {
        if (SKIPPED.has(tag) || node.hasAttribute('hidden')) continue;
        if (skipControls && (CONTROL_TAGS.has(tag) || node.getAttribute('role') === 'button')) continue;
        if (tag === 'img' || tag === 'input') {
          out += ` ${tag === 'img' ? node.getAttribute('alt') ?? '' : inputText(node as HTMLInputElement)} `;
          continue;
        }
      }
      if (!INLINE.has(tag)) out += ' ';
      if (node.shadowRoot) kids = node.shadowRoot.childNodes;
      else if (tag === 'slot') {
        const assigned = (node as HTMLSlotElement).assignedNodes?.({ flatten: true });
        if (assigned?.length) kids = assigned;
      }
    }
    for (let i = kids.length; i-- > 0; ) stack.push(kids[i]!);
  }
  return clean(out, max);
}

/** What an input shows: a button's value, an image's alt, a field's content; never a password. */
function inputText(input: HTMLInputElement): string {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'image') return input.getAttribute('alt') || input.value || '';
  if (/^(password|hidden|checkbox|radio|file)$/.test(type)) return '';
  return input.value || '';
}

/** The shown value of a form control or the text of anything else. */
export function valueOf(el: Element, max = LABEL_MAX): string {
  const tag = el.localName;
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex] ?? select.querySelector('option[selected]');
    return option ? clean(option.textContent ?? '', max) : '';
  }
  if (tag === 'input') return clean(inputText(el as HTMLInputElement), max);
  return textOf(el, max);
}

/**
 * What a person reads on a control: its visible text or value; failing that (an icon-only button)
 * its aria-label, aria-labelledby, title or alt, or those of an icon inside it. Bounded.
 */
export function labelOf(el: Element): string {
  const own = valueOf(el);
  if (hasWord(own)) return own;
  const root = el.getRootNode() as Document;
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => {
      const target = id ? root.getElementById?.(id) : null;
      return target ? textOf(target) : '';
    })
    .join(' ');
  const candidates = [el.getAttribute('aria-label'), labelledBy, el.getAttribute('title'), el.getAttribute('alt')];
  const inner = el.querySelector('[aria-label],[title],img[alt]') ?? el.shadowRoot?.querySelector('[aria-label],[title],img[alt]');
  if (inner) candidates.push(inner.getAttribute('aria-label'), inner.getAttribute('title'), inner.getAttribute('alt'));
  for (const text of candidates) if (text && hasWord(text)) return clean(text);
  return own;
}
