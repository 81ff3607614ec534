/**
 * Cheap tests the always-on script runs before the guard core is loaded: does this look like it
 * could be a signature? False positives only cost loading the core; false negatives would miss a
 * signature, so every word the detector accepts ("assinar…", "Confirmar" in the finalisation
 * window) must pass here. No accents in these stems, so no folding is needed.
 */
import { hasMoreChildrenThan } from '../saj/text';

const SIGNING_STEM = /assin|confirm/i;
const SIGNING_ATTRIBUTES = '[title*="assin" i],[aria-label*="assin" i],input[value*="assin" i],input[value*="confirm" i]';

const ACTIONABLE = 'button,a,input,select,[role=button],[role=menuitem],[onclick],[tabindex]';

/**
 * A bounded look at the elements an event went through, innermost first: attributes of each,
 * and the text of the innermost element and of actionable ones only (never of a big container,
 * whose textContent would cost a walk over a whole queue).
 */
export function pathMentionsSigning(path: readonly EventTarget[]): boolean {
  for (let i = 0; i < path.length && i < 8; i++) {
    const el = path[i] as Element;
    if (!el || typeof el.getAttribute !== 'function') continue;
    const label = `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${(el as HTMLInputElement).value ?? ''}`;
    if (SIGNING_STEM.test(label)) return true;
    if (el.localName === 'form') return SIGNING_STEM.test((el.textContent ?? '').slice(0, 20_000));
    // Text only of the innermost element and of controls; a web component's label may sit on its
    // host above an inner, unlabelled button, so attributes are read all the way up.
    if ((i === 0 || el.matches(ACTIONABLE)) && !hasMoreChildrenThan(el, 10) && SIGNING_STEM.test(el.textContent ?? '')) return true;
  }
  return false;
}

/** Does this added subtree contain anything that may be a signing action? */
export function subtreeMentionsSigning(node: Node): boolean {
  if (node.nodeType === 3) return SIGNING_STEM.test(node.nodeValue ?? '');
  if (node.nodeType !== 1 && node.nodeType !== 11) return false;
  const el = node as Element;
  if (SIGNING_STEM.test(el.textContent ?? '')) return true;
  if (el.matches?.(SIGNING_ATTRIBUTES)) return true;
  return (el as ParentNode).querySelector?.(SIGNING_ATTRIBUTES) != null;
}
