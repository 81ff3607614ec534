// @vitest-environment happy-dom
/**
 * "Once a person is there": the banner, the page watch and the BNMP-screen search wait for the
 * first sign of someone at the page, plus a pause, so their work never lands between a press and
 * its click.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESENCE_PAUSE_MS, onPresence } from '../../../lib/guard/presence';

const controllers: AbortController[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  vi.useRealTimers();
});

function watch() {
  const controller = new AbortController();
  controllers.push(controller);
  return { presence: onPresence(window, controller.signal), controller };
}

describe('onPresence', () => {
  it('runs nothing while nobody is at the page', () => {
    const { presence } = watch();
    const run = vi.fn();
    presence.then(run);
    vi.advanceTimersByTime(10_000);
    expect(presence.seen()).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'focusin', 'touchstart', 'wheel'])('a %s is a sign: what waited runs after the pause', (type) => {
    const { presence } = watch();
    const run = vi.fn();
    presence.then(run);
    window.dispatchEvent(new Event(type));
    expect(presence.seen()).toBe(true);
    vi.advanceTimersByTime(PRESENCE_PAUSE_MS - 1);
    expect(run).not.toHaveBeenCalled(); // a click right after the first sign runs first
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('asked once a person is there: runs on the next task, once', () => {
    const { presence } = watch();
    window.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(PRESENCE_PAUSE_MS);
    const run = vi.fn();
    presence.then(run);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    window.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(PRESENCE_PAUSE_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a guard that stood down (extension updated) runs nothing', () => {
    const { presence, controller } = watch();
    const run = vi.fn();
    presence.then(run);
    window.dispatchEvent(new Event('keydown'));
    controller.abort();
    vi.advanceTimersByTime(PRESENCE_PAUSE_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
