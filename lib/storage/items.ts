/**
 * Every item Sentinela keeps in the browser's storage (all in `storage.local`: nothing syncs,
 * nothing leaves the computer), defined once. Only the modules of lib/storage/ write them — a
 * test (tests/unit/architecture.test.ts) holds that; everything else reads and watches.
 *
 * | item | what | written by |
 * | --- | --- | --- |
 * | `status` | the recorded status file (lib/status/schema.ts), stored raw, read through the parser | ./status.ts |
 * | `statusQuarantine` | copies of values that could not be read or were replaced | ./status.ts |
 * | `warningHistory` | warnings shown and what was decided (no names, no document content) | ./status.ts |
 * | `uiLanguage` | the interface language chosen in Options | ./settings.ts |
 * | `userSajHosts` | SAJ hosts the user added (match patterns) | ./settings.ts |
 * | `policyMirror` | IT's policy as the background last read it, for a fast first read | ./settings.ts |
 * | `signingCheckChoices` | "Posso assinar agora?": each person's last choice (person id → unit, base, plantão, grau) | ./settings.ts |
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { UiLanguage } from '../ui/i18n';
import { POLICY_MIRROR_KEY, USER_SAJ_HOSTS_KEY } from '../policy/keys';
import type { PolicyMirror } from '../policy/cache';

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


export const uiLanguageItem = storage.defineItem<UiLanguage>('local:uiLanguage', { fallback: 'auto' });

/** Hosts the user added in the options page, as normalized match patterns. */
export const userSajHostsItem = storage.defineItem<string[]>(`local:${USER_SAJ_HOSTS_KEY}`, { fallback: [] });

/** What the popup reads: the notices and the next plantão (null until first computed). */
/** Kept by earlier builds (the last computed reminders); removed at start, never written again. */
export const FORMER_REMINDERS_KEY = 'local:reminders' as const;

/** IT's policy as the background last read it from managed storage (lib/policy/cache.ts). */
export const policyMirrorItem = storage.defineItem<PolicyMirror | null>(`local:${POLICY_MIRROR_KEY}`, { fallback: null });

/**
 * "Posso assinar agora?" (lib/check): the last choice per person, by local person id. Stored raw and
 * read through `readRememberedChoices`, which drops what does not validate.
 */
export const checkChoicesItem = storage.defineItem<unknown>('local:signingCheckChoices', { fallback: {} });
