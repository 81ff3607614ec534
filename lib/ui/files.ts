/**
 * Files the options page hands out: the status export, the warning history for support, the
 * quarantined copies. Names carry the date so several exports do not overwrite each other.
 */
import { serializeStatusFile } from '../status/parse';
import type { StatusFile } from '../status/schema';
import type { QuarantineEntry, WarningHistoryEntry } from '../storage/status';

export const HISTORY_FORMAT_ID = 'sentinela-bnmp-warning-history';

/** The documented export (docs/data-format.md): only schema fields, so nothing secret can leave. */
export function statusExport(file: StatusFile): string {
  return serializeStatusFile(file);
}

/**
 * The warning history for support. Entries hold no names, CPF or document content by design
 * (lib/storage/status.ts); the lotação shown on the page is the only place-revealing field.
 */
export function historyExport(entries: readonly WarningHistoryEntry[], exportedAt: Date): string {
  return `${JSON.stringify({ format: HISTORY_FORMAT_ID, exportedAt: exportedAt.toISOString(), entries }, null, 2)}\n`;
}

export function quarantineExport(entry: QuarantineEntry): string {
  return `${JSON.stringify(entry.raw, null, 2)}\n`;
}

/** "sentinela-bnmp-situacao-2026-11-21.json". */
export function exportFileName(kind: 'situacao' | 'historico' | 'copia', today: string): string {
  return `sentinela-bnmp-${kind}-${today}.json`;
}
