/**
 * Reading BNMP 3.0 web (an Angular Material app) the way a person does. Page text is untrusted: what
 * leaves this file is plain text, bounded, without control or invisible characters, obtained by
 * bounded walks. Icon ligatures (`<mat-icon>expand_more</mat-icon>`) are not words a person reads,
 * and text-less icon links are named by their tooltip (`mattooltip`, and the hidden
 * `cdk-describedby-message` Angular CDK points `aria-describedby` at). The untrusted-text primitives
 * are lib/text/untrusted.ts, shared with lib/saj; what is BNMP's own (icons, tooltips) is here.
 */
import type { BnmpWebSelectors } from '../tribunals/schema';

import { clean as cleanText, fold, hasWord, isElement } from '../text/untrusted';

export { fold, hasWord, isElement };

/** Untrusted text made safe to keep and show as text: no control chars, spaces collapsed, bounded. */
export const clean = (text: string, max = 200): string => cleanText(text, max);

/** Icon fonts whose text is a glyph name, not a word: Material icons and symbols. */
const ICON = 'mat-icon,.material-icons,.material-icons-outlined,.material-symbols-outlined,[fonticon],[data-mat-icon-type]';
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const INLINE = new Set(['b', 'strong', 'em', 'i', 'span', 'small', 'mark', 'code', 'sub', 'sup', 'u', 's', 'abbr', 'font']);

/** Hidden from a person: `hidden`, `aria-hidden`, inline display/visibility, a closed <dialog>. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * Visible text of an element, in order, through open shadow roots; at most `maxNodes` nodes and `max`
 * characters. Elements matching `skip` (e.g. a dialog's buttons) are left out.
 */
export function visibleText(root: Element, max = 2000, maxNodes = 600, skip?: string): string {
  let out = '';
  let nodes = 0;
  const walk = (node: Node): boolean => {
    if (++nodes > maxNodes || out.length > max * 2) return false;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return true;
    }
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.localName) || isHidden(el) || el.matches(ICON) || (skip !== undefined && el !== root && el.matches(skip))) return true;
    // Block elements and buttons break words ("CANCELAROK" would be one word otherwise); inline ones do not ("LAGOAS</b>.").
    const gap = INLINE.has(el.localName) ? '' : ' ';
    out += gap;
    const children = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
    for (const child of children) if (!walk(child)) return false;
    out += gap;
    return true;
  };
  walk(root);
  return clean(out, max);
}

function attributeName(el: Element, doc: Document): string {
  for (const attr of ['aria-label', 'mattooltip', 'ng-reflect-message', 'title', 'alt']) {
    const value = clean(el.getAttribute(attr) ?? '');
    if (hasWord(value)) return value;
  }
  for (const attr of ['aria-labelledby', 'aria-describedby']) {
    const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    const text = clean(ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
    if (hasWord(text)) return text;
  }
  return '';
}

/**
 * What a control is called: its visible text; else its label, tooltip (`mattooltip`, or the
 * `cdk-describedby-message` its `aria-describedby` points at), title or alt; else those of an icon
 * inside it.
 */
export function nameOf(el: Element): string {
  const text = visibleText(el, 200, 200);
  if (hasWord(text)) return text;
  const doc = el.ownerDocument;
  const own = attributeName(el, doc);
  if (own) return own;
  for (const inner of el.querySelectorAll('[aria-label],[mattooltip],[title],img[alt]')) {
    const name = attributeName(inner, doc);
    if (name) return name;
  }
  return '';
}

/** The parent in the composed tree: crosses from a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
}

/** `closest` that continues past shadow roots into the host's tree. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at; ) {
    const found = safeClosest(at, selector);
    if (found) return found;
    at = (at.getRootNode() as ShadowRoot).host || null;
  }
  return null;
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

export function safeMatches(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function safeQuery(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** The selectors a tribunal profile pinned for BNMP web; each one is used only if valid (never throws into the page). */
export type Pinned = BnmpWebSelectors | undefined;
