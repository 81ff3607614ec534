/**
 * Before any click, for the non-modal banner: does newly added content hold a visible signing
 * action that would sign a BNMP document? A queue counts when its batch button stands over BNMP
 * rows, selected or not. Work is proportional to the subtree given (the nodes a MutationObserver
 * reported), plus the list a batch button in it stands over; a list is weighed once, row by row,
 * with a raw-text prefilter, and the search stops at the first BNMP signing action.
 */
import type { SeenDocument } from '../readiness/types';
import type { SajSelectors } from '../tribunals/schema';
import { allRows, documentOfRow, documentsForAction, isBatchLabel, isDocumentList, listNear, rowOf } from './documents';
import { isSigningAction } from './signing-action';
import { fold, isElement, labelOf, usable } from './text';
import { BNMP_STEMS } from './vocabulary';

/**
 * What the scan looks at: controls by tag, role, handler or focusability. One short :is() list,
 * because a long selector list costs a pass per selector over a big subtree. (Controls known only
 * by a CSS class are still recognised when clicked; a profile can pin them for the scan.)
 */
const CANDIDATES = ':is(button,a,input[type=submit],input[type=button],input[type=image],[role],[onclick],[tabindex],sds-button)';
/** A batch button stands over this many BNMP rows at most in its answer: enough for a banner. */
const MAX_DOCUMENTS = 20;

type Found = { action: Element; documents: SeenDocument[] };

export function findVisibleBnmpSigning(root: ParentNode, pinned?: SajSelectors): Found | null {
  const selectors = usable(pinned);
  const query = selectors?.signingAction ? `${CANDIDATES},${selectors.signingAction}` : CANDIDATES;
  const candidates = [...root.querySelectorAll(query)];
  if (isElement(root) && root.matches(query)) candidates.unshift(root);
  const weighed: Element[] = [];
  for (const candidate of candidates) {
    if (weighed.some((part) => part.contains(candidate)) || !isSigningAction(candidate, selectors)) continue;
    const found = weigh(candidate, root, selectors, weighed);
    if (found && found.action.checkVisibility?.() !== false) return found;
  }
  return null;
}

function weigh(action: Element, root: ParentNode, selectors: SajSelectors | undefined, weighed: Element[]): Found | null {
  const batch = isBatchLabel(fold(labelOf(action)));
  const row = batch ? null : rowOf(action, selectors);
  if (row) {
    const rows = row.parentElement;
    // All the rows are new (a render): weigh them once and answer with the first BNMP row's button.
    // A single new row answers for itself only, so rows re-rendered one by one stay linear.
    if (rows && (rows === root || root.contains(rows))) {
      weighed.push(rows);
      for (const [other, document] of bnmpRows(rows, selectors)) {
        const button = [...other.querySelectorAll(CANDIDATES)].find((el) => isSigningAction(el, selectors));
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

/** The list's BNMP rows, lazily, reading in full only the rows whose raw text may name one. */
function* bnmpRows(list: Element, selectors?: SajSelectors): Generator<[Element, SeenDocument]> {
  for (const row of allRows(list, selectors)) {
    if (!BNMP_STEMS.test(row.textContent ?? '')) continue;
    const document = documentOfRow(row, selectors);
    if (document?.bnmp) yield [row, document];
  }
}
