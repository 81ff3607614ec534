/**
 * Writes of the status, its quarantine and the warning history (the items are in ./items.ts).
 *
 * - The status file is stored unvalidated and read through `parseStatusFile`, so a value written
 *   by an older (or broken) version is never trusted blindly.
 * - The quarantine keeps copies of values we could not read, of old versions before we convert
 *   them, and of what a restore or a replacing write removes: nothing recorded is silently lost.
 * - The history logs warnings shown (no names, no CPF, no document content).
 *
 * Writes validate first and change nothing when invalid.
 */
import { CURRENT_VERSION, emptyStatusFile, type StatusFile } from '../status/schema';
import { type FieldError, parseStatusFile, parseStatusJson, validateStatusFile } from '../status/parse';
import { type LoadedStatus, interpretStoredStatus } from '../status/storage-interpret';
import { mergeStatusFiles } from '../status/people';
import { applyBnmpUpdate, isEmptyUpdate, planBnmpUpdate, type BnmpStatusUpdate } from '../status/bnmp-update';
import type { LockedField } from '../policy/schema';
import {
  HISTORY_MAX,
  QUARANTINE_MAX,
  WarningHistoryEntry,
  historyItem,
  quarantineItem,
  statusItem,
  type QuarantineEntry,
} from './items';

export { interpretStoredStatus, type LoadedStatus, type FieldError };
export { HISTORY_MAX, QUARANTINE_MAX, WARNING_DECISIONS, WarningHistoryEntry, historyItem, quarantineItem, statusItem, type QuarantineEntry } from './items';

/**
 * The stored status. An unreadable value is copied to the quarantine and reported as
 * 'unreadable' (the product then behaves as "status unknown"); the value itself stays where it
 * is. A value of an older version is converted and saved back, only once it validates.
 */
export async function loadStatus(): Promise<LoadedStatus> {
  const raw = await statusItem.getValue();
  if (raw === null || raw === undefined) return { state: 'empty' };
  const parsed = parseStatusFile(raw);
  if (!parsed.ok) {
    await quarantine(raw, summarize(parsed.errors));
    return { state: 'unreadable', errors: parsed.errors };
  }
  if (parsed.migratedFrom !== undefined) {
    await quarantine(raw, `Cópia da versão ${parsed.migratedFrom}, guardada antes da conversão para a versão ${CURRENT_VERSION}`);
    // Another page may have saved meanwhile: never replace a newer value with our conversion.
    if (sameJson(await statusItem.getValue(), raw)) await statusItem.setValue(parsed.value);
  }
  return { state: 'ok', file: parsed.value };
}

export type SaveResult = { ok: true; file: StatusFile } | { ok: false; errors: FieldError[] };

/** Saves `file` if it is valid; otherwise stores nothing and says why. */
export async function saveStatus(file: StatusFile): Promise<SaveResult> {
  const checked = validateStatusFile(file);
  if (!checked.ok) return checked;
  await keepIfUnreadable();
  await statusItem.setValue(checked.value);
  return { ok: true, file: checked.value };
}

export type ImportResult =
  | { ok: true; file: StatusFile; added: number; updated: number; migratedFrom?: number }
  | { ok: false; errors: FieldError[] };

/**
 * Imports an exported file. 'replace' stores it as is (every person counts as added);
 * 'merge' adds its people to the stored ones, replacing those who are the same SAJ user
 * (see `mergeStatusFiles`). On any error, storage is left exactly as it was.
 */
export async function importStatus(text: string, mode: 'replace' | 'merge'): Promise<ImportResult> {
  const parsed = parseStatusJson(text);
  if (!parsed.ok) return parsed;
  let next = parsed.value;
  let added = next.people.length;
  let updated = 0;
  if (mode === 'merge') {
    const current = interpretStoredStatus(await statusItem.getValue());
    if (current.state === 'unreadable') {
      return {
        ok: false,
        errors: [
          {
            path: '',
            message:
              'A situação guardada neste navegador está ilegível e não dá para mesclar com ela. Importe com "substituir": uma cópia da atual fica guardada.',
          },
        ],
      };
    }
    ({ file: next, added, updated } = mergeStatusFiles(current.state === 'ok' ? current.file : emptyStatusFile(), next));
  }
  const checked = validateStatusFile(next);
  if (!checked.ok) return checked;
  await keepIfUnreadable();
  await statusItem.setValue(checked.value);
  return parsed.migratedFrom === undefined
    ? { ok: true, file: checked.value, added, updated }
    : { ok: true, file: checked.value, added, updated, migratedFrom: parsed.migratedFrom };
}

export type BnmpUpdateResult = { ok: true; file: StatusFile } | { ok: false; message: string };

/**
 * "Atualizar minha situação" on BNMP 3.0 web: applies the update the person was shown, and only that.
 * The plan is recomputed from what is stored now; if it differs (the status changed meanwhile), nothing
 * is written and the person is asked to look again. The value it replaces is kept in the quarantine.
 * `shownUnits`: the unit names BNMP listed (undefined: only the account); `today`: the tribunal's date.
 */
export async function applyBnmpWebUpdate(
  shown: BnmpStatusUpdate,
  shownUnits: readonly string[] | undefined,
  today: string,
  locked: readonly LockedField[] = [],
): Promise<BnmpUpdateResult> {
  const raw = await statusItem.getValue();
  const current = interpretStoredStatus(raw);
  if (current.state !== 'ok') return { ok: false, message: 'A situação guardada neste navegador não pôde ser lida; nada foi mudado. Abra “Minha situação”.' };
  const person = current.file.people.find((p) => p.id === shown.personId);
  if (!person) return { ok: false, message: 'A pessoa não está mais registrada neste navegador; nada foi mudado.' };
  const plan = planBnmpUpdate(person, shownUnits, locked);
  if (!sameJson(plan, shown) || isEmptyUpdate(plan)) {
    return { ok: false, message: 'Sua situação mudou enquanto isso; nada foi mudado. Abra de novo o seletor de órgão para ver o que atualizar.' };
  }
  const next: StatusFile = {
    ...current.file,
    people: current.file.people.map((p) => (p.id === person.id ? applyBnmpUpdate(p, plan, today) : p)),
    updatedAt: new Date().toISOString(),
  };
  const checked = validateStatusFile(next);
  if (!checked.ok) return { ok: false, message: `A atualização não foi gravada: ${summarize(checked.errors)}` };
  await quarantine(raw, `Cópia de antes da atualização pelo BNMP (${today.split('-').reverse().join('/')})`);
  await statusItem.setValue(checked.value);
  return { ok: true, file: checked.value };
}

/** Records a warning shown. Returns false (and stores nothing) when the entry is malformed. */
export async function appendHistory(entry: WarningHistoryEntry): Promise<boolean> {
  const checked = WarningHistoryEntry.safeParse(entry);
  if (!checked.success) return false;
  const history = await loadHistory();
  await historyItem.setValue([checked.data, ...history].slice(0, HISTORY_MAX));
  return true;
}

/** The warning history, newest first; entries that do not validate are skipped. */
export async function loadHistory(): Promise<WarningHistoryEntry[]> {
  const stored: unknown = await historyItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const checked = WarningHistoryEntry.safeParse(item);
    return checked.success ? [checked.data] : [];
  });
}

/** Copies of unreadable values, newest first. */
export async function loadQuarantine(): Promise<QuarantineEntry[]> {
  const stored: unknown = await quarantineItem.getValue();
  return Array.isArray(stored) ? (stored as QuarantineEntry[]) : [];
}

/** Before overwriting the status, make sure an unreadable value has its copy in the quarantine. */
async function keepIfUnreadable(): Promise<void> {
  const raw = await statusItem.getValue();
  const current = interpretStoredStatus(raw);
  if (current.state === 'unreadable') await quarantine(raw, summarize(current.errors));
}

/**
 * Back to a fresh install: no people, no warning history. A readable status is kept in the
 * quarantine first, so even this is not a silent loss.
 */
export async function restoreDefaults(keptReason: string): Promise<void> {
  const raw = await statusItem.getValue();
  if (raw !== null && raw !== undefined) await quarantine(raw, keptReason);
  await statusItem.removeValue();
  await historyItem.removeValue();
}

export async function clearHistory(): Promise<void> {
  await historyItem.removeValue();
}

async function quarantine(raw: unknown, reason: string): Promise<void> {
  const kept = await loadQuarantine();
  // Every page load reads the status: keep one copy of a value, not five copies of the same one.
  if (kept.some((entry) => sameJson(entry.raw, raw))) return;
  const entry: QuarantineEntry = { keptAt: new Date().toISOString(), reason, raw };
  await quarantineItem.setValue([entry, ...kept].slice(0, QUARANTINE_MAX));
}

function summarize(errors: readonly FieldError[]): string {
  const shown = errors.slice(0, 3).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
  const more = errors.length > shown.length ? ` (e mais ${errors.length - shown.length})` : '';
  return `Situação ilegível: ${shown.join('; ')}${more}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
