/**
 * The guard on a SAJ-like queue, in Chromium with the built extension, pages served as
 * http://esaj.tjms.jus.br/. The page's own handlers write "assinado: <documento>" to #log, so
 * these tests count exactly how often the page acted.
 */
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { arrive, attemptsSeen, banner, cancelButton, describeGuard, failOpenNotice, pageLog, proceedButton, row, settlePage, warningDialog, warningHistory } from './guard-helpers';
import { screenshotPath } from './screenshots';

const QUEUE = 'saj/fila-assinatura.html';
const MANDADO = 'Mandado de Prisão Preventiva';
const ALVARA = 'ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA';
const DESPACHO = 'Despacho - Mero expediente';
const QUEUE_LOTACAO = '1ª Vara do Tribunal do Júri - Campo Grande';

/** The fixture user, but without the queue page's lotação. */
const withoutQueueLotacao = () =>
  statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

test.describe('a complete, current status', () => {
  test('signs a mandado de prisão without interruption — the guard looked and said ok', async ({ context, setStoredStatus, sajUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ seq: 1, level: 'ok', bnmp: 1 });
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
    await expect(failOpenNotice(page)).toHaveCount(0);
  });
});

test.describe('a lotação the user was not granted', () => {
  test.beforeEach(async ({ setStoredStatus }) => setStoredStatus(withoutQueueLotacao()));

  test('stops the signature before the page acts and names the lotação', async ({ context, sajUrl, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();
    // What the diagnostics page is told the page shows: the page's own buttons, never the warning's.
    const labels = (await describeGuard(serviceWorker, page)).signingActions?.map((a) => a.label) ?? [];
    expect(labels).toContain('Assinar');
    expect(labels).not.toContain('Assinar mesmo assim');
    await expect(dialog).toHaveAccessibleName('O CNJ deve recusar esta assinatura');
    await expect(dialog).toContainText(QUEUE_LOTACAO);
    await expect(dialog).toContainText(MANDADO);
    await expect(dialog.getByRole('link', { name: /Solicitar acesso/i }).first()).toBeVisible();
    expect(await pageLog(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('warning.png') });
  });

  test('Cancelar leaves the document unsigned and gives focus back to the button', async ({ context, sajUrl, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    const button = row(page, MANDADO).getByRole('button', { name: 'Assinar' });
    await button.click();
    await cancelButton(page).click();
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
    // The guard's last act on this attempt: the history line saying it was cancelled.
    await expect.poll(async () => (await warningHistory(serviceWorker)).map((h) => h.decision)).toEqual(['cancelled']);
    await settlePage(page);
    expect(await pageLog(page)).toEqual([]);
  });

  test('Escape cancels like Cancelar', async ({ context, sajUrl }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    const button = row(page, MANDADO).getByRole('button', { name: 'Assinar' });
    await button.click();
    await expect(warningDialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(await pageLog(page)).toEqual([]);
  });

  test('"Assinar mesmo assim" runs the page\'s own action exactly once', async ({ context, sajUrl , serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    await expect.poll(async () => (await warningHistory(serviceWorker)).map((h) => h.decision)).toEqual(['signed-anyway']);
    await settlePage(page);
    expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    await expect(warningDialog(page)).toHaveCount(0);
  });

  test('a page script clicking "Assinar mesmo assim" does nothing', async ({ context, sajUrl }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(proceedButton(page)).toBeVisible();
    // What a hostile or careless page script could do: find our button in the open shadow root and click it.
    await page.evaluate(() => {
      const root = document.querySelector('sentinela-bnmp-warning')!.shadowRoot!;
      const proceed = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Assinar mesmo assim'))!;
      proceed.click();
      proceed.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await settlePage(page); // a replay would have run by now
    expect(await pageLog(page)).toEqual([]);
    await expect(warningDialog(page)).toBeVisible();
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  });

  test('a batch gets one warning listing its BNMP documents, then signs every selected row once', async ({ context, sajUrl }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    for (const label of [MANDADO, DESPACHO, ALVARA]) await row(page, label).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Assinar selecionados' }).click();
    await expect(warningDialog(page)).toHaveCount(1);
    await expect(warningDialog(page)).toContainText(MANDADO);
    await expect(warningDialog(page)).toContainText(ALVARA);
    await expect(warningDialog(page)).not.toContainText(DESPACHO);
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`, `assinado: ${DESPACHO}`, `assinado: ${ALVARA}`]);
  });

  test('a document that does not go to BNMP is never interrupted — the guard looked and found no BNMP document', async ({ context, sajUrl, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, DESPACHO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${DESPACHO}`]);
    expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ seq: 1, level: 'ok', bnmp: 0 });
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(failOpenNotice(page)).toHaveCount(0);
  });

  test('keyboard: Enter on a focused "Assinar" is stopped the same way', async ({ context, sajUrl }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).focus();
    await page.keyboard.press('Enter');
    await expect(warningDialog(page)).toBeVisible();
    expect(await pageLog(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  test('a banner says so before any click, and can be dismissed', async ({ context, sajUrl }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await arrive(page);
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('Bloqueio');
    await expect(banner(page)).toContainText(QUEUE_LOTACAO);
    // The BNMP kinds on the queue, named whole.
    await expect(banner(page)).toContainText(
      'o CNJ deve recusar a assinatura de Mandado de Prisão, Alvará de Soltura, Contramandado, Guia de Execução, Certidão de Cumprimento nesta tela.',
    );
    await page.screenshot({ path: screenshotPath('banner.png') });
    await page.getByRole('button', { name: 'Dispensar o aviso do Sentinela BNMP' }).click();
    await expect(banner(page)).toHaveCount(0);
  });

  test('the banner waits for a person: none while nobody touched the page, then it comes when the pointer moves', async ({ context, sajUrl, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    // The guard has already looked at the page (it asked for the verdict of its context)…
    await expect.poll(async () => (await describeGuard(serviceWorker, page)).url).toContain('fila-assinatura');
    await page.reload();
    await settlePage(page);
    await expect(banner(page)).toHaveCount(0);
    // …and a click on "Assinar" is judged at once, banner or no banner.
    await arrive(page);
    await expect(banner(page)).toBeVisible();
  });

  test('another host is left alone: no guard runs there at all', async ({ context, otherUrl, sajUrl, serviceWorker }) => {
    // The same page on a guarded host is stopped: the difference is the host alone.
    const guarded = await context.newPage();
    await guarded.goto(sajUrl(QUEUE));
    await row(guarded, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(warningDialog(guarded)).toBeVisible();
    const page = await context.newPage();
    await page.goto(otherUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(describeGuard(serviceWorker, page)).rejects.toThrow();
    expect(await page.evaluate(() => document.querySelectorAll('[class*=sentinela], sentinela-bnmp-banner').length)).toBe(0);
  });
});

test.describe('status changes reach an open page at once', () => {
  test('fixing the status in storage lets the next click through', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(withoutQueueLotacao());
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await arrive(page);
    await expect(banner(page)).toBeVisible();
    await serviceWorker.evaluate(async (fixed) => chrome.storage.local.set({ status: fixed }), statusOf(completePerson()));
    await expect(banner(page)).toHaveCount(0);
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  });
});

test.describe('nothing or something unreadable stored', () => {
  test('no status: warns that the status is unknown and offers to record it', async ({ context, setStoredStatus, sajUrl }) => {
    await setStoredStatus(undefined);
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(warningDialog(page)).toHaveAccessibleName('Confira antes de assinar');
    await expect(warningDialog(page)).toContainText(/registr|cadastr/i);
  });

  test('corrupted storage behaves as "status unknown" and still lets the user sign', async ({ context, setStoredStatus, sajUrl }) => {
    await setStoredStatus({ format: 'sentinela-bnmp-status', version: 2, people: 'not a list' });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(warningDialog(page)).toHaveAccessibleName('Confira antes de assinar');
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  });
});
