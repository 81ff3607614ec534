/**
 * Untrusted page text, made safe to keep, show and compare — shared by the page readers (lib/saj,
 * lib/bnmp). What leaves here is plain text without control or invisible format characters.
 *
 * The character classes are written out as ranges rather than Unicode property escapes (`\p{Cf}`,
 * `\p{L}`, `\p{M}`): every guarded page compiles these on first use, and the property tables cost
 * about 0.3 ms each there (measured; docs/performance.md). A test keeps each class equal to its property escape
 * over the characters that matter (tests/unit/text/untrusted.test.ts).
 */

/**
 * Invisible format characters (Unicode Cf), lone surrogates (Cs) and controls that are not
 * whitespace (Cc): removed, not spaced. Bidi overrides (U+202A–202E, U+2066–2069) are among them.
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}\ud800-\udfff]/gu;
/** Whitespace and controls, collapsed to one space. */
export const SPACES = /[\s\u0000-\u001f\u007f-\u009f]+/g;
/** Combining marks of Latin text (what `normalize('NFD')` splits off an accented letter). */
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * Latin letters that may carry an accent (Latin-1 Supplement, Latin Extended-A/B): each one folded
 * alone through `normalize('NFD')`, which leaves its base letter first. A table did the same without
 * the normalizer, but cost 200 bytes of the always-on script's 12 KB; the normalizer's first use
 * costs a fraction of a millisecond, once per page.
 */
const ACCENTED = /[\u00c0-\u024f]/g;
const baseOf = (letter: string) => letter.normalize('NFD')[0]!;

/**
 * A letter or a digit: exactly Unicode L or N for Latin (U+0000–U+024F), the script court pages write
 * their labels in; broadly the letters of the other scripts (Greek, Cyrillic, Arabic, CJK…). Never
 * in the punctuation and symbol blocks (U+2000–U+2BFF), the private-use area or emoji, where icon
 * fonts and pictograms live: tells a label with words ("Assinar") from an icon's ("✎", "✔", a private-use glyph).
 */
const WORD_CHARACTER = /[0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u1fff\u2c00-\u2dff\u3041-\ud7ff\uf900-\ufdff\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

export const hasWord = (text: string): boolean => WORD_CHARACTER.test(text);

/** Untrusted text made safe to keep and show as text: no control chars, spaces collapsed, bounded. */
export function clean(text: string, max: number): string {
  return text.slice(0, max * 4).replace(INVISIBLE, '').replace(SPACES, ' ').trim().slice(0, max).trim();
}

/** Spaces collapsed, invisible characters removed, cut to `max` characters (never inside one) with "…". */
export function ellipsize(text: string, max: number): string {
  const whole = text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  const chars = Array.from(whole);
  return chars.length <= max ? whole : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** For comparing: lower-case, without accents or invisible characters, spaces collapsed, trimmed. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(ACCENTED, baseOf)
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
}

export const isElement = (node: unknown): node is Element => (node as Node | null)?.nodeType === 1;
