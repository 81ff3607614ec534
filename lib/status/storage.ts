/**
 * Every storage item Sentinela keeps about access status, and the only code that writes them.
 *
 * - `local:status` holds the raw status file. It is stored unvalidated and read through
 *   `parseStatusFile`, so a value written by an older (or broken) version is never trusted blindly.
 * - `local:statusQuarantine` keeps copies of values we could not read (and of old versions
 *   before we convert them): nothing the user recorded is ever silently lost.
 * - `local:warningHistory` is the log of warnings shown (no names, no CPF, no document content).
 *
 * Writes validate first and change nothing when invalid.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { CURRENT_VERSION, emptyStatusFile, type StatusFile } from './schema';
import { type FieldError, parseStatusFile, parseStatusJson, validateStatusFile } from './parse';
import { type LoadedStatus, interpretStoredStatus } from './storage-interpret';
import { mergeStatusFiles } from './people';

export { interpretStoredStatus, type LoadedStatus, type FieldError };

/** The raw stored status file; read it through `loadStatus` or `interpretStoredStatus`. */
export const statusItem = storage.defineItem<unknown>('local:status');

export interface QuarantineEntry {
  /** ISO date-time when the copy was made. */
  keptAt: string;
  /** pt-BR: why it was kept (what was wrong with it, or "before conversion"). */
  reason: string;
  raw: unknown;
}
export const QUARANTINE_MAX = 5;
export const quarantineItem = storage.defineItem<QuarantineEntry[]>('local:statusQuarantine', { fallback: [] });

export const WARNING_DECISIONS = ['cancelled', 'signed-anyway', 'fail-open'] as const;
export const WarningHistoryEntry = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  /** Vocabulary entries of the BNMP documents concerned ("mandado de prisão"), not their content. */
  documentKinds: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
  lotacao: z.optional(z.string().check(z.maxLength(200))),
  /** ReasonCode values (lib/readiness/types.ts). */
  reasonCodes: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)),
  decision: z.enum(WARNING_DECISIONS),
});
export type WarningHistoryEntry = z.infer<typeof WarningHistoryEntry>;
export const HISTORY_MAX = 200;
/** Newest first, at most HISTORY_MAX entries. */
export const historyItem = storage.defineItem<WarningHistoryEntry[]>('local:warningHistory', { fallback: [] });

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
