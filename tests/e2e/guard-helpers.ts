/** Page-side helpers for guard E2E tests: the warning dialog, the banner and the page's own log. */
import type { Locator, Page } from '@playwright/test';

/** The warning dialog lives in an open shadow root; Playwright's role queries pierce it. */
export const warningDialog = (page: Page): Locator => page.getByRole('alertdialog');
export const proceedButton = (page: Page): Locator => warningDialog(page).getByRole('button', { name: 'Assinar mesmo assim' });
export const cancelButton = (page: Page): Locator => warningDialog(page).getByRole('button', { name: 'Cancelar' });
export const banner = (page: Page): Locator => page.locator('sentinela-bnmp-banner').getByRole('status');

/** Lines the page's own signing handlers wrote ("assinado: <documento>"). */
export const pageLog = (page: Page): Promise<string[]> => page.locator('#log li').allTextContents();

/** A queue row by its document label. */
export const row = (page: Page, label: string): Locator => page.locator(`tr[data-doc="${label}"]`);
