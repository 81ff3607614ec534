import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/tailwind.css';
import { OptionsApp, type OptionsActions } from '../../components/options/OptionsApp';
import type { HostActions } from '../../components/options/SajHostsSection';
import { addUserSajHost, hostStates, removeUserSajHost, requestHostPermissions, userSajHostsItem } from '../../lib/policy/hosts';
import { bootUi } from '../../lib/ui/boot';
import { t, type UiLanguage } from '../../lib/ui/i18n';
import { personIdFromHash } from '../../lib/ui/navigate';
import { loadUiLanguage, saveUiLanguage, uiLanguageItem } from '../../lib/ui/preferences';
import { clearHistory, deletePerson, importText, restoreDefaults, savePerson, setMe } from '../../lib/ui/status-store';

// A language change re-renders everything with the new catalog (no remount: an open form keeps its draft).
let language: UiLanguage = 'auto';
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => (listeners.add(l), () => listeners.delete(l));

const actions: OptionsActions = {
  save: savePerson,
  remove: deletePerson,
  makeMe: setMe,
  importText,
  clearHistory,
  restoreDefaults: () => restoreDefaults(t('restoreKeptReason')),
  copy: (text) => navigator.clipboard.writeText(text),
  setLanguage: (next) => saveUiLanguage(next),
};

const hostActions: HostActions = {
  list: hostStates,
  allow: requestHostPermissions,
  add: addUserSajHost,
  remove: removeUserSajHost,
  watch(onChange) {
    const unwatch = userSajHostsItem.watch(onChange);
    // Access granted or taken back elsewhere (the browser's own site-access controls) shows here too.
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      unwatch();
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  },
};

function App() {
  const current = useSyncExternalStore(subscribe, () => language);
  return (
    <OptionsApp
      now={new Date()}
      language={current}
      initialPersonId={personIdFromHash(location.hash)}
      pageUrl={(path) => browser.runtime.getURL(path as '/options.html')}
      actions={actions}
      hostActions={hostActions}
      version={browser.runtime.getManifest().version}
    />
  );
}

async function main() {
  language = await loadUiLanguage();
  await bootUi(document, () => {
    void loadUiLanguage().then((next) => {
      language = next;
      listeners.forEach((l) => l());
    });
  });
  document.title = t('optionsDocumentTitle');
  createRoot(document.getElementById('root')!).render(<App />);
}

void main();
