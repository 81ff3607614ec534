/**
 * The BNMP 3.0 toolbar: the órgão (unit) selector — "No canto superior direito da tela, você poderá
 * selecionar outro órgão" (CNJ BNMP 3.0 FAQ [V]) — and the logged user's name. Their markup is not
 * public, so both are found by what a person reads: a control called Órgão / Unidade / Lotação (its
 * label, placeholder, tooltip), preferably in the top bar; a pinned selector wins.
 */
import { hasWord, clean, fold, isHidden, nameOf, safeQuery, safeQueryAll, visibleText, type Pinned } from './text';

/** Where a top bar may be. */
const TOOLBAR = 'mat-toolbar,header,[role=banner],.toolbar,.navbar,.mat-toolbar,app-header,app-toolbar';
/** Controls that can hold the unit: Material select, combobox, native select, a button that opens a menu. */
const SELECTOR_CANDIDATES =
  'mat-select,[role=combobox],select,button[aria-haspopup],[mattooltip][aria-haspopup],[matmenutriggerfor],[ng-reflect-menu-trigger-for],button[aria-controls]';
const UNIT_WORDS = /\b(orgao|unidade|lotacao|unidade judiciaria)\b/;

function toolbarsOf(doc: Document): Element[] {
  return safeQueryAll(doc, TOOLBAR).filter((el) => !isHidden(el));
}

/** Words that describe a control without being its value: label, placeholder, tooltip, a form field's <mat-label>. */
function describingWords(el: Element): string {
  const doc = el.ownerDocument;
  const parts = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('mattooltip'), el.getAttribute('title'), el.getAttribute('name')];
  for (const attr of ['aria-labelledby', 'aria-describedby']) {
    for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean).slice(0, 5)) parts.push(doc.getElementById(id)?.textContent ?? '');
  }
  const field = el.closest('mat-form-field,.mat-mdc-form-field,.form-group,label');
  const label = field?.querySelector('mat-label,label,.mat-mdc-floating-label');
  if (label) parts.push(label.textContent);
  if (el.id) parts.push(safeQuery(doc, `label[for="${CSS.escape(el.id)}"]`)?.textContent ?? '');
  // A label just before the control in the toolbar ("Órgão:" then the select).
  const previous = el.previousElementSibling;
  if (previous && !previous.matches(SELECTOR_CANDIDATES)) parts.push((previous.textContent ?? '').slice(0, 40));
  return fold(parts.filter(Boolean).join(' '));
}

/** The órgão selector: the pinned one, else a unit-named control in a top bar, else anywhere on the page. */
export function findOrgaoSelector(doc: Document, pinned?: Pinned): Element | null {
  const fixed = safeQuery(doc, pinned?.orgaoSelector);
  if (fixed) return fixed;
  const scopes: ParentNode[] = [...toolbarsOf(doc), doc];
  for (const scope of scopes) {
    for (const el of safeQueryAll(scope, SELECTOR_CANDIDATES).slice(0, 50)) {
      if (!isHidden(el) && UNIT_WORDS.test(describingWords(el))) return el;
    }
  }
  return null;
}

/** The unit the selector shows now (a select's chosen option, a Material select's value, a menu button's text). */
export function readCurrentUnit(selector: Element): string | undefined {
  let value = '';
  if (selector.localName === 'select') {
    const select = selector as HTMLSelectElement;
    value = select.selectedIndex >= 0 ? (select.options[select.selectedIndex]?.text ?? '') : '';
  } else if (selector.localName === 'input') {
    value = (selector as HTMLInputElement).value;
  } else {
    const shown = selector.querySelector('.mat-mdc-select-value-text,.mat-select-value-text,.mat-mdc-select-min-line,[class*=select-value]');
    value = shown ? visibleText(shown, 200) : visibleText(selector, 200);
    // A button that shows "Órgão: X" names its value after the colon.
    value = value.replace(/^\s*(?:órgão|orgao|unidade|lotação|lotacao)\s*:\s*/i, '');
  }
  const unit = clean(value);
  return hasWord(unit) && !isPlaceholder(unit) ? unit : undefined;
}

/** "Selecione…", "Todos", or the bare word "Órgão" (a label, not a unit). */
function isPlaceholder(text: string): boolean {
  const folded = fold(text).replace(/[^a-z0-9 ]/g, '').trim();
  return /^(selecione|escolha|todos|todas|nenhum|nenhuma)\b/.test(folded) || /^(orgao|unidade|lotacao)$/.test(folded);
}

export type OrgaoOptions =
  /** The selector's list is not open (and not a native select): nothing to read now. */
  | { state: 'closed' }
  | { state: 'read'; units: string[] }
  /** The list is open but no unit could be read off it. */
  | { state: 'unreadable'; why: string };

const OPTION = '[role=option],mat-option,[role=menuitem],[role=menuitemradio],option';
const PANEL = '[role=listbox],[role=menu],.mat-mdc-select-panel,.mat-select-panel,.mat-mdc-menu-panel,.mat-menu-panel';
const MAX_OPTIONS = 300;

/**
 * The open list of the selector: the element its aria-controls / aria-owns names; else, when the
 * selector says it is expanded or was just clicked, the one visible list or menu on the page (never a
 * list that merely happens to be open — a piece-type autocomplete is not the órgão list).
 */
function panelOf(doc: Document, selector: Element, justOpened: boolean): Element | null {
  for (const attr of ['aria-controls', 'aria-owns']) {
    const id = selector.getAttribute(attr);
    const panel = id ? doc.getElementById(id) : null;
    if (panel && !isHidden(panel)) return panel;
  }
  if (!justOpened && selector.getAttribute('aria-expanded') !== 'true') return null;
  const lists = safeQueryAll(doc, PANEL).filter((el) => !isHidden(el) && !el.contains(selector) && el.closest('[aria-hidden=true]') === null);
  return lists.length === 1 ? lists[0]! : null;
}

/** The units the open selector offers: the units CNJ lets this person act in. Only names leave here. */
export function readOrgaoOptions(doc: Document, selector: Element, pinned?: Pinned, opened: { justOpened?: boolean } = {}): OrgaoOptions {
  let options: Element[];
  if (pinned?.orgaoOption) {
    options = safeQueryAll(doc, pinned.orgaoOption);
    if (options.length === 0) return { state: 'closed' };
  } else if (selector.localName === 'select') {
    options = [...(selector as HTMLSelectElement).options];
  } else {
    const panel = panelOf(doc, selector, opened.justOpened === true);
    if (!panel) return { state: 'closed' };
    options = safeQueryAll(panel, OPTION);
    if (options.length === 0) return { state: 'unreadable', why: 'a lista aberta não tem opções reconhecíveis' };
  }
  const units: string[] = [];
  for (const option of options.slice(0, MAX_OPTIONS)) {
    if (isHidden(option) || option.getAttribute('aria-disabled') === 'true' || option.hasAttribute('disabled')) continue;
    const name = clean(option.localName === 'option' ? (option.textContent ?? '') : nameOf(option));
    if (!hasWord(name) || isPlaceholder(name)) continue;
    if (!units.some((u) => fold(u) === fold(name))) units.push(name);
  }
  if (units.length === 0) return { state: 'unreadable', why: 'as opções não têm texto legível' };
  return { state: 'read', units };
}

const USER_WORDS = /\b(usuario|usuaria|perfil|conta|logad[oa])\b/;
const NOT_A_NAME = /^(sair|entrar|perfil|minha conta|usuario|usuaria|menu|ajuda|notificacoes)$/;

/** The logged user's name, when the toolbar shows it: pinned selector, a "Usuário: X" label, or a user control's text. */
export function readToolbarUser(doc: Document, pinned?: Pinned): string | undefined {
  const fixed = safeQuery(doc, pinned?.user);
  if (fixed) return asName(visibleText(fixed, 200));
  for (const toolbar of toolbarsOf(doc)) {
    // "Usuário: MARIA APARECIDA SOUZA" in one element, or "Usuário:" and the name in the next one.
    for (const el of safeQueryAll(toolbar, 'span,div,label,strong,small,p,dt,b').slice(0, 300)) {
      if (el.children.length > 3) continue;
      const text = visibleText(el, 200);
      const inline = /^usu[aá]ri[oa]\s*:\s*(.+)$/i.exec(text)?.[1];
      const name = inline ? asName(inline) : /^usu[aá]ri[oa]\s*:?$/i.test(text) && el.nextElementSibling ? asName(visibleText(el.nextElementSibling, 200)) : undefined;
      if (name) return name;
    }
    // A control (or its icon) called "Usuário logado", "Perfil"… whose visible text is the name.
    for (const el of safeQueryAll(toolbar, 'button,a,[role=button],span,div').slice(0, 200)) {
      if (el.children.length > 6) continue;
      const own = fold(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('mattooltip') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('class') ?? ''}`);
      if (!USER_WORDS.test(own) && !/\b(user|usuario)/.test(own)) continue;
      const name = asName(visibleText(el, 200));
      if (name) return name;
    }
  }
  return undefined;
}

function asName(text: string): string | undefined {
  const name = clean(text, 120);
  if (!/[A-Za-zÀ-ÖØ-öø-ÿ]{2}/.test(name) || NOT_A_NAME.test(fold(name)) || name.length < 3) return undefined;
  return name;
}

/** For diagnostics: is the selector's name found by its words (not pinned)? */
export function selectorName(selector: Element): string {
  return clean(nameOf(selector), 80);
}
