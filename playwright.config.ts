import { defineConfig } from '@playwright/test';
import { TEST_EXTENSION_DIR } from './tests/e2e/launch';

/** Specs that play IT's policy through the test seam: they load the test build (npm run build:test). */
const POLICY_SPECS = ['**/policy.spec.ts', '**/options-policy.spec.ts', '**/hosts.spec.ts', '**/guides.spec.ts', '**/bnmp-web-policy.spec.ts'];

// Drives the shipped build (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/fixtures.ts.
export default defineConfig<object, { extensionDir: string }>({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    { name: 'chromium', testIgnore: POLICY_SPECS },
    { name: 'chromium-test-build', testMatch: POLICY_SPECS, use: { extensionDir: TEST_EXTENSION_DIR } },
  ],
});
