/**
 * Launches Debian's Chromium with the built extension and the fixture hosts mapped to a local server.
 * Shared by the E2E fixtures, the demo and the benchmark.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.SENTINELA_OUT_DIR ?? '.output', 'chrome-mv3');
/**
 * The test build (`npm run build:test`): the same extension with the policy test seam, for the specs
 * that play IT's policy (Chrome refuses writes to managed storage). Everything else runs the shipped build.
 */
export const TEST_EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.SENTINELA_TEST_OUT_DIR ?? '.output-test', 'chrome-mv3');
export const CHROMIUM = process.env.SENTINELA_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Hosts served by the fixture server: the real TJMS host names, and one host the extension must leave alone. */
export const GUARDED_HOST = 'esaj.tjms.jus.br';
export const OTHER_HOST = 'esaj.outrotribunal.jus.br';
/** BNMP 3.0 web, served over https by startHttpsFixtureServer (server.ts). */
export const BNMP_HOST = 'bnmp.pdpj.jus.br';
export const BNMP_PREPROD_HOST = 'bnmp-preprod.pdpj.jus.br';

export async function launchWithExtension(
  port: number,
  {
    withExtension = true,
    headless = true,
    extensionDir = EXTENSION_DIR,
    bnmpPort,
  }: {
    withExtension?: boolean;
    headless?: boolean;
    extensionDir?: string;
    /** Port of the https fixture server: BNMP 3.0's host names are mapped to it, its self-signed certificate accepted. */
    bnmpPort?: number;
  } = {},
): Promise<BrowserContext> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sentinela-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=MAP *.tjms.jus.br 127.0.0.1:${port}, MAP ${OTHER_HOST} 127.0.0.1:${port}` +
      (bnmpPort ? `, MAP ${BNMP_HOST} 127.0.0.1:${bnmpPort}, MAP ${BNMP_PREPROD_HOST} 127.0.0.1:${bnmpPort}` : ''),
  ];
  // Only for the test run's own self-signed certificate (server.ts); never with a real profile.
  if (bnmpPort) args.push('--ignore-certificate-errors');
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 800 },
    locale: 'pt-BR',
    timezoneId: 'America/Campo_Grande',
  });
}
