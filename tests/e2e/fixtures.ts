/**
 * Playwright fixtures: one Chromium with the built extension per worker, a fixture server, and
 * helpers to reach the extension's service worker and pages.
 */
/// <reference types="chrome" />
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import type { Server } from 'node:http';
import { startFixtureServer, startHttpsFixtureServer } from './server';
import { BNMP_HOST, EXTENSION_DIR, GUARDED_HOST, OTHER_HOST, launchWithExtension } from './launch';

interface WorkerFixtures {
  /** Which build the worker's browser loads (playwright.config.ts projects). */
  extensionDir: string;
  fixtureServer: { server: Server; port: number };
  /** The same fixtures over https (self-signed), where BNMP 3.0's host names point. */
  bnmpServer: { server: Server; port: number };
  extensionContext: BrowserContext;
}
interface TestFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** http://esaj.tjms.jus.br/<path> — a guarded SAJ host. */
  sajUrl: (path: string) => string;
  /** The same fixture on a host the extension must not touch. */
  otherUrl: (path: string) => string;
  /** https://bnmp.pdpj.jus.br/bnmp/<path> — BNMP 3.0 web, guarded by default. */
  bnmpUrl: (path: string) => string;
  /** Replaces what is stored (undefined = nothing stored), as the options page would. */
  setStoredStatus: (value: unknown) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionDir: [EXTENSION_DIR, { scope: 'worker', option: true }],
  fixtureServer: [
    async ({}, use) => {
      const started = await startFixtureServer();
      await use(started);
      started.server.close();
    },
    { scope: 'worker' },
  ],
  bnmpServer: [
    async ({}, use) => {
      const started = await startHttpsFixtureServer();
      await use(started);
      started.server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: [
    async ({ fixtureServer, bnmpServer, extensionDir }, use) => {
      const context = await launchWithExtension(fixtureServer.port, { extensionDir, bnmpPort: bnmpServer.port });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionContext }, use) => {
    await use(extensionContext);
    // Each test leaves only a blank tab behind.
    for (const page of extensionContext.pages().slice(1)) await page.close();
  },
  serviceWorker: async ({ extensionContext }, use) => {
    const worker = extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  setStoredStatus: async ({ serviceWorker }, use) => {
    const set = async (value: unknown) => {
      await serviceWorker.evaluate(async (v) => {
        await chrome.storage.local.clear();
        if (v !== undefined) await chrome.storage.local.set({ status: v });
      }, value);
    };
    await use(set);
    await set(undefined);
  },
  sajUrl: async ({}, use) => use((path) => `http://${GUARDED_HOST}/${path.replace(/^\//, '')}`),
  otherUrl: async ({}, use) => use((path) => `http://${OTHER_HOST}/${path.replace(/^\//, '')}`),
  bnmpUrl: async ({}, use) => use((path) => `https://${BNMP_HOST}/bnmp/${path.replace(/^\//, '')}`),
});

export { expect };
