/**
 * Which documents a signing action would sign, as the page shows them:
 * a row's own button → that row; a batch button ("Assinar selecionados", or "Assinar" over a list)
 * → the selected rows of the nearest list; "Confirmar" in the finalisation window → the documents
 * named in that window; a single-document screen → its "Tipo"/"Modelo"/"Documento" field or a
 * heading that names a document. When it cannot tell, it says nothing (an empty list).
 */
import type { SeenDocument } from '../readiness/types';
import type { SajSelectors } from '../tribunals/schema';
import { readLabels } from './labels';
import { signingWindowOf } from './signing-action';
import { clean, closestComposed, findElement, fold, hasMoreChildrenThan, isElement, labelOf, parentOf, safeMatches, safeQuery, textOf, titleOf, usable } from './text';
import { isBnmpDocument, looksLikeDocumentName } from './vocabulary';

const ROW = 'tr,[role=row],[role=option],[role=listitem],li';
const ROW_GROUP = /^(?:tbody|thead|tfoot)$/;
/** Where a list of selectable documents shows itself: a checkbox or a selection state. */
const SELECTION = ':is(input[type=checkbox],[aria-selected],[aria-checked])';
const SELECTED = ':is(input[type=checkbox]:checked,[aria-selected=true],[aria-checked=true])';
const BATCH = /\b(?:selecionad[oa]s?|marcad[oa]s?|lote|tod[oa]s|varios)\b/;
const DOCUMENT_COLUMN = /^(?:tipo|modelo|documento|descricao|peca|nome do documento)/;
const DOCUMENT_FIELD = /^(tipo de documento|tipo do documento|modelo de documento|modelo do documento|nome do documento|tipo|modelo|documento)\s*(?::.*)?$/;
const CONTAINER = 'dialog,[role=dialog],[role=alertdialog],form,fieldset,section,article,main,[role=main]';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,caption,[role=heading]';
const NUMBERS_ONLY = /^[\d\s.,:/ºª°-]*$/;

/** On a folded label: a batch action ("Assinar selecionados", "Assinar em lote", "Assinar todos"). */
export const isBatchLabel = (label: string): boolean => BATCH.test(label);

/** A document as a SeenDocument, classified; untrusted label kept as bounded text. Named by lib/saj/kinds. */
export function seen(label: string): SeenDocument {
  return { label, bnmp: isBnmpDocument(label) };
}

export function documentsForAction(action: Element, pinned?: SajSelectors): SeenDocument[] {
  const selectors = usable(pinned);
  const batch = isBatchLabel(fold(labelOf(action)));
  if (!batch) {
    const row = rowOf(action, selectors);
    const document = row && documentOfRow(row, selectors);
    if (document) return [document];
  }
  const win = signingWindowOf(action);
  if (win) {
    const named = documentsIn(win.element, selectors, true);
    if (named.length) return named;
  }
  const list = listNear(action, selectors);
  if (list) {
    const rows = selectedRows(list, selectors);
    // A plain "Assinar" over another kind of list (parties to notify…) signs the screen's document instead.
    if (batch || isDocumentList(list, selectors, rows)) return documentsOf(rows, selectors);
  }
  if (batch) return [];
  for (const scope of scopesOf(action)) {
    const named = documentsIn(scope, selectors, false);
    if (named.length) return named;
  }
  const title = titleOf(action.ownerDocument);
  return title && looksLikeDocumentName(title) ? [seen(title)] : [];
}

/**
 * Where a single document's name may be, nearest first: up to three containers (dialog, form,
 * section…) around the action, each open shadow root the action sits in (a web component's panel:
 * heading, fields and buttons in its own tree), then the page's body.
 */
function scopesOf(action: Element): ParentNode[] {
  const scopes: ParentNode[] = [];
  let containers = 0;
  for (let at: Node | null = action; at; ) {
    if (isElement(at)) {
      if (containers < 3 && at.matches(CONTAINER)) {
        scopes.push(at);
        containers++;
      }
      at = at.parentNode;
    } else if ((at as ShadowRoot).host) {
      scopes.push(at as ShadowRoot);
      at = (at as ShadowRoot).host;
    } else break;
  }
  const body = action.ownerDocument.body;
  if (body) scopes.push(body);
  return scopes;
}

const isRowLike = (el: Element) => el.localName === 'tr' || el.localName === 'li' || /^(?:row|option|listitem)$/.test(el.getAttribute('role') ?? '');
const isRowGroup = (el: Element) => ROW_GROUP.test(el.localName) || el.getAttribute('role') === 'rowgroup';

function isHeaderRow(row: Element): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  for (const cell of row.children) {
    if (cell.localName === 'td' || /^(?:grid)?cell$/.test(cell.getAttribute('role') ?? '')) return false;
    if (cell.getAttribute('role') === 'columnheader') return true;
  }
  return row.localName === 'tr';
}

/** The data row an action sits in (not a header row, not a layout row holding a whole list). */
export function rowOf(el: Element, selectors?: SajSelectors): Element | null {
  const row = closestComposed(el, selectors?.documentRow || ROW);
  if (!row || isHeaderRow(row)) return null;
  return selectors?.documentRow || !row.querySelector('table,tr,[role=row],[role=grid],ul,ol') ? row : null;
}

/** The list a row belongs to: its table, grid or list element. */
export function listOfRow(row: Element): Element | null {
  const group = row.parentElement;
  return group && isRowGroup(group) ? group.parentElement : group;
}

/** The row's document, or null when the row names none. */
export function documentOfRow(row: Element, selectors?: SajSelectors): SeenDocument | null {
  const label = rowLabel(row, selectors);
  return label ? seen(label) : null;
}

function rowLabel(row: Element, selectors?: SajSelectors): string {
  const pinned = safeQuery(row, selectors?.documentType);
  if (pinned) return labelOf(pinned);
  const cells = cellsOf(row);
  let first = '';
  for (const index of documentColumns(row)) {
    const text = cells[index] ? cellText(cells[index]) : '';
    if (text && isBnmpDocument(text)) return text;
    first ||= text;
  }
  if (first) return first;
  const texts = cells.map(cellText).filter((text) => text && !NUMBERS_ONLY.test(text));
  return texts.find((text) => isBnmpDocument(text)) ?? texts.find(looksLikeDocumentName) ?? clean(texts.join(' · '));
}

/** A row's cells: table cells, grid cells, or the children of a div/li row (text between them included). */
function cellsOf(row: Element): Node[] {
  if (row.localName === 'tr') return [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th');
  let box: Element = row;
  while (box.childElementCount === 1 && !/\S/.test(ownText(box))) box = box.firstElementChild!;
  const cells = [...box.childNodes].filter((n) => isElement(n) || /\S/.test(n.nodeValue ?? ''));
  return cells.length ? cells : [box];
}

const ownText = (el: Element) => [...el.childNodes].map((n) => (n.nodeType === 3 ? n.nodeValue : '')).join('');

function cellText(cell: Node): string {
  // A plain cell (text only, the usual case) is read natively.
  if (!isElement(cell) || !cell.firstElementChild) return clean(cell.textContent ?? '');
  if (cell.matches('input,button,select,textarea,[role=button],[role=checkbox]')) return '';
  return textOf(cell, 300, true);
}

/** Per list element: the indexes of the columns whose header says Tipo / Modelo / Documento / Descrição. */
const columnCache = new WeakMap<Element, number[]>();

function documentColumns(row: Element): number[] {
  const list = listOfRow(row);
  if (!list) return [];
  let columns = columnCache.get(list);
  if (!columns) {
    columns = [];
    const head = headerRowOf(list);
    if (head) cellsOf(head).forEach((cell, index) => DOCUMENT_COLUMN.test(fold(cellText(cell))) && columns!.push(index));
    columnCache.set(list, columns);
  }
  return columns;
}

/** The list's header row, looked for among its first rows only. */
function headerRowOf(list: Element): Element | null {
  for (const child of list.children) {
    const row = isRowGroup(child) ? child.firstElementChild : child;
    if (!row || !isRowLike(row)) continue;
    if (isHeaderRow(row)) return row;
    if (child === row || child.localName !== 'thead') return null;
  }
  return null;
}

/**
 * The nearest list with selectable rows around the action: the same toolbar, form, section…, then
 * the page. Each level looks only into the siblings it has not seen, so the cost is one pass at most.
 */
export function listNear(action: Element, selectors?: SajSelectors): Element | null {
  const probe = selectors?.documentRow || SELECTION;
  for (let from: Element = action, at = parentOf(action); at; from = at, at = parentOf(at)) {
    let checked = 0;
    for (const sibling of at.children) {
      if (++checked > 200) break;
      if (sibling === from) continue;
      if (safeMatches(sibling, probe)) {
        const list = listOfSelection(sibling, selectors);
        if (list) return list;
      }
      // The first few controls only: a filter checkbox may come before the list in the same block.
      let tries = 0;
      for (let hit = safeQuery(sibling, probe); hit && tries++ < 5; hit = nextMatch(sibling, hit, probe)) {
        const list = listOfSelection(hit, selectors);
        if (list) return list;
      }
    }
  }
  return null;
}

/** The next element after `from` (outside its subtree) inside `root` matching `selector`. */
function nextMatch(root: Element, from: Element, selector: string): Element | null {
  for (let at: Element | null = from; at && at !== root; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      const hit = safeMatches(next, selector) ? next : safeQuery(next, selector);
      if (hit) return hit;
    }
  }
  return null;
}

/** The list a selection control belongs to (a header "marcar todos" row counts: same table). */
function listOfSelection(hit: Element, selectors?: SajSelectors): Element | null {
  if (hit.closest('[role=tablist],[role=menu],[role=menubar],nav')) return null;
  if (selectors?.documentRow) return listOfRow(hit);
  const row = hit.closest(ROW);
  return row && !row.querySelector('table,tr,[role=row],[role=grid],ul,ol') ? listOfRow(row) : null;
}

/** The rows a batch action signs: checked, or aria-selected/aria-checked. Header rows left out. */
export function selectedRows(list: Element, selectors?: SajSelectors): Element[] {
  const rows = new Set<Element>();
  for (const hit of list.querySelectorAll(selectionQuery(list, selectors))) {
    const row = closestComposed(hit, selectors?.documentRow || ROW);
    if (row && list.contains(row) && !isHeaderRow(row)) rows.add(row);
  }
  return [...rows];
}

/**
 * One selector, for the kind of selection the list's first row uses: in Chromium every extra
 * selector in a list costs another look at each of a 5,000-row queue's elements.
 */
function selectionQuery(list: Element, selectors?: SajSelectors): string {
  const first = firstRow(list, selectors);
  if (first?.querySelector('input[type=checkbox]')) return 'input[type=checkbox]:checked';
  const marked = first && (first.matches('[aria-selected],[aria-checked]') ? first : first.querySelector('[aria-selected],[aria-checked]'));
  if (marked) return marked.hasAttribute('aria-selected') ? '[aria-selected=true]' : '[aria-checked=true]';
  return SELECTED;
}

/** The data rows of a list, selected or not, lazily (long queues are often read only in part). */
export function* rowsOf(list: Element, selectors?: SajSelectors): Generator<Element> {
  if (selectors?.documentRow) return yield* list.querySelectorAll(selectors.documentRow);
  for (const child of list.children) {
    if (isRowGroup(child)) yield* rowsOf(child);
    else if (isRowLike(child) && !isHeaderRow(child)) yield child;
  }
}

const firstRow = (list: Element, selectors?: SajSelectors): Element | undefined => rowsOf(list, selectors).next().value ?? undefined;

export function documentsOf(rows: Element[], selectors?: SajSelectors): SeenDocument[] {
  const documents: SeenDocument[] = [];
  for (const row of rows) {
    const document = documentOfRow(row, selectors);
    if (document) documents.push(document);
  }
  return documents;
}

/** A list whose rows are documents (not, say, parties to notify): judged by its selection or first row. */
export function isDocumentList(list: Element, selectors?: SajSelectors, selected = selectedRows(list, selectors)): boolean {
  const row = selected[0] ?? firstRow(list, selectors);
  const document = row && documentOfRow(row, selectors);
  return !!document && (document.bnmp || looksLikeDocumentName(document.label));
}

/**
 * The documents a screen, dialog or window names: a "Tipo"/"Modelo"/"Documento" field, the
 * document rows of a list in it (selected ones, else all; windows only), or a heading naming one.
 */
function documentsIn(scope: ParentNode, selectors: SajSelectors | undefined, withList: boolean): SeenDocument[] {
  const pinned = safeQuery(scope, selectors?.documentType);
  if (pinned) return [seen(labelOf(pinned))];
  const fields = readLabels(scope, DOCUMENT_FIELD, 3000).map((field) => field.value);
  const field = fields.find((value) => isBnmpDocument(value)) ?? fields[0];
  if (field) return [seen(field)];
  const cell = withList && (scope.querySelector('td') ?? scope.querySelector('[role=row]'));
  const row = cell && rowOf(cell, selectors);
  const list = row && listOfRow(row);
  if (list) {
    const selected = selectedRows(list, selectors);
    const named = documentsOf(selected.length ? selected : [...rowsOf(list, selectors)], selectors).filter(
      (document) => document.bnmp || looksLikeDocumentName(document.label),
    );
    if (named.length) return named;
  }
  for (const heading of scope.querySelectorAll(HEADINGS)) {
    const text = textOf(heading);
    if (looksLikeDocumentName(text)) return [seen(text)];
  }
  // Headings inside web components' own trees (open shadow roots), walked like the labels: bounded,
  // long lists skipped.
  let named = '';
  let budget = 3000;
  findElement(scope as Node, (el) => {
    if (--budget < 0) return true;
    if (hasMoreChildrenThan(el, 100) && !/^(?:html|body|main|form)$/.test(el.localName)) return 'skip';
    if (!el.shadowRoot && !el.matches(HEADINGS)) return false;
    if ((el.getRootNode() as ShadowRoot).host && el.matches(HEADINGS)) {
      const text = textOf(el);
      if (looksLikeDocumentName(text)) named = text;
    }
    return !!named;
  });
  return named ? [seen(named)] : [];
}
