/**
 * IT's policy in Firefox, the way docs/deploy.md tells IT to set it: policies.json → 3rdparty →
 * Extensions → sentinela-bnmp@sentinela.bnmp. Firefox hands that object to storage.managed, so this is
 * the real managed read (Chromium's E2E can only use the test seam: its managed storage is read-only
 * to tests). The file is read at startup (see launch.ts for how it is pointed at); what happens with
 * no policy at all is in pages.test.ts ("no policy from IT").
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { OTHER_HOST, launchFirefox, openExtensionPage, sajUrl, type FirefoxRun } from './launch';
import {
  BANNER,
  Control,
  MANDADO,
  QUEUE,
  WAIT,
  waitForDeep,
  WARNING,
  bodyText,
  clickAssinar,
  clickButton,
  field,
  pageLog,
  screenshotPath,
  warningText,
} from './helpers';
import { HOSTS_SCRIPT_ID, POLICY_SEAM_KEY } from '../../lib/policy/keys';
import { completePerson, statusOf } from '../e2e/status-builders';

const CENTRAL = {
  name: 'Central de Atendimento ao Magistrado e Servidor',
  purpose: 'acesso ao BNMP, dia e noite',
  emails: ['central.bnmp@tjms.jus.br'],
  phones: ['(67) 3314-9999'],
};
const POLICY = {
  tribunal: 'tjms',
  lockedFields: ['cargo'],
  extraSajHosts: [OTHER_HOST],
  profiles: { tjms: { contacts: [CENTRAL] } },
};
const blocked = () => statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

let run: FirefoxRun;
let control: Control;

beforeAll(async () => {
  run = await launchFirefox({ policy: POLICY, permissionPrompts: false });
  control = await Control.open(run.browser);
});
afterAll(async () => run?.close());

beforeEach(async () => {
  for (const page of await run.browser.pages()) if (page !== control.page && page.url() !== 'about:blank') await page.close();
  await control.setLocal({ status: blocked() });
});

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(run.browser, 'options.html');
  await expect.poll(() => bodyText(page), WAIT).toContain('Minha situação no BNMP');
  return page;
}

test('Firefox gives the extension IT\'s 3rdparty entry through storage.managed; the options page says IT configured it', async () => {
  expect(await control.managed()).toEqual({ value: POLICY });
  const options = await openOptions();
  await options.waitForSelector('#politica', WAIT);
  const notice = await options.$eval('#politica', (el) => el.textContent ?? '');
  expect(notice).toContain('Configurado pela TI do tribunal');
  expect(notice).not.toContain('Política de teste local');
  expect(notice).toMatch(/Cargo/);
  await options.screenshot({ path: screenshotPath('options-policy.png') });

  // The locked field is read-only in the editor.
  await clickButton(options, 'Editar Maria Aparecida Souza');
  const cargo = await field(options, 'Cargo');
  expect(await cargo.evaluate((el) => (el as unknown as HTMLSelectElement).disabled || el.readOnly || el.getAttribute('aria-readonly') === 'true')).toBe(true);
});

test('the warning shows the contact IT set for the tribunal instead of the built-in one', async () => {
  const page = await control.openGuarded(run.browser, sajUrl(QUEUE));
  await clickAssinar(page, MANDADO);
  await waitForDeep(page, WARNING);
  const text = await warningText(page);
  expect(text).toContain(CENTRAL.name);
  expect(text).toContain('central.bnmp@tjms.jus.br');
  expect(text).not.toContain('cgjconvenios@tjms.jus.br');
  await page.screenshot({ path: screenshotPath('warning-policy.png') });
  expect(await pageLog(page)).toEqual([]);
});

test('a local "test policy" cannot override IT\'s: the guard keeps warning', async () => {
  await control.setItem(POLICY_SEAM_KEY, { guardEnabled: false, profiles: { tjms: { contacts: [] } } });
  const page = await control.openGuarded(run.browser, sajUrl(QUEUE));
  await waitForDeep(page, BANNER);
  await clickAssinar(page, MANDADO);
  await waitForDeep(page, WARNING);
  expect(await warningText(page)).toContain(CENTRAL.name);
  expect(await pageLog(page)).toEqual([]);
});

test('IT\'s SAJ server waits for Firefox\'s permission; "Permitir" asks from the click and the guard then runs there', async () => {
  const options = await openOptions();
  await expect.poll(() => bodyText(options), WAIT).toContain('Aguardando permissão');
  expect(await bodyText(options)).toContain('da TI');
  await clickButton(options, 'Permitir');
  await expect.poll(() => bodyText(options), WAIT).toContain('Protegido');
  await expect.poll(() => control.registeredMatches(HOSTS_SCRIPT_ID), WAIT).toEqual([`*://${OTHER_HOST}/*`]);

  const page = await control.openGuarded(run.browser, sajUrl(QUEUE, OTHER_HOST));
  await waitForDeep(page, BANNER);
  await clickAssinar(page, MANDADO);
  await waitForDeep(page, WARNING);
  expect(await warningText(page)).toContain(CENTRAL.name);
  expect(await pageLog(page)).toEqual([]);
});
