/**
 * The warning dialog (React + Tailwind) as its own script, so pages only pay for React when
 * Sentinela has something to say: the guard core imports it the first time a verdict is warn or
 * block (when the banner appears, or at the click). Runs in the content script's isolated world.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WARNING_UI_KEY, type ShowWarning } from '../lib/guard/core-contract';
import { mountWarning } from '../components/warning/mount';
import { warningContent } from '../components/warning/content';

const showWarning: ShowWarning = (doc, { verdict, profile, now }, opts) => mountWarning(doc, warningContent(verdict, profile, now), opts);

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[WARNING_UI_KEY] = showWarning;
});
