/**
 * The hand-written character classes of lib/text/untrusted.ts stand in for Unicode property escapes
 * (cheaper to compile on every page): they must mean the same where it matters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INVISIBLE, clean, fold, hasWord } from '../../../lib/text/untrusted';

const REFERENCE_INVISIBLE = /^(?:[\p{Cf}\p{Cs}]|(?!\s)\p{Cc})$/u;
const referenceFold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\p{Cf}\p{Cs}]|(?!\s)\p{Cc}/gu, '').toLowerCase().replace(/[\s\p{Cc}]+/gu, ' ').trim();

describe('INVISIBLE is Unicode Cf, lone surrogates and non-space Cc', () => {
  it('over every code point of the Basic Multilingual Plane and the astral format characters', () => {
    const mismatches: string[] = [];
    const check = (cp: number) => {
      const ch = String.fromCodePoint(cp);
      INVISIBLE.lastIndex = 0;
      const mine = new RegExp(`^(?:${INVISIBLE.source})$`, 'u').test(ch);
      if (mine !== REFERENCE_INVISIBLE.test(ch)) mismatches.push(cp.toString(16));
    };
    for (let cp = 0; cp <= 0xffff; cp++) check(cp);
    for (const cp of [0x110bd, 0x110cd, 0x13430, 0x1343f, 0x1bca0, 0x1d173, 0xe0001, 0xe0020, 0xe007f, 0x1f600, 0x1d400]) check(cp);
    // Unicode versions add a few format characters now and then; the ones shipped by this engine must be covered.
    expect(mismatches).toEqual([]);
  });
});

describe('fold', () => {
  it('equals the NFD-based fold on Portuguese text, accents and cases alike', () => {
    for (const text of ['ALVARÁ DE SOLTURA', 'Certidão de Cumprimento', 'Ação Penal — Mandado de Prisão', 'PLANTÃO JUDICIÁRIO 1° GRAU', 'Três Lagoas', 'Ordem de Liberação', 'Guia de Recolhimento', 'Conceição', 'Açaí', 'Órgão', 'Ü ñ ç']) {
      expect(fold(text)).toBe(referenceFold(text));
    }
  });

  it('equals it on every Latin-1 / Latin Extended-A/B letter, and on any text made of them (property)', () => {
    for (let cp = 0x20; cp <= 0x24f; cp++) expect([cp.toString(16), fold(String.fromCodePoint(cp))]).toEqual([cp.toString(16), referenceFold(String.fromCodePoint(cp))]);
    const latin = fc.array(fc.integer({ min: 0x20, max: 0x24f }).map((cp) => String.fromCodePoint(cp)), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(latin, (text) => {
        expect(fold(text)).toBe(referenceFold(text));
      }),
      { numRuns: 500 },
    );
  });

  it('removes decomposed accents and hostile invisible characters', () => {
    expect(fold('Alvara\u0301 de\u202e soltura\u0000')).toBe('alvara de soltura');
  });
});

describe('hasWord tells words from icons', () => {
  it.each(['Assinar', 'Ação', '2ª Vara', 'Ω', 'Право', '審査', 'A'])('%j has a word', (text) => expect(hasWord(text)).toBe(true));
  it.each(['✎', '✔', '✍', '→', '…', '★', '😀', '  ', '', '—', '|'])('%j has none', (text) => expect(hasWord(text)).toBe(false));

  it('agrees with \\p{L}\\p{N} over Latin, and finds no word in the symbol blocks, private use or emoji', () => {
    const mismatches: string[] = [];
    for (let cp = 0x20; cp <= 0x24f; cp++) {
      const ch = String.fromCodePoint(cp);
      if (hasWord(ch) !== /[\p{L}\p{N}]/u.test(ch)) mismatches.push(cp.toString(16));
    }
    const blocks: [number, number][] = [[0x2000, 0x2bff], [0xe000, 0xf8ff], [0x1f300, 0x1faff]];
    for (const [from, to] of blocks) {
      for (let cp = from; cp <= to; cp++) if (hasWord(String.fromCodePoint(cp))) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('takes the letters of Greek, Cyrillic, Arabic, Hebrew, Devanagari, kana, CJK and Hangul for words', () => {
    const missed = [...'ΩλЖщبשनあア字한'].filter((ch) => !hasWord(ch));
    expect(missed).toEqual([]);
  });
});

describe('clean', () => {
  it('keeps text, drops controls and invisible characters, collapses spaces, bounds the length', () => {
    expect(clean('  Assinar\u0007\u200b   documento\n\t', 50)).toBe('Assinar documento');
    expect(clean('x'.repeat(1000), 10)).toBe('x'.repeat(10));
  });
});
