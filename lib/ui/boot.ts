/**
 * What the popup and the options page do before their first paint: pick the language, read the
 * stored status and IT's policy into their stores, start following their changes. Rendering waits
 * for this, so a page never shows defaults and then jumps to the stored data (nor shows a locked
 * field as editable for a moment).
 */
import { currentLang, setUiLanguage } from './i18n';
import { hydrateCheckChoices } from './check-store';
import { hydratePolicyStore } from './policy-store';
import { asUiLanguage, loadUiLanguage, uiLanguageItem } from './preferences';
import { hydrateStatusStore, watchStatusStore } from './status-store';

export async function bootUi(document: Document, onLanguageChange: () => void): Promise<void> {
  const language = await loadUiLanguage().catch(() => 'auto' as const);
  setUiLanguage(language);
  document.documentElement.lang = currentLang();
  await Promise.all([hydrateStatusStore(), hydratePolicyStore(), hydrateCheckChoices()]);
  watchStatusStore();
  uiLanguageItem.watch((value) => {
    setUiLanguage(asUiLanguage(value));
    document.documentElement.lang = currentLang();
    onLanguageChange();
  });
}

