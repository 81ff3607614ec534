/**
 * BNMP 3.0's issue confirmation: after "Incluir Peça" / "Incluir Evento" the app always asks
 * "Prezado Usuário — Você está prestes a emitir uma peça/evento para a unidade judiciária …",
 * CANCELAR / OK (bnmp-web-screens.md [V]). The OK is the person's commitment to issue for that unit.
 * Every other dialog (editing a person, leaving a page, alerts) uses the same container and is
 * never ours to judge. Recognised by its words, with the container and buttons found by roles,
 * tags and labels — a class name is only ever one of several clues — or by a profile's pinned selectors.
 */
import { hasWord, clean, closestComposed, fold, isElement, nameOf, safeMatches, visibleText, type Pinned } from './text';

/** What may hold a dialog in Angular Material, the CDK, plain HTML or ARIA. */
export const DIALOG_CONTAINER =
  'mat-dialog-container,[role=dialog],[role=alertdialog],dialog,.mat-mdc-dialog-container,.mat-dialog-container,.cdk-dialog-container,.modal-dialog';

/** The dialog an element is in (the pinned `confirmDialog` first), through shadow roots. */
export function dialogAround(el: Element, pinned?: Pinned): Element | null {
  if (pinned?.confirmDialog) {
    const found = closestComposed(el, pinned.confirmDialog);
    if (found) return found;
  }
  return closestComposed(el, DIALOG_CONTAINER);
}

export interface IssueConfirmation {
  /** What is about to be issued; undefined when the text says "peça/evento" or neither. */
  kind?: 'peca' | 'evento';
  /** The unit named in the text, as written there (untrusted, cleaned, ≤ 200 characters). */
  unit?: string;
}

export const CONTROLS = 'button,[role=button],a,input,select,textarea,mat-dialog-actions,.mat-mdc-dialog-actions,.mat-dialog-actions';
const ISSUE_WORDS = /voce esta prestes a emitir\b/;
const UNIT_AFTER = /unidade\s+judici[aá]ria\s*(?:[:\-–—]\s*)?(.+)$/i;

/**
 * The confirmation this dialog asks for, or undefined when it is another dialog. A pinned
 * `confirmDialog` makes the dialog count even if its words change; the unit is still read from them.
 */
export function readIssueConfirmation(dialog: Element, pinned?: Pinned): IssueConfirmation | undefined {
  // The words, not the buttons: "… unidade judiciária: X" may be followed by "Cancelar Ok".
  const text = visibleText(dialog, 1500, 400, CONTROLS);
  const folded = fold(text);
  const recognised = ISSUE_WORDS.test(folded) || safeMatches(dialog, pinned?.confirmDialog);
  if (!recognised) return undefined;
  const confirmation: IssueConfirmation = {};
  const what = /prestes a emitir (?:uma |um )?(peca\/evento|peca|evento)\b/.exec(folded)?.[1];
  if (what === 'peca' || what === 'evento') confirmation.kind = what;
  const unit = unitIn(dialog, text);
  if (unit) confirmation.unit = unit;
  return confirmation;
}

/** The unit after "unidade judiciária": an emphasised name when there is one, else up to the end of the sentence. */
function unitIn(dialog: Element, text: string): string | undefined {
  const after = UNIT_AFTER.exec(text)?.[1];
  if (!after) return undefined;
  const rest = after.replace(/^["“'‘«]+/, '');
  for (const em of dialog.querySelectorAll('b,strong,em,mark,[class*=unidade]')) {
    const name = clean(em.textContent ?? '');
    if (hasWord(name) && rest.startsWith(name)) return unquote(name);
  }
  // Up to a question, or a period followed by the next sentence ("… TRÊS LAGOAS. Deseja continuar?").
  const sentence = /^(.*?)(?:\s*[?!]|\.\s+(?=\p{Lu})|\.?\s*$)/u.exec(rest)?.[1] ?? rest;
  const unit = unquote(sentence);
  return hasWord(unit) ? unit : undefined;
}

const unquote = (s: string) => clean(s.replace(/^["“'‘«\s]+|["”'’»\s]+$/g, ''));

export type DialogButtonRole = 'confirm' | 'cancel' | 'other';

const CANCEL_WORDS = /^(cancelar|cancela|nao|fechar|voltar|sair|desistir)$/;
const CONFIRM_WORDS = /^(ok|confirmar|confirma|sim|emitir|continuar|prosseguir)$/;

/** What a button in the confirmation does: its label first; a `…confirm…` / `…cancel…` class only when the label says nothing. */
export function dialogButtonRole(button: Element, pinned?: Pinned): DialogButtonRole {
  if (safeMatches(button, pinned?.confirmButton)) return 'confirm';
  const label = fold(nameOf(button)).replace(/[^a-z0-9 ]/g, '').trim();
  if (CANCEL_WORDS.test(label)) return 'cancel';
  if (CONFIRM_WORDS.test(label)) return 'confirm';
  if (label === '') {
    const classes = (button.getAttribute('class') ?? '').toLowerCase();
    if (classes.includes('cancel')) return 'cancel';
    if (classes.includes('confirm')) return 'confirm';
  }
  return 'other';
}

/** The confirm button of a confirmation dialog (for replaying on a re-rendered twin). */
export function confirmButtonIn(dialog: Element, pinned?: Pinned): Element | null {
  for (const button of dialog.querySelectorAll('button,[role=button],a,input[type=button],input[type=submit]')) {
    if (isElement(button) && dialogButtonRole(button, pinned) === 'confirm') return button;
  }
  return null;
}
