/// <reference types="chrome" />
/**
 * Popup and options in Chromium, driven like a person: record a status through the forms, then
 * sign on a SAJ-like page and see the guard follow what was recorded; the popup at a glance and on
 * a SAJ tab; import, validation, restore, language. Screenshots for docs/ are written here too.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { screenshotPath } from './screenshots';
import { describeGuard } from './guard-helpers';

const QUEUE = 'saj/fila-assinatura.html';
const MANDADO = 'Mandado de Prisão Preventiva';

/** Everything stored replaced by `values`; the interface in pt-BR unless told otherwise. */
async function resetStorage(serviceWorker: Worker, values: Record<string, unknown> = {}): Promise<void> {
  await serviceWorker.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ uiLanguage: 'pt_BR', ...v });
  }, values);
}

const stored = (serviceWorker: Worker) => serviceWorker.evaluate(async () => (await chrome.storage.local.get('status')).status as Record<string, unknown> | undefined);

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Minha situação no BNMP' })).toBeVisible();
  return page;
}

/** Signs the queue's mandado de prisão with the row's own "Assinar" button. */
async function signMandado(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(`tr[data-doc="${MANDADO}"]`).getByRole('button', { name: 'Assinar' }).click();
  return page;
}
const warning = (page: Page): Locator => page.getByRole('alertdialog');
const pageLog = (page: Page) => page.locator('#log li').allTextContents();

/**
 * The real action popup, opened on the tab in front. Playwright does not list popups as pages, so
 * another extension page reads it through chrome.extension.getViews.
 */
async function popupOn(context: BrowserContext, extensionId: string, serviceWorker: Worker, front: Page) {
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/popup.html`);
  await front.bringToFront();
  await serviceWorker.evaluate(() => chrome.action.openPopup());
  const text = () => reader.evaluate(() => chrome.extension.getViews({ type: 'popup' }).map((w) => w.document.body.innerText).join('\n'));
  await expect.poll(text).toContain('Sentinela BNMP');
  const close = () => reader.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
  return { reader, text, close };
}

/** Fills a new person's forms as a clerk would: the person, the CNJ account, SAJ, one lotação. */
async function fillCompletePerson(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Registrar minha situação' }).click();
  await expect(options.getByRole('heading', { name: 'Nova pessoa' })).toBeVisible();
  await options.getByLabel('Nome (como aparece no SAJ)').fill('Maria Aparecida Souza');
  await options.getByLabel('Login do SAJ', { exact: true }).fill('MSOUZA');
  await options.getByLabel('CPF (opcional)').fill('123.456.789-09');
  await options.getByLabel('Cargo').selectOption({ label: 'Chefe de Cartório' });
  const account = options.getByRole('region', { name: 'Conta no CNJ' });
  await account.getByLabel('Sistema').selectOption({ label: 'CNJ Corporativo' });
  await account.getByLabel('Situação da conta').selectOption({ label: 'Confirmada' });
  await account.getByLabel('Confirmada em').fill('2021-09-03');
  await account.getByLabel('Última troca de senha no CNJ').fill('2026-05-10');
  for (const database of ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']) {
    await options.getByLabel(`Cadastro em ${database}`).fill('2026-05-11');
  }
  await options.getByRole('button', { name: 'Adicionar lotação' }).click();
  const lotacao = options.getByRole('group', { name: 'Lotação 1' });
  await lotacao.getByLabel('Nome da lotação').fill('1ª Vara do Tribunal do Júri - Campo Grande');
  await lotacao.getByLabel('Situação do acesso').selectOption({ label: 'Ativa (liberada)' });
  await lotacao.getByLabel('Liberada em').fill('2022-02-10');
}

test.describe('record through the options page, then sign', () => {
  test('a complete, current status signs without interruption', async ({ context, extensionId, serviceWorker, sajUrl }) => {
    await resetStorage(serviceWorker);
    const options = await openOptions(context, extensionId);
    await fillCompletePerson(options);
    await options.getByRole('button', { name: 'Confirmo que está tudo certo hoje' }).click();
    await expect(options.getByRole('status')).toContainText('Revisão registrada');
    await expect(options.getByRole('heading', { name: /Maria Aparecida Souza/ })).toBeVisible();
    await expect(options.getByText('Tudo certo para assinar no BNMP')).toBeVisible();

    const status = await stored(serviceWorker);
    expect(status).toMatchObject({
      format: 'sentinela-bnmp-status',
      people: [{ name: 'Maria Aparecida Souza', sajLogin: 'MSOUZA', cpf: '12345678909', cargo: 'chefe_de_cartorio', tribunal: 'tjms' }],
    });
    // No key holds a password (lastPasswordChangeOn is a date).
    expect(JSON.stringify(status)).not.toMatch(/"(senha|password|pwd)"\s*:/i);

    const page = await signMandado(context, sajUrl(QUEUE));
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    // Signed because the guard judged the record complete, not because it never looked.
    expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ level: 'ok', bnmp: 1 });
    await expect(warning(page)).toHaveCount(0);
  });

  test('a missing lotação blocks with a "Solicitar acesso" shortcut', async ({ context, extensionId, serviceWorker, sajUrl }) => {
    await resetStorage(serviceWorker);
    const options = await openOptions(context, extensionId);
    await fillCompletePerson(options);
    // The person works in Três Lagoas only: the page's Campo Grande unit was never granted.
    await options.getByRole('group', { name: 'Lotação 1' }).getByLabel('Nome da lotação').fill('2ª Vara Criminal - Três Lagoas');
    await options.getByRole('button', { name: 'Confirmo que está tudo certo hoje' }).click();
    await expect(options.getByRole('status')).toContainText('Revisão registrada');

    const page = await signMandado(context, sajUrl(QUEUE));
    await expect(warning(page)).toBeVisible();
    await expect(warning(page)).toContainText('1ª Vara do Tribunal do Júri - Campo Grande');
    await expect(warning(page).getByText(/Solicitar acesso/).first()).toBeVisible();
    await warning(page).getByRole('button', { name: 'Cancelar' }).click();
    expect(await pageLog(page)).toEqual([]);
  });

  test('a password changed after the SAJ registration blocks with the SAJ steps', async ({ context, extensionId, serviceWorker, sajUrl }) => {
    await resetStorage(serviceWorker, { status: statusOf(completePerson()) });
    const options = await openOptions(context, extensionId);
    await options.getByRole('button', { name: 'Editar Maria Aparecida Souza' }).click();
    await options.getByRole('region', { name: 'Conta no CNJ' }).getByLabel('Última troca de senha no CNJ').fill('2026-06-01');
    await options.getByRole('button', { name: 'Salvar' }).click();
    await expect(options.getByRole('status')).toContainText('Situação de Maria Aparecida Souza salva');

    const page = await signMandado(context, sajUrl(QUEUE));
    await expect(warning(page)).toBeVisible();
    const redo = warning(page).getByText(/Refazer o cadastro no SAJ/).first();
    await expect(redo).toBeVisible();
    await redo.click();
    await expect(warning(page).getByText(/Criminal → BNMP 2\.0 → .?Cadastro de Usuário no BNMP/).first()).toBeVisible();
    await warning(page).getByRole('button', { name: 'Cancelar' }).click();
    expect(await pageLog(page)).toEqual([]);
  });
});

test('a fix made in Options reaches a SAJ tab that is already open, without reloading it', async ({ context, extensionId, serviceWorker, sajUrl }) => {
  const missing = completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] });
  await resetStorage(serviceWorker, { status: statusOf(missing) });
  const page = await context.newPage();
  await page.goto(sajUrl(QUEUE));
  const assinar = page.locator(`tr[data-doc="${MANDADO}"]`).getByRole('button', { name: 'Assinar' });
  await assinar.click();
  await expect(warning(page)).toBeVisible();
  await warning(page).getByRole('button', { name: 'Cancelar' }).click();

  const options = await openOptions(context, extensionId);
  await options.getByRole('button', { name: 'Editar Maria Aparecida Souza' }).click();
  await options.getByRole('button', { name: 'Adicionar lotação' }).click();
  await options.getByRole('group', { name: 'Lotação 2' }).getByLabel('Nome da lotação').fill('1ª Vara do Tribunal do Júri - Campo Grande');
  await options.getByRole('button', { name: 'Salvar' }).click();
  await expect(options.getByRole('status')).toContainText('salva');

  await page.bringToFront();
  await assinar.click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  await expect(warning(page)).toHaveCount(0);
});

test.describe('options page', () => {
  test('an invalid form shows pt-BR messages next to the fields and stores nothing', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker);
    const options = await openOptions(context, extensionId);
    await options.getByRole('button', { name: 'Registrar minha situação' }).click();
    await options.getByLabel('CPF (opcional)').fill('123.456.789-00');
    await options.getByRole('button', { name: 'Salvar' }).click();

    const name = options.getByLabel('Nome (como aparece no SAJ)');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/não pode ficar em branco|campo obrigatório/);
    await expect(options.getByLabel('CPF (opcional)')).toHaveAccessibleDescription(/dígitos verificadores não conferem/);
    await expect(options.getByLabel('Cargo')).toHaveAccessibleDescription(/escolha um dos cargos/);
    await expect(options.getByRole('alert')).toContainText('nada foi salvo');
    expect(await stored(serviceWorker)).toBeUndefined();
  });

  test('no password field anywhere, and the note says so', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker, { status: statusOf(completePerson()) });
    const options = await openOptions(context, extensionId);
    await options.getByRole('button', { name: 'Editar Maria Aparecida Souza' }).click();
    await expect(options.getByText('O Sentinela nunca pede nem guarda sua senha.').first()).toBeVisible();
    await expect(options.locator('input[type=password]')).toHaveCount(0);
    // The CPF is masked until the person chooses to change it.
    await expect(options.getByText('***.456.789-**')).toBeVisible();
  });

  test('a rejected import names what is wrong and changes nothing; a valid one merges', async ({ context, extensionId, serviceWorker }) => {
    const before = statusOf(completePerson());
    await resetStorage(serviceWorker, { status: before });
    const options = await openOptions(context, extensionId);
    const withPassword = { ...before, people: [{ ...before.people[0], id: 'outra', sajLogin: 'JSILVA', senha: 'x' }] };
    await options.getByLabel('Ou cole aqui o texto exportado').fill(JSON.stringify(withPassword));
    await options.getByRole('button', { name: 'Importar o texto colado' }).click();
    const alert = options.getByRole('alert');
    await expect(alert).toContainText('Nada foi importado');
    await expect(alert).toContainText('people[0].senha');
    await expect(alert).toContainText('nunca aceita nem guarda senhas');
    expect(await stored(serviceWorker)).toEqual(before);

    const other = { ...before, people: [{ ...completePerson(), id: 'joao', name: 'João da Silva', sajLogin: 'JSILVA' }], meId: 'joao' };
    await options.getByLabel('Ou cole aqui o texto exportado').fill(JSON.stringify(other));
    await options.getByRole('button', { name: 'Importar o texto colado' }).click();
    await expect(options.getByText('Importação concluída: 1 pessoa(s) adicionada(s), 0 atualizada(s).').first()).toBeVisible();
    await expect(options.getByRole('heading', { name: /João da Silva/ })).toBeVisible();
    await expect(options.getByRole('heading', { name: /Maria Aparecida Souza/ })).toBeVisible();
  });

  test('restore defaults asks first, then leaves nobody recorded and keeps a copy', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker, { status: statusOf(completePerson()) });
    const options = await openOptions(context, extensionId);
    await options.getByRole('button', { name: 'Restaurar o padrão…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Restaurar o padrão?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    expect(await stored(serviceWorker)).toBeDefined();

    await options.getByRole('button', { name: 'Restaurar o padrão…' }).click();
    await options.getByRole('button', { name: 'Apagar e restaurar' }).click();
    await expect(options.getByText('Ninguém registrado ainda')).toBeVisible();
    expect(await stored(serviceWorker)).toBeUndefined();
    await expect(options.getByText('Cópia guardada antes de restaurar o padrão')).toBeVisible();
  });

  test('the warning history shows what was decided and can be cleared', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker, {
      warningHistory: [
        { at: '2026-11-20T15:04:00-04:00', documentKinds: ['mandado de prisão'], lotacao: '2ª Vara Criminal - Três Lagoas', reasonCodes: ['lotacao-not-active'], decision: 'cancelled' },
      ],
    });
    const options = await openOptions(context, extensionId);
    const table = options.getByRole('table', { name: 'Avisos mostrados' });
    await expect(table).toContainText('mandado de prisão');
    await expect(table).toContainText('lotação sem acesso');
    await expect(table).toContainText('Cancelou a assinatura');
    await options.getByRole('button', { name: 'Limpar histórico' }).click();
    await options.getByRole('dialog').getByRole('button', { name: 'Limpar histórico' }).click();
    await expect(options.getByText('Nenhum aviso foi mostrado ainda.')).toBeVisible();
  });

  test('opens on one person’s record from a link (#pessoa=<id>)', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker, { status: statusOf(completePerson()) });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#pessoa=eu`);
    await expect(options.getByRole('heading', { name: 'Editar: Maria Aparecida Souza' })).toBeVisible();
  });

  test('English when chosen', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker, { uiLanguage: 'en', status: statusOf(completePerson()) });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'My BNMP access status' })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'en');
    await options.getByLabel('Language').selectOption({ label: 'Português (Brasil)' });
    await expect(options.getByRole('heading', { name: 'Minha situação no BNMP' })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'pt-BR');
  });
});

test.describe('popup', () => {
  test('at a glance: red with the reason and its fix, then green as soon as Options fixes it', async ({ context, extensionId, serviceWorker }) => {
    const stale = completePerson({ cnjAccount: { ...completePerson().cnjAccount, lastPasswordChangeOn: '2026-06-01' } });
    await resetStorage(serviceWorker, { status: statusOf(stale) });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('heading', { name: 'O CNJ deve recusar a assinatura' })).toBeVisible();
    // The glance (the "Posso assinar agora?" check below it gives the same reason for its unit).
    const glance = popup.getByRole('region', { name: 'O CNJ deve recusar a assinatura' });
    await expect(glance.getByText(/Você trocou a senha do CNJ Corporativo em 01\/06\/2026/)).toBeVisible();
    await expect(popup.getByRole('link', { name: /Refazer o cadastro no SAJ/ }).first()).toBeVisible();

    const options = await openOptions(context, extensionId);
    await options.getByRole('button', { name: 'Editar Maria Aparecida Souza' }).click();
    for (const database of ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']) {
      await options.getByLabel(`Cadastro em ${database}`).fill('2026-06-02');
    }
    await options.getByRole('button', { name: 'Salvar' }).click();
    await expect(options.getByRole('status')).toContainText('salva');

    // No reload: the popup follows storage changes.
    await expect(popup.getByRole('heading', { name: 'Tudo certo para assinar no BNMP' })).toBeVisible();
  });

  test('with nothing recorded it offers to record the status', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('heading', { name: 'Nenhuma situação registrada' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Registrar minha situação' })).toBeVisible();
    await expect(popup.getByRole('navigation', { name: 'Atalhos' }).getByRole('link')).toHaveCount(6);
  });

  test('on a SAJ tab: what the page shows and the verdict for signing there', async ({ context, extensionId, serviceWorker, sajUrl }) => {
    const person = completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] });
    await resetStorage(serviceWorker, { status: statusOf(person) });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await expect(page.getByRole('heading', { name: 'Documentos para assinatura' })).toBeVisible();
    const popup = await popupOn(context, extensionId, serviceWorker, page);
    await expect.poll(popup.text).toContain('Nesta aba do SAJ');
    const text = await popup.text();
    expect(text).toContain('Maria Aparecida Souza (MSOUZA)');
    expect(text).toContain('1ª Vara do Tribunal do Júri - Campo Grande');
    expect(text).toContain('SAJ-Campo Grande');
    expect(text).toContain('Assinar aqui: O CNJ deve recusar a assinatura');
    expect(text).toContain('Solicitar acesso');
    await popup.close();
  });

  test('screenshots for the user guide', async ({ context, extensionId, serviceWorker, sajUrl }) => {
    const person = completePerson({
      lotacoes: [...completePerson().lotacoes, { name: 'Vara Criminal - Aquidauana', status: 'solicitada', requestedOn: '2026-10-01' }],
    });
    await resetStorage(serviceWorker, { status: statusOf(person) });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await expect(page.getByRole('heading', { name: 'Documentos para assinatura' })).toBeVisible();
    const popup = await popupOn(context, extensionId, serviceWorker, page);
    await expect.poll(popup.text).toContain('Nesta aba do SAJ');
    // The action popup cannot be photographed; its document, copied into a page of the same origin, can.
    await popup.reader.evaluate(() => {
      const view = chrome.extension.getViews({ type: 'popup' })[0]!;
      document.body.innerHTML = view.document.body.innerHTML;
      // innerHTML carries attributes, not the options React chose: copy each list's value over.
      const chosen = [...view.document.querySelectorAll('select')].map((s) => s.value);
      document.querySelectorAll('select').forEach((s, i) => (s.value = chosen[i] ?? s.value));
    });
    await popup.close();
    await popup.reader.setViewportSize({ width: 380, height: 800 });
    await popup.reader.screenshot({ path: screenshotPath('popup.png'), fullPage: true });

    const options = await openOptions(context, extensionId);
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.screenshot({ path: screenshotPath('options.png') });
    await options.getByRole('button', { name: 'Editar Maria Aparecida Souza' }).click();
    await options.screenshot({ path: screenshotPath('options-editor.png') });
  });
});
