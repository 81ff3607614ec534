import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { BNMP_WEB_CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_FILE, FIREFOX_ID } from './lib/policy/keys';
import { DEFAULT_BNMP_WEB_MATCHES, DEFAULT_SAJ_MATCHES } from './lib/tribunals/hosts';

// Sentinela BNMP build configuration. Hosts and permissions are kept as narrow as works:
// the content scripts run only on the configured tribunals' SAJ hosts and on BNMP 3.0 web
// (https://bnmp.pdpj.jus.br, entrypoints/bnmp.ts; see lib/tribunals/hosts.ts).
// Every permission and host is explained in docs/permissions.md.

export default defineConfig({
  // Parallel builds (several people or agents in one tree) each pass their own SENTINELA_OUT_DIR.
  outDir: process.env.SENTINELA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
    // Test builds (SENTINELA_TEST_BUILD=1, used only by the E2E tests that play IT's policy) carry the
    // policy test seam; the shipped build does not contain its code (lib/policy/cache.ts, docs/security.md).
    define: { __SENTINELA_TEST_BUILD__: JSON.stringify(process.env.SENTINELA_TEST_BUILD === '1') },
    // Terser: about 6% smaller than esbuild's minifier after gzip, which keeps the always-on script —
    // the part every guarded page pays for — within its 12 KB. The benchmark's CPU profile reads
    // function names from an unminified copy (npm run bench).
    build: { minify: process.env.SENTINELA_NO_MINIFY === '1' ? false : 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } },
  }),
  zip: {
    // Store packages: sentinela-bnmp-<version>-chrome.zip, -firefox.zip, and for AMO's review the
    // sources (-sources.zip), from which `npm install && npm run build:firefox` rebuilds the same
    // files (docs/deploy.md). WXT would leave out hidden files and test files, but Tailwind
    // builds the CSS from every file git does not ignore (tests included), so the sources keep
    // those and .gitignore: the rebuilt CSS is then byte for byte the shipped one.
    includeSources: ['.gitignore', 'tests/**'],
    excludeSources: ['demo-screenshots/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'docs/screenshots/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pt_BR',
    // scripting: registering the content script on SAJ hosts added at run time (lib/policy/hosts.ts);
    // executeScript puts the guard back into tabs open across an update and lets the diagnostics page
    // read every frame (both only on the hosts below).
    permissions: ['storage', 'alarms', 'scripting'],
    // The always-on guards (entrypoints/sentinela.ts for SAJ, entrypoints/bnmp.ts for BNMP 3.0 web):
    // unlisted scripts declared here rather than WXT content scripts, whose wrapper would bring
    // webextension-polyfill and a page-abortable context to every guarded page.
    content_scripts: [
      { matches: [...DEFAULT_SAJ_MATCHES], js: [CONTENT_SCRIPT_FILE], all_frames: true, run_at: 'document_start' },
      { matches: [...DEFAULT_BNMP_WEB_MATCHES], js: [BNMP_WEB_CONTENT_SCRIPT_FILE], all_frames: true, run_at: 'document_start' },
    ],
    // The same hosts the content scripts already run on (no new install warning): lets the background
    // put the guard back into tabs left open across an update, and the diagnostics page read every frame.
    host_permissions: [...DEFAULT_SAJ_MATCHES, ...DEFAULT_BNMP_WEB_MATCHES],
    // A tribunal's internal SAJ servers can have any name (even an IP): each is asked for at run time,
    // one host at a time, with the browser's own prompt. Nothing is granted at install.
    optional_host_permissions: ['*://*/*'],
    // The guard core is imported by the always-on script on demand (entrypoints/sentinela.ts; BNMP
    // web's: bnmp-core.js, entrypoints/bnmp.ts), and the warning dialog by the core when it has
    // something to say (entrypoints/warning-ui.ts);
    // also on hosts added at run time. These matches cannot change at run time, hence every host.
    // Chrome's dynamic URL keeps pages from probing for the files (Firefox's URLs are per-install already).
    web_accessible_resources: [
      {
        resources: ['guard-core.js', 'warning-ui.js', 'bnmp-core.js'],
        matches: ['*://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Chrome/Edge enterprise policy (storage.managed); generated from lib/policy, see docs/deploy.md.
    // Firefox reads the same keys from policies.json (3rdparty.Extensions) and has no use for the schema.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // The id IT names in policies.json; it never changes between versions.
              id: FIREFOX_ID,
              // data_collection_permissions exists from Firefox 140 (ESR 140 included).
              strict_min_version: '140.0',
              // Nothing is collected nor transmitted (docs/privacy.md).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android has the key from 142. Android is not a target (SAJ is signed on
            // desktops); the floor keeps the manifest honest there too.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
