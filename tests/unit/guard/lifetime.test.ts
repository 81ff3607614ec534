import { describe, expect, it } from 'vitest';
import { claimFrame, extensionAlive } from '../../../lib/guard/lifetime';

describe('one guard per frame', () => {
  it('the newest instance wins: it stops the one it replaces (a re-injection is our own code)', () => {
    const scope: Record<string, unknown> = {};
    const first = claimFrame(scope, () => true);
    const second = claimFrame(scope, () => true);
    expect(first.signal.aborted).toBe(true);
    expect(first.alive()).toBe(false);
    expect(second.alive()).toBe(true);
  });

  it('an instance whose extension is gone (updated, reloaded, removed) stands down when next asked', () => {
    const scope: Record<string, unknown> = {};
    let extension = true;
    const guard = claimFrame(scope, () => extension);
    expect(guard.alive()).toBe(true);
    extension = false;
    expect(guard.alive()).toBe(false);
    expect(guard.signal.aborted).toBe(true);
    expect(Object.keys(scope)).toEqual([]);
  });

  it('only the runtime tells: no page event, message or attribute is consulted', () => {
    // The lifetime has no listener at all: nothing a page dispatches can reach it.
    const scope: Record<string, unknown> = {};
    const guard = claimFrame(scope, () => true);
    globalThis.dispatchEvent?.(new CustomEvent('x:sentinela:wxt:content-script-started', { detail: { messageId: 'other' } }));
    expect(guard.alive()).toBe(true);
  });

  it('extensionAlive reads the runtime id', () => {
    expect(extensionAlive({ id: 'abc' })).toBe(true);
    expect(extensionAlive({})).toBe(false);
    expect(extensionAlive({ id: '' })).toBe(false);
    const throwing = {
      get id(): string {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(extensionAlive(throwing)).toBe(false);
  });
});
