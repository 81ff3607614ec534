/**
 * Helpers for the BNMP 3.0 web E2E specs (tests/fixtures/bnmp over https under bnmp.pdpj.jus.br):
 * the fixture's units, driving the app as a person does, and asking the guard what it looked at.
 */
/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import type { FrameDescription } from '../../lib/guard/core-contract';

export const TRES_LAGOAS = '2ª VARA CRIMINAL DE TRÊS LAGOAS';
export const DOURADOS = '1ª VARA CRIMINAL DE DOURADOS';
export const PLANTAO = 'PLANTÃO JUDICIÁRIO 1° GRAU';
export const PLANTAO_REGIAO = 'PLANTÃO JUDICIÁRIO 1° GRAU – 3ª REGIÃO';

/** What BNMP web's content script answers about the page (it pings every tab: pushState changes the URL). */
export async function describeBnmp(serviceWorker: Worker): Promise<FrameDescription | undefined> {
  return serviceWorker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      const ping = (await chrome.tabs.sendMessage(tab.id!, { type: 'sentinela:ping' }, { frameId: 0 }).catch(() => undefined)) as { screen?: string } | undefined;
      if (ping?.screen === 'bnmp-web') return (await chrome.tabs.sendMessage(tab.id!, { type: 'sentinela:describe' }, { frameId: 0 })) as FrameDescription;
    }
    return undefined;
  });
}
export const web = async (serviceWorker: Worker) => (await describeBnmp(serviceWorker))?.bnmpWeb;

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-app-ready]').waitFor();
}

/** Picks a unit in the toolbar's órgão selector, as a person does. */
export async function chooseUnit(page: Page, unit: string): Promise<void> {
  await page.locator('[data-orgao-trigger]').click();
  await page.getByRole('option', { name: unit, exact: true }).or(page.getByRole('menuitem', { name: unit, exact: true })).click();
  await expect(page.locator('[data-orgao-valor]')).toHaveText(unit);
}

/** Clicks the text-less icon link named by its tooltip, and waits until the guard has seen the dialog it opens. */
export async function openDialog(page: Page, serviceWorker: Worker, tooltip: string, recognised: boolean): Promise<void> {
  await page.locator(`a[mattooltip="${tooltip}"]`).click();
  await expect(page.getByRole('dialog').or(page.getByRole('alertdialog')).first()).toBeVisible();
  await expect.poll(async () => (await web(serviceWorker))?.lastDialog?.recognised).toBe(recognised);
}

export const bnmpOk = (page: Page) => page.locator('.cdk-overlay-container').getByRole('button', { name: /^ok$/i });
export const bnmpCancel = (page: Page) => page.locator('.cdk-overlay-container').getByRole('button', { name: /^cancelar$/i });
export const offer = (page: Page) => page.locator('sentinela-bnmp-oferta').getByRole('region');
/** Whatever the page does in reaction to the last event has run: two animation frames and a task later. */
export const settled = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));

/** Stored status, as the service worker reads it. */
export const stored = (serviceWorker: Worker, key: string) => serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

/** A plantão recorded around now, in Campo Grande time. */
export function onPlantaoNow() {
  const now = Date.now();
  const iso = (t: number) => new Date(t - 4 * 3600_000).toISOString().replace(/\.\d+Z$/, '-04:00');
  return { start: iso(now - 3600_000), end: iso(now + 10 * 3600_000), comarca: 'Três Lagoas' };
}

