import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// Sentinela BNMP build configuration. Hosts and permissions are kept as narrow as works:
// the content script runs only on the configured tribunals' SAJ hosts (see lib/tribunals).
// Every permission and host is explained in docs/permissions.md.
export default defineConfig({
  // Parallel builds (several people or agents in one tree) each pass their own SENTINELA_OUT_DIR.
  outDir: process.env.SENTINELA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pt_BR',
    // scripting: registering the content script on SAJ hosts added at run time (lib/policy/hosts.ts).
    permissions: ['storage', 'alarms', 'scripting'],
    // A tribunal's internal SAJ servers can have any name (even an IP): each is asked for at run time,
    // one host at a time, with the browser's own prompt. Nothing is granted at install.
    optional_host_permissions: ['*://*/*'],
    // The guard core is imported by the content script on demand (see entrypoints/sentinela.content),
    // also on hosts added at run time; these matches cannot change at run time, hence every host.
    // Chrome's dynamic URL keeps pages from probing for the file (Firefox's URLs are per-install already).
    web_accessible_resources: [
      {
        resources: ['guard-core.js'],
        matches: ['*://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Chrome/Edge enterprise policy (storage.managed); generated from lib/policy, see docs/deploy.md.
    // Firefox reads the same keys from policies.json and has no use for the schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
