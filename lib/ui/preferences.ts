/** Interface preferences kept in the browser (not part of the exported status: they are not about access). */
import { UI_LANGUAGES, type UiLanguage } from './i18n';
import { uiLanguageItem } from '../storage/items';

export { uiLanguageItem };
export { saveUiLanguage } from '../storage/settings';

/** The stored language, or 'auto' for anything unexpected. */
export async function loadUiLanguage(): Promise<UiLanguage> {
  return asUiLanguage(await uiLanguageItem.getValue());
}

export function asUiLanguage(value: unknown): UiLanguage {
  return UI_LANGUAGES.includes(value as UiLanguage) ? (value as UiLanguage) : 'auto';
}
