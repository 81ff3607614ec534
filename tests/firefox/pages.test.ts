/**
 * The popup and the options page in Firefox (moz-extension:// pages): rendering, recording a status
 * through the forms and saving it, the guard following what was saved, the popup following storage
 * changes and, opened for real from the toolbar, reading the SAJ tab in front; with no policy from
 * IT, Firefox's storage.managed rejects and everything runs on the tribunal's defaults; and SAJ
 * servers added from the options page with Firefox's optional host permission.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { OTHER_HOST, launchFirefox, openExtensionPage, sajUrl, type FirefoxRun } from './launch';
import {
  BANNER,
  Control,
  MANDADO,
  QUEUE,
  QUEUE_LOTACAO,
  WAIT,
  waitForDeep,
  WARNING,
  announcements,
  bodyText,
  choose,
  clickAssinar,
  clickButton,
  dialogButton,
  field,
  openPage,
  pageLog,
  screenshotPath,
  setDate,
  typeInto,
  warningCount,
  warningText,
} from './helpers';
import { HOSTS_SCRIPT_ID } from '../../lib/policy/keys';
import { completePerson, statusOf } from '../e2e/status-builders';

const PATTERN = `*://${OTHER_HOST}/*`;
const blocked = () => statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

let run: FirefoxRun;
let control: Control;

beforeAll(async () => {
  run = await launchFirefox({ permissionPrompts: false });
  control = await Control.open(run.browser);
});
afterAll(async () => run?.close());

beforeEach(async () => {
  for (const page of await run.browser.pages()) if (page !== control.page && page.url() !== 'about:blank') await page.close();
});

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(run.browser, 'options.html');
  await expect.poll(() => bodyText(page), WAIT).toContain('Minha situação no BNMP');
  return page;
}

const storedStatus = () => control.getItem('status') as Promise<Record<string, unknown> | undefined>;

/** Fills a new person's forms as a clerk would: the person, the CNJ account, SAJ, one lotação. */
async function fillCompletePerson(options: Page, lotacao: string): Promise<void> {
  await clickButton(options, 'Registrar minha situação');
  await expect.poll(() => bodyText(options), WAIT).toContain('Nova pessoa');
  await typeInto(options, 'Nome (como aparece no SAJ)', 'Maria Aparecida Souza');
  await typeInto(options, 'Login do SAJ', 'MSOUZA');
  await typeInto(options, 'CPF (opcional)', '123.456.789-09');
  await choose(options, 'Cargo', 'Chefe de Cartório');
  await choose(options, 'Sistema', 'CNJ Corporativo', 'Conta no CNJ');
  await choose(options, 'Situação da conta', 'Confirmada', 'Conta no CNJ');
  await setDate(options, 'Confirmada em', '2021-09-03', 'Conta no CNJ');
  await setDate(options, 'Última troca de senha no CNJ', '2026-05-10', 'Conta no CNJ');
  for (const database of ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']) await setDate(options, `Cadastro em ${database}`, '2026-05-11');
  await clickButton(options, 'Adicionar lotação');
  await typeInto(options, 'Nome da lotação', lotacao, 'Lotação 1');
  await choose(options, 'Situação do acesso', 'Ativa (liberada)', 'Lotação 1');
  await setDate(options, 'Liberada em', '2022-02-10', 'Lotação 1');
}

describe('options page', () => {
  test('records a complete status through the forms; it is stored (no password) and the guard lets the mandado through', async () => {
    await control.setLocal();
    const options = await openOptions();
    await fillCompletePerson(options, QUEUE_LOTACAO);
    await options.screenshot({ path: screenshotPath('options-editor.png') });
    await clickButton(options, 'Confirmo que está tudo certo hoje');
    await expect.poll(() => announcements(options), WAIT).toContain('Revisão registrada');
    await expect.poll(() => bodyText(options), WAIT).toContain('Tudo certo para assinar no BNMP');

    const status = await storedStatus();
    expect(status).toMatchObject({
      format: 'sentinela-bnmp-status',
      people: [{ name: 'Maria Aparecida Souza', sajLogin: 'MSOUZA', cpf: '12345678909', cargo: 'chefe_de_cartorio', tribunal: 'tjms' }],
    });
    expect(JSON.stringify(status)).not.toMatch(/"(senha|password|pwd)"\s*:/i);
    await options.screenshot({ path: screenshotPath('options.png') });

    const page = await control.openGuarded(run.browser, sajUrl(QUEUE));
    await clickAssinar(page, MANDADO);
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
    expect(await control.describe(page.url())).toMatchObject({ statusState: 'ok', lastDecision: { level: 'ok' } });
  });

  test('the warning\'s decision is in the options history; a fix saved there reaches the SAJ tab already open, without reloading it', async () => {
    await control.setLocal({ status: blocked() });
    const page = await control.openGuarded(run.browser, sajUrl(QUEUE));
    await clickAssinar(page, MANDADO);
    await (await dialogButton(page, 'Cancelar')).click();
    await expect.poll(() => warningCount(page), WAIT).toBe(0);

    const options = await openOptions();
    await clickButton(options, 'Editar Maria Aparecida Souza');
    await clickButton(options, 'Adicionar lotação');
    await typeInto(options, 'Nome da lotação', QUEUE_LOTACAO, 'Lotação 2');
    await clickButton(options, 'Salvar');
    await expect.poll(() => announcements(options), WAIT).toContain('salva');

    // The content script wrote what was decided; the options page lists it.
    const history = () =>
      options.evaluate(() => [...document.querySelectorAll('table')].find((t) => t.caption?.textContent === 'Avisos mostrados')?.textContent ?? '');
    await expect.poll(history, WAIT).toContain('Cancelou a assinatura');

    await page.bringToFront();
    await clickAssinar(page, MANDADO);
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
    expect(await warningCount(page)).toBe(0);
    expect(await control.describe(page.url())).toMatchObject({ lastDecision: { level: 'ok' } });
  });

});

describe('popup', () => {
  test('as a page: red with the reason, then green as soon as Options saves the fix (storage change events)', async () => {
    const stale = completePerson({ cnjAccount: { ...completePerson().cnjAccount, lastPasswordChangeOn: '2026-06-01' } });
    await control.setLocal({ status: statusOf(stale) });
    const popup = await openExtensionPage(run.browser, 'popup.html');
    await popup.setViewport({ width: 380, height: 600 });
    await expect.poll(() => bodyText(popup), WAIT).toContain('O CNJ deve recusar a assinatura');
    expect(await bodyText(popup)).toMatch(/Você trocou a senha do CNJ Corporativo em 01\/06\/2026/);

    const options = await openOptions();
    await clickButton(options, 'Editar Maria Aparecida Souza');
    for (const database of ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']) await setDate(options, `Cadastro em ${database}`, '2026-06-02');
    await clickButton(options, 'Salvar');
    await expect.poll(() => announcements(options), WAIT).toContain('salva');
    await expect.poll(() => bodyText(popup), WAIT).toContain('Tudo certo para assinar no BNMP');
  });

  test('opened from the toolbar on a SAJ tab: what the page shows and the verdict for signing there', async () => {
    await control.setLocal({ status: blocked() });
    const page = await control.openGuarded(run.browser, sajUrl(QUEUE));
    const popup = await control.openPopup(page);
    await expect.poll(popup.text, WAIT).toContain('Nesta aba do SAJ');
    const text = await popup.text();
    expect(text).toContain('Maria Aparecida Souza (MSOUZA)');
    expect(text).toContain(QUEUE_LOTACAO);
    expect(text).toContain('SAJ-Campo Grande');
    expect(text).toMatch(/O CNJ deve recusar a assinatura/);

    // The popup cannot be photographed where it is; its document, copied into a page of the same origin, can.
    const copy = await openExtensionPage(run.browser, 'changelog.html');
    await copy.setViewport({ width: 380, height: 800 });
    await copy.evaluate(() => {
      const view = (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews({ type: 'popup' })[0]!;
      document.head.innerHTML = view.document.head.innerHTML;
      document.body.innerHTML = view.document.body.innerHTML;
    });
    await popup.close();
    await copy.screenshot({ path: screenshotPath('popup.png'), fullPage: true });
  });
});

describe('no policy from IT', () => {
  test('Firefox rejects the storage.managed read; the tribunal\'s defaults apply and the options page shows no policy', async () => {
    expect((await control.managed()).error).toMatch(/Managed storage manifest not found/);
    await control.setLocal({ status: blocked() });
    const page = await control.openGuarded(run.browser, sajUrl(QUEUE));
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    // TJMS's own contact, from the built-in profile.
    expect(await warningText(page)).toContain('cgjconvenios@tjms.jus.br');

    const options = await openOptions();
    expect(await options.$('#politica')).toBeNull();
    expect(await bodyText(options)).not.toContain('Configurado pela TI do tribunal');
  });
});

async function expectGuarded(): Promise<void> {
  const page = await control.openGuarded(run.browser, sajUrl(QUEUE, OTHER_HOST));
  await waitForDeep(page, BANNER);
  await clickAssinar(page, MANDADO);
  await waitForDeep(page, WARNING);
  expect(await pageLog(page)).toEqual([]);
  await page.close();
}

async function expectNotGuarded(): Promise<void> {
  const page = await openPage(run.browser, sajUrl(QUEUE, OTHER_HOST));
  await clickAssinar(page, MANDADO);
  await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
  expect(await warningCount(page)).toBe(0);
  expect(await control.describe(page.url())).toBeUndefined();
  await page.close();
}

/**
 * SAJ servers added at run time: the optional host permission, driven from the options page as a
 * person would. Firefox's permission doorhanger lives in the browser's own window, which WebDriver
 * BiDi does not reach; this browser runs with extensions.webextOptionalPermissionPrompts = false,
 * Firefox's switch that answers yes in its place. Everything else is the production path, including
 * Firefox's rule that permissions.request must be called while handling the person's click or key
 * press (checked whatever that switch says): a product that awaited anything first would fail here.
 */
describe('SAJ servers added at run time (optional host permission)', () => {
  beforeEach(async () => {
    await control.page.evaluate(async (p) => {
      await (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins: [p] });
    }, PATTERN);
    await control.setLocal({ status: blocked() });
    await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([]);
  });

  test('"Adicionar" asks Firefox from the click; the host is then guarded, and "Remover" gives it back', async () => {
    await expectNotGuarded();
    const options = await openOptions();
    const input = await field(options, 'Adicionar um servidor do SAJ');
    await input.type(OTHER_HOST);
    await clickButton(options, 'Adicionar');
    await expect.poll(() => announcements(options), WAIT).toContain(`${OTHER_HOST} adicionado`);
    await expect.poll(() => bodyText(options), WAIT).toContain('Protegido');
    await options.screenshot({ path: screenshotPath('options-hosts.png') });
    expect(await control.hasOrigin(PATTERN)).toBe(true);
    expect(await control.getItem('userSajHosts')).toEqual([PATTERN]);
    await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([PATTERN]);
    await expectGuarded();

    await clickButton(options, `Remover ${OTHER_HOST}`);
    await expect.poll(() => announcements(options), WAIT).toContain(`${OTHER_HOST} removido`);
    await expect.poll(() => control.hasOrigin(PATTERN), WAIT).toBe(false);
    await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([]);
    await expectNotGuarded();
  });

  test('Enter in the field adds the host too (a key press is a user gesture for Firefox)', async () => {
    const options = await openOptions();
    const input = await field(options, 'Adicionar um servidor do SAJ');
    await input.type(OTHER_HOST);
    await input.press('Enter');
    await expect.poll(() => announcements(options), WAIT).toContain(`${OTHER_HOST} adicionado`);
    expect(await control.hasOrigin(PATTERN)).toBe(true);
    await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([PATTERN]);
    await expectGuarded();
  });

  test('access taken back elsewhere (permissions.remove) unguards the host and the options page says it waits for permission', async () => {
    await control.setItem('userSajHosts', [PATTERN]);
    const options = await openOptions();
    await expect.poll(() => bodyText(options), WAIT).toContain('Aguardando permissão');
    await clickButton(options, 'Permitir');
    await expect.poll(() => bodyText(options), WAIT).toContain('Protegido');
    await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([PATTERN]);
    await expectGuarded();

    await control.page.evaluate(async (p) => {
      await (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins: [p] });
    }, PATTERN);
    await expect.poll(() => bodyText(options), WAIT).toContain('Aguardando permissão');
    await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([]);
    await expectNotGuarded();
  });
});

/**
 * Firefox lists the manifest's own host access (*.tjms.jus.br) in about:addons → Permissions, where a
 * person can switch it off; the content script then silently stops running on TJMS pages. The toggle
 * calls the same permissions.remove as this test. Last in the file: it takes TJMS access away.
 */
test('the built-in TJMS access switched off in Firefox: the options page shows it waiting, and "Permitir" gives it back', async () => {
  const BUILT_IN = '*://*.tjms.jus.br/*';
  await control.setLocal({ status: blocked() });
  await control.page.evaluate(async (p) => {
    await (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins: [p] });
  }, BUILT_IN);
  expect(await control.hasOrigin(BUILT_IN)).toBe(false);
  // Unguarded now: nothing runs on the page and the mandado goes through.
  const before = await openPage(run.browser, sajUrl(QUEUE));
  await clickAssinar(before, MANDADO);
  await expect.poll(() => pageLog(before), WAIT).toEqual([`assinado: ${MANDADO}`]);
  expect(await control.describe(before.url())).toBeUndefined();

  const options = await openOptions();
  await expect.poll(() => bodyText(options), WAIT).toContain('*.tjms.jus.br');
  expect(await bodyText(options)).toContain('Aguardando permissão');
  await options.screenshot({ path: screenshotPath('options-builtin-withheld.png') });
  await clickButton(options, 'Permitir');
  await expect.poll(() => announcements(options), WAIT).toContain('Permissão concedida');
  expect(await control.hasOrigin(BUILT_IN)).toBe(true);

  const after = await control.openGuarded(run.browser, sajUrl(QUEUE));
  await waitForDeep(after, BANNER);
  await clickAssinar(after, MANDADO);
  await waitForDeep(after, WARNING);
  expect(await pageLog(after)).toEqual([]);
});
