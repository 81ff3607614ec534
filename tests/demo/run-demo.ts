/**
 * `npm run demo`: the built extension in Chromium on the bundled SAJ-like pages (tests/fixtures/saj),
 * served under the real TJMS host name, and on a BNMP-3.0-like page (tests/fixtures/bnmp) served over
 * https under bnmp.pdpj.jus.br. With a display it opens a window for you to try; without one
 * (or with DEMO_HEADLESS=1) it walks through the main screens and writes PNG screenshots.
 *
 * The demo person is synthetic (domain.md §7): Maria Aparecida Souza, chefe de cartório, whose recorded
 * lotações do not include the queue's "1ª Vara do Tribunal do Júri - Campo Grande" — so the guard has
 * something to say.
 */
/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startFixtureServer, startHttpsFixtureServer } from '../e2e/server';
import { BNMP_HOST, GUARDED_HOST, launchWithExtension } from '../e2e/launch';
import { completePerson, statusOf } from '../e2e/status-builders';

const OUT = resolve(process.env.DEMO_OUT ?? 'demo-screenshots');
const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;
const page = (path: string) => `http://${GUARDED_HOST}/saj/${path}`;
/** BNMP 3.0 web's person screen, with a unit Maria has no record of chosen in the toolbar. */
const BNMP_PAGE = `https://${BNMP_HOST}/bnmp/pessoa.html?orgao=${encodeURIComponent('1ª VARA CRIMINAL DE DOURADOS')}`;

const demoStatus = statusOf(
  completePerson({
    lotacoes: [
      { name: '2ª Vara Criminal - Três Lagoas', status: 'ativa', grantedOn: '2021-09-03' },
      { name: '1ª Vara do Tribunal do Júri - Campo Grande', status: 'solicitada', requestedOn: '2026-11-03' },
    ],
  }),
);

async function extensionId(context: BrowserContext) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (status) => {
    await chrome.storage.local.clear();
    // pt-BR as a Brazilian browser would choose it (Debian's Chromium ships only en-US).
    await chrome.storage.local.set({ status, uiLanguage: 'pt_BR' });
  }, demoStatus);
  return new URL(worker.url()).host;
}

async function shot(p: Page, name: string, written: string[]) {
  const path = resolve(OUT, `${name}.png`);
  await p.screenshot({ path });
  written.push(path);
}

async function walkThrough(context: BrowserContext, id: string) {
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  const tab = await context.newPage();

  await tab.goto(page('fila-assinatura.html'));
  // The banner comes once a person is at the page (lib/guard/presence.ts): reach for the mouse.
  await tab.mouse.move(40, 30);
  await tab.locator('sentinela-bnmp-banner').waitFor();
  await shot(tab, '1-fila-com-aviso', written);

  await tab.locator('tr[data-doc="Mandado de Prisão Preventiva"]').getByRole('button', { name: 'Assinar' }).click();
  await tab.getByRole('alertdialog').waitFor();
  await shot(tab, '2-aviso-antes-de-assinar', written);
  await tab.keyboard.press('Escape');

  // Other screens, signed by someone Maria's browser has no record of: the guard says so at the click.
  for (const [file, name] of [
    ['documento-unico.html', '3-documento-unico'],
    ['finalizacao-documentos.html', '4-finalizacao-de-documentos'],
  ] as const) {
    await tab.goto(page(file));
    await tab.getByRole('button', { name: 'Assinar', exact: true }).or(tab.getByRole('button', { name: 'Confirmar' })).first().click();
    await tab.getByRole('alertdialog').or(tab.locator('#log li')).first().waitFor();
    await shot(tab, name, written);
    await tab.keyboard.press('Escape');
  }

  // The popup's view of the person (opened in a tab: a headless browser has no toolbar to click).
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByRole('heading', { level: 2 }).first().waitFor();
  await shot(popup, '5-popup', written);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await options.screenshot({ path: resolve(OUT, '6-opcoes.png'), fullPage: true });
  written.push(resolve(OUT, '6-opcoes.png'));

  // BNMP 3.0 web: "Incluir Peça" → BNMP's own "Prezado Usuário … OK" → the same warning, naming the unit.
  const bnmp = await context.newPage();
  await bnmp.goto(BNMP_PAGE);
  await bnmp.locator('html[data-app-ready]').waitFor();
  await bnmp.locator('a[mattooltip="Incluir Peça"]').click();
  await bnmp.locator('.cdk-overlay-container').getByRole('button', { name: 'OK', exact: true }).click();
  await bnmp.getByRole('alertdialog').waitFor();
  await shot(bnmp, '7-bnmp-web', written);
  await bnmp.keyboard.press('Escape');
  return written;
}

async function main() {
  const { server, port } = await startFixtureServer();
  const https = await startHttpsFixtureServer();
  const context = await launchWithExtension(port, { headless, bnmpPort: https.port });
  const id = await extensionId(context);
  if (headless) {
    const written = await walkThrough(context, id);
    console.log(`Sentinela BNMP demo: ${written.length} screenshots written to ${OUT}`);
    for (const path of written) console.log(`  ${path}`);
    await context.close();
    server.close();
    https.server.close();
    return;
  }
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(page('fila-assinatura.html'));
  console.log(`Sentinela BNMP demo: Chromium is open on ${page('fila-assinatura.html')}.`);
  console.log('Other demo pages: documento-unico.html, finalizacao-documentos.html, plantao.html, moldura.html …');
  console.log(`BNMP 3.0 web: ${BNMP_PAGE} ("Incluir Peça", then OK), also pessoa-tardia.html and peca.html.`);
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  server.close();
  https.server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
