/// <reference types="chrome" />
/**
 * Accessibility: axe-core finds no violations on the popup, the options page (list, form with
 * errors, history, confirmation dialog) and the warning dialog on a SAJ-like page, in pt-BR and
 * English. Keyboard use is checked where axe cannot see it: focus moves through the form and
 * every focused control shows an outline.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';

const withReasons = () =>
  statusOf(
    completePerson({
      cnjAccount: { ...completePerson().cnjAccount, lastPasswordChangeOn: '2026-06-01' },
      lotacoes: [...completePerson().lotacoes, { name: 'Vara Criminal - Aquidauana', status: 'solicitada', requestedOn: '2026-10-01' }],
    }),
  );

const history = [
  { at: '2026-11-20T15:04:00-04:00', documentKinds: ['mandado de prisão'], lotacao: '2ª Vara Criminal - Três Lagoas', reasonCodes: ['lotacao-not-active'], decision: 'cancelled' },
  { at: '2026-11-19T10:00:00-04:00', documentKinds: ['alvará de soltura'], reasonCodes: ['saj-registration-stale'], decision: 'signed-anyway' },
];

async function resetStorage(serviceWorker: Worker, values: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(v);
  }, values);
}

async function expectNoViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const uiLanguage of ['pt_BR', 'en'] as const) {
  test.describe(`axe (${uiLanguage})`, () => {
    test('popup, with reasons and with nothing recorded', async ({ context, extensionId, serviceWorker }) => {
      await resetStorage(serviceWorker, { uiLanguage, status: withReasons() });
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 700 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByRole('navigation')).toBeVisible();
      await expectNoViolations(popup);

      await resetStorage(serviceWorker, { uiLanguage });
      await popup.reload();
      await expect(popup.getByRole('navigation')).toBeVisible();
      await expectNoViolations(popup);
    });

    test('options: list, history, form with errors, confirmation dialog', async ({ context, extensionId, serviceWorker }) => {
      await resetStorage(serviceWorker, { uiLanguage, status: withReasons(), warningHistory: history });
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByRole('table')).toBeVisible();
      await expectNoViolations(options);

      // The form, with a lotação and a plantão row, after a save that failed.
      await options.locator('article').getByRole('button').first().click();
      await options.locator('form').getByRole('button').filter({ hasText: /lotação|lotação/i }).last().click();
      await options.locator('form').getByRole('button').filter({ hasText: /plantão/i }).last().click();
      await options.locator('form button[type=submit]').click();
      await expect(options.locator('[aria-invalid=true]').first()).toBeVisible();
      await expectNoViolations(options);

      await options.locator('form button[type=button]').last().click(); // discard
      await options.locator('#restaurar button').first().click();
      await expect(options.getByRole('dialog')).toBeVisible();
      await expectNoViolations(options);
    });
  });
}

test('the warning dialog on a SAJ page', async ({ context, serviceWorker, sajUrl }) => {
  await resetStorage(serviceWorker, { status: withReasons() });
  const page = await context.newPage();
  await page.goto(sajUrl('saj/fila-assinatura.html'));
  await page.locator('tr[data-doc="Mandado de Prisão Preventiva"]').getByRole('button', { name: 'Assinar' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoViolations(page, 'sentinela-bnmp-warning');
});

test('keyboard only: the form is reachable with Tab and every focused control shows its focus', async ({ context, extensionId, serviceWorker }) => {
  await resetStorage(serviceWorker, { uiLanguage: 'pt_BR' });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Minha situação no BNMP' })).toBeVisible();

  // Tab to "Registrar minha situação" and open the form with Enter.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await options.keyboard.press('Tab');
    reached = await options.evaluate(() => document.activeElement?.textContent?.includes('Registrar minha situação') ?? false);
  }
  expect(reached).toBe(true);
  await options.keyboard.press('Enter');
  await expect(options.getByRole('heading', { name: 'Nova pessoa' })).toBeVisible();

  // Every control met on the way has a visible focus outline (a date input draws it a moment later).
  const seen = new Set<string>();
  const focused = () =>
    options.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.textContent;
      return { name: `${el.tagName} ${label ?? ''}`.trim(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
  for (let i = 0; i < 30; i++) {
    await options.keyboard.press('Tab');
    const focus = await focused();
    if (!focus) continue;
    // Further Tabs inside one date input move through its parts (day, month, year, picker), which
    // Chromium marks itself; the outline is checked when the control is reached.
    if (seen.has(focus.name)) continue;
    seen.add(focus.name);
    await expect.poll(async () => (await focused())?.outline, { message: `${focus.name} shows focus`, timeout: 2000 }).toBe(true);
  }
  expect([...seen].some((n) => n.includes('Nome (como aparece no SAJ)'))).toBe(true);
  expect([...seen].some((n) => n.includes('Cargo'))).toBe(true);
});
