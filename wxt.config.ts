import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// Sentinela BNMP build configuration. Hosts and permissions are kept as narrow as works:
// the content script runs only on the configured tribunals' SAJ hosts (see lib/tribunals).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'pt_BR',
    permissions: ['storage'],
  },
});
