/// <reference types="chrome" />
/**
 * The options page under IT's policy, in Chromium, through the test seam (lib/policy/cache.ts,
 * docs/security.md: storage.local[POLICY_SEAM_KEY] goes through the same parse and merge as
 * Chrome's managed storage): the notice, a locked field read-only, a locked field an import may
 * not change, the guard switched off, the tribunal IT fixed, IT's SAJ addresses, the changelog
 * link; axe finds nothing with the notice shown. The screenshot for docs/user-guide.md is taken here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { POLICY_SEAM_KEY } from '../../lib/policy/keys';
/** The hint next to a locked field (pt-BR catalog, `lockedHint`). */
const LOCKED_HINT = 'Definido pelo tribunal: não pode ser mudado aqui.';
import { screenshotPath } from './screenshots';

const SEAM_HEADING = 'Política de teste local em uso (não veio da TI do tribunal)';
const MARIA = 'Maria Aparecida Souza';

/** Everything stored replaced by `values`, the interface in pt-BR, and `policy` through the seam. */
async function resetStorage(serviceWorker: Worker, values: Record<string, unknown>, policy?: unknown): Promise<void> {
  await serviceWorker.evaluate(
    async ([v, key, p]) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ uiLanguage: 'pt_BR', ...(v as Record<string, unknown>), ...(p === undefined ? {} : { [key as string]: p }) });
    },
    [values, POLICY_SEAM_KEY, policy] as const,
  );
}

const stored = (serviceWorker: Worker) => serviceWorker.evaluate(async () => (await chrome.storage.local.get('status')).status as unknown);

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Minha situação no BNMP' })).toBeVisible();
  return page;
}

const policyNotice = (page: Page) => page.getByRole('region', { name: SEAM_HEADING });

test.afterEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(async (key) => chrome.storage.local.remove(key), POLICY_SEAM_KEY);
});

test.describe('lockedFields: ["cargo"]', () => {
  test('the options page shows the policy notice, and the cargo field is read-only', async ({ context, extensionId, serviceWorker }) => {
    await resetStorage(serviceWorker, { status: statusOf(completePerson()) }, { lockedFields: ['cargo'] });
    const options = await openOptions(context, extensionId);
    const notice = policyNotice(options);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Campos que só a TI muda: Cargo');

    await options.getByRole('button', { name: `Editar ${MARIA}` }).click();
    const cargo = options.getByLabel('Cargo', { exact: true });
    await expect(cargo).toHaveValue('Chefe de Cartório');
    await expect(cargo).not.toBeEditable();
    await expect(cargo).toHaveAccessibleDescription(LOCKED_HINT);
    // What IT did not lock stays editable, and a save keeps the locked value.
    await options.getByLabel('Login do SAJ', { exact: true }).fill('MSOUZA2');
    await options.getByRole('button', { name: 'Salvar' }).click();
    await expect(options.getByRole('heading', { name: `Editar: ${MARIA}` })).toHaveCount(0);
    await expect.poll(() => stored(serviceWorker)).toMatchObject({ people: [{ sajLogin: 'MSOUZA2', cargo: 'chefe_de_cartorio' }] });
  });

  test('an import that changes a locked field is refused, naming it, and storage is unchanged', async ({ context, extensionId, serviceWorker }) => {
    const before = statusOf(completePerson());
    await resetStorage(serviceWorker, { status: before }, { lockedFields: ['cargo'] });
    const options = await openOptions(context, extensionId);
    const changed = statusOf(completePerson({ cargo: 'analista_judiciario' }));
    for (const mode of ['Mesclar', 'Substituir'] as const) {
      await options.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
      await options.getByLabel('Ou cole aqui o texto exportado').fill(JSON.stringify(changed));
      await options.getByRole('button', { name: 'Importar o texto colado' }).click();
      const alert = options.getByRole('alert');
      await expect(alert).toContainText('Nada foi importado');
      await expect(alert).toContainText(`${MARIA}: o tribunal não permite mudar Cargo.`);
      expect(await stored(serviceWorker)).toEqual(before);
    }
  });
});

test('guardEnabled: false — the notice says the guard is off', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson()) }, { guardEnabled: false });
  const options = await openOptions(context, extensionId);
  await expect(policyNotice(options)).toContainText('O aviso antes das assinaturas está desligado pelo tribunal.');
});

test('the notice follows the policy live: it appears when IT sets one and goes when IT removes it', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson()) });
  const options = await openOptions(context, extensionId);
  await expect(policyNotice(options)).toHaveCount(0);
  await serviceWorker.evaluate(async (key) => chrome.storage.local.set({ [key]: { guardEnabled: false } }), POLICY_SEAM_KEY);
  await expect(policyNotice(options)).toContainText('desligado pelo tribunal');
  await serviceWorker.evaluate(async (key) => chrome.storage.local.remove(key), POLICY_SEAM_KEY);
  await expect(policyNotice(options)).toHaveCount(0);
});

test('a tribunal IT fixed: shown in a disabled select, for new people too', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, {}, { tribunal: 'tre-rj', lockedFields: ['tribunal'] });
  const options = await openOptions(context, extensionId);
  await expect(policyNotice(options)).toContainText('Tribunal definido pela TI: TRE-RJ, para todas as pessoas registradas.');
  await options.getByRole('button', { name: 'Registrar minha situação' }).click();
  const tribunal = options.getByLabel('Tribunal', { exact: true });
  await expect(tribunal).toBeDisabled();
  await expect(tribunal).toHaveValue('tre-rj');
});

test('IT\'s SAJ addresses are listed, waiting for the browser\'s permission; with the list locked, nothing to add', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, {}, { extraSajHosts: ['esaj.intranet.tjxx.jus.br'], lockedFields: ['sajHosts'] });
  const options = await openOptions(context, extensionId);
  const section = options.getByRole('region', { name: 'Endereços do SAJ' });
  const row = section.getByRole('listitem').filter({ hasText: 'esaj.intranet.tjxx.jus.br' });
  await expect(row).toContainText('da TI');
  await expect(row).toContainText('Aguardando permissão');
  await expect(section.getByRole('button', { name: 'Permitir' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Adicionar' })).toHaveCount(0);
  await expect(section).toContainText(LOCKED_HINT);
});

test('a broad wildcard is refused in pt-BR before the browser is asked', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, {});
  const options = await openOptions(context, extensionId);
  const section = options.getByRole('region', { name: 'Endereços do SAJ' });
  await section.getByLabel('Adicionar um servidor do SAJ').fill('*.jus.br');
  await section.getByRole('button', { name: 'Adicionar' }).click();
  await expect(section.getByRole('alert')).toContainText('abrange servidores demais');
  expect(await serviceWorker.evaluate(async () => (await chrome.storage.local.get('userSajHosts')).userSajHosts)).toBeUndefined();
});

test('the header links to the changelog with the installed version', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, {});
  const options = await openOptions(context, extensionId);
  const version = await serviceWorker.evaluate(() => chrome.runtime.getManifest().version);
  const link = options.getByRole('link', { name: `Novidades (versão ${version})` });
  await expect(link).toHaveAttribute('href', '/changelog.html');
  await link.click();
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/changelog.html`);
  await expect(options.locator('body')).toContainText(version);
});

/** A policy as a tribunal would set it, with one mistake: what the notice and the screenshot show. */
const FULL_POLICY = {
  tribunal: 'tjms',
  lockedFields: ['cargo', 'tribunal', 'lotacoes', 'foto'],
  extraSajHosts: ['esaj.intranet.tjxx.jus.br'],
  profiles: { tjms: { reviewIntervalMonths: 3 } },
};

test('axe finds no violations with the policy notice and a locked form', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson()) }, FULL_POLICY);
  const options = await openOptions(context, extensionId);
  await expect(policyNotice(options)).toContainText('foto');
  await expect(options.getByText('Aguardando permissão')).toBeVisible();
  const check = async () => {
    const { violations } = await new AxeBuilder({ page: options }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await check();
  await options.getByRole('button', { name: `Editar ${MARIA}` }).click();
  await expect(options.getByLabel('Cargo', { exact: true })).not.toBeEditable();
  await check();
});

test('screenshot for the user guide', async ({ context, extensionId, serviceWorker }, testInfo) => {
  await resetStorage(serviceWorker, { status: statusOf(completePerson()) }, FULL_POLICY);
  const options = await openOptions(context, extensionId);
  await options.setViewportSize({ width: 1100, height: 900 });
  await expect(options.getByText('Aguardando permissão')).toBeVisible();
  // From the header down to the end of "Endereços do SAJ": the notice, the people, IT's addresses.
  const hosts = await options.locator('#enderecos-saj').boundingBox();
  await options.screenshot({ path: screenshotPath('options-policy.png'), fullPage: true, clip: { x: 0, y: 0, width: 1100, height: Math.ceil(hosts!.y + hosts!.height + 24) } });
  await options.getByRole('button', { name: `Editar ${MARIA}` }).click();
  await options.getByRole('heading', { name: `Editar: ${MARIA}` }).scrollIntoViewIfNeeded();
  await options.evaluate(() => document.getElementById('pessoas-title')?.scrollIntoView());
  await options.screenshot({ path: testInfo.outputPath('options-policy-editor.png') });
  await options.getByRole('region', { name: 'Lotações' }).evaluate((el) => el.scrollIntoView());
  await options.screenshot({ path: testInfo.outputPath('options-policy-lotacoes.png') });
});
