/**
 * The signing action behind a click, a key press or a submission, or null: the same reading the
 * guard core makes, used by the always-on script too, so what the core would stop is never let
 * through before the core is there.
 */
import type { SajSelectors } from '../tribunals/schema';
import { CONTROLS, findSigningAction, isSigningAction } from '../saj/signing-action';
import type { SigningAttempt } from './interceptor';

export function signingActionOf(attempt: Pick<SigningAttempt, 'kind' | 'path' | 'form' | 'submitter'>, selectors?: SajSelectors): Element | null {
  if (attempt.kind !== 'submit') return findSigningAction(attempt.path, selectors);
  if (attempt.submitter) return isSigningAction(attempt.submitter, selectors) ? attempt.submitter : null;
  // Implicit submission of a form without a submit button: it signs if the form's action does.
  for (const candidate of attempt.form?.querySelectorAll(CONTROLS) ?? []) {
    if (isSigningAction(candidate, selectors)) return candidate;
  }
  return null;
}
