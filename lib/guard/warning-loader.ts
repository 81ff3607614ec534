/**
 * The warning dialog, loaded on first need: React and the dialog are a separate script
 * (entrypoints/warning-ui.ts) that the core imports when a verdict is warn or block — the banner's
 * appearance starts the load early, so the dialog is ready when the click comes.
 */
import { extensionApi } from './extension-api';
import { WARNING_UI_KEY, WARNING_UI_PATH, type ShowWarning } from './core-contract';

export function createWarningLoader(): { load(): Promise<ShowWarning> } {
  let loading: Promise<ShowWarning> | undefined;
  return {
    load: () =>
      (loading ??= import(/* @vite-ignore */ extensionApi!.runtime.getURL(WARNING_UI_PATH)).then(() => {
        const show = (globalThis as Record<string, unknown>)[WARNING_UI_KEY] as ShowWarning | undefined;
        if (!show) throw new Error('warning UI did not register');
        return show;
      })),
  };
}
