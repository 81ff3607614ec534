/** Page-side helpers for guard E2E tests: the warning dialog, the banner and the page's own log. */
/// <reference types="chrome" />
import type { Locator, Page, Worker } from '@playwright/test';
import type { FrameDescription } from '../../lib/guard/core-contract';

/** The warning dialog lives in an open shadow root; Playwright's role queries pierce it. */
export const warningDialog = (page: Page): Locator => page.getByRole('alertdialog');
export const proceedButton = (page: Page): Locator => warningDialog(page).getByRole('button', { name: 'Assinar mesmo assim' });
export const cancelButton = (page: Page): Locator => warningDialog(page).getByRole('button', { name: 'Cancelar' });
export const banner = (page: Page): Locator => page.locator('sentinela-bnmp-banner').getByRole('status');

/** Lines the page's own signing handlers wrote ("assinado: <documento>"). */
export const pageLog = (page: Page): Promise<string[]> => page.locator('#log li').allTextContents();

/** A queue row by its document label. */
export const row = (page: Page, label: string): Locator => page.locator(`tr[data-doc="${label}"]`);

/**
 * What the guard in a page's top frame says it saw (`sentinela:describe`), asked from the service
 * worker as the popup asks. Tests that assert "nothing happened" use it to show the guard looked.
 */
export async function describeGuard(serviceWorker: Worker, page: Page): Promise<FrameDescription> {
  const url = page.url();
  return serviceWorker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.active);
    return chrome.tabs.sendMessage(tab!.id!, { type: 'sentinela:describe' }, { frameId: 0 });
  }, url);
}

/** The number of signing attempts the guard has judged on the page so far (0 = it never looked). */
export async function decisionsSeen(serviceWorker: Worker, page: Page): Promise<number> {
  return (await describeGuard(serviceWorker, page)).lastDecision?.seq ?? 0;
}

/** Sentinela's own fail-open notice (it must not appear when the guard simply let a signature through). */
export const failOpenNotice = (page: Page): Locator => page.locator('sentinela-bnmp-notice');

/** How many clicks, keys and submissions the guard has looked at on the page (signing or not). */
export async function attemptsSeen(serviceWorker: Worker, page: Page): Promise<number> {
  return (await describeGuard(serviceWorker, page)).attempts ?? 0;
}

/** The warning history the guard keeps (one line per warning shown and what was decided). */
export async function warningHistory(serviceWorker: Worker): Promise<{ decision: string; reasonCodes: string[] }[]> {
  return serviceWorker.evaluate(async () => ((await chrome.storage.local.get('warningHistory')).warningHistory as never) ?? []);
}

/**
 * Lets the page finish what a click set off: one animation frame and one task, after every
 * microtask the click queued (a replay would have run by then). Used instead of fixed sleeps.
 */
export async function settlePage(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * A person arrives at the page: the pointer moves over it. The guard's banner (and its search for
 * BNMP signing screens) waits for such a sign (lib/guard/presence.ts); clicks are judged regardless.
 */
export async function arrive(page: Page): Promise<void> {
  await page.mouse.move(12, 12);
  await page.mouse.move(40, 30);
}
