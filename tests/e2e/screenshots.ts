/**
 * Where a test's screenshot goes: docs/screenshots/<name> when asked (SENTINELA_SCREENSHOTS=1, to
 * refresh the documentation), else the test's own output folder, so a test run leaves the tree clean.
 */
import { test } from '@playwright/test';

export const screenshotPath = (name: string): string =>
  process.env.SENTINELA_SCREENSHOTS ? `docs/screenshots/${name}` : test.info().outputPath(name);
