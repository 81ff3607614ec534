/**
 * Debian's firefox-esr with the Firefox MV3 build (.output/firefox-mv3), driven by puppeteer-core over
 * WebDriver BiDi. No browser download, no network:
 *
 *   - Firefox has no --host-resolver-rules, so the fixture server (tests/e2e/server.ts) is also its HTTP
 *     proxy: http://esaj.tjms.jus.br/… reaches the local server under its real name, and the manifest's
 *     real `matches` decide where the content script runs. Every other request Firefox makes ends there
 *     too (a 404), never on the network.
 *   - The add-on's moz-extension:// UUID is pinned (pref extensions.webextensions.uuids), so the tests
 *     know the popup's and options' URLs before installing.
 *   - HOME is a fresh folder: Firefox reads managed-storage manifests from ~/.mozilla/managed-storage,
 *     so a developer's own files never leak into a run.
 *   - IT's policy (`policy`) is written to a policies.json that Firefox reads as it would
 *     /etc/firefox/policies/policies.json, via browser.policies.alternatePath. Firefox honours that pref
 *     only "in automation" (the testing switch below plus MOZ_DISABLE_NONLOCAL_CONNECTIONS), so only a
 *     browser launched with a policy gets those two; the others are a plain profile.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { startFixtureServer } from '../e2e/server';
import { FIREFOX_ID } from '../../lib/policy/keys';

export { FIREFOX_ID };
export const FIREFOX = process.env.SENTINELA_FIREFOX ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.SENTINELA_OUT_DIR ?? '.output', 'firefox-mv3');
/** The add-on's pinned moz-extension:// host. */
export const EXTENSION_UUID = '5e471e1a-b1a0-4b3d-9c2e-0f1ae0bd0001';
export const extensionUrl = (path: string): string => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

export const GUARDED_HOST = 'esaj.tjms.jus.br';
/** Another name under the manifest's *.tjms.jus.br. */
export const GUARDED_HOST_2 = 'esaj2.tjms.jus.br';
/** A host the extension must leave alone (until the user or IT adds it, with the browser's permission). */
export const OTHER_HOST = 'esaj.outrotribunal.jus.br';
export const sajUrl = (path: string, host = GUARDED_HOST): string => `http://${host}/${path.replace(/^\//, '')}`;

export interface FirefoxRun {
  browser: Browser;
  server: Server;
  port: number;
  /** Firefox's HOME for this run (managed-storage manifests would go under .mozilla/). */
  home: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** IT's policy for the extension: policies.json → 3rdparty → Extensions → FIREFOX_ID. */
  policy?: Record<string, unknown>;
  /** extensions.webextOptionalPermissionPrompts: false lets permissions.request grant without Firefox's doorhanger. */
  permissionPrompts?: boolean;
}

export async function launchFirefox({ policy, permissionPrompts = true }: LaunchOptions = {}): Promise<FirefoxRun> {
  const { server, port } = await startFixtureServer();
  // `?csp=<policy>` on a fixture URL: the page comes with that Content-Security-Policy header, as a
  // locked-down SAJ server could send.
  server.prependListener('request', (req, res) => {
    const csp = new URL(req.url ?? '/', 'http://localhost').searchParams.get('csp');
    if (csp) res.setHeader('Content-Security-Policy', csp);
  });
  const home = await mkdtemp(join(tmpdir(), 'sentinela-firefox-home-'));
  const prefs: Record<string, unknown> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: EXTENSION_UUID }),
    'extensions.webextOptionalPermissionPrompts': permissionPrompts,
    'intl.accept_languages': 'pt-BR, pt',
    // Less work on a busy 2-core machine: one web content process, none started ahead, no animations.
    'dom.ipc.processCount': 1,
    'dom.ipc.processPrelaunch.enabled': false,
    'ui.prefersReducedMotion': 1,
  };
  const env: Record<string, string | undefined> = { ...process.env, HOME: home, TZ: 'America/Campo_Grande' };
  if (policy) {
    const file = join(home, 'policies.json');
    await writeFile(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: policy } } } }));
    prefs['browser.policies.alternatePath'] = file;
    prefs['security.turn_off_all_security_so_that_viruses_can_take_over_this_computer'] = true;
    env.MOZ_DISABLE_NONLOCAL_CONNECTIONS = '1';
  }
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets a test open its own moz-extension:// pages (WebDriver BiDi refuses other schemes by default).
      args: ['--remote-allow-system-access'],
      env,
      extraPrefsFirefox: prefs,
      defaultViewport: { width: 1280, height: 800 },
    });
    await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    server.close();
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    server,
    port,
    home,
    async close() {
      await browser.close().catch(() => undefined);
      server.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the extension's pages in a new tab. page.goto waits for BiDi navigation events that
 * Firefox does not send for moz-extension:// loads, so this asks BiDi to navigate and waits for the
 * load itself; page.url() stays "about:blank" in puppeteer's bookkeeping, everything else works.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } };
  await frame.browsingContext.navigate(extensionUrl(path), 'complete');
  return page;
}
