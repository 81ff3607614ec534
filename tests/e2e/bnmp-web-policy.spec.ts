/**
 * BNMP 3.0 web under IT's policy, played through the test seam (the test build: Chrome refuses
 * writes to managed storage).
 */
/// <reference types="chrome" />
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { pageLog, warningDialog } from './guard-helpers';
import { DOURADOS, bnmpOk, chooseUnit, openApp, openDialog, web } from './bnmp-helpers';

test.afterEach(async ({ serviceWorker }) => serviceWorker.evaluate(() => chrome.storage.local.remove('policyForTests')));

test.describe('IT\'s policy', () => {
  test('bnmpWebEnabled false: nothing is held there, and the guard says it is off', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    await serviceWorker.evaluate(() => chrome.storage.local.set({ policyForTests: { bnmpWebEnabled: false } }));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    // Right after a browser starts, the policy may arrive after the first second (docs/deploy.md): wait for it.
    await expect.poll(async () => (await web(serviceWorker))?.guardOn).toBe(false);
    await chooseUnit(page, DOURADOS);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`órgão: ${DOURADOS}`, `emitida: peça para ${DOURADOS}`]);
    await expect(warningDialog(page)).toHaveCount(0);
    expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'confirmacao-ok', guardOff: true });
  });
});

