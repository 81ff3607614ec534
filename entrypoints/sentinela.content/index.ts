import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEFAULT_SAJ_MATCHES } from '../../lib/tribunals/hosts';

export default defineContentScript({
  matches: DEFAULT_SAJ_MATCHES,
  allFrames: true,
  runAt: 'document_start',
  main() {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'sentinela:ping') {
        return Promise.resolve({ url: location.href, top: window === window.top });
      }
      return undefined;
    });
  },
});
