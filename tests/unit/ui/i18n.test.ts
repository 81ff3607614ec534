/**
 * The interface catalogs (public/_locales): same keys and placeholders in pt-BR and English, every
 * key used by the code, every key the code uses present; and `t` follows Chrome's rules.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, format, setUiLanguage, t } from '../../../lib/ui/i18n';

const ROOT = resolve(import.meta.dirname, '../../..');
const pt = CATALOGS.pt_BR as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = CATALOGS.en as typeof pt;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}
const UI_DIRS = ['components/popup', 'components/options', 'components/common', 'components/check', 'lib/ui', 'entrypoints/popup', 'entrypoints/options'];
const code = UI_DIRS.flatMap((d) => sources(join(ROOT, d))).map((f) => readFileSync(f, 'utf8')).join('\n');

afterEach(() => setUiLanguage('auto'));

describe('catalogs', () => {
  it('have the same keys in pt-BR and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pt).sort());
  });

  it('have the same placeholders in both languages, each used in its message', () => {
    const names = (entry: (typeof pt)[string]) => Object.keys(entry.placeholders ?? {}).sort();
    const problems: string[] = [];
    for (const key of Object.keys(pt)) {
      if (names(en[key]!).join() !== names(pt[key]!).join()) problems.push(`${key}: placeholders differ`);
      for (const [lang, entry] of [['pt_BR', pt[key]!], ['en', en[key]!]] as const) {
        if (entry.message.trim() === '') problems.push(`${key} (${lang}): empty`);
        for (const name of names(entry)) if (!entry.message.toUpperCase().includes(`$${name.toUpperCase()}$`)) problems.push(`${key} (${lang}): $${name}$ unused`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every key is used by the interface (no dead text to translate)', () => {
    const manifestOnly = new Set(['extName', 'extDescription']);
    const unused = Object.keys(pt).filter((key) => !manifestOnly.has(key) && !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('no text asks for a password, in either language', () => {
    const asks = /(digite|informe|insira|preencha|enter|type|provide)\b[^.]{0,25}\b(senha|password)/i;
    const offending = [...Object.entries(pt), ...Object.entries(en)].filter(([, e]) => asks.test(e.message)).map(([k]) => k);
    expect(offending).toEqual([]);
    expect(pt.passwordNote?.message).toBe('O Sentinela nunca pede nem guarda sua senha.');
  });
});

describe('t', () => {
  it('uses the bundled pt-BR catalog when the browser gives nothing (and by default)', () => {
    expect(t('save')).toBe('Salvar');
    expect(t('editorTitle', 'Ana')).toBe('Editar: Ana');
  });

  it('follows the language chosen in Options', () => {
    setUiLanguage('en');
    expect(t('save')).toBe('Save');
    expect(t('importDone', 2, 1)).toBe('Import done: 2 person(s) added, 1 updated.');
    expect(t('htmlLang')).toBe('en');
    setUiLanguage('pt_BR');
    expect(t('htmlLang')).toBe('pt-BR');
  });

  it('fills placeholders as Chrome does, without reading a substituted value as a placeholder', () => {
    const entry = { message: 'De $START$ a $END$, custo $$5', placeholders: { start: { content: '$1' }, end: { content: '$2' } } };
    expect(format(entry, ['$END$', '12h'])).toBe('De $END$ a 12h, custo $5');
    expect(format({ message: 'Sem $X$' }, [])).toBe('Sem $X$');
  });
});
