/**
 * BNMP 3.0 web, in Chromium with the built extension: the fixture pages (tests/fixtures/bnmp) are
 * served over https under the real host name bnmp.pdpj.jus.br (a self-signed certificate made by this
 * run). The page's own code writes what it did to #log ("emitida: peça para <unidade>", "cancelado:
 * <diálogo>", "ok: <diálogo>"), so these tests count exactly how often the app acted; and every test
 * where "nothing happens" also asks the content script what it looked at, so it fails with the
 * extension off.
 */
/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { cancelButton, pageLog, proceedButton, warningDialog } from './guard-helpers';
import { screenshotPath } from './screenshots';
import type { FrameDescription } from '../../lib/guard/core-contract';

import { DOURADOS, PLANTAO, PLANTAO_REGIAO, TRES_LAGOAS, bnmpCancel, bnmpOk, chooseUnit, describeBnmp, offer, onPlantaoNow, openApp, openDialog, settled, stored, web } from './bnmp-helpers';

test.describe('the issue confirmation ("Prezado Usuário … OK")', () => {
  test('own unit: the piece is issued at once, and the guard says it judged the OK', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    expect(new URL(page.url()).pathname).toBe('/parte/visualizar/170000114');
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`emitida: peça para ${TRES_LAGOAS}`]);
    await expect(page).toHaveURL(/\/pecas\/nova-peca\/incluir\/rji\/170000114-79$/);
    await expect(warningDialog(page)).toHaveCount(0);
    expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'confirmacao-ok', level: 'ok' });
  });

  test('a unit not held: stopped before the app acts, the warning names the unit and the access request', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    // The unit chosen before the page opened (?orgao=): no órgão list was opened, so no offer in the picture.
    await openApp(page, bnmpUrl(`pessoa.html?orgao=${encodeURIComponent(DOURADOS)}`));
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName('O CNJ deve recusar esta assinatura');
    await expect(dialog).toContainText(`A unidade “${DOURADOS}”, escolhida no BNMP para esta peça`);
    await expect(dialog).toContainText('Peça do BNMP 3.0 (Incluir Peça)');
    await expect(dialog.getByRole('link', { name: /Solicitar acesso/ }).first()).toBeVisible();
    await expect(dialog).not.toContainText('Cadastro de Usuário no BNMP'); // no SAJ registration reason on BNMP web
    expect(await pageLog(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('bnmp-warning.png') });

    // Cancelar leaves the piece un-issued: BNMP's own dialog is still there, for its CANCELAR.
    await cancelButton(page).click();
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(bnmpOk(page)).toBeVisible();
    await bnmpCancel(page).click();
    await expect.poll(() => pageLog(page)).toEqual(['cancelado: confirmar-emissao']);
    expect(await stored(serviceWorker, 'warningHistory')).toMatchObject([{ decision: 'cancelled', lotacao: DOURADOS, reasonCodes: ['lotacao-not-active'] }]);
  });

  test('"Assinar mesmo assim" lets the app\'s own OK run exactly once', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await chooseUnit(page, DOURADOS);
    await openDialog(page, serviceWorker, 'Incluir Evento', true);
    await bnmpOk(page).click();
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toContain(`emitida: evento para ${DOURADOS}`);
    await settled(page);
    expect((await pageLog(page)).filter((l) => l.startsWith('emitida'))).toEqual([`emitida: evento para ${DOURADOS}`]);
    await expect(page).toHaveURL(/\/eventos\/incluir\/rji\//);
    expect(await stored(serviceWorker, 'warningHistory')).toMatchObject([{ decision: 'signed-anyway', documentKinds: ['evento do BNMP 3.0'] }]);
  });

  test('keyboard: Enter on the focused OK is judged the same way; Escape cancels', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await chooseUnit(page, DOURADOS);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).focus();
    await page.keyboard.press('Enter');
    await expect(warningDialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(bnmpOk(page)).toBeFocused();
    await settled(page);
    expect((await pageLog(page)).filter((l) => l.startsWith('emitida'))).toEqual([]);
  });

  test('nothing recorded: warns that Sentinela does not know', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(undefined);
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect(warningDialog(page)).toHaveAccessibleName('Confira antes de assinar');
    await expect(warningDialog(page)).toContainText('Não há situação registrada para “MARIA APARECIDA SOUZA”');
    expect((await pageLog(page)).filter((l) => l.startsWith('emitida'))).toEqual([]);
  });

  test('after route changes (history.pushState) the guard still judges', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect(page).toHaveURL(/nova-peca/);
    await page.getByRole('button', { name: 'Voltar' }).click();
    await expect(page).toHaveURL(/\/parte\/visualizar\/170000114$/);
    await chooseUnit(page, DOURADOS);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect(warningDialog(page)).toContainText(DOURADOS);
  });
});

test.describe('the page cannot switch the guard off', () => {
  test('a page dispatching WXT\'s "content-script-started" event does not stop the guard', async ({ context, setStoredStatus, bnmpUrl, serviceWorker, extensionId }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl(`pessoa.html?orgao=${encodeURIComponent(DOURADOS)}`));
    // What aborts a WXT content script context (issue 9): the page can send it too.
    await page.evaluate((id) => {
      for (const name of ['bnmp', 'sentinela']) {
        document.dispatchEvent(new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'page' } }));
        window.postMessage({ type: `${id}:${name}:wxt:content-script-started`, contentScriptName: name, messageId: 'page' }, '*');
      }
    }, extensionId);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect(warningDialog(page)).toContainText(DOURADOS);
    expect((await pageLog(page)).filter((l) => l.startsWith('emitida'))).toEqual([]);
  });
});

test.describe('never interrupted, but looked at', () => {
  test('CANCELAR of the confirmation, for a unit not held', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await chooseUnit(page, DOURADOS);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpCancel(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`órgão: ${DOURADOS}`, 'cancelado: confirmar-emissao']);
    await expect(warningDialog(page)).toHaveCount(0);
    expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'confirmacao-cancelar' });
  });

  for (const [tooltip, name, button] of [
    ['Editar Pessoa', 'editar-pessoa', /^salvar$/i],
    ['Desativar Pessoa', 'desativar-pessoa', /^ok$/i],
    ['Histórico', 'historico', /^ok$/i],
  ] as const) {
    test(`the "${tooltip}" dialog, with nothing recorded`, async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
      await setStoredStatus(undefined);
      const page = await context.newPage();
      await openApp(page, bnmpUrl('pessoa.html'));
      await openDialog(page, serviceWorker, tooltip, false);
      await page.locator('.cdk-overlay-container').getByRole('button', { name: button }).click();
      await expect.poll(() => pageLog(page)).toEqual([`ok: ${name}`]);
      await expect(warningDialog(page)).toHaveCount(0);
      expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'outro-dialogo' });
    });
  }

  test('another release\'s "Atenção — sair" alertdialog with its own Ok (late rendering)', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(undefined);
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa-tardia.html'));
    await openDialog(page, serviceWorker, 'Editar Pessoa', false);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ok' }).click();
    await expect.poll(() => pageLog(page)).toEqual(['ok: sair']);
    expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'outro-dialogo' });
  });
});

test.describe('plantão', () => {
  test('on a recorded plantão, from the ordinary vara: warned, naming "Plantão Judiciário 1º Grau"', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson({ plantoes: [onPlantaoNow()] })));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect(warningDialog(page)).toHaveAccessibleName('Confira antes de assinar');
    await expect(warningDialog(page)).toContainText('“Plantão Judiciário 1º Grau”');
    await expect(warningDialog(page)).toContainText(`Esta peça vai ser emitida por “${TRES_LAGOAS}”`);
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`emitida: peça para ${TRES_LAGOAS}`]);
  });

  test('from the plantão unit (per-região, another release\'s markup): passes', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson({ plantoes: [onPlantaoNow()] })));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa-tardia.html'));
    await chooseUnit(page, PLANTAO_REGIAO);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    expect((await web(serviceWorker))?.lastDialog).toMatchObject({ unit: PLANTAO_REGIAO });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ok' }).click();
    await expect.poll(() => pageLog(page)).toEqual([`órgão: ${PLANTAO_REGIAO}`, `emitida: peça para ${PLANTAO_REGIAO}`]);
    await expect(warningDialog(page)).toHaveCount(0);
    expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'confirmacao-ok', level: 'ok' });
  });
});

test.describe('the record learns from BNMP, with consent', () => {
  test('account recorded as requested: the piece still passes, and the page offers to mark it confirmed', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    const requested = completePerson({ cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' } });
    await setStoredStatus(statusOf(requested));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`emitida: peça para ${TRES_LAGOAS}`]);
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(offer(page)).toContainText('Sua conta no CNJ funciona');
    expect((await stored(serviceWorker, 'status')) as unknown).toMatchObject({ people: [{ cnjAccount: { status: 'solicitado' } }] }); // never silently
    await offer(page).getByRole('button', { name: 'Marcar como confirmada' }).click();
    await expect(offer(page)).toContainText('Situação atualizada');
    expect(await stored(serviceWorker, 'status')).toMatchObject({ people: [{ cnjAccount: { status: 'confirmado' } }] });
    expect(await stored(serviceWorker, 'statusQuarantine')).toMatchObject([{ reason: expect.stringContaining('atualização pelo BNMP'), raw: { people: [{ cnjAccount: { status: 'solicitado' } }] } }]);
  });

  test('opening the órgão selector offers "Atualizar minha situação?", shows the change first, and applies it', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await page.locator('[data-orgao-trigger]').click();
    await expect(offer(page)).toContainText('O BNMP mostra estas unidades para você:');
    await expect(offer(page)).toContainText(`“${DOURADOS}”`);
    await expect(offer(page).getByRole('listitem')).toHaveText([DOURADOS]);
    await page.screenshot({ path: screenshotPath('bnmp-oferta.png') });
    const { violations } = await new AxeBuilder({ page }).include('sentinela-bnmp-oferta').analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press('Escape'); // the list closes; the offer stays
    await offer(page).getByRole('button', { name: 'Atualizar minha situação' }).click();
    await expect(offer(page)).toContainText('Situação atualizada');
    const status = (await stored(serviceWorker, 'status')) as { people: { lotacoes: { name: string; status: string }[] }[] };
    expect(status.people[0]!.lotacoes).toContainEqual({ name: DOURADOS, status: 'ativa' });
    expect(status.people[0]!.lotacoes).toHaveLength(4);

    // The guard follows the stored status at once: Dourados now passes.
    await chooseUnit(page, DOURADOS);
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpOk(page).click();
    await expect.poll(async () => (await pageLog(page)).filter((l) => l.startsWith('emitida'))).toEqual([`emitida: peça para ${DOURADOS}`]);
  });
});

test.describe('a piece\'s own signing actions', () => {
  test('"Assinar Documento" (icon named by its tooltip) from a unit not held is warned; "Visualizar assinaturas" is not an action', async ({ context, setStoredStatus, bnmpUrl, serviceWorker }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('peca.html'));
    await page.getByRole('button', { name: 'Visualizar assinaturas' }).click();
    await page.getByLabel('Unidade').selectOption(DOURADOS);
    await page.locator('[mattooltip="Assinar Documento"]').click();
    await expect(warningDialog(page)).toContainText(DOURADOS);
    await proceedButton(page).click();
    await expect.poll(() => pageLog(page)).toEqual([`órgão: ${DOURADOS}`, `assinado: Assinar Documento por ${DOURADOS}`]);
    expect((await web(serviceWorker))?.lastLook).toMatchObject({ what: 'assinatura', level: 'block' });
  });
});

test.describe('popup and diagnostics on a BNMP tab', () => {
  test('the popup shows the unit, the person and the verdict, and marks the account confirmed in one click', async ({ context, extensionId, serviceWorker, setStoredStatus, bnmpUrl }) => {
    const requested = completePerson({ cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' } });
    await setStoredStatus(statusOf(requested));
    await serviceWorker.evaluate(() => chrome.storage.local.set({ uiLanguage: 'pt_BR' }));
    const page = await context.newPage();
    await openApp(page, bnmpUrl(`pessoa.html?orgao=${encodeURIComponent(DOURADOS)}`));
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.bringToFront();
    await serviceWorker.evaluate(() => chrome.action.openPopup());
    const text = () => reader.evaluate(() => chrome.extension.getViews({ type: 'popup' }).map((w) => w.document.body.innerText).join('\n'));
    await expect.poll(text, { timeout: 10_000 }).toContain('Nesta aba do BNMP 3.0 web');
    const shown = await text();
    expect(shown).toContain(DOURADOS);
    expect(shown).toContain('MARIA APARECIDA SOUZA');
    expect(shown).toContain('Emitir peça aqui: O CNJ deve recusar a assinatura');
    expect(shown).not.toContain('Cadastro de Usuário no BNMP');
    await reader.evaluate(() => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0]!;
      [...popup.document.querySelectorAll('button')].find((b) => b.textContent === 'Marcar conta como confirmada')!.click();
    });
    // A click from the popup's own page: the popup is the extension's UI, not the page's.
    await expect.poll(() => stored(serviceWorker, 'status')).toMatchObject({ people: [{ cnjAccount: { status: 'confirmado' } }] });
    await reader.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
  });

  test('the diagnostics page shows what was seen, and the copy for support leaves out the user and the units', async ({ context, extensionId, serviceWorker, setStoredStatus, bnmpUrl }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await context.newPage();
    await openApp(page, bnmpUrl('pessoa.html'));
    await page.locator('[data-orgao-trigger]').click();
    await expect(offer(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await openDialog(page, serviceWorker, 'Incluir Peça', true);
    await bnmpCancel(page).click();
    const tabId = await serviceWorker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const ping = (await chrome.tabs.sendMessage(tab.id!, { type: 'sentinela:ping' }, { frameId: 0 }).catch(() => undefined)) as { screen?: string } | undefined;
        if (ping?.screen === 'bnmp-web') return tab.id;
      }
      return undefined;
    });
    const diagnostics = await context.newPage();
    await diagnostics.goto(`chrome-extension://${extensionId}/diagnostico.html?tab=${tabId}`);
    const card = diagnostics.locator('#quadro-1');
    await expect(card).toContainText('BNMP 3.0 web', { timeout: 10_000 });
    await expect(card).toContainText('confirmação de emissão reconhecida (peça)');
    await expect(card).toContainText('CANCELAR da confirmação — não interrompido');
    await expect(card.getByRole('listitem').filter({ hasText: DOURADOS })).toBeVisible();
    const report = diagnostics.getByLabel('Texto para o suporte');
    await expect(report).toContainText('Opções do seletor de órgão: 4 unidade(s) lida(s)');
    const copy = (await report.textContent()) ?? '';
    for (const secret of ['MARIA', 'Aparecida', 'DOURADOS', 'TRÊS LAGOAS', 'Três Lagoas']) expect(copy, secret).not.toContain(secret);
    const { violations } = await new AxeBuilder({ page: diagnostics }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await diagnostics.setViewportSize({ width: 1000, height: 900 });
    await diagnostics.screenshot({ path: screenshotPath('bnmp-diagnostico.png'), fullPage: true });
  });
});
