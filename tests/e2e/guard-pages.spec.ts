/**
 * Every way a SAJ page can start a signature, on the fixture pages: icon-only buttons, a
 * role=button link by keyboard, an open-shadow-root web component, implicit form submission, the
 * "Finalização de Documentos" window, a same-origin iframe, a late-rendering SPA that replaces its
 * rows every second, hostile texts — and the look-alikes that must never be stopped.
 *
 * Nothing is recorded for the people on most of these pages, so a BNMP signature gets a "warn"
 * dialog; what matters here is that the guard sees the signature (or correctly does not).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { arrive, attemptsSeen, banner, cancelButton, describeGuard, failOpenNotice, pageLog, proceedButton, row, settlePage, warningDialog, warningHistory } from './guard-helpers';

test.beforeEach(async ({ setStoredStatus }) => setStoredStatus(statusOf(completePerson({ lotacoes: [] }))));

async function open(page: Page, url: string) {
  await page.goto(url);
}

test('an icon-only button named only by its title, clicked on the svg inside', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/botoes-icone.html'));
  await page.locator('#icone-assinar svg').click();
  await expect(warningDialog(page)).toBeVisible();
  await cancelButton(page).click();
  await page.locator('#icone-imprimir').click();
  await expect.poll(() => pageLog(page)).toEqual(['impresso']);
  await expect(warningDialog(page)).toHaveCount(0);
});

test('a role=button link activated with Enter', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/botoes-icone.html'));
  await page.locator('#link-assinar').focus();
  await page.keyboard.press('Enter');
  await expect(warningDialog(page)).toBeVisible();
  expect(await pageLog(page)).toEqual([]);
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Contramandado de Prisão']);
});

test('a button inside a web component’s open shadow root', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/componente-sombra.html'));
  await page.locator('#sds-internacao').click();
  await expect(warningDialog(page)).toContainText('Mandado de Internação');
  await cancelButton(page).click();
  await page.locator('#sds-oficio').click(); // an ofício does not go to BNMP
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Ofício ao Presídio']);
});

test('Enter in a text field submits the signing form implicitly: stopped, then signed once', async ({ context, sajUrl, serviceWorker }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/documento-unico.html'));
  await page.locator('#obs').fill('Cumpra-se.');
  await page.locator('#obs').press('Enter');
  await expect(warningDialog(page)).toContainText('Alvará de Soltura');
  expect(await pageLog(page)).toEqual([]);
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Alvará de Soltura']);
  await expect.poll(async () => (await warningHistory(serviceWorker)).map((h) => h.decision)).toEqual(['signed-anyway']);
  await settlePage(page);
  expect(await pageLog(page)).toEqual(['assinado: Alvará de Soltura']);
});

test('the search form on the same page is not a signature — the guard looked at it', async ({ context, sajUrl, serviceWorker }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/documento-unico.html'));
  const before = await attemptsSeen(serviceWorker, page);
  await page.getByRole('button', { name: 'Pesquisar' }).click();
  await expect.poll(() => pageLog(page)).toEqual(['pesquisa: 0814194-90.2022.8.12.0001']);
  const seen = await describeGuard(serviceWorker, page);
  expect(seen.attempts).toBeGreaterThan(before); // the click (and its submission) were looked at…
  expect(seen.lastDecision).toBeUndefined(); // …and neither was a signing action
  await expect(warningDialog(page)).toHaveCount(0);
});

test('"Confirmar" in Finalização de Documentos signs only while "Assinar" is chosen', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/finalizacao-documentos.html'));
  await page.locator('#finalizar').click();
  await page.locator('#confirmar').click();
  await expect(warningDialog(page)).toContainText('Mandado de Prisão Temporária');
  await cancelButton(page).click();
  await page.locator('#opcao-finalizar').check();
  await page.locator('#confirmar').click();
  await expect.poll(() => pageLog(page)).toEqual(['finalizado sem assinatura']);
  await expect(warningDialog(page)).toHaveCount(0);
});

test('a queue inside a same-origin iframe', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/moldura.html'));
  const frame = page.frameLocator('#conteudo');
  await frame.locator('tr[data-doc="Guia de Recolhimento Provisória"]').getByRole('button', { name: 'Assinar' }).click();
  await expect(frame.getByRole('alertdialog')).toContainText('Guia de Recolhimento Provisória');
  await frame.getByRole('button', { name: 'Assinar mesmo assim' }).click();
  await expect.poll(() => frame.locator('#log li').allTextContents()).toEqual(['assinado: Guia de Recolhimento Provisória']);
});

test('a single-page app that renders late and replaces its rows every second', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl('saj/spa-fila.html?delay=800&rerender=500'));
  await arrive(page);
  const mandado = row(page, 'Mandado de Prisão Preventiva').getByRole('button', { name: 'Assinar' });
  await mandado.waitFor();
  await expect(banner(page)).toBeVisible();
  await mandado.click();
  await expect(warningDialog(page)).toBeVisible();
  // Wait until the rows were re-rendered under the dialog: the clicked button left the page.
  const clicked = await mandado.elementHandle();
  await expect.poll(() => clicked!.evaluate((el) => el.isConnected)).toBe(false);
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Mandado de Prisão Preventiva']);
});

test('look-alikes are never stopped: desfazer, cancelar, visualizar, menus, help links, finalizar sem assinar', async ({ context, sajUrl, serviceWorker }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/negativos.html'));
  const before = await attemptsSeen(serviceWorker, page);
  const ids = ['#desfazer', '#cancelar', '#assinar-lista', '#finalizar-sem', '#confirmar', '#aba-a-assinar'];
  for (const id of ids) await page.locator(id).click();
  await expect.poll(async () => (await pageLog(page)).length).toBe(6);
  expect(await pageLog(page)).not.toContain(expect.stringMatching(/^assinado/));
  // The guard looked at every one of those clicks and judged none a signing action.
  const seen = await describeGuard(serviceWorker, page);
  expect(seen.attempts).toBeGreaterThanOrEqual(before + ids.length);
  expect(seen.lastDecision).toBeUndefined();
  await expect(warningDialog(page)).toHaveCount(0);
  await expect(failOpenNotice(page)).toHaveCount(0);
});

test('a queue with no BNMP document: no banner, nothing stopped — the guard judged the batch', async ({ context, sajUrl, serviceWorker }) => {
  const page = await context.newPage();
  await open(page, sajUrl('saj/fila-sem-bnmp.html'));
  await page.locator('tr[data-doc="Despacho - Cite-se"] input[type=checkbox]').check();
  await page.getByRole('button', { name: 'Assinar selecionados' }).click();
  await expect.poll(() => pageLog(page)).toContain('assinado: Despacho - Cite-se');
  const seen = await describeGuard(serviceWorker, page);
  expect(seen.lastDecision).toMatchObject({ level: 'ok', bnmp: 0 });
  expect(seen.lastDecision!.documents).toBeGreaterThan(0);
  expect(seen.signingActions?.length).toBeGreaterThan(0); // it sees the queue's signing actions, and no BNMP one
  expect(seen.verdict).toBeUndefined();
  await expect(banner(page)).toHaveCount(0);
  await expect(warningDialog(page)).toHaveCount(0);
});

test('hostile page text is shown as text, cut short, and never evaluated', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await open(page, sajUrl('saj/textos-hostis.html'));
  await page.locator('#linha-marcacao').getByRole('button', { name: 'Assinar' }).click();
  const dialog = warningDialog(page);
  await expect(dialog).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('sentinela-bnmp-warning').evaluate((host) => host.shadowRoot!.querySelectorAll('img').length)).toBe(0);
  await cancelButton(page).click();
  await page.locator('#linha-longa').getByRole('button', { name: 'Assinar' }).click();
  await expect(dialog).toContainText('Alvará de Soltura');
  const text = (await dialog.textContent()) ?? '';
  expect(text.length).toBeLessThan(5000);
  await cancelButton(page).click();
  expect(dialogs).toBe(0);
});

test('on plantão, the plantão lotação is the one required', async ({ context, setStoredStatus, sajUrl }) => {
  await setStoredStatus(
    statusOf(
      completePerson({
        name: 'Fernanda Alves',
        sajLogin: 'FALVES',
        cargo: 'analista_judiciario',
        lotacoes: [{ name: '1ª Vara Criminal - Dourados', status: 'ativa' }],
      }),
    ),
  );
  const page = await context.newPage();
  await open(page, sajUrl('saj/plantao.html'));
  await row(page, 'Alvará de Soltura').getByRole('button', { name: 'Assinar' }).click();
  await expect(warningDialog(page)).toHaveAccessibleName('O CNJ deve recusar esta assinatura');
  await expect(warningDialog(page)).toContainText('Plantão Judiciário 1º Grau');
});
