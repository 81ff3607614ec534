import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { FIREFOX_ID } from './lib/policy/keys';

// Sentinela BNMP build configuration. Hosts and permissions are kept as narrow as works:
// the content scripts run only on the configured tribunals' SAJ hosts and on BNMP 3.0 web
// (https://bnmp.pdpj.jus.br, entrypoints/bnmp.content; see lib/tribunals/hosts.ts).
// Every permission and host is explained in docs/permissions.md.

export default defineConfig({
  // Parallel builds (several people or agents in one tree) each pass their own SENTINELA_OUT_DIR.
  outDir: process.env.SENTINELA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
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
    // scripting: registering the content script on SAJ hosts added at run time (lib/policy/hosts.ts).
    permissions: ['storage', 'alarms', 'scripting'],
    // A tribunal's internal SAJ servers can have any name (even an IP): each is asked for at run time,
    // one host at a time, with the browser's own prompt. Nothing is granted at install.
    optional_host_permissions: ['*://*/*'],
    // The guard core is imported by the content script on demand (see entrypoints/sentinela.content;
    // BNMP web's: bnmp-core.js, entrypoints/bnmp.content), and the warning dialog by the core when it
    // has something to say (entrypoints/warning-ui.ts);
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
