import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests exercise the policy test seam (lib/policy/cache.ts); the shipped build has it off.
  define: { __SENTINELA_TEST_BUILD__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // DOM-reading tests opt in with `// @vitest-environment happy-dom` at the top of the file.
    restoreMocks: true,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
