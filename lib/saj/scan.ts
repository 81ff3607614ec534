/**
 * Before any click, for the non-modal banner: does newly added content hold a visible signing
 * action that would sign a BNMP document? A queue counts when its batch button stands over BNMP
 * rows, selected or not. Work is proportional to the subtree given (the nodes a MutationObserver
 * reported), plus the one list a found button belongs to.
 */
import type { SeenDocument } from '../readiness/types';
import type { SajSelectors } from '../tribunals/schema';
import { allRows, documentOfRow, documentsForAction, documentsOf, isBatchLabel, isDocumentList, listNear, listOfRow, rowOf } from './documents';
import { CLICKABLE, isSigningAction } from './signing-action';
import { fold, isElement, labelOf, safeMatches } from './text';

/** Words every BNMP document name contains one of: a list without any is skipped in one native read. */
const BNMP_STEMS = /mand|alvar|guia|certid|ordem|medida|bnmp/i;

export function findVisibleBnmpSigning(
  root: ParentNode,
  selectors?: SajSelectors,
): { action: Element; documents: SeenDocument[] } | null {
  const query = selectors?.signingAction ? `${CLICKABLE},${selectors.signingAction}` : CLICKABLE;
  let candidates: Element[];
  try {
    candidates = [...root.querySelectorAll(query)];
  } catch {
    candidates = [...root.querySelectorAll(CLICKABLE)];
  }
  if (isElement(root) && (root.matches(CLICKABLE) || safeMatches(root, selectors?.signingAction))) candidates.unshift(root);
  const weighed: Element[] = [];
  for (const candidate of candidates) {
    if (weighed.some((list) => list.contains(candidate)) || !isSigningAction(candidate, selectors)) continue;
    const found = weigh(candidate, selectors, weighed);
    if (found && found.action.checkVisibility?.() !== false) return found;
  }
  return null;
}

function weigh(action: Element, selectors: SajSelectors | undefined, weighed: Element[]) {
  const batch = isBatchLabel(fold(labelOf(action)));
  const row = batch ? null : rowOf(action, selectors);
  if (row) {
    const own = documentOfRow(row, selectors);
    if (own?.bnmp) return { action, documents: [own] };
    // One row's button stands for its whole list: weigh the list once, answer with its first BNMP row.
    const list = listOfRow(row);
    if (!list) return null;
    weighed.push(list);
    if (!BNMP_STEMS.test(list.textContent ?? '')) return null;
    for (const other of allRows(list, selectors)) {
      const document = documentOfRow(other, selectors);
      if (!document?.bnmp) continue;
      const button = [...other.querySelectorAll(CLICKABLE)].find((el) => isSigningAction(el, selectors));
      if (button) return { action: button, documents: [document] };
    }
    return null;
  }
  const list = listNear(action, selectors);
  if (list && (batch || isDocumentList(list, selectors))) {
    weighed.push(list);
    if (!BNMP_STEMS.test(list.textContent ?? '')) return null;
    const documents = documentsOf(allRows(list, selectors), selectors);
    return documents.some((d) => d.bnmp) ? { action, documents } : null;
  }
  const documents = documentsForAction(action, selectors);
  return documents.some((d) => d.bnmp) ? { action, documents } : null;
}
