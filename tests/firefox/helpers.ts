/**
 * What the Firefox tests do with pages: the extension's own storage and messages (from one of its
 * pages, as the options page would), the SAJ fixture pages (the page's own log, the banner, the
 * warning dialog in its open shadow root), and waiting for what a person would see.
 *
 * puppeteer's `>>>` selector pierces open shadow roots; clicks are real input (WebDriver BiDi
 * input.performActions), so they are trusted events with user activation, as a person's.
 */
/// <reference types="chrome" />
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, vi } from 'vitest';
import { openExtensionPage } from './launch';
import type { FrameDescription } from '../../lib/guard/core-contract';

/** Firefox's own namespace in extension pages; same shape as chrome.* (promise-based in MV3). */
declare const browser: typeof chrome;

/** Generous on a busy 2-core machine; every wait ends as soon as the sign appears. */
export const WAIT = { timeout: 15_000, interval: 100 };

export const QUEUE = 'saj/fila-assinatura.html';
export const MANDADO = 'Mandado de Prisão Preventiva';
export const ALVARA = 'ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA';
export const DESPACHO = 'Despacho - Mero expediente';
export const QUEUE_LOTACAO = '1ª Vara do Tribunal do Júri - Campo Grande';

export const WARNING = 'sentinela-bnmp-warning >>> [role=alertdialog]';
export const BANNER = 'sentinela-bnmp-banner >>> [role=status]';

/**
 * Waits for a selector that reaches into a shadow root (`>>>`). Puppeteer's waitForSelector re-checks
 * on the document's mutations, and a change made only inside a shadow root (React rendering the
 * dialog after its host was added) is not one of them: it may never look again. This asks again
 * every 100 ms instead.
 */
export async function waitForDeep(target: Page | Frame, selector: string): Promise<ElementHandle<Element>> {
  let handle: ElementHandle<Element> | null = null;
  await vi.waitFor(async () => {
    handle = await target.$(selector);
    if (!handle) throw new Error(`nothing matches ${selector} yet`);
  }, WAIT);
  return handle!;
}

/** Screenshots land in reports/firefox/ (ignored by git, kept by CI with the other reports). */
export function screenshotPath(name: string): string {
  const dir = resolve(import.meta.dirname, '../../reports/firefox');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** An extension page kept open to reach the extension's APIs (storage, tabs, scripting, action). */
export class Control {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser): Promise<Control> {
    const page = await openExtensionPage(browser, 'changelog.html');
    await vi.waitFor(async () => {
      if ((await page.evaluate(() => typeof (globalThis as { browser?: unknown }).browser)) !== 'object') throw new Error('no extension API yet');
    }, WAIT);
    return new Control(page);
  }

  /** Replaces everything stored with `values` (the interface in pt-BR unless told otherwise). */
  async setLocal(values: Record<string, unknown> = {}): Promise<void> {
    await this.page.evaluate(async (v) => {
      await browser.storage.local.clear();
      await browser.storage.local.set({ uiLanguage: 'pt_BR', ...v });
    }, values);
  }

  async setItem(key: string, value: unknown): Promise<void> {
    await this.page.evaluate(async (k, v) => browser.storage.local.set({ [k]: v }), key, value);
  }

  async getItem(key: string): Promise<unknown> {
    return this.page.evaluate(async (k) => (await browser.storage.local.get(k))[k], key);
  }

  /** storage.managed as the extension reads it: the object, or the error's message. */
  async managed(): Promise<{ value?: unknown; error?: string }> {
    return this.page.evaluate(async () => {
      try {
        return { value: await browser.storage.managed.get() };
      } catch (error) {
        return { error: String((error as Error)?.message ?? error) };
      }
    });
  }

  /**
   * The content script's own answer (`sentinela:describe`) from the top frame of the tab showing
   * `url`, or undefined when no content script answers there.
   */
  async describe(url: string): Promise<FrameDescription | undefined> {
    return this.page.evaluate(async (wanted) => {
      const tabs = await browser.tabs.query({});
      for (const tab of tabs) {
        const answer = (await browser.tabs.sendMessage(tab.id!, { type: 'sentinela:describe' }, { frameId: 0 }).catch(() => undefined)) as
          | { url?: string }
          | undefined;
        if (answer?.url === wanted) return answer as FrameDescription;
      }
      return undefined;
    }, url);
  }

  /**
   * Opens a page of a guarded host and waits for the guard's first look at it (its describe answer
   * comes once the stored status and policy are read and the banner, if any, is on the page). A
   * banner appearing pushes the page down: a click aimed before it would land elsewhere.
   */
  async openGuarded(browser: Browser, url: string): Promise<Page> {
    const page = await openPage(browser, url);
    await expect.poll(() => this.describe(page.url()), WAIT).toMatchObject({ url: page.url() });
    return page;
  }

  /** URLs of the tabs whose top frame runs the content script (`sentinela:ping`). */
  async answeringUrls(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const tabs = await browser.tabs.query({});
      const answers = await Promise.all(
        tabs.map((tab) => browser.tabs.sendMessage(tab.id!, { type: 'sentinela:ping' }, { frameId: 0 }).catch(() => undefined)),
      );
      return answers.filter(Boolean).map((a) => (a as { url: string }).url);
    });
  }

  /** Match patterns of the content script registered for hosts added at run time. */
  async registeredMatches(id: string): Promise<string[]> {
    return this.page.evaluate(async (i) => (await browser.scripting.getRegisteredContentScripts({ ids: [i] }))[0]?.matches ?? [], id);
  }

  async hasOrigin(pattern: string): Promise<boolean> {
    return this.page.evaluate(async (p) => browser.permissions.contains({ origins: [p] }), pattern);
  }

  /**
   * The toolbar popup, opened for real on the tab in front (`front`), read through
   * extension.getViews. WebDriver BiDi runs this with user activation, as a click on the button would.
   */
  async openPopup(front: Page): Promise<{ text: () => Promise<string>; close: () => Promise<void> }> {
    await front.bringToFront();
    await this.page.evaluate(async () => browser.action.openPopup());
    const text = () =>
      this.page.evaluate(() =>
        browser.extension
          .getViews({ type: 'popup' })
          .map((w) => w.document.body.innerText)
          .join('\n'),
      );
    await expect.poll(text, WAIT).toContain('Sentinela BNMP');
    const close = () => this.page.evaluate(() => browser.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
    return { text, close };
  }
}

/** Lines the page's own signing handlers wrote ("assinado: <documento>"). */
export const pageLog = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('#log li')].map((li) => li.textContent ?? ''));

/**
 * A person's click on the row's "Assinar": real mouse input at the button's centre, aimed only once
 * the button is the element there (as Playwright's actionability check does; puppeteer aims once and
 * a banner appearing in between would move the rows).
 */
export async function clickAssinar(page: Page, label: string): Promise<void> {
  const button = await page.waitForSelector(`tr[data-doc="${label}"] button`, WAIT);
  if (!button) throw new Error(`no "Assinar" on the row ${label}`);
  await button.scrollIntoView();
  let point: { x: number; y: number } | null = null;
  await vi.waitFor(async () => {
    point = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
    });
    if (!point) throw new Error(`"Assinar" on the row ${label} is covered or moving`);
  }, WAIT);
  await page.mouse.click(point!.x, point!.y);
}

/** The warning dialog's text (textContent: as written, not as CSS capitalises it), '' while none is shown. */
export const warningText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const dialog = document.querySelector('sentinela-bnmp-warning')?.shadowRoot?.querySelector('[role=alertdialog]');
    return dialog?.textContent ?? '';
  });

export const warningCount = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('sentinela-bnmp-warning').length);

/** The banner's text, '' while none is shown. */
export const bannerText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const bar = document.querySelector('sentinela-bnmp-banner')?.shadowRoot?.querySelector('[role=status]');
    return bar?.textContent ?? '';
  });

/** A button of the warning dialog by its visible text. */
export async function dialogButton(page: Page, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await waitForDeep(page, `${WARNING} ::-p-text(${text})`);
  if (!handle) throw new Error(`no "${text}" in the warning dialog`);
  return handle as ElementHandle<HTMLButtonElement>;
}

/**
 * Opens `url` in a new tab, waiting for the page's load event, and moves the mouse over it as a
 * person would: the banner waits for someone at the page (lib/guard/presence.ts). The last move
 * ends in the middle of the viewport, inside a framed page's iframe.
 */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await arrive(page);
  return page;
}

/** A person reaching for the mouse: moves at the top of the page, then to the viewport's middle. */
export async function arrive(page: Page): Promise<void> {
  const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  await page.mouse.move(12, 12);
  await page.mouse.move(40, 30);
  await page.mouse.move(Math.round(width / 2), Math.round(height / 2), { steps: 2 });
}

/**
 * The form control labelled `label` (a <label for>), optionally inside the section, fieldset or
 * region titled `scope` (its heading, legend or aria-label).
 */
export async function field(page: Page, label: string, scope?: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (wanted: string, within: string | null) => {
      let root: ParentNode = document;
      if (within) {
        const titled = [...document.querySelectorAll('section, fieldset, [role=region], [role=group]')].find((el) => {
          const byId = el.getAttribute('aria-labelledby');
          const title = byId ? document.getElementById(byId)?.textContent : (el.querySelector(':scope > legend')?.textContent ?? el.getAttribute('aria-label'));
          return title?.trim() === within;
        });
        if (!titled) return null;
        root = titled;
      }
      const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === wanted);
      return found?.control ?? null;
    },
    WAIT,
    label,
    scope ?? null,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** Types into an empty text field, as a person would. */
export async function typeInto(page: Page, label: string, text: string, scope?: string): Promise<void> {
  const input = await field(page, label, scope);
  await input.click({ count: 3 });
  await input.type(text);
}

/**
 * A date field's value. Firefox's date input takes keystrokes in the browser's own date order
 * (en-US here, dd/mm elsewhere), so the test sets the ISO value and fires `input`, as the picker does.
 */
export async function setDate(page: Page, label: string, iso: string, scope?: string): Promise<void> {
  const input = await field(page, label, scope);
  await input.evaluate((el, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, iso);
}

/** Picks an option of a <select> by its visible text. */
export async function choose(page: Page, label: string, optionText: string, scope?: string): Promise<void> {
  const select = (await field(page, label, scope)) as unknown as ElementHandle<HTMLSelectElement>;
  const value = await select.evaluate((el, text) => [...el.options].find((o) => o.textContent?.trim() === text)?.value, optionText);
  if (value === undefined) throw new Error(`no option "${optionText}" in ${label}`);
  await select.select(value);
}

/** A button by its visible text or its aria-label. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (wanted: string) =>
      [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === wanted || b.textContent?.trim() === wanted) ?? null,
    WAIT,
    name,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

export async function clickButton(page: Page, name: string): Promise<void> {
  await (await button(page, name)).click();
}

/** Text of the page's live regions (role=status and role=alert). */
export const announcements = (page: Page): Promise<string> =>
  page.evaluate(() => [...document.querySelectorAll('[role=status], [role=alert]')].map((el) => el.textContent ?? '').join('\n'));

/** Visible text of an extension page (body.innerText), '' before it rendered. */
export const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body?.innerText ?? '');
