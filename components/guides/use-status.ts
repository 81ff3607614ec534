/**
 * Hooks the guide pages' entry points use to read and change the recorded status (through
 * lib/storage/status, which validates every write) and to keep "now" current. Containers only:
 * presentational components receive the results as props.
 */
import { useCallback, useEffect, useState } from 'react';
import { loadStatus, saveStatus, statusItem, type LoadedStatus } from '../../lib/storage/status';
import type { StatusFile } from '../../lib/status/schema';

export type StatusView = { state: 'loading' } | LoadedStatus;

export function useStoredStatus(): { status: StatusView; save: (file: StatusFile) => Promise<{ ok: true } | { ok: false; message: string }> } {
  const [status, setStatus] = useState<StatusView>({ state: 'loading' });
  useEffect(() => {
    let alive = true;
    const read = () =>
      loadStatus().then(
        (loaded) => alive && setStatus(loaded),
        () => alive && setStatus({ state: 'unreadable', errors: [] }),
      );
    void read();
    // Another page (options, popup) may save meanwhile: follow it.
    const unwatch = statusItem.watch(() => void read());
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const save = useCallback(async (file: StatusFile) => {
    const result = await saveStatus(file);
    if (result.ok) {
      setStatus({ state: 'ok', file: result.file });
      return { ok: true as const };
    }
    return { ok: false as const, message: result.errors.map((e) => e.message).join('; ') };
  }, []);
  return { status, save };
}

/** The current instant, refreshed every `everyMs` (contacts open and close while the page is open). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** A query parameter of the page's URL, read once. */
export function queryParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}
