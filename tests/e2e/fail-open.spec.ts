/**
 * Fail open, visibly: when Sentinela itself breaks, the page's own signing flow goes on and a
 * notice says the signature was not checked. The extension is copied and its guard core replaced
 * by one that throws — the production build, broken in the one place that matters.
 */
/// <reference types="chrome" />
import { test as base, expect } from '@playwright/test';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from './server';
import { EXTENSION_DIR, GUARDED_HOST, launchWithExtension } from './launch';
import { completePerson, statusOf } from './status-builders';
import { pageLog, row, settlePage, warningDialog } from './guard-helpers';

const QUEUE = `http://${GUARDED_HOST}/saj/fila-assinatura.html`;
const MANDADO = 'Mandado de Prisão Preventiva';

function brokenCopy(core: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sentinela-broken-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'guard-core.js'), core);
  return dir;
}

const test = base;

test('a guard UI that fails to load lets the click through once and shows a notice', async () => {
  const { server, port } = await startFixtureServer();
  const context = await launchWithExtension(port, { extensionDir: brokenCopy('throw new Error("core broken for the test");') });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A status that would block: without the failure, this click would be stopped.
    await worker.evaluate(async (s) => chrome.storage.local.set({ status: s }), statusOf(completePerson({ lotacoes: [] })));
    const page = await context.newPage();
    await page.goto(QUEUE);
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    await expect(page.locator('sentinela-bnmp-notice').getByRole('status')).toContainText('Sentinela BNMP teve um erro');
    await expect(warningDialog(page)).toHaveCount(0);
    await settlePage(page);
    expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  } finally {
    await context.close();
    server.close();
  }
});

test('a guard UI whose warning throws lets the click through and shows a notice', async () => {
  const { server, port } = await startFixtureServer();
  // Registers a UI whose warn() throws on every held signature.
  const throwingCore = `globalThis.__sentinelaBnmpCoreFactory = () => ({
    warn() { throw new Error('warning broken for the test'); },
    onBatch() {},
    track() {},
    tracking() { return false; },
    selectors() { return undefined; },
    describe() { return { url: location.href, top: true, core: true }; },
  });`;
  const context = await launchWithExtension(port, { extensionDir: brokenCopy(throwingCore) });
  try {
    const page = await context.newPage();
    await page.goto(QUEUE);
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    await expect(page.locator('sentinela-bnmp-notice').getByRole('status')).toBeVisible();
  } finally {
    await context.close();
    server.close();
  }
});
