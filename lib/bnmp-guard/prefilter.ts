/**
 * Cheap tests BNMP web's always-on script runs before its core is loaded (and the core reuses for
 * added nodes). False positives only cost loading the core; false negatives would miss the moment,
 * so anything that may be the issue confirmation's OK or a signing action passes. CANCELAR passes
 * through untouched even before the core is there.
 */

/** Dialog containers and the open lists of a selector (where the órgão options appear). */
export const DIALOG_OR_LIST =
  'mat-dialog-container,[role=dialog],[role=alertdialog],dialog,.mat-mdc-dialog-container,.cdk-dialog-container,[role=listbox],[role=menu],mat-option,[role=option]';
export const DIALOG = 'mat-dialog-container,[role=dialog],[role=alertdialog],dialog,.mat-mdc-dialog-container,.cdk-dialog-container';

/** Tags that never are nor hold a dialog or a selector's list (unless given a role): table rows, cells, text-level elements, controls. */
const NEVER_HOLDS = new Set([
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'li', 'mat-row', 'mat-cell', 'mat-header-row', 'mat-header-cell',
  'span', 'i', 'b', 'strong', 'em', 'small', 'a', 'button', 'label', 'p', 'br', 'img', 'svg', 'path', 'mat-icon',
  'input', 'textarea', 'mat-tooltip-component',
]);

/**
 * Worth keeping for the per-frame batch at all? Elements only, and not one of NEVER_HOLDS without a
 * role: while a busy page parses or re-renders a table, each of its thousands of rows and cells costs
 * a Set lookup and nothing more.
 */
export function mayHoldDialogOrList(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return !(NEVER_HOLDS.has(el.localName) && !el.hasAttribute('role')) && !el.localName.startsWith('sentinela-bnmp-');
}

/**
 * Can nodes added to this parent matter at all? A re-rendered table body adds thousands of rows to a
 * `tbody`: the whole record is skipped without touching its nodes. A parent with a role (a listbox
 * whose options are added one by one) always counts.
 */
export function parentMayHoldDialogOrList(target: Node): boolean {
  return target.nodeType !== 1 || !NEVER_HOLDS.has((target as Element).localName) || (target as Element).hasAttribute('role');
}

/** Does this added node bring a dialog or a selector's list (or hold one)? Bounded to two native queries. */
export function addedNodeMatters(node: Node): boolean {
  if (!mayHoldDialogOrList(node)) return false;
  const el = node as Element;
  if (el.matches(DIALOG_OR_LIST)) return true;
  return !NEVER_HOLDS.has(el.localName) && el.firstElementChild !== null && el.querySelector(DIALOG_OR_LIST) !== null;
}

const CONTROL = 'button,a,[role=button],[role=menuitem],input[type=button],input[type=submit]';

/** The words, read from at most `budget` text nodes (never the whole text of a big container). */
function saysIssue(el: Element, budget = 200): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && budget-- > 0; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
    if (text.length > 4000) break;
  }
  return /prestes\s+a\s+emitir/i.test(text);
}
const CANCEL = /^\s*(cancelar|cancela|n[aã]o|fechar|voltar|sair)\s*$/i;

/** Could this trusted activation be the issue confirmation's OK or a signing action? */
export function pathMayBeBnmpAction(path: readonly EventTarget[]): boolean {
  let control: Element | undefined;
  for (let i = 0; i < path.length && i < 14; i++) {
    const el = path[i] as Element;
    if (!el || typeof el.getAttribute !== 'function') continue;
    if (el.localName.startsWith('sentinela-bnmp-')) return false;
    const attributes = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('mattooltip') ?? ''} ${el.getAttribute('title') ?? ''}`;
    if (/assin/i.test(attributes)) return true;
    if (!control && el.matches(CONTROL)) {
      control = el;
      const text = el.childElementCount < 10 ? (el.textContent ?? '') : '';
      if (/assin/i.test(text)) return true;
      if (CANCEL.test(text)) return false;
    }
    if (!control) continue;
    if (el.localName === 'body' || el.localName === 'html') return false;
    // The confirmation's words, in the dialog or in a small container around the control (a dialog a
    // tribunal pinned by selector may have no dialog role). Never the text of a big container.
    if (saysIssue(el)) return true;
    if (el.matches(DIALOG)) return false;
  }
  return false;
}
