/**
 * Small pure helpers of the warning dialog: what counts as the user's own click, how untrusted
 * page text is shortened, and which hrefs the dialog may render.
 */
import { ellipsize } from '../../lib/text/untrusted';

/** Longest document label shown; the page controls this text, so it is cut before rendering. */
export const MAX_LABEL_LENGTH = 200;

/**
 * Whether a click on "Assinar mesmo assim" comes from the person: a page script can call
 * `button.click()` or dispatch a click, but cannot make it trusted. Keyboard activation of a
 * focused button produces a trusted click with `detail` 0. The second click of a double-click
 * (`detail` 2+) is refused too: a double-click on SAJ's own "Assinar" would otherwise land on
 * whatever the dialog shows under the pointer.
 */
export function isUserActivation(event: Pick<Event, 'isTrusted'> & { detail?: number }): boolean {
  return event.isTrusted === true && !((event.detail ?? 0) > 1);
}

/** Collapses whitespace and cuts to `max` characters (not splitting a character) with "…". */
export const clampLabel = (label: string, max = MAX_LABEL_LENGTH): string => ellipsize(label, max);

/** `tel:` href for a Brazilian number as written in a profile ("(67) 3314-1465"); null when unusable. */
export function phoneHref(phone: string): string | null {
  const international = phone.trim().startsWith('+');
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  if (international) return `tel:+${digits}`;
  // DDD + 8 or 9 digits: dial with the country code so it also works from a softphone abroad.
  if (/^[1-9]\d{9,10}$/.test(digits)) return `tel:+55${digits}`;
  return `tel:${digits}`;
}

/** `mailto:` href for a plain address; null for anything that is not one (no query, no list). */
export function emailHref(email: string): string | null {
  const address = email.trim();
  return /^[^\s@?&,;:<>"'()]+@[^\s@?&,;:<>"'()]+\.[^\s@?&,;:<>"'()]+$/.test(address) ? `mailto:${address}` : null;
}

const LINK_PROTOCOLS = new Set(['https:', 'http:', 'chrome-extension:', 'moz-extension:']);

/** The href to render for an action or guide link, or null when it is not a web or extension address. */
export function safeLinkHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
