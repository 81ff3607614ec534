/**
 * Before any click, for the non-modal banner: does newly added content hold a visible signing
 * action that would sign a BNMP document? A queue counts when its batch button stands over BNMP
 * rows, selected or not. Work is proportional to the subtree given (the nodes a MutationObserver
 * reported), plus the list a batch button in it stands over; a list is weighed once, row by row,
 * with a raw-text prefilter, and the search stops at the first BNMP signing action.
 */
import type { SeenDocument } from '../readiness/types';
import type { SajSelectors } from '../tribunals/schema';
import { documentOfRow, documentsForAction, isBatchLabel, isDocumentList, listNear, rowOf, rowsOf } from './documents';
import { isSigningAction } from './signing-action';
import { fold, isElement, labelOf, parentOf, usable } from './text';
import { isHidden } from './labels';
import { MAY_BE_BNMP } from './vocabulary';

/** A batch button stands over this many BNMP rows at most in its answer: enough for a banner. */
const MAX_DOCUMENTS = 20;

type Found = { action: Element; documents: SeenDocument[] };

/**
 * What the scan looks at: controls by tag, role, handler or focusability (controls known only by a
 * CSS class are still recognised when clicked; a profile can pin them for the scan). Checked in a
 * walk that stops at the first answer and skips lists already weighed: cheaper than one query that
 * must visit a whole 5,000-row render first.
 */
function isCandidate(el: Element, pinned: string | undefined): boolean {
  const tag = el.localName;
  if (tag === 'button' || tag === 'a' || tag === 'sds-button') return true;
  if (tag === 'input') return /^(?:submit|button|image)$/.test((el as HTMLInputElement).type);
  return /^(?:button|menuitem|link)$/.test(el.getAttribute('role') ?? '') || el.hasAttribute('onclick') || el.hasAttribute('tabindex') || (!!pinned && el.matches(pinned));
}

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
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc) return null;
  const weighed: Element[] = [];
  const consider = (candidate: Element): Found | null => {
    if (!isSigningAction(candidate, selectors)) return null;
    const found = weigh(candidate, root, selectors, weighed);
    return found && shownByMarkup(found.action) ? found : null;
  };
  if (isElement(root) && isCandidate(root, selectors?.signingAction)) {
    const found = consider(root);
    if (found) return found;
  }
  const walker = doc.createTreeWalker(root as Node, 0x1, {
    acceptNode: (el) => (weighed.includes(el as Element) ? 2 : isCandidate(el as Element, selectors?.signingAction) ? 1 : 3),
  });
  for (let el = walker.nextNode(); el; el = walker.nextNode()) {
    const found = consider(el as Element);
    if (found) return found;
    // Just weighed the list this control sits in: go on after the list's last element.
    const part = weighed.at(-1);
    if (part?.contains(el)) {
      let last: Element = part;
      while (last.lastElementChild) last = last.lastElementChild;
      walker.currentNode = last;
    }
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
        const button = [...other.querySelectorAll('*')].find((el) => isCandidate(el, selectors?.signingAction) && isSigningAction(el, selectors));
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

/** The list's BNMP rows, lazily; a list or row whose raw text cannot name one is not read further. */
function* bnmpRows(list: Element, selectors?: SajSelectors): Generator<[Element, SeenDocument]> {
  if (!MAY_BE_BNMP.test(list.textContent ?? '')) return;
  for (const row of rowsOf(list, selectors)) {
    if (!MAY_BE_BNMP.test(row.textContent ?? '')) continue;
    const document = documentOfRow(row, selectors);
    if (document?.bnmp) yield [row, document];
  }
}
