/**
 * BNMP 3.0 web's guard core as a separately built script. The always-on content script
 * (entrypoints/bnmp.ts) imports it with import(runtime.getURL('/bnmp-core.js')) on first need; it
 * runs in the content script's isolated world and registers its factory there.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BNMP_CORE_FACTORY_KEY, type BnmpCoreFactory } from '../lib/bnmp-guard/contract';
import { createBnmpWebCore } from '../lib/bnmp-guard/core';

export default defineUnlistedScript(() => {
  const factory: BnmpCoreFactory = (host) => createBnmpWebCore(host);
  (globalThis as Record<string, unknown>)[BNMP_CORE_FACTORY_KEY] = factory;
});
