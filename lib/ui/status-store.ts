/**
 * The popup's and the options page's view of what is stored: the status, the warning history and
 * the quarantined copies, in one Zustand store.
 *
 * - `hydrateStatusStore()` reads storage; entry points await it before their first render, so the
 *   pages never flash an empty state and never mistake "not loaded yet" for "nothing stored".
 * - The store never writes on its own. Every change goes through an action below, which writes
 *   through lib/storage/status (validated first; refused writes change nothing).
 * - `watchStatusStore()` follows storage change events, so an edit made in Options shows at once
 *   in an open popup (and open SAJ tabs follow: the background, which listens to the same key, tells them).
 * - A save or an import that would change a field IT locked is refused before anything is written
 *   (the form shows those fields read-only; this is the rule behind it).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  type ImportResult,
  type LoadedStatus,
  type QuarantineEntry,
  type SaveResult,
  type WarningHistoryEntry,
  historyItem,
  importStatus,
  interpretStoredStatus,
  loadHistory,
  loadQuarantine,
  loadStatus,
  quarantineItem,
  saveStatus,
  restoreDefaults as restoreStoredDefaults,
  clearHistory as clearStoredHistory,
  statusItem,
} from '../storage/status';
import { emptyStatusFile, type Person, type StatusFile } from '../status/schema';
import { removePerson as withoutPerson, upsertPerson } from '../status/people';
import { parseStatusJson } from '../status/parse';
import { lockedChanges, type EffectivePolicy } from '../policy/effective';
import { t } from './i18n';
import { importLockedChanges, lockedFieldNames } from './locked-fields';
import { currentPolicy } from './policy-store';

export interface StatusState {
  /** False until the first read from storage finished. */
  hydrated: boolean;
  loaded: LoadedStatus;
  history: WarningHistoryEntry[];
  quarantine: QuarantineEntry[];
}

export const statusStore = createStore<StatusState>()(() => ({
  hydrated: false,
  loaded: { state: 'empty' },
  history: [],
  quarantine: [],
}));

export function useStatusStore<T>(selector: (state: StatusState) => T): T {
  return useStore(statusStore, selector);
}

/** Reads everything the pages show. Safe to call again (e.g. after a restore). */
export async function hydrateStatusStore(): Promise<void> {
  const [loaded, history, quarantine] = await Promise.all([loadStatus(), loadHistory(), loadQuarantine()]);
  statusStore.setState({ hydrated: true, loaded, history, quarantine });
}

/** Follows storage changes made anywhere (another tab, the popup, the guard). Returns the unwatch function. */
export function watchStatusStore(): () => void {
  const unwatch = [
    statusItem.watch((raw) => statusStore.setState({ loaded: interpretStoredStatus(raw) })),
    historyItem.watch(() => void loadHistory().then((history) => statusStore.setState({ history }))),
    quarantineItem.watch(() => void loadQuarantine().then((quarantine) => statusStore.setState({ quarantine }))),
  ];
  return () => unwatch.forEach((stop) => stop());
}

/** The file being edited: the stored one, or a new empty one when nothing (readable) is stored. */
export function currentFile(state: Pick<StatusState, 'loaded'> = statusStore.getState()): StatusFile {
  return state.loaded.state === 'ok' ? state.loaded.file : emptyStatusFile();
}

// --- Actions: each writes through lib/storage/status and updates the store on success. --------------

async function save(next: StatusFile): Promise<SaveResult> {
  const result = await saveStatus({ ...next, updatedAt: new Date().toISOString() });
  if (result.ok) statusStore.setState({ loaded: { state: 'ok', file: result.file } });
  return result;
}

/**
 * Adds or replaces the person; nothing is stored when the result does not validate, nor when it
 * changes a field IT locked (the message names the fields).
 */
export function savePerson(person: Person, effective: EffectivePolicy = currentPolicy()): Promise<SaveResult> {
  const file = currentFile();
  const changed = lockedChanges(effective, file.people.find((p) => p.id === person.id), person);
  if (changed.length > 0) return Promise.resolve({ ok: false, errors: [{ path: '', message: t('lockedSaveRefused', lockedFieldNames(changed)) }] });
  return save(upsertPerson(file, person));
}

export function deletePerson(id: string): Promise<SaveResult> {
  return save(withoutPerson(currentFile(), id));
}

/** Marks the person as "eu", the one assumed when a SAJ page does not say who signs. */
export function setMe(id: string): Promise<SaveResult> {
  return save({ ...currentFile(), meId: id });
}

/** Imports an exported file; refused whole (nothing stored) when it would change a field IT locked. */
export async function importText(text: string, mode: 'replace' | 'merge', effective: EffectivePolicy = currentPolicy()): Promise<ImportResult> {
  if (effective.lockedFields.length > 0) {
    // A file that does not parse is refused by importStatus with its own messages.
    const parsed = parseStatusJson(text);
    if (parsed.ok) {
      const stored = interpretStoredStatus(await statusItem.getValue());
      const refused = importLockedChanges(effective, stored.state === 'ok' ? stored.file : emptyStatusFile(), parsed.value, mode);
      if (refused.length > 0) {
        return {
          ok: false,
          errors: refused.map((r) => ({ path: `people[${r.index}]`, message: t('lockedImportRefused', r.name, lockedFieldNames(r.fields)) })),
        };
      }
    }
  }
  const result = await importStatus(text, mode);
  if (result.ok) statusStore.setState({ loaded: { state: 'ok', file: result.file } });
  return result;
}

/**
 * Back to a fresh install: no people, no warning history; a copy of the status stays in the
 * quarantine (lib/storage/status.ts).
 */
export async function restoreDefaults(keptReason: string): Promise<void> {
  await restoreStoredDefaults(keptReason);
  await hydrateStatusStore();
}

export async function clearHistory(): Promise<void> {
  await clearStoredHistory();
  statusStore.setState({ history: [] });
}
