/**
 * The guard's UI (banner, warning flow, description) as a separately built script. The always-on
 * content script imports it with import(runtime.getURL('/guard-core.js')) when there is something to
 * show; it runs in the content script's isolated world and registers its factory there.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CORE_FACTORY_KEY } from '../lib/guard/core-contract';
import { createGuardUi } from '../lib/guard/core';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CORE_FACTORY_KEY] = createGuardUi;
});
