/**
 * "Once a person is there": watching the page for changes, the search for BNMP signing screens, the
 * banner and the React dialog behind it wait for the first sign of someone at the page — a pointer
 * move, a key, a focus, a touch, a wheel — plus a short pause, so the work never lands between a
 * press and its click. A page opened in the background, or left open, pays almost nothing; a person
 * sees the banner within a moment of reaching for the mouse, long before a click. Clicks, keys and
 * submissions are judged from the start, whatever this says. The trade is measured in
 * docs/performance.md.
 */
const SIGNS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'touchstart', 'wheel'] as const;
/** After the first sign: a click that follows it at once runs first. */
export const PRESENCE_PAUSE_MS = 200;

export interface Presence {
  /** A person showed a sign of being at the page (the pause may still be running). */
  seen(): boolean;
  /** Runs `run` once a person is there, after the pause; at once (next task) if they already were. */
  then(run: () => void): void;
}

export function onPresence(win: Window, signal: AbortSignal): Presence {
  let present = false;
  const waiting: (() => void)[] = [];
  const stop = new AbortController();
  const arrived = () => {
    stop.abort();
    present = true;
    setTimeout(() => {
      for (const run of waiting.splice(0)) if (!signal.aborted) run();
    }, PRESENCE_PAUSE_MS);
  };
  const options = { capture: true, passive: true, signal: AbortSignal.any([stop.signal, signal]) };
  for (const type of SIGNS) win.addEventListener(type, arrived, options);
  return {
    seen: () => present,
    then(run) {
      if (!present) waiting.push(run);
      else if (!signal.aborted) setTimeout(run, 0);
    },
  };
}
