/**
 * Nothing a page can do stops, pauses or reconfigures the guard (docs/security.md): events named
 * after the extension, messages, elements named like Sentinela's own UI, custom element definitions
 * that would hijack Sentinela's hosts, removing the dialog. And an extension update or reload leaves
 * open tabs guarded by the new version, never by two.
 */
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { cancelButton, describeGuard, pageLog, proceedButton, row, warningDialog } from './guard-helpers';
import { GUARDED_HOST, launchWithExtension } from './launch';

const QUEUE = 'saj/fila-assinatura.html';
const MANDADO = 'Mandado de Prisão Preventiva';
const notHeld = () => statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

test.beforeEach(async ({ setStoredStatus }) => setStoredStatus(notHeld()));

test('the event WXT listens for, sent by the page with another message id, does not switch the guard off', async ({ context, sajUrl, extensionId }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(QUEUE));
  await page.evaluate((id) => {
    for (const name of ['sentinela', 'sentinela.content', 'content', 'guard-core']) {
      const type = `${id}:${name}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: name, messageId: 'page' }, '*');
    }
  }, extensionId);
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect(warningDialog(page)).toBeVisible();
  expect(await pageLog(page)).toEqual([]);
});

test('a page button wrapped in an element named like Sentinela\'s dialog is still judged', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(QUEUE));
  await page.evaluate(() => {
    const button = document.querySelector('tr[data-doc="Mandado de Prisão Preventiva"] button')!;
    const wrapper = document.createElement('sentinela-bnmp-warning');
    button.replaceWith(wrapper);
    wrapper.append(button);
  });
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect(warningDialog(page)).toBeVisible();
  expect(await pageLog(page)).toEqual([]);
});

test('custom elements the page defines under Sentinela\'s tag names cannot take the warning over', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    for (const tag of ['sentinela-bnmp-warning', 'sentinela-bnmp-banner', 'sentinela-bnmp-notice']) {
      customElements.define(
        tag,
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' }); // our attachShadow would then throw
            this.style.display = 'none';
          }
        },
      );
    }
  });
  await page.goto(sajUrl(QUEUE));
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect(warningDialog(page)).toBeVisible();
  await cancelButton(page).click();
  expect(await pageLog(page)).toEqual([]);
});

test('a page that removes the open dialog gets no signature, and the next attempt is judged again', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(QUEUE));
  const button = row(page, MANDADO).getByRole('button', { name: 'Assinar' });
  await button.click();
  await expect(warningDialog(page)).toBeVisible();
  await page.evaluate(() => {
    for (const el of document.documentElement.children) if (el.shadowRoot?.querySelector('[role=alertdialog]')) el.remove();
  });
  await expect(warningDialog(page)).toHaveCount(0);
  await button.click();
  await expect(warningDialog(page)).toBeVisible();
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
});

test('after the extension reloads, a tab left open is guarded by the new version, once', async ({ fixtureServer }) => {
  // Its own browser: reloading the extension replaces the service worker the shared fixtures hold.
  const context = await launchWithExtension(fixtureServer.port);
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await serviceWorker.evaluate((status) => chrome.storage.local.set({ status }), notHeld());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://${GUARDED_HOST}/${QUEUE}`);
    await expect.poll(async () => (await describeGuard(serviceWorker, page)).url).toContain('fila-assinatura');
    const reloaded = context.waitForEvent('serviceworker');
    await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    const fresh = await reloaded;
    // The old script stood down; the new background put the new one into the open tab.
    await expect.poll(async () => (await describeGuard(fresh, page).catch(() => undefined))?.url, { timeout: 10_000 }).toContain('fila-assinatura');
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(warningDialog(page)).toHaveCount(1);
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    await expect(warningDialog(page)).toHaveCount(0);
    expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  } finally {
    await context.close();
  }
});
