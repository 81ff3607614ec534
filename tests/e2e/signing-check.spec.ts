/// <reference types="chrome" />
/**
 * "Posso assinar agora?" — the check for signatures made in SAJ-PG5, which no extension can see: in
 * the popup and on its own page, the engine's answer for the unit, SAJ base, plantão and grau chosen.
 * Each test sets plantão itself (the calendar pre-ticks it on weekends), except the one about a
 * recorded plantão, which records one covering the moment the test runs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { Person } from '../../lib/status/schema';
import { test, expect } from './fixtures';
import { screenshotPath } from './screenshots';
import { completePerson, statusOf } from './status-builders';

const JURI = '1ª Vara do Tribunal do Júri - Campo Grande';
const TRES_LAGOAS = '2ª Vara Criminal - Três Lagoas';

async function resetStorage(serviceWorker: Worker, values: Record<string, unknown> = {}): Promise<void> {
  await serviceWorker.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ uiLanguage: 'pt_BR', ...v });
  }, values);
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

const check = (page: Page): Locator => page.getByRole('region', { name: 'Posso assinar agora?' });
const answerTitle = (page: Page, name: string): Locator => check(page).getByRole('heading', { name, exact: true });
const BLOCK = 'Não assine ainda: o CNJ deve recusar';
const OK = 'Pode assinar: o CNJ deve aceitar';

/** "2026-11-29T19:30:00-04:00": an instant as Campo Grande writes it (UTC−4). */
const campoGrande = (t: number) => new Date(t - 4 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '-04:00');

const storedChoices = (serviceWorker: Worker) => serviceWorker.evaluate(async () => (await chrome.storage.local.get('signingCheckChoices')).signingCheckChoices);

test('block for a unit the person does not hold, with the way to ask for it and who answers now', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson({ lotacoes: [{ name: TRES_LAGOAS, status: 'ativa' }] })) });
  const popup = await openPopup(context, extensionId);
  // Their own unit is the default, and it answers at once.
  await expect(check(popup).getByLabel('Unidade de onde vai assinar')).toHaveValue(TRES_LAGOAS);
  await check(popup).getByLabel('Vou assinar de plantão').setChecked(false);
  await expect(answerTitle(popup, OK)).toBeVisible();

  await check(popup).getByLabel('Unidade de onde vai assinar').selectOption({ label: 'Outra unidade (digitar)…' });
  await expect(check(popup).getByRole('textbox', { name: 'Nome da unidade' })).toHaveAttribute('aria-invalid', 'true');
  await expect(check(popup).getByText('Falta a unidade de onde vai assinar')).toBeVisible();
  await check(popup).getByRole('textbox', { name: 'Nome da unidade' }).fill(JURI);

  await expect(answerTitle(popup, BLOCK)).toBeVisible();
  const reasons = check(popup).getByRole('list', { name: 'Motivos e como resolver' });
  await expect(reasons).toContainText(`A lotação “${JURI}”, mostrada no SAJ, não está entre as suas lotações registradas`);
  await expect(reasons.getByText('Solicitar acesso: Intranet → Corregedoria → Solicitação de Acesso')).toBeVisible();
  const helpers = check(popup).getByRole('region', { name: 'Quem pode ajudar' });
  await expect(helpers).toContainText('Coordenadoria de Gerência de Sistemas Externos da CGJ');
  await expect(helpers).toContainText(/Atendimento aberto agora|Fechado agora/);
  await expect(check(popup).getByRole('status')).toContainText('Bloqueio — verificado às');
});

test('ok for an active unit; the choice is remembered and answers again with no typing', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson()) });
  const popup = await openPopup(context, extensionId);
  await check(popup).getByLabel('Unidade de onde vai assinar').selectOption(JURI);
  await check(popup).getByLabel('Base do SAJ').selectOption('SAJ-Campo Grande');
  await check(popup).getByLabel('Vou assinar de plantão').setChecked(false);
  await expect(answerTitle(popup, OK)).toBeVisible();
  await expect(check(popup)).toContainText(`${JURI} · SAJ-Campo Grande · sem plantão · 1º grau`);

  // Remembered for this person only, with nothing but the choice.
  await expect.poll(() => storedChoices(serviceWorker)).toEqual({ eu: { unit: JURI, database: 'SAJ-Campo Grande', plantao: false, grau: 1 } });

  await popup.reload();
  await expect(check(popup).getByLabel('Unidade de onde vai assinar')).toHaveValue(JURI);
  await expect(check(popup).getByLabel('Base do SAJ')).toHaveValue('SAJ-Campo Grande');
  await expect(answerTitle(popup, OK)).toBeVisible();
  // Focus waits on "Verificar de novo": one Enter checks again.
  await expect(check(popup).getByRole('button', { name: 'Verificar de novo' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(check(popup).getByRole('status')).toContainText('Em ordem — verificado às');
});

test('block for a SAJ registration made before the last password change, in the chosen base only', async ({ context, extensionId, serviceWorker }) => {
  const person = completePerson({
    cnjAccount: { ...completePerson().cnjAccount, lastPasswordChangeOn: '2026-06-01' },
    sajRegistrations: [
      { database: 'SAJ-Campo Grande', registeredOn: '2026-06-02' },
      { database: 'SAJ-Interior', registeredOn: '2026-05-11' },
    ],
  });
  await resetStorage(serviceWorker, { status: statusOf(person) });
  const popup = await openPopup(context, extensionId);
  await check(popup).getByLabel('Vou assinar de plantão').setChecked(false);
  await check(popup).getByLabel('Base do SAJ').selectOption('SAJ-Interior');
  await expect(answerTitle(popup, BLOCK)).toBeVisible();
  await expect(check(popup)).toContainText('Você trocou a senha do CNJ Corporativo em 01/06/2026, depois do cadastro no SAJ na base “SAJ-Interior” (cadastro de 11/05/2026)');
  // The SAJ-PG5 steps to redo it, right there.
  await check(popup).getByText('Refazer o cadastro no SAJ (SAJ-Interior)').click();
  await expect(
    check(popup).getByText(/^Entre no SAJ \(PG5\).*Criminal → BNMP 2\.0 → Cadastro de Usuário no BNMP/),
  ).toBeVisible();

  await check(popup).getByLabel('Base do SAJ').selectOption('SAJ-Campo Grande');
  await expect(answerTitle(popup, OK)).toBeVisible();
});

test('plantão: the plantão lotação is required when plantão is chosen', async ({ context, extensionId, serviceWorker }) => {
  const person = completePerson({ lotacoes: completePerson().lotacoes.filter((l) => !l.plantao) });
  await resetStorage(serviceWorker, { status: statusOf(person) });
  const popup = await openPopup(context, extensionId);
  const plantao = check(popup).getByLabel('Vou assinar de plantão');
  await plantao.setChecked(false);
  await expect(answerTitle(popup, OK)).toBeVisible();

  await plantao.setChecked(true);
  await expect(answerTitle(popup, BLOCK)).toBeVisible();
  await expect(check(popup)).toContainText('Em plantão (você indicou plantão');
  await expect(check(popup)).toContainText('o CNJ exige a lotação de plantão “Plantão Judiciário 1º Grau”, que não está entre as suas lotações registradas');
  await expect(check(popup)).not.toContainText('a página indica');
  await check(popup).screenshot({ path: test.info().outputPath('check-popup-plantao.png') });

  await check(popup).getByLabel('Grau').selectOption({ label: '2º grau' });
  await expect(check(popup)).toContainText('o CNJ exige a lotação de plantão “Plantão Judiciário 2º Grau”');
});

test('plantão: pre-chosen while a recorded plantão covers now, and said why', async ({ context, extensionId, serviceWorker }) => {
  const now = Date.now();
  const person: Person = completePerson({
    lotacoes: completePerson().lotacoes.filter((l) => !l.plantao),
    plantoes: [{ start: campoGrande(now - 3_600_000), end: campoGrande(now + 11 * 3_600_000), comarca: 'Três Lagoas' }],
  });
  await resetStorage(serviceWorker, { status: statusOf(person) });
  const popup = await openPopup(context, extensionId);
  await expect(check(popup).getByLabel('Vou assinar de plantão')).toBeChecked();
  await expect(check(popup).getByLabel('Vou assinar de plantão')).toHaveAccessibleDescription(/há plantão seu registrado em Três Lagoas até/);
  await expect(answerTitle(popup, BLOCK)).toBeVisible();
  await expect(check(popup)).toContainText('o CNJ exige a lotação de plantão “Plantão Judiciário 1º Grau”');
});

test('with nothing recorded it says what to record, for this tribunal', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker);
  const popup = await openPopup(context, extensionId);
  await expect(answerTitle(popup, 'Confira antes de assinar')).toBeVisible();
  const what = check(popup).getByRole('region', { name: 'O que registrar para ter a resposta' });
  await expect(what).toContainText('Sua conta no CNJ Corporativo');
  await expect(what).toContainText('SAJ-Campo Grande, SAJ-Dourados, SAJ-Interior');
  await expect(what).toContainText('“Plantão Judiciário 1º Grau”');
  await expect(check(popup).getByRole('link', { name: 'Registrar minha situação' })).toBeVisible();
});

test('its own page: from the options page and the guides, keyboard only', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson({ lotacoes: [{ name: TRES_LAGOAS, status: 'ativa' }] })) });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Assina no SAJ-PG5, o programa instalado?' })).toBeVisible();
  await options.getByRole('link', { name: 'Abrir “Posso assinar agora?”' }).click();
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/posso-assinar.html`);
  await expect(options.getByRole('heading', { name: 'Posso assinar agora?', level: 1 })).toBeVisible();
  await expect(options.getByRole('navigation', { name: 'Guias do Sentinela' }).getByRole('link', { name: 'Posso assinar?' })).toHaveAttribute('aria-current', 'page');

  // From "Verificar de novo" (focused on open) back to the plantão box, the grau and the base, by keyboard.
  const page = options;
  await expect(page.getByRole('button', { name: 'Verificar de novo' })).toBeFocused();
  const focusShows = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    });
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Vou assinar de plantão')).toBeFocused();
  await expect.poll(focusShows).toBe(true);
  if (await page.getByLabel('Vou assinar de plantão').isChecked()) await page.keyboard.press('Space');
  await expect(page.getByLabel('Vou assinar de plantão')).not.toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Grau')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const base = page.getByLabel('Base do SAJ');
  await expect(base).toBeFocused();
  await expect.poll(focusShows).toBe(true);
  await page.keyboard.press('Home');
  await expect(base).toHaveValue('SAJ-Campo Grande');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Unidade de onde vai assinar')).toBeFocused();
  await page.keyboard.press('End'); // "Outra unidade (digitar)…"
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Nome da unidade' })).toBeFocused();
  await page.keyboard.type(JURI);
  await page.keyboard.press('Enter');
  await expect(answerTitle(page, BLOCK)).toBeVisible();
  await expect.poll(() => storedChoices(serviceWorker)).toEqual({ eu: { unit: JURI, database: 'SAJ-Campo Grande', plantao: false, grau: 1 } });

  // The guides link to it.
  await page.goto(`chrome-extension://${extensionId}/guia-senha.html`);
  await page.getByRole('navigation', { name: 'Guias do Sentinela' }).getByRole('link', { name: 'Posso assinar?' }).click();
  await expect(page.getByRole('heading', { name: 'Posso assinar agora?', level: 1 })).toBeVisible();
});

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const TITLE = { pt_BR: 'Posso assinar agora?', en: 'Can I sign now?' } as const;
const WEDNESDAY_AFTERNOON = new Date('2026-11-25T15:00:00-04:00');

/** Reasons in three kinds (stale SAJ registration, a unit not held, plantão on weekends) and their contacts. */
async function storeWithReasons(serviceWorker: Worker, uiLanguage: 'pt_BR' | 'en'): Promise<void> {
  const person = completePerson({
    cnjAccount: { ...completePerson().cnjAccount, lastPasswordChangeOn: '2026-06-01' },
    sajRegistrations: [
      { database: 'SAJ-Campo Grande', registeredOn: '2026-06-02' },
      { database: 'SAJ-Interior', registeredOn: '2026-05-11' },
    ],
    lotacoes: [{ name: TRES_LAGOAS, status: 'ativa' }],
  });
  const remembered = { eu: { unit: JURI, database: 'SAJ-Interior', plantao: false, grau: 1 } };
  await resetStorage(serviceWorker, { uiLanguage, status: statusOf(person), signingCheckChoices: remembered });
}

for (const uiLanguage of ['pt_BR', 'en'] as const) {
  // docs/ holds the pt-BR pictures; the English ones stay in the test's output, to look at.
  const shot = (name: string) => (uiLanguage === 'en' ? test.info().outputPath(`${name}-en.png`) : screenshotPath(`${name}.png`));

  test(`axe (${uiLanguage}): the popup's check with reasons and contacts; screenshot`, async ({ context, extensionId, serviceWorker }) => {
    await storeWithReasons(serviceWorker, uiLanguage);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 700 });
    // A Wednesday afternoon (expediente): the same picture whatever day the screenshots are refreshed.
    await popup.clock.setFixedTime(WEDNESDAY_AFTERNOON);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const region = popup.getByRole('region', { name: TITLE[uiLanguage] });
    await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expectNoViolations(popup);
    await region.screenshot({ path: shot('check-popup') });
  });

  test(`axe (${uiLanguage}): the check page; screenshot`, async ({ context, extensionId, serviceWorker }) => {
    await storeWithReasons(serviceWorker, uiLanguage);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.clock.setFixedTime(WEDNESDAY_AFTERNOON);
    await page.goto(`chrome-extension://${extensionId}/posso-assinar.html`);
    await expect(page.getByRole('heading', { name: TITLE[uiLanguage], level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', uiLanguage === 'en' ? 'en' : 'pt-BR');
    await expectNoViolations(page);
    await page.screenshot({ path: shot('check-page'), fullPage: true });
  });
}

test('axe: the popup with nothing recorded; screenshot', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.clock.setFixedTime(WEDNESDAY_AFTERNOON);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(check(popup).getByRole('region', { name: 'O que registrar para ter a resposta' })).toBeVisible();
  await expectNoViolations(popup);
  await check(popup).screenshot({ path: screenshotPath('check-popup-empty.png') });
});

test('axe: the options page with its SAJ-PG5 notice', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Assina no SAJ-PG5, o programa instalado?' })).toBeVisible();
  await expectNoViolations(options);
});
