/** Opening places from the popup and the options page: CNJ pages, Sentinela's pages, Options. */
import { browser } from 'wxt/browser';
import { type ActionTarget, safeUrl } from './actions';

/** Options opens on this person's record with `#pessoa=<id>`. */
export const PERSON_HASH = 'pessoa=';

export function personIdFromHash(hash: string): string | undefined {
  const m = /^#?pessoa=([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return m?.[1];
}

export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') });
}

export async function openExternal(url: string): Promise<void> {
  if (!safeUrl(url)) return;
  await browser.tabs.create({ url });
}

export async function openOptions(personId?: string): Promise<void> {
  if (personId) await openExtensionPage(`/options.html#${PERSON_HASH}${personId}`);
  else await browser.runtime.openOptionsPage();
}

export async function openTarget(target: ActionTarget): Promise<void> {
  switch (target.type) {
    case 'external':
      return openExternal(target.url);
    case 'extension':
      return openExtensionPage(target.path);
    case 'options':
      return openOptions(target.personId);
    case 'none':
      return;
  }
}
