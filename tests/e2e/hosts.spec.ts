/**
 * SAJ hosts added at run time (lib/policy/hosts.ts), in Chromium: http://esaj.outrotribunal.jus.br/
 * is not in the manifest; it is guarded only once IT's policy (or the user) names it AND the browser
 * granted access to it, and no longer once either goes.
 *
 * Chrome's permission prompt cannot be answered from a test (Playwright and CDP do not reach it), so
 * this file loads a copy of the build whose manifest also lists that host under host_permissions, and
 * withholds it at start with the controls chrome://extensions uses ("Site access: on specific sites").
 * Granting it there is what a user does in the browser's site-access menu; for the extension it is the
 * same event as answering the prompt (permissions.onAdded), and everything after it — registration,
 * the content script, the guard — is the production code path. The copy differs in nothing else.
 * The same holds for a BNMP 3.0 web host IT adds (policy extraBnmpWebHosts): https://bnmp-preprod.pdpj.jus.br
 * is served over https by this run and gets BNMP web's own registered content script.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startFixtureServer, startHttpsFixtureServer } from './server';
import { BNMP_PREPROD_HOST, TEST_EXTENSION_DIR, OTHER_HOST, launchWithExtension } from './launch';
import { completePerson, statusOf } from './status-builders';
import { arrive, banner, pageLog, row, warningDialog } from './guard-helpers';
import { DOURADOS, bnmpOk, openApp, openDialog } from './bnmp-helpers';
import { BNMP_WEB_HOSTS_SCRIPT_ID, HOSTS_SCRIPT_ID, POLICY_SEAM_KEY, USER_SAJ_HOSTS_KEY } from '../../lib/policy/keys';

const HOST_PATTERN = `*://${OTHER_HOST}/*`;
/** BNMP 3.0 web's pre-production host, as IT would add it (policy extraBnmpWebHosts); served over https. */
const BNMP_PREPROD_PATTERN = `*://${BNMP_PREPROD_HOST}/*`;
const QUEUE = 'saj/fila-assinatura.html';
const MANDADO = 'Mandado de Prisão Preventiva';
const otherUrl = (path: string) => `http://${OTHER_HOST}/${path}`;

interface Fixtures {
  worker: Worker;
  extensionId: string;
  /** chrome://extensions, for the site-access controls a user would click. */
  settings: Page;
}

let server: Server;
let httpsServer: Server;
let context: BrowserContext;
let copyDir: string;

const test = base.extend<Fixtures>({
  worker: async ({}, use) => use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))),
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  settings: async ({ extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome://extensions/?id=${extensionId}`);
    await use(page);
    await page.close();
  },
});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const started = await startFixtureServer();
  server = started.server;
  const https = await startHttpsFixtureServer();
  httpsServer = https.server;
  copyDir = await mkdtemp(join(tmpdir(), 'sentinela-hosts-ext-'));
  await cp(TEST_EXTENSION_DIR, copyDir, { recursive: true });
  const manifestPath = join(copyDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestPath, JSON.stringify({ ...manifest, host_permissions: [HOST_PATTERN, BNMP_PREPROD_PATTERN] }));
  context = await launchWithExtension(started.port, { extensionDir: copyDir, bnmpPort: https.port });
});

test.afterAll(async () => {
  await context?.close();
  server?.close();
  httpsServer?.close();
  if (copyDir) await rm(copyDir, { recursive: true, force: true });
});

/** Site access as the user leaves it in chrome://extensions. */
async function siteAccess(settings: Page, extensionId: string, granted: boolean, pattern = HOST_PATTERN): Promise<void> {
  await settings.evaluate(
    async ([id, host, grant]) => {
      const api = (chrome as unknown as { developerPrivate: Record<string, (...args: unknown[]) => Promise<void>> }).developerPrivate;
      await api.updateExtensionConfiguration!({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      if (grant) await api.addHostPermission!(id, host);
      else await api.removeHostPermission!(id, host).catch(() => undefined);
    },
    [extensionId, pattern, granted] as const,
  );
}

const registeredMatches = (worker: Worker, id = HOSTS_SCRIPT_ID) =>
  worker.evaluate(async (scriptId) => (await chrome.scripting.getRegisteredContentScripts({ ids: [scriptId] }))[0]?.matches ?? [], id);

const setLocal = (worker: Worker, values: Record<string, unknown>) =>
  worker.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(v);
  }, values);

/** The background re-registers after an event; on a loaded CI machine that can take a few seconds. */
const REGISTRATION = { timeout: 15_000 };

/** Blocked status (the queue's lotação is missing), so a guarded page warns and an unguarded one signs. */
const blocked = () => statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

async function expectGuarded(page: Page) {
  await page.goto(otherUrl(QUEUE));
  expect(await pingAnswer(page)).toMatchObject({ url: page.url() });
  await arrive(page);
  await expect(banner(page)).toBeVisible();
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect(warningDialog(page)).toBeVisible();
  expect(await pageLog(page)).toEqual([]);
}

async function expectNotGuarded(page: Page) {
  await page.goto(otherUrl(QUEUE));
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  await expect(warningDialog(page)).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  // Not guarded at all: no content script answers in the tab (a guarded one answers "sentinela:ping").
  expect(await pingAnswer(page)).toBeNull();
}

/** The content script's answer to `type` in the page's top frame, or null when none runs there. */
async function pingAnswer(page: Page, type = 'sentinela:ping'): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Without access to the host the extension cannot read the tab's URL: the page is brought to the
  // front and found as the active tab.
  await page.bringToFront();
  return worker.evaluate(async ([url, wanted]) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url) ?? tabs.find((t) => t.active && !t.url);
    if (!tab?.id) throw new Error(`no tab for ${url}`);
    return chrome.tabs.sendMessage(tab.id, { type: wanted }, { frameId: 0 }).then((a) => a ?? null, () => null);
  }, [page.url(), type] as const);
}

test.beforeEach(async ({ settings, extensionId, worker }) => {
  await setLocal(worker, {});
  await siteAccess(settings, extensionId, false);
  await siteAccess(settings, extensionId, false, BNMP_PREPROD_PATTERN);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([]);
  await expect.poll(() => registeredMatches(worker, BNMP_WEB_HOSTS_SCRIPT_ID), REGISTRATION).toEqual([]);
});

test('a host in IT\'s policy is guarded once access is granted, and no longer once IT removes it', async ({ settings, extensionId, worker }) => {
  await setLocal(worker, { status: blocked(), [POLICY_SEAM_KEY]: { extraSajHosts: [OTHER_HOST] } });
  const page = await context.newPage();
  await expectNotGuarded(page); // listed, but the browser has not granted access yet

  await siteAccess(settings, extensionId, true);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([HOST_PATTERN]);
  await expectGuarded(page);

  await setLocal(worker, { status: blocked(), [POLICY_SEAM_KEY]: { extraSajHosts: [] } });
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([]);
  await expectNotGuarded(page);
  await page.close();
});

test('a host the user added is guarded after permission; revoking access in the browser unguards it', async ({ settings, extensionId, worker }) => {
  // What the options page stores once the browser's prompt was accepted (addUserSajHost).
  await setLocal(worker, { status: blocked(), [USER_SAJ_HOSTS_KEY]: [HOST_PATTERN] });
  await siteAccess(settings, extensionId, true);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([HOST_PATTERN]);
  const page = await context.newPage();
  await expectGuarded(page);

  await siteAccess(settings, extensionId, false);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([]);
  await expectNotGuarded(page);
  await page.close();
});

test('the user removing the host from the list unguards it', async ({ settings, extensionId, worker }) => {
  await setLocal(worker, { status: blocked(), [USER_SAJ_HOSTS_KEY]: [HOST_PATTERN] });
  await siteAccess(settings, extensionId, true);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([HOST_PATTERN]);
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: [] }), USER_SAJ_HOSTS_KEY);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([]);
  const page = await context.newPage();
  await expectNotGuarded(page);
  await page.close();
});

test('IT switching the guard off also covers the added hosts', async ({ settings, extensionId, worker }) => {
  await setLocal(worker, { status: blocked(), [POLICY_SEAM_KEY]: { extraSajHosts: [OTHER_HOST], guardEnabled: false } });
  await siteAccess(settings, extensionId, true);
  await expect.poll(() => registeredMatches(worker), REGISTRATION).toEqual([HOST_PATTERN]);
  const page = await context.newPage();
  await page.goto(otherUrl(QUEUE));
  await row(page, MANDADO).getByRole('button', { name: 'Assinar' }).click();
  await expect.poll(() => pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  await expect(warningDialog(page)).toHaveCount(0);
  // The guard runs there and looked at the click: IT has it switched off.
  expect(await pingAnswer(page, 'sentinela:describe')).toMatchObject({ lastDecision: { seq: 1, guardOff: true } });
  await page.close();
});

test('a BNMP web host in IT\'s policy (pre-production) is guarded once access is granted, and no longer once IT switches BNMP web off', async ({ settings, extensionId, worker }) => {
  // The toolbar's unit is one the person does not hold: a guarded page stops the OK and names it.
  const status = statusOf(completePerson());
  const preprod = `https://${BNMP_PREPROD_HOST}/bnmp/pessoa.html?orgao=${encodeURIComponent(DOURADOS)}`;
  await setLocal(worker, { status, [POLICY_SEAM_KEY]: { extraBnmpWebHosts: [BNMP_PREPROD_HOST] } });
  const page = await context.newPage();

  // Listed by IT, but the browser has not granted access yet: BNMP's own OK issues the piece.
  await openApp(page, preprod);
  await page.locator('a[mattooltip="Incluir Peça"]').click();
  await bnmpOk(page).click();
  await expect.poll(() => pageLog(page)).toEqual([`emitida: peça para ${DOURADOS}`]);
  expect(await pingAnswer(page)).toBeNull();

  await siteAccess(settings, extensionId, true, BNMP_PREPROD_PATTERN);
  await expect.poll(() => registeredMatches(worker, BNMP_WEB_HOSTS_SCRIPT_ID), REGISTRATION).toEqual([BNMP_PREPROD_PATTERN]);
  // The SAJ registration is a separate script and stays empty.
  expect(await registeredMatches(worker)).toEqual([]);
  await openApp(page, preprod);
  await openDialog(page, worker, 'Incluir Peça', true);
  await bnmpOk(page).click();
  await expect(warningDialog(page)).toBeVisible();
  await expect(warningDialog(page)).toContainText(`A unidade “${DOURADOS}”`);
  expect(await pageLog(page)).toEqual([]);

  await setLocal(worker, { status, [POLICY_SEAM_KEY]: { extraBnmpWebHosts: [BNMP_PREPROD_HOST], bnmpWebEnabled: false } });
  await expect.poll(() => registeredMatches(worker, BNMP_WEB_HOSTS_SCRIPT_ID), REGISTRATION).toEqual([]);
  await openApp(page, preprod);
  await page.locator('a[mattooltip="Incluir Peça"]').click();
  await bnmpOk(page).click();
  await expect.poll(() => pageLog(page)).toEqual([`emitida: peça para ${DOURADOS}`]);
  expect(await pingAnswer(page)).toBeNull();
  await page.close();
});
