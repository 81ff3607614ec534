/**
 * Before any click, for the non-modal banner: does newly added content hold a visible signing
 * action that would sign a BNMP document? A queue counts when its batch button stands over BNMP
 * rows, selected or not. Work is proportional to the subtree given (the nodes a MutationObserver
 * reported, open shadow roots included), plus the list a batch button in it stands over; a list is
 * weighed once, row by row, with a raw-text prefilter, and the search stops at the first BNMP
 * signing action.
 */
import type { SeenDocument } from '../readiness/types';
import type { SajSelectors } from '../tribunals/schema';
import { documentOfRow, documentsForAction, isBatchLabel, isDocumentList, listNear, rowOf, rowsOf } from './documents';
import { findSigningCandidate, isScanCandidate, isSigningAction } from './signing-action';
import { findElement, fold, labelOf, parentOf, usable } from './text';
import { isHidden } from './labels';
import { MAY_BE_BNMP } from './vocabulary';

/** A batch button stands over this many BNMP rows at most in its answer: enough for a banner to name their kinds. */
const MAX_DOCUMENTS = 8;
/**
 * The banner weighs at most this many rows of one list (the click is always judged on the rows it
 * signs, whatever their number): a BNMP row further down a longer queue does not bring the banner.
 */
export const MAX_ROWS_WEIGHED = 1000;

type Found = { action: Element; documents: SeenDocument[] };

/**
 * Visible as far as the markup says (hidden, aria-hidden, inline display:none up the composed
 * tree). Not checkVisibility(): on a freshly rendered 5,000-row screen that forces a style
 * recalculation and would hold the banner back for hundreds of milliseconds.
 */
function shownByMarkup(el: Element): boolean {
  for (let at: Element | null = el; at; at = parentOf(at)) if (isHidden(at)) return false;
  return true;
}

export function findVisibleBnmpSigning(root: ParentNode, pinned?: SajSelectors): Found | null {
  const selectors = usable(pinned);
  const weighed: Element[] = [];
  let found: Found | null = null;
  findElement(root as Node, (el) => {
    if (weighed.includes(el)) return 'skip'; // a list already weighed row by row
    if (!isScanCandidate(el, selectors?.signingAction) || !isSigningAction(el, selectors)) return false;
    const weight = weigh(el, root, selectors, weighed);
    if (weight && shownByMarkup(weight.action)) found = weight;
    return !!found;
  });
  return found;
}

function weigh(action: Element, root: ParentNode, selectors: SajSelectors | undefined, weighed: Element[]): Found | null {
  const batch = isBatchLabel(fold(labelOf(action)));
  const row = batch ? null : rowOf(action, selectors);
  if (row) {
    const rows = row.parentElement;
    // All the rows are new (a render): weigh them once and answer with the first BNMP row's button.
    // A single new row answers for itself only, so rows re-rendered one by one stay linear.
    if (rows && (rows === root || contains(root, rows))) {
      weighed.push(rows);
      for (const [other, document] of bnmpRows(rows, selectors)) {
        const button = findSigningCandidate(other, selectors);
        if (button) return { action: button, documents: [document] };
      }
      return null;
    }
    const own = documentOfRow(row, selectors);
    return own?.bnmp ? { action, documents: [own] } : null;
  }
  const list = listNear(action, selectors);
  if (list && (batch || isDocumentList(list, selectors))) {
    weighed.push(list);
    const documents: SeenDocument[] = [];
    for (const [, document] of bnmpRows(list, selectors)) if (documents.push(document) >= MAX_DOCUMENTS) break;
    return documents.length ? { action, documents } : null;
  }
  const documents = documentsForAction(action, selectors);
  return documents.some((d) => d.bnmp) ? { action, documents } : null;
}

/** `contains` for a root that may be a document, an element or a shadow root. */
const contains = (root: ParentNode, node: Node) => (root as Node).contains(node);

/**
 * The list's BNMP rows, lazily, among its first MAX_ROWS_WEIGHED rows; a row whose raw text cannot
 * name a BNMP document is not read further. Never the whole list's text at once: on a 5,000-row
 * queue that one read costs more than everything else the banner does.
 */
function* bnmpRows(list: Element, selectors?: SajSelectors): Generator<[Element, SeenDocument]> {
  let seen = 0;
  for (const row of rowsOf(list, selectors)) {
    if (++seen > MAX_ROWS_WEIGHED) return;
    if (!MAY_BE_BNMP.test(row.textContent ?? '')) continue;
    const document = documentOfRow(row, selectors);
    if (document?.bnmp) yield [row, document];
  }
}
