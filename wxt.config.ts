import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { DEFAULT_SAJ_MATCHES } from './lib/tribunals/hosts';

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
    permissions: ['storage', 'alarms'],
    // The guard core is imported by the content script on demand (see entrypoints/sentinela.content).
    web_accessible_resources: [{ resources: ['guard-core.js'], matches: DEFAULT_SAJ_MATCHES, use_dynamic_url: true }],
    // Chrome/Edge enterprise policy (storage.managed); generated from lib/policy, see docs/deploy.md.
    // Firefox reads the same keys from policies.json and has no use for the schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
