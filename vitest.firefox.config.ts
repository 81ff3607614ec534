import { defineConfig } from 'vitest/config';

// The Firefox E2E suite (tests/firefox): Debian's firefox-esr with .output/firefox-mv3, driven by
// puppeteer-core over WebDriver BiDi. One Firefox at a time (each file launches its own).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 90_000,
    reporters: ['default', ['json', { outputFile: 'reports/firefox.json' }]],
  },
});
