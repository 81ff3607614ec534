/**
 * What an attempt on BNMP 3.0 web is about, and the screen the readiness engine judges:
 *
 *   - a button of the issue confirmation ("Prezado Usuário — Você está prestes a emitir…"): OK is
 *     judged, CANCELAR and every button of any other dialog are not;
 *   - a piece's own signing action ("Assinar Documento", "Assina Servidor", "Assinar"), with the
 *     unit read from the toolbar's órgão selector.
 *
 * Pure functions over the event's composed path and the document.
 */
import type { SeenDocument, SigningScreen } from '../readiness/types';
import { grauOfUnit, isPlantaoUnit } from '../tribunals/bnmp-unit';
import { dialogAround, dialogButtonRole, readIssueConfirmation, type DialogButtonRole, type IssueConfirmation } from './confirm-dialog';
import { fold, isElement, nameOf, safeMatches, type Pinned } from './text';
import { findOrgaoSelector, readCurrentUnit, readToolbarUser } from './toolbar';

/** What a person can activate: buttons, links (Angular's often have no href), ARIA buttons and menu items. */
export const CLICKABLE = 'button,a,[role=button],[role=menuitem],input[type=button],input[type=submit],[onclick]';

/** "Assinar", "Assinar Documento" (magistrate), "Assina Servidor", "Assinar Peça", "Assinar digitalmente". */
const SIGNING_LABEL = /^(assinar|assina)( (o |a )?(documento|peca|servidor|digitalmente|e enviar|e emitir))?$/;

export function isBnmpSigningAction(el: Element, pinned?: Pinned): boolean {
  if (safeMatches(el, pinned?.signingAction)) return true;
  if (!el.matches(CLICKABLE) && !el.hasAttribute('mattooltip')) return false;
  return SIGNING_LABEL.test(fold(nameOf(el)).replace(/[^a-z0-9 ]/g, '').trim());
}

export type BnmpAction =
  | { kind: 'sign'; control: Element }
  | { kind: 'dialog-button'; control: Element; dialog: Element; role: DialogButtonRole; confirmation?: IssueConfirmation };

/**
 * The action an event path starts, innermost first: the first control on the path decides (an icon
 * inside a button is decided by the button). Null when it is neither a signing action nor a button
 * of a dialog.
 */
export function findBnmpAction(path: readonly EventTarget[], pinned?: Pinned): BnmpAction | null {
  for (let i = 0; i < path.length && i < 12; i++) {
    const el = path[i];
    if (!isElement(el)) continue;
    const pinnedAction = safeMatches(el, pinned?.signingAction) || safeMatches(el, pinned?.confirmButton);
    if (!pinnedAction && !el.matches(CLICKABLE) && !(el.hasAttribute('mattooltip') && el.hasAttribute('tabindex'))) continue;
    if (isBnmpSigningAction(el, pinned)) return { kind: 'sign', control: el };
    const dialog = dialogAround(el, pinned);
    if (!dialog) return null;
    const confirmation = readIssueConfirmation(dialog, pinned);
    return { kind: 'dialog-button', control: el, dialog, role: dialogButtonRole(el, pinned), ...(confirmation ? { confirmation } : {}) };
  }
  return null;
}

export const PIECE_DOCUMENT: SeenDocument = { label: 'Peça do BNMP 3.0 (Incluir Peça)', bnmp: true, kind: 'peça do BNMP 3.0' };
export const EVENT_DOCUMENT: SeenDocument = { label: 'Evento do BNMP 3.0 (Incluir Evento)', bnmp: true, kind: 'evento do BNMP 3.0' };

function documentsOf(action: BnmpAction): SeenDocument[] {
  if (action.kind === 'sign') {
    const label = nameOf(action.control).slice(0, 60) || 'Assinar';
    return [{ label: `Peça do BNMP 3.0 (“${label}”)`, bnmp: true, kind: 'peça do BNMP 3.0' }];
  }
  if (action.confirmation?.kind === 'evento') return [EVENT_DOCUMENT];
  if (action.confirmation?.kind === 'peca') return [PIECE_DOCUMENT];
  return [{ label: 'Peça ou evento do BNMP 3.0', bnmp: true, kind: 'peça do BNMP 3.0' }];
}

export interface BnmpWebContext {
  /** The toolbar's user name, when shown. */
  user?: string;
  /** The unit the toolbar's órgão selector shows. */
  toolbarUnit?: string;
  /** Whether an órgão selector was found at all. */
  selectorFound: boolean;
}

export function readBnmpWebContext(doc: Document, pinned?: Pinned): BnmpWebContext {
  const user = readToolbarUser(doc, pinned);
  const selector = findOrgaoSelector(doc, pinned);
  const toolbarUnit = selector ? readCurrentUnit(selector) : undefined;
  return { ...(user ? { user } : {}), ...(toolbarUnit ? { toolbarUnit } : {}), selectorFound: selector !== null };
}

/**
 * The screen to judge: the unit named in the confirmation (what the person commits to), else the
 * toolbar's; the toolbar's user name, else nobody (the engine then uses "eu").
 */
export function bnmpWebScreen(action: BnmpAction, context: BnmpWebContext): SigningScreen {
  const fromDialog = action.kind === 'dialog-button' ? action.confirmation?.unit : undefined;
  const unit = fromDialog ?? context.toolbarUnit;
  const grau = unit ? grauOfUnit(unit) : undefined;
  return {
    kind: 'bnmp-web',
    documents: documentsOf(action),
    ...(context.user ? { user: context.user } : {}),
    ...(unit ? { lotacao: unit } : {}),
    ...(unit && isPlantaoUnit(unit) ? { plantaoHint: true } : {}),
    ...(grau === 2 ? { grau: 2 as const } : {}),
  };
}
