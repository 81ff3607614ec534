/**
 * Is this click, key or submit a SAJ signature? A signing action is a control whose label says
 * "assinar" (not "desfazer/cancelar assinatura", not help, not a menu that only opens a list), or
 * "Confirmar" in the "Finalização de Documentos" / "Seleção de Certificado Digital" window while
 * its "Assinar" option is chosen. A tribunal's profile can pin a selector that always counts.
 * Runs on every trusted click: it looks at the event path and one control, never at the page.
 */
import type { SajSelectors } from '../tribunals/schema';
import { closestComposed, findElement, fold, hasMoreChildrenThan, isElement, labelOf, parentOf, safeMatches, textOf, titleOf, usable, valueOf } from './text';
import { hasWord } from '../text/untrusted';

/** Controls a person presses. */
export const CONTROLS = 'button,input[type=button],input[type=submit],input[type=image],a,[role=button],[role=menuitem],[role=link]';
/** Anything that may be clickable, for walking an event path and for scanning new content. */
export const CLICKABLE = `${CONTROLS},[onclick],[tabindex]:not([tabindex="-1"]),[class*=btn],[class*=Btn],[class*=button],[class*=Button],[class*=botao],sds-button`;
/** Where a click is not a signature at all (a checkbox, a field, a select). */
const FORM_FIELDS = 'input,select,textarea,option';

const VERB = /(?:^|[^a-z])assin(?:ar|e)(?![a-z])|^confirmar (?:a )?assinatura/;
const NOT_SIGNING = /\?|\b(?:nao|sem|como|onde|para|pra|a|por|de|ao) assin|\b(?:ajuda|tutorial|manual|duvidas?|desfazer|cancelar|remover|excluir|visualizar|consultar)\b/;
const CONFIRM = /^confirmar\b/;
const SIGNING_WINDOW = /finalizacao de documentos?|selecao de certificado/;
const HELP_HREF = /ajuda|help|manual|faq|tutorial|duvida|suporte|wiki|\.pdf(?:$|[?#])/i;

/** On a folded label: does it say to sign ("Assinar", "Assinar e liberar nos autos"…)? */
export const isSigningLabel = (label: string): boolean =>
  label.length <= 80 && VERB.test(label) && !NOT_SIGNING.test(label);

/**
 * The signing action an event went through, or null. `path` is `event.composedPath()`: the first
 * clickable element on it decides (an icon inside a button is decided by the button), except that
 * a profile's pinned selector counts anywhere on the path.
 */
export function findSigningAction(path: readonly EventTarget[], pinned?: SajSelectors): Element | null {
  const selectors = usable(pinned);
  const elements = path.filter(isElement).filter((el) => el.localName !== 'body' && el.localName !== 'html');
  if (selectors?.signingAction) {
    const pinned = elements.find((el) => safeMatches(el, selectors.signingAction));
    if (pinned) return outermost(pinned);
  }
  for (const el of elements) {
    if (isClickable(el)) {
      const action = outermost(el);
      return isSigningAction(action, selectors) ? action : null;
    }
    if (el.matches(FORM_FIELDS)) return null;
  }
  return null;
}

/** Is this element, by itself, a signing action? */
export function isSigningAction(el: Element, pinned?: SajSelectors): boolean {
  const selectors = usable(pinned);
  if (safeMatches(el, selectors?.signingAction)) return true;
  if (!isClickable(el) || (el.matches(FORM_FIELDS) && !el.matches(CONTROLS))) return false;
  // A clickable container (a row, a toolbar) is not the action its buttons are.
  if (!el.matches(CONTROLS) && el.querySelector(`${CONTROLS},${FORM_FIELDS}`)) return false;
  const label = fold(labelOf(el));
  if (isSigningLabel(label)) return !onlyOpensList(el) && !isHelpLink(el);
  return CONFIRM.test(label) && label.length <= 30 && confirmsSigning(el);
}

/**
 * What a scan of the page looks at: controls by tag, role, handler or focusability, and a profile's
 * pinned selector. Controls known only by a CSS class are recognised when clicked
 * (`findSigningAction`), not by scans; a profile can pin them.
 */
export function isScanCandidate(el: Element, pinned: string | undefined): boolean {
  const tag = el.localName;
  if (tag === 'button' || tag === 'a' || tag === 'sds-button') return true;
  if (tag === 'input') return /^(?:submit|button|image)$/.test((el as HTMLInputElement).type);
  return /^(?:button|menuitem|link)$/.test(el.getAttribute('role') ?? '') || el.hasAttribute('onclick') || el.hasAttribute('tabindex') || (!!pinned && safeMatches(el, pinned));
}

/**
 * The first signing action under `root` (open shadow roots included), or null. The same test a
 * click gets (`isSigningAction`), so whatever the guard would stop, a scan finds.
 */
export function findSigningCandidate(root: Node, pinned?: SajSelectors, onShadowRoot?: (root: ShadowRoot) => void): Element | null {
  const selectors = usable(pinned);
  return findElement(root, (el) => isScanCandidate(el, selectors?.signingAction) && isSigningAction(el, selectors), onShadowRoot);
}

function isClickable(el: Element): boolean {
  if (el.matches(CLICKABLE)) return true;
  // A web component standing for a button: its shadow root holds the real control.
  return el.localName.includes('-') && !!el.shadowRoot?.querySelector(CONTROLS);
}

/**
 * The control as the page sees it: the button a web component renders as its whole content
 * (`<sds-button>`) is the component. A component with more in its tree (a panel with a heading and
 * its buttons) is not one button: its buttons stand for themselves.
 */
function outermost(el: Element): Element {
  const root = el.getRootNode() as ShadowRoot;
  const host = root.host;
  if (!host?.localName.includes('-') || root.querySelector(CONTROLS) !== el) return el;
  return hasWord(textOf(root, 40, true)) ? el : host;
}

/** A link or menu entry that navigates to a list ("Assinaturas pendentes", "Assinar documentos" in a menu). */
function onlyOpensList(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  if (popup && popup !== 'false') return true;
  if (!closestComposed(el, '[role=menu],[role=menubar],nav,[role=navigation]')) return false;
  const href = el.getAttribute('href');
  return !!href && !/^(?:#|javascript:)/i.test(href.trim());
}

function isHelpLink(el: Element): boolean {
  return el.localName === 'a' && HELP_HREF.test(el.getAttribute('href') ?? '');
}

/** "Confirmar" signs only in the finalisation / certificate window, with "Assinar" chosen. */
function confirmsSigning(el: Element): boolean {
  const win = signingWindowOf(el);
  if (!win) return false;
  const chosen = assinarChosen(win.element);
  // The certificate window with no Assinar/Finalizar choice at all: picking a certificate is signing.
  return chosen ?? win.certificate;
}

/** The "Finalização de Documentos" / "Seleção de Certificado Digital" window the element is in. */
export function signingWindowOf(el: Element): { element: Element; certificate: boolean } | null {
  for (let at = parentOf(el), depth = 0; at && depth < 30; at = parentOf(at), depth++) {
    const title = fold(windowTitleOf(at));
    if (SIGNING_WINDOW.test(title)) return { element: at, certificate: title.includes('certificado') };
    if (at.localName === 'body') {
      const docTitle = fold(titleOf(at.ownerDocument));
      return SIGNING_WINDOW.test(docTitle) ? { element: at, certificate: docTitle.includes('certificado') } : null;
    }
  }
  return null;
}

const TITLE = 'h1,h2,h3,h4,h5,h6,legend,header,[role=heading],[class*=title],[class*=Title],[class*=titulo],[class*=header]';

/** A window's title: its aria label, or a heading-like child (never a search through a big subtree). */
function windowTitleOf(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  const target = labelledBy ? (el.getRootNode() as Document).getElementById?.(labelledBy.split(/\s+/)[0]!) : null;
  const parts = [el.getAttribute('aria-label'), target && textOf(target, 120)];
  if (!hasMoreChildrenThan(el, 60)) for (const child of el.children) if (child.matches(TITLE)) parts.push(textOf(child, 120));
  return parts.filter(Boolean).join(' ');
}

/** true: the "Assinar" option is chosen; false: another option is; null: the window offers no such choice. */
function assinarChosen(win: Element): boolean | null {
  let offered = false;
  for (const option of win.querySelectorAll('input[type=radio],input[type=checkbox],[role=radio],[role=checkbox],[role=option],option')) {
    const label = fold(optionLabel(option, win));
    if (!/assin|finaliz/.test(label)) continue;
    offered = true;
    if (isSigningLabel(label) && isChosen(option)) return true;
  }
  return offered ? false : null;
}

function isChosen(option: Element): boolean {
  const input = option as HTMLInputElement & HTMLOptionElement;
  if (option.localName === 'input') return input.checked;
  if (option.localName === 'option') return input.selected;
  return option.getAttribute('aria-checked') === 'true' || option.getAttribute('aria-selected') === 'true';
}

/** The text a person reads next to a radio or checkbox. */
function optionLabel(option: Element, scope: Element): string {
  if (option.localName !== 'input') return valueOf(option);
  const id = option.id;
  const label =
    option.closest('label') ?? (id ? [...scope.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === id) : undefined);
  if (label) return textOf(label, 120);
  const aria = option.getAttribute('aria-label');
  if (aria) return aria;
  const next = option.nextSibling;
  return next ? textOf(next, 120) : '';
}
