/**
 * Right after the browser starts. Chromium answers the first read of IT's policy
 * (storage.managed) only once its policy service is up, seconds after start; the guard must not make
 * anyone wait for it: a Despacho needs neither the status nor the policy, and a BNMP signature is
 * decided with the policy mirror (or the tribunal's defaults on a profile that never had one). Each
 * test starts its own browser. How fast is measured by `npm run bench`, not asserted here.
 */
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension, GUARDED_HOST } from './launch';
import { startFixtureServer } from './server';
import { completePerson, statusOf } from './status-builders';
import { banner, describeGuard, failOpenNotice, pageLog, proceedButton, warningDialog } from './guard-helpers';

const QUEUE = `http://${GUARDED_HOST}/gen/fila?rows=200&every=0`;
const DESPACHO = 'Despacho - Mero expediente';
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

const store = (serviceWorker: Worker, value: unknown) => serviceWorker.evaluate((v) => chrome.storage.local.set({ status: v, uiLanguage: 'pt_BR' }), value);
const rowButton = (page: import('@playwright/test').Page, doc: string) => page.locator(`tr[data-doc="${doc}"]`).first().getByRole('button', { name: 'Assinar' });

test('the first click after load in a fresh browser: a Despacho signs, judged by the guard, without waiting for anything', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson({ lotacoes: [] })));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(QUEUE);
  await rowButton(page, DESPACHO).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${DESPACHO}`]);
  expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ seq: 1, level: 'ok', bnmp: 0 });
  await expect(failOpenNotice(page)).toHaveCount(0);
});

test('a signature the CNJ would refuse, right after a fresh start: the banner and the warning, and one signature after "Assinar mesmo assim"', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] })));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(QUEUE, { waitUntil: 'domcontentloaded' });
  await rowButton(page, MANDADO).click();
  await expect(warningDialog(page)).toBeVisible();
  await expect(banner(page)).toBeVisible();
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  await expect(warningDialog(page)).toHaveCount(0);
  expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ seq: 1, level: 'block', bnmp: 1 });
  expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
});

test('a complete status, right after a fresh start: a Mandado signs once, with the guard\'s "ok"', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(QUEUE);
  await rowButton(page, MANDADO).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  await expect.poll(async () => (await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ seq: 1, level: 'ok', bnmp: 1 });
  await expect(warningDialog(page)).toHaveCount(0);
  expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
});

test('the popup and the options page render in a fresh browser, while Chromium\'s policy read may still be pending', async ({ fresh }) => {
  const { context, serviceWorker } = fresh;
  await store(serviceWorker, statusOf(completePerson()));
  const id = new URL(serviceWorker.url()).host;
  const popup = context.pages()[0] ?? (await context.newPage());
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Tudo certo para assinar no BNMP' })).toBeVisible();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByRole('heading', { name: 'Minha situação no BNMP' })).toBeVisible();
});
