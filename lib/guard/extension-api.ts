/**
 * The few extension APIs the always-on content script uses, taken from the browser's own global
 * (`browser` in Firefox, `chrome` in Chromium) rather than through webextension-polyfill: every
 * page of a guarded host pays for this script, and the polyfill (with WXT's content-script wrapper,
 * which needs it) was a third of its size. The guard UI chunk uses this too; the extension's own pages use the polyfill as usual.
 * Both browsers return promises from these calls in Manifest V3.
 */
export interface ExtensionApi {
  runtime: {
    readonly id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
      removeListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
    };
  };
}

/** The extension API of this content script's world, captured once (it outlives nothing: see lifetime.ts). */
export const extensionApi: ExtensionApi | undefined = (() => {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime ? scope.browser : scope.chrome;
})();

/**
 * Answers messages with a promise's value, the way both browsers accept (`sendResponse` and
 * `return true`); messages the handler does not know (it returns undefined) get no answer from us.
 * Listens until `signal` aborts (this version of the guard stood down).
 */
export function answerMessages(api: ExtensionApi, signal: AbortSignal, handle: (message: unknown) => Promise<unknown> | undefined): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean | undefined => {
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      api.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is gone: so is the listener.
    }
  });
}
