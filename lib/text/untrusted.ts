/**
 * Untrusted page text, made safe to keep, show and compare — shared by the page readers (lib/saj,
 * lib/bnmp). What leaves here is plain text without control or invisible format characters.
 *
 * The character classes are written out as ranges rather than Unicode property escapes (`\p{Cf}`,
 * `\p{L}`, `\p{M}`) and accents are folded by a table rather than `normalize('NFD')`: every guarded
 * page compiles these on first use, and the property tables and the normalizer cost about 0.3 ms
 * each there (measured; docs/performance.md). A test keeps each class equal to its property escape
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
 * Precomposed accented letters (lower case) and their base letter: exactly what `normalize('NFD')`
 * followed by removing the marks gives for Latin-1 and Latin Extended-A/B (generated from it; a test
 * compares the two).
 */
const BASES: Record<string, string> = {
  a: 'àáâãäåāăąǎǟǡǻȁȃȧ',
  c: 'çćĉċč',
  d: 'ď',
  e: 'èéêëēĕėęěȅȇȩ',
  g: 'ĝğġģǧǵ',
  h: 'ĥȟ',
  i: 'ìíîïĩīĭįǐȉȋ',
  j: 'ĵǰ',
  k: 'ķǩ',
  l: 'ĺļľ',
  n: 'ñńņňǹ',
  o: 'òóôõöōŏőơǒǫǭȍȏȫȭȯȱ',
  r: 'ŕŗřȑȓ',
  s: 'śŝşšș',
  t: 'ţťț',
  u: 'ùúûüũūŭůűųưǔǖǘǚǜȕȗ',
  w: 'ŵ',
  y: 'ýÿŷȳ',
  z: 'źżž',
  æ: 'ǣǽ',
  ø: 'ǿ',
  ʒ: 'ǯ',
};
const BASE: Record<string, string> = {};
for (const [base, letters] of Object.entries(BASES)) for (const letter of letters) BASE[letter] = base;
const ACCENTED = new RegExp(`[${Object.values(BASES).join('')}]`, 'g');

/**
 * A letter or a digit (Unicode L or N): exactly so for Latin, Greek, Cyrillic and the symbol blocks
 * (U+2000–2BFF, where icons' glyphs live), broadly for the other common scripts; not punctuation,
 * symbols, dingbats or emoji. Tells a label with words ("Assinar") from an icon's ("✎", "✔").
 */
const WORD_CHARACTER =
  /[\u0030-\u0039\u0041-\u005a\u0061-\u007a\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0370-\u0374\u0376\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u0531-\u0556\u0561-\u0587\u05d0-\u05ea\u0620-\u064a\u0660-\u0669\u066e-\u06d3\u06f0-\u06ff\u0900-\u0dff\u0e01-\u0e30\u0e40-\u0e46\u0e50-\u0e59\u1e00-\u1fbc\u2070\u2071\u2074-\u2079\u207f-\u2089\u2090-\u209c\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2139\u213c-\u213f\u2145-\u2149\u214e\u2150-\u2189\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

export const hasWord = (text: string): boolean => WORD_CHARACTER.test(text);

/** Untrusted text made safe to keep and show as text: no control chars, spaces collapsed, bounded. */
export function clean(text: string, max: number): string {
  return text.slice(0, max * 4).replace(INVISIBLE, '').replace(SPACES, ' ').trim().slice(0, max).trim();
}

/** For comparing: lower-case, without accents or invisible characters, spaces collapsed, trimmed. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(ACCENTED, (letter) => BASE[letter] ?? letter)
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
}

export const isElement = (node: unknown): node is Element => (node as Node | null)?.nodeType === 1;
