/**
 * Right after the browser starts. Chromium answers the first read of IT's policy
 * (storage.managed) only once its policy service is up, seconds after start; the stored status
 * arrives at once. The guard must not sit on a click for those seconds, nor turn the user's second
 * click (the first one "did nothing") into a second signature. Each test starts its own browser.
 */
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension, GUARDED_HOST } from './launch';
import { startFixtureServer } from './server';
import { completePerson, statusOf } from './status-builders';
import { banner, pageLog, proceedButton, row, warningDialog } from './guard-helpers';

const QUEUE = `http://${GUARDED_HOST}/saj/fila-assinatura.html`;
const MANDADO = 'Mandado de Prisão Preventiva';

const test = base.extend<{ fresh: { context: BrowserContext; serviceWorker: Worker } }>({
  fresh: async ({}, use) => {
    const { server, port } = await startFixtureServer();
    const context = await launchWithExtension(port);
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use({ context, serviceWorker });
    await context.close();
    server.close();
  },
});

const store = (serviceWorker: Worker, value: unknown) => serviceWorker.evaluate((v) => chrome.storage.local.set({ status: v }), value);

test('a signature the CNJ would block: the banner and the warning come within 2.5 s of a fresh start, and two quick clicks give one warning and one signature', async ({
  fresh,
}) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] })));
  const page = context.pages()[0] ?? (await context.newPage());
  const loaded = Date.now();
  await page.goto(QUEUE, { waitUntil: 'domcontentloaded' });
  // Two trusted clicks as soon as the button is there ("nothing happened": the user clicks again).
  const box = (await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).boundingBox())!;
  const clicked = Date.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(warningDialog(page)).toBeVisible({ timeout: 2500 - (Date.now() - clicked) });
  await expect(banner(page)).toBeVisible({ timeout: Math.max(100, 2500 - (Date.now() - loaded)) });
  await page.waitForTimeout(1500); // a second, late decision would open a second dialog now
  await expect(warningDialog(page)).toHaveCount(1);
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  await page.waitForTimeout(300);
  expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
});

test('a complete status: a click right after a fresh start signs within 2.5 s, once', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(QUEUE);
  const clicked = Date.now();
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect.poll(() => pageLog(page), { timeout: 2500 }).toEqual([`assinado: ${MANDADO}`]);
  expect(Date.now() - clicked).toBeLessThan(2500);
  await expect(warningDialog(page)).toHaveCount(0);
});

test('a complete status: two quick clicks right after a fresh start sign once', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(QUEUE, { waitUntil: 'domcontentloaded' });
  const box = (await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => pageLog(page), { timeout: 2500 }).toEqual([`assinado: ${MANDADO}`]);
  await page.waitForTimeout(1000);
  expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
});

test('the popup and the options page open within 2 s of a fresh start, not after the policy read', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await serviceWorker.evaluate((status) => chrome.storage.local.set({ status, uiLanguage: 'pt_BR' }), statusOf(completePerson()));
  const id = new URL(serviceWorker.url()).host;
  const popup = context.pages()[0] ?? (await context.newPage());
  let started = Date.now();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Tudo certo para assinar no BNMP' })).toBeVisible({ timeout: 2000 - (Date.now() - started) });
  const options = await context.newPage();
  started = Date.now();
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByRole('heading', { name: 'Minha situação no BNMP' })).toBeVisible({ timeout: 2000 - (Date.now() - started) });
});
