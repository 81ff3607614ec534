/**
 * The stored status, kept in memory by the guard core: read once when the core loads, then
 * replaced on every storage change event, so a click never waits for storage. An unreadable store
 * behaves as "status unknown" (the engine says so) and the failure is reported once.
 */
import { interpretStoredStatus, statusItem, type LoadedStatus } from '../storage/status';

export interface StatusMirror {
  current(): LoadedStatus;
  /** Resolves once the first read finished (never rejects). */
  readonly loaded: Promise<void>;
}

export function mirrorStatus(signal: AbortSignal, onChange: () => void, onError: (error: unknown) => void): StatusMirror {
  let status: LoadedStatus = { state: 'empty' };
  let read = false;
  const loaded = statusItem.getValue().then(
    (value) => {
      status = interpretStoredStatus(value);
    },
    (error: unknown) => {
      status = { state: 'unreadable', errors: [] };
      onError(error);
    },
  ).finally(() => {
    read = true;
  });
  const unwatch = statusItem.watch((value) => {
    status = interpretStoredStatus(value);
    if (read) onChange();
  });
  signal.addEventListener('abort', () => {
    try {
      unwatch();
    } catch {
      // The extension is gone.
    }
  });
  return { current: () => status, loaded };
}
