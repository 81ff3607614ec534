/**
 * The guard in Firefox: the content script on the real TJMS host names (the fixture server is
 * Firefox's proxy), the warning before a BNMP signature, Cancelar, "Assinar mesmo assim" exactly
 * once, a Despacho untouched, the banner, the dialog's shadow root and its styles, and storage
 * changes reaching an open page. The page's own handlers write "assinado: <documento>" to #log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GUARDED_HOST_2, OTHER_HOST, launchFirefox, sajUrl, type FirefoxRun } from './launch';
import {
  ALVARA,
  BANNER,
  Control,
  DESPACHO,
  MANDADO,
  QUEUE,
  QUEUE_LOTACAO,
  WAIT,
  waitForDeep,
  WARNING,
  bannerText,
  clickAssinar,
  dialogButton,
  openPage,
  pageLog,
  screenshotPath,
  warningCount,
  warningText,
} from './helpers';
import { completePerson, statusOf } from '../e2e/status-builders';

let run: FirefoxRun;
let control: Control;

beforeAll(async () => {
  run = await launchFirefox();
  control = await Control.open(run.browser);
});
afterAll(async () => run?.close());

/** Each test starts from its own storage and leaves only the control page open. */
beforeEach(async () => {
  for (const page of await run.browser.pages()) if (page !== control.page && page.url() !== 'about:blank') await page.close();
});

/** The fixture user, but without the queue page's lotação: the CNJ would refuse. */
const blocked = () => statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] }));

/** The queue on a TJMS host, once the guard has had its first look. */
async function queue(): Promise<Page> {
  return control.openGuarded(run.browser, sajUrl(QUEUE));
}

test('the content script runs on TJMS host names, top frame and frames, and not on another tribunal', async () => {
  await control.setLocal();
  const first = await openPage(run.browser, sajUrl('saj/index.html'));
  const second = await openPage(run.browser, sajUrl('saj/index.html', GUARDED_HOST_2));
  const other = await openPage(run.browser, sajUrl('saj/index.html', OTHER_HOST));
  await expect.poll(() => control.answeringUrls(), WAIT).toEqual(expect.arrayContaining([first.url(), second.url()]));
  expect(await control.answeringUrls()).not.toContain(other.url());

  // SAJ's frame layout: the queue in an iframe under the header page is guarded too (all_frames).
  await control.setLocal({ status: blocked() });
  const framed = await openPage(run.browser, sajUrl('saj/moldura.html'));
  const frame = await framed.waitForFrame((f) => f.url().endsWith('moldura-fila.html'), WAIT);
  const guia = 'tr[data-doc="Guia de Recolhimento Provisória"] button';
  await frame.waitForSelector(guia, WAIT);
  await waitForDeep(frame, BANNER); // the frame's own guard had its look (and its banner moved the rows)
  await frame.click(guia);
  await waitForDeep(frame, WARNING);
  const frameLog = () => frame.evaluate(() => [...document.querySelectorAll('#log li')].map((li) => li.textContent));
  expect(await frameLog()).toEqual([]);
  await frame.click(`${WARNING} ::-p-text(Assinar mesmo assim)`);
  await expect.poll(frameLog, WAIT).toEqual(['assinado: Guia de Recolhimento Provisória']);
});

describe('a complete, current status', () => {
  test('signs a mandado de prisão without interruption, after the guard judged it', async () => {
    await control.setLocal({ status: statusOf(completePerson()) });
    const page = await queue();
    await clickAssinar(page, MANDADO);
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
    expect(await warningCount(page)).toBe(0);
    // The guard did look: its own account of the page has the decision it took.
    const seen = await control.describe(page.url());
    expect(seen).toMatchObject({ core: true, statusState: 'ok', lastDecision: { level: 'ok', documents: 1 } });
    expect(await bannerText(page)).toBe('');
  });
});

describe('a lotação the user was not granted', () => {
  beforeEach(async () => control.setLocal({ status: blocked() }));

  test('stops the signature before the page acts and names the lotação', async () => {
    const page = await queue();
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    const text = await warningText(page);
    expect(text).toContain('O CNJ deve recusar esta assinatura');
    expect(text).toContain(QUEUE_LOTACAO);
    expect(text).toContain(MANDADO);
    expect(text).toMatch(/Solicitar acesso/);
    // The dialog's accessible name is its title.
    const name = await page.$eval(WARNING, (d) => d.ownerDocument && (d.getRootNode() as ShadowRoot).getElementById(d.getAttribute('aria-labelledby')!)?.textContent);
    expect(name).toBe('O CNJ deve recusar esta assinatura');
    expect(await pageLog(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('warning.png') });
  });

  test('Escape and Cancelar leave the document unsigned and give focus back; the next attempt warns again', async () => {
    const page = await queue();
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    await page.keyboard.press('Escape');
    await expect.poll(() => warningCount(page), WAIT).toBe(0);
    await clickAssinar(page, MANDADO);
    await (await dialogButton(page, 'Cancelar')).click();
    await expect.poll(() => warningCount(page), WAIT).toBe(0);
    expect(await page.$eval(`tr[data-doc="${MANDADO}"] button`, (b) => b === document.activeElement)).toBe(true);
    expect(await pageLog(page)).toEqual([]);
    // Had a cancelled attempt gone through, it would be in the log next to this one.
    await clickAssinar(page, MANDADO);
    await (await dialogButton(page, 'Assinar mesmo assim')).click();
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
  });

  test('"Assinar mesmo assim" runs the page\'s own action exactly once', async () => {
    const page = await queue();
    await clickAssinar(page, MANDADO);
    await (await dialogButton(page, 'Assinar mesmo assim')).click();
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
    expect(await warningCount(page)).toBe(0);
    // A later action of the person's comes after it in the log, and nothing repeats it.
    await clickAssinar(page, DESPACHO);
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`, `assinado: ${DESPACHO}`]);
  });

  test('a page script clicking "Assinar mesmo assim" in the open shadow root does nothing', async () => {
    const page = await queue();
    await clickAssinar(page, MANDADO);
    await dialogButton(page, 'Assinar mesmo assim');
    // Runs in the page's own world, as SAJ's scripts (or a hostile one) would.
    const reached = await page.evaluate(() => {
      const root = document.querySelector('sentinela-bnmp-warning')?.shadowRoot;
      const proceed = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('Assinar mesmo assim'));
      if (!proceed) return false;
      proceed.click();
      proceed.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return true;
    });
    expect(reached).toBe(true);
    // Event dispatch is synchronous: had either click counted, the dialog would be gone by now.
    expect(await warningCount(page)).toBe(1);
    expect(await pageLog(page)).toEqual([]);
    await (await dialogButton(page, 'Assinar mesmo assim')).click();
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
  });

  test('a batch gets one warning listing its BNMP documents, then signs every selected row once', async () => {
    const page = await queue();
    for (const label of [MANDADO, DESPACHO, ALVARA]) await page.click(`tr[data-doc="${label}"] input[type=checkbox]`);
    await page.click('#assinar-selecionados');
    await waitForDeep(page, WARNING);
    expect(await warningCount(page)).toBe(1);
    const text = await warningText(page);
    expect(text).toContain(MANDADO);
    expect(text).toContain(ALVARA);
    expect(text).not.toContain(DESPACHO);
    await (await dialogButton(page, 'Assinar mesmo assim')).click();
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`, `assinado: ${DESPACHO}`, `assinado: ${ALVARA}`]);
  });

  test('a Despacho is signed untouched while the guard is watching the same page', async () => {
    const page = await queue();
    // The guard is on here: its banner says the CNJ would refuse, and it knows the Despacho is not a BNMP document.
    await waitForDeep(page, BANNER);
    const seen = await control.describe(page.url());
    expect(seen?.core).toBe(true);
    expect(seen?.verdict?.level).toBe('block');
    const despacho = seen?.signingActions?.flatMap((a) => a.documents).find((d) => d.label === DESPACHO);
    expect(despacho).toMatchObject({ bnmp: false });

    await clickAssinar(page, DESPACHO);
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${DESPACHO}`]);
    expect(await warningCount(page)).toBe(0);
    // And a BNMP document on the same page is stopped.
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    expect(await pageLog(page)).toEqual([`assinado: ${DESPACHO}`]);
  });

  test('keyboard: Enter on a focused "Assinar" is stopped the same way', async () => {
    const page = await queue();
    await page.focus(`tr[data-doc="${MANDADO}"] button`);
    await page.keyboard.press('Enter');
    await waitForDeep(page, WARNING);
    expect(await pageLog(page)).toEqual([]);
  });

  test('a banner says so before any click, and can be dismissed', async () => {
    const page = await queue();
    await waitForDeep(page, BANNER);
    const text = await bannerText(page);
    expect(text).toContain('Bloqueio');
    expect(text).toContain(QUEUE_LOTACAO);
    await page.screenshot({ path: screenshotPath('banner.png') });
    await page.click('sentinela-bnmp-banner >>> button[aria-label="Dispensar o aviso do Sentinela BNMP"]');
    await expect.poll(() => bannerText(page), WAIT).toBe('');
  });
});

test('a button inside the page\'s own web component (its open shadow root, seen through Firefox\'s content-script wrappers) is stopped; an ofício there is not', async () => {
  await control.setLocal({ status: statusOf(completePerson({ lotacoes: [] })) });
  const page = await control.openGuarded(run.browser, sajUrl('saj/componente-sombra.html'));
  await page.click('#sds-internacao');
  await waitForDeep(page, WARNING);
  expect(await warningText(page)).toContain('Mandado de Internação');
  expect(await pageLog(page)).toEqual([]);
  await (await dialogButton(page, 'Cancelar')).click();
  await expect.poll(() => warningCount(page), WAIT).toBe(0);
  await page.click('#sds-oficio');
  await expect.poll(() => pageLog(page), WAIT).toEqual(['assinado: Ofício ao Presídio']);
  expect(await warningCount(page)).toBe(0);
});

describe('the warning dialog: shadow root and styles', () => {
  test('lives in an open shadow root pinned over the page, styled by its own sheet, untouched by the page\'s CSS', async () => {
    await control.setLocal({ status: blocked() });
    const page = await queue();
    // A page that shrinks its root font and restyles every button and dialog, as some SAJ skins do.
    await page.addStyleTag({
      content:
        'html { font-size: 8px !important; } button { background: rgb(255, 0, 0) !important; border-radius: 0 !important; font-size: 30px !important; } [role=alertdialog] { display: none !important; }',
    });
    await clickAssinar(page, MANDADO);
    const proceed = await dialogButton(page, 'Assinar mesmo assim');
    const style = await page.evaluate(() => {
      const host = document.querySelector('sentinela-bnmp-warning') as HTMLElement;
      const root = host.shadowRoot!;
      const dialog = root.querySelector('[role=alertdialog]') as HTMLElement;
      const buttons = [...root.querySelectorAll('button')];
      const cancel = buttons.find((b) => b.textContent?.trim() === 'Cancelar')!;
      const proceed = buttons.find((b) => b.textContent?.includes('Assinar mesmo assim'))!;
      const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      const css = (el: Element) => getComputedStyle(el);
      const box = dialog.getBoundingClientRect();
      return {
        parent: host.parentElement?.localName,
        mode: root.mode,
        host: { position: css(host).position, zIndex: css(host).zIndex },
        dialog: { display: css(dialog).display, width: box.width, height: box.height, radius: parseFloat(css(dialog).borderTopLeftRadius) },
        cancel: { background: css(cancel).backgroundColor, color: css(cancel).color, radius: parseFloat(css(cancel).borderTopLeftRadius), fontSize: css(cancel).fontSize },
        proceed: { background: css(proceed).backgroundColor, decoration: css(proceed).textDecorationLine, fontSize: css(proceed).fontSize },
        titleFontSize: parseFloat(css(title).fontSize),
        // Where the person would click "Assinar mesmo assim": the dialog's button, not the page under it.
        topAtProceed: (() => {
          const r = proceed.getBoundingClientRect();
          const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return hit === proceed || proceed.contains(hit);
        })(),
      };
    });
    expect(style.parent).toBe('html');
    expect(style.mode).toBe('open');
    expect(style.host).toEqual({ position: 'fixed', zIndex: '2147483647' });
    expect(style.dialog.display).not.toBe('none');
    expect(style.dialog.width).toBeGreaterThan(300);
    expect(style.dialog.height).toBeGreaterThan(150);
    expect(style.dialog.radius).toBeGreaterThan(0);
    // Tailwind's classes inside the shadow root: a dark primary "Cancelar"; on a block, "Assinar mesmo assim" is an underlined text button.
    expect(style.cancel.background).not.toBe('rgb(255, 0, 0)');
    expect(style.cancel.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(style.cancel.color).toBe('rgb(255, 255, 255)');
    expect(style.cancel.radius).toBeGreaterThan(0);
    expect(style.cancel.fontSize).not.toBe('30px');
    expect(style.proceed.background).not.toBe('rgb(255, 0, 0)');
    expect(style.proceed.decoration).toContain('underline');
    expect(style.proceed.fontSize).not.toBe('30px');
    // rem is px inside the dialog: the page's 8px root font does not shrink the title.
    expect(style.titleFontSize).toBeGreaterThanOrEqual(16);
    expect(style.topAtProceed).toBe(true);
    await page.screenshot({ path: screenshotPath('warning-hostile-css.png') });
    await proceed.click();
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
  });

  test('a page with a strict Content-Security-Policy: the core still loads, and the dialog and banner keep their styles', async () => {
    await control.setLocal({ status: blocked() });
    // No moz-extension: source and no inline styles allowed to the page.
    const csp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'";
    const page = await control.openGuarded(run.browser, `${sajUrl(QUEUE)}?csp=${encodeURIComponent(csp)}`);
    // The policy is in force: an inline style the page itself adds is refused.
    const pageInlineStyleApplies = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '#log { display: none; }';
      document.head.append(style);
      return getComputedStyle(document.getElementById('log')!).display === 'none';
    });
    expect(pageInlineStyleApplies).toBe(false);
    await waitForDeep(page, BANNER);
    await clickAssinar(page, MANDADO);
    await dialogButton(page, 'Cancelar');
    const styled = await page.evaluate(() => {
      const warning = document.querySelector('sentinela-bnmp-warning')!.shadowRoot!;
      const cancel = [...warning.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancelar')!;
      const bar = document.querySelector('sentinela-bnmp-banner')!.shadowRoot!.querySelector('[role=status]')!;
      return { cancelColor: getComputedStyle(cancel).color, cancelRadius: parseFloat(getComputedStyle(cancel).borderTopLeftRadius), barDisplay: getComputedStyle(bar).display };
    });
    expect(styled).toEqual({ cancelColor: 'rgb(255, 255, 255)', cancelRadius: expect.any(Number), barDisplay: 'flex' });
    expect(styled.cancelRadius).toBeGreaterThan(0);
    expect(await pageLog(page)).toEqual([]);
  });
});

describe('storage and its change events', () => {
  test('a status fixed, then broken, in storage reaches an open page at once: banner and guard follow', async () => {
    await control.setLocal({ status: blocked() });
    const page = await queue();
    await waitForDeep(page, BANNER);
    await control.setItem('status', statusOf(completePerson()));
    await expect.poll(() => bannerText(page), WAIT).toBe('');
    await clickAssinar(page, MANDADO);
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
    expect(await warningCount(page)).toBe(0);

    await control.setItem('status', blocked());
    await expect.poll(() => bannerText(page), WAIT).toContain(QUEUE_LOTACAO);
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    expect(await pageLog(page)).toEqual([`assinado: ${MANDADO}`]);
  });

  test('nothing stored: warns that the status is unknown; corrupted storage: the same, and the person can still sign', async () => {
    await control.setLocal();
    const page = await queue();
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    expect(await warningText(page)).toContain('Confira antes de assinar');
    await (await dialogButton(page, 'Cancelar')).click();
    await expect.poll(() => warningCount(page), WAIT).toBe(0);

    await control.setItem('status', { format: 'sentinela-bnmp-status', version: 2, people: 'not a list' });
    await expect.poll(async () => (await control.describe(page.url()))?.statusState, WAIT).toBe('unreadable');
    await clickAssinar(page, MANDADO);
    await waitForDeep(page, WARNING);
    expect(await warningText(page)).toContain('Confira antes de assinar');
    await (await dialogButton(page, 'Assinar mesmo assim')).click();
    await expect.poll(() => pageLog(page), WAIT).toEqual([`assinado: ${MANDADO}`]);
  });
});
