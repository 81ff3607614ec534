/**
 * IT's policy in Chromium, through the test seam (lib/policy/cache.ts, docs/security.md): the value
 * is written to storage.local[POLICY_SEAM_KEY] by the service worker and read by the same parser and
 * merge as Chrome's managed storage (which no test can write: it is read-only, even over CDP).
 */
import type { Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { arrive, banner, describeGuard, pageLog, row, warningDialog } from './guard-helpers';
import { POLICY_SEAM_KEY } from '../../lib/policy/keys';

const QUEUE = 'saj/fila-assinatura.html';
const MANDADO = 'Mandado de Prisão Preventiva';

/** The fixture user without the queue page's lotação: the guard blocks (dialog and banner). */
const blockedStatus = () => statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

const setPolicy = (worker: Worker, value: unknown) =>
  worker.evaluate(
    async ([key, v]) => {
      if (v === undefined) await chrome.storage.local.remove(key as string);
      else await chrome.storage.local.set({ [key as string]: v });
    },
    [POLICY_SEAM_KEY, value] as const,
  );

const CENTRAL = {
  name: 'Central de Atendimento ao Magistrado e Servidor',
  purpose: 'acesso ao BNMP, dia e noite',
  emails: ['central.bnmp@tjms.jus.br'],
  phones: ['(67) 3314-9999'],
};

test.afterEach(async ({ serviceWorker }) => setPolicy(serviceWorker, undefined));

test.describe('guardEnabled: false', () => {
  test('lets a signature the CNJ would block go through, with no warning and no banner', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(blockedStatus());
    await setPolicy(serviceWorker, { guardEnabled: false });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    // The guard looked, saw a BNMP signature, and let it through because IT switched it off.
    expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ level: 'ok', bnmp: 1, guardOff: true });
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
  });

  test('takes effect on an open page: the banner goes, and comes back when IT switches the guard on', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(blockedStatus());
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await arrive(page);
    await expect(banner(page)).toBeVisible();
    await setPolicy(serviceWorker, { guardEnabled: false });
    await expect(banner(page)).toHaveCount(0);
    await setPolicy(serviceWorker, { guardEnabled: true });
    await expect(banner(page)).toBeVisible();
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(warningDialog(page)).toBeVisible();
    expect(await pageLog(page)).toEqual([]);
  });

  test('the same switch in the tribunal profile (rules.guardEnabled) turns it off for that tribunal', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(blockedStatus());
    await setPolicy(serviceWorker, { profiles: { tjms: { rules: { guardEnabled: false } } } });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
    expect((await describeGuard(serviceWorker, page)).lastDecision).toMatchObject({ level: 'ok', bnmp: 1, guardOff: true });
    await expect(warningDialog(page)).toHaveCount(0);
  });
});

test.describe('profile overrides', () => {
  test('the warning shows the contacts IT set for the tribunal', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(blockedStatus());
    await setPolicy(serviceWorker, { profiles: { tjms: { contacts: [CENTRAL] } } });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    const dialog = warningDialog(page);
    await expect(dialog).toContainText(CENTRAL.name);
    await expect(dialog).toContainText('central.bnmp@tjms.jus.br');
    await expect(dialog).not.toContainText('cgjconvenios@tjms.jus.br');
  });

  test('invalid values are ignored one by one: the guard stays on and the valid override still applies', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(blockedStatus());
    await setPolicy(serviceWorker, {
      guardEnabled: 'desligado',
      tribunal: 'tjsp',
      extraSajHosts: ['*.jus.br'],
      profiles: { tjms: { contacts: [CENTRAL], reviewIntervalMonths: 99, plantao: { startsAt: '25:00' } }, tjsp: {} },
    });
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(CENTRAL.name);
    expect(await pageLog(page)).toEqual([]);
  });

  test('a policy that is not even an object changes nothing', async ({ context, setStoredStatus, serviceWorker, sajUrl }) => {
    await setStoredStatus(blockedStatus());
    await setPolicy(serviceWorker, 'guardEnabled=false');
    const page = await context.newPage();
    await page.goto(sajUrl(QUEUE));
    await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
    await expect(warningDialog(page)).toBeVisible();
    await expect(warningDialog(page)).toContainText('cgjconvenios@tjms.jus.br');
  });
});

test('docs/permissions.md names every permission and host the built manifest asks for', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest() as chrome.runtime.ManifestV3);
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
  const asked = [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => [...w.resources, ...(w.matches ?? [])]),
  ];
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.filter((item) => !doc.includes(`\`${item}\``))).toEqual([]);
});
