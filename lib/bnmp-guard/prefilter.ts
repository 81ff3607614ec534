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

/** Tags that never hold a dialog or a selector's list: an Angular table re-rendered row by row is skipped at once. */
const NEVER_HOLDS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'li', 'mat-row', 'mat-cell', 'mat-header-row', 'mat-header-cell', 'span', 'i', 'b', 'strong', 'em', 'mat-icon', 'svg', 'img', 'br', 'input', 'p', 'label', 'mat-tooltip-component']);

/** Does this added node bring a dialog or a selector's list (or hold one)? Elements only; bounded to native queries. */
export function addedNodeMatters(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.localName.startsWith('sentinela-bnmp-')) return false;
  if (el.matches(DIALOG_OR_LIST)) return true;
  return !NEVER_HOLDS.has(el.localName) && el.querySelector(DIALOG_OR_LIST) !== null;
}

const CONTROL = 'button,a,[role=button],[role=menuitem],input[type=button],input[type=submit]';
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
    // The confirmation's words, in the dialog or in a small container around the control (a dialog a
    // tribunal pinned by selector may have no dialog role). Never the text of a big container.
    if (el.childElementCount < 30 && /prestes a emitir/i.test((el.textContent ?? '').slice(0, 5000))) return true;
    if (el.matches(DIALOG) || el.localName === 'body') return false;
  }
  return false;
}
