/**
 * The user interface's words, through the browser's i18n (public/_locales). pt-BR is the default
 * locale, English the other. A person may also pick the language in Options (a Brazilian clerk on
 * an English browser, or the other way round): then the bundled catalog of that language is used.
 *
 * Only the interface is translated. What the readiness engine and the stored-data validation say is
 * domain text (CNJ's rules, SAJ's menus) and stays in pt-BR.
 */
import { browser } from 'wxt/browser';
import ptBR from '../../public/_locales/pt_BR/messages.json';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof ptBR;

export const UI_LANGUAGES = ['auto', 'pt_BR', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<string, CatalogEntry>;

export const CATALOGS: Record<Exclude<UiLanguage, 'auto'>, Catalog> = { pt_BR: ptBR, en };

let chosen: Catalog | undefined;

/** 'auto' follows the browser's language; the others use that catalog whatever the browser says. */
export function setUiLanguage(language: UiLanguage): void {
  chosen = language === 'auto' ? undefined : CATALOGS[language];
}

/**
 * The message `key` with `$NAME$` placeholders filled from `subs` (in the order of their `$1`, `$2`
 * contents), as `browser.i18n.getMessage` does. Falls back to pt-BR, then to the key itself.
 */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  if (!chosen) {
    const fromBrowser = browserMessage(key, strings);
    if (fromBrowser) return fromBrowser;
  }
  const entry = (chosen ?? CATALOGS.pt_BR)[key] ?? CATALOGS.pt_BR[key];
  return entry ? format(entry, strings) : key;
}

/** The BCP 47 tag of the language in use, for `<html lang>`. */
export function currentLang(): string {
  return t('htmlLang');
}

function browserMessage(key: string, subs: string[]): string {
  try {
    // WXT types the names of the manifest's own messages only; ours are checked by MessageKey.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string | undefined;
    return getMessage(key, subs.length ? subs : undefined) ?? '';
  } catch {
    // Unit tests and odd contexts without i18n: the bundled catalog answers.
    return '';
  }
}

/** Chrome's rules: `$NAME$` → its placeholder's content, `$1`…`$9` → substitutions, `$$` → `$`. */
export function format(entry: CatalogEntry, subs: readonly string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const numbered = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  // One pass, so a substituted value is never read as a placeholder.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders[name.toLowerCase()];
    return content === undefined ? whole : numbered(content);
  });
}
