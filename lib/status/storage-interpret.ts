/**
 * What a stored status value means, without any I/O: the content script calls this on the value
 * it reads at start and on every storage change event. storage.ts uses the same function, so
 * the options page and the guard always agree on what is stored.
 */
import type { StatusFile } from './schema';
import { type FieldError, parseStatusFile } from './parse';

export type { FieldError } from './field-errors';

/** What the stored value means for the product. 'unreadable' behaves as "status unknown". */
export type LoadedStatus = { state: 'ok'; file: StatusFile } | { state: 'empty' } | { state: 'unreadable'; errors: FieldError[] };

/** Nothing stored → 'empty'; an older version → converted in memory ('ok'); anything invalid → 'unreadable'. */
export function interpretStoredStatus(raw: unknown): LoadedStatus {
  if (raw === null || raw === undefined) return { state: 'empty' };
  const parsed = parseStatusFile(raw);
  return parsed.ok ? { state: 'ok', file: parsed.value } : { state: 'unreadable', errors: parsed.errors };
}
