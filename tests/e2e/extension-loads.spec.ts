/// <reference types="chrome" />
import { test, expect } from './fixtures';

/** Asks every tab's top frame whether Sentinela's content script runs there; answers carry the frame's URL. */
async function urlsWithContentScript(serviceWorker: import('@playwright/test').Worker) {
  return serviceWorker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(
      tabs.map((tab) =>
        chrome.tabs.sendMessage(tab.id!, { type: 'sentinela:ping' }, { frameId: 0 }).catch(() => undefined),
      ),
    );
    return answers.filter(Boolean).map((answer) => (answer as { url: string }).url);
  });
}

test('the built extension loads: service worker up, popup and options render', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText('Sentinela BNMP').first()).toBeVisible();
});

test('the content script runs on a TJMS SAJ host and not on another host', async ({ context, serviceWorker, sajUrl, otherUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl('saj/index.html'));
  await expect(page.getByRole('heading', { name: 'Portal de Serviços e-SAJ' })).toBeVisible();
  await expect.poll(() => urlsWithContentScript(serviceWorker)).toContain(page.url());

  const other = await context.newPage();
  await other.goto(otherUrl('saj/index.html'));
  await expect(other.getByRole('heading', { name: 'Portal de Serviços e-SAJ' })).toBeVisible();
  const answering = await urlsWithContentScript(serviceWorker);
  expect(answering).toContain(page.url());
  expect(answering).not.toContain(other.url());
});

test('the shipped build carries no policy test seam; the test build does', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { EXTENSION_DIR, TEST_EXTENSION_DIR } = await import('./launch');
  const scripts = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [readFileSync(path, 'utf8')] : [];
    });
  const mentions = (dir: string) => scripts(dir).filter((source) => source.includes('policyForTests')).length;
  expect(mentions(EXTENSION_DIR)).toBe(0);
  expect(mentions(TEST_EXTENSION_DIR)).toBeGreaterThan(0);
});
