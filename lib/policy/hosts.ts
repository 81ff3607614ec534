/**
 * SAJ hosts beyond the manifest's: a tribunal's internal servers, named by IT (policy
 * `extraSajHosts`, or a profile's `sajHosts`) or added by the user in the options page.
 *
 *   - Access is an optional host permission, asked for at run time from a click (`requestHostPermissions`,
 *     `addUserSajHost`); the browser shows its own prompt. Nothing is injected without it.
 *   - The background (`setUpHostRegistration`) keeps one registered content script — the same
 *     always-on file the manifest declares, all frames, document_start — whose matches are exactly
 *     the wanted hosts that have permission. It re-syncs on policy changes, on the user's list and on
 *     permission grants and revocations.
 *   - Removing a host removes both its registration and its permission.
 *
 * The guard core is web-accessible to every host (wxt.config.ts), so the content script can load it
 * on any host registered here; see docs/permissions.md.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SAJ_MATCHES } from '../tribunals/hosts';
import { createPolicyCache, type PolicyCache } from './cache';
import type { EffectivePolicy } from './effective';
import { normalizeHostPattern, patternCovers } from './host-pattern';
import { CONTENT_SCRIPT_FILE, HOSTS_SCRIPT_ID } from './keys';
import { userSajHostsItem } from '../storage/items';
import { syncBnmpWebHostRegistration, wantedBnmpWebHosts } from './bnmp-web-hosts';
import { saveUserSajHosts } from '../storage/settings';

export { CONTENT_SCRIPT_FILE, HOSTS_SCRIPT_ID };

export { userSajHostsItem };

/** Who asked for a host: the manifest (only while the browser withholds it, see hostStates), IT's SAJ list, a profile's SAJ hosts, the user, or IT's BNMP web list. */
export type HostOrigin = 'builtin' | 'policy' | 'profile' | 'user' | 'bnmp-web';

export interface WantedHost {
  pattern: string;
  /** Who asked for it (a host can be both IT's and the user's). */
  from: HostOrigin[];
}

export interface HostState extends WantedHost {
  /** The browser granted the host permission: the guard runs there. */
  granted: boolean;
}

/** Already guarded by the manifest's content script: nothing to ask nor to register. */
export function coveredByManifest(pattern: string): boolean {
  return DEFAULT_SAJ_MATCHES.some((m) => patternCovers(m, pattern));
}

/**
 * Every host that should be guarded beyond the manifest's, with its origins. Pure. Profile hosts
 * that are not valid host patterns are skipped (the policy parser already reported IT's).
 */
export function wantedHosts(effective: EffectivePolicy, userHosts: readonly unknown[]): WantedHost[] {
  const wanted = new Map<string, Set<HostOrigin>>();
  const add = (entry: unknown, origin: HostOrigin) => {
    const result = normalizeHostPattern(entry);
    if (!result.ok || coveredByManifest(result.pattern)) return;
    const from = wanted.get(result.pattern) ?? new Set<HostOrigin>();
    from.add(origin);
    wanted.set(result.pattern, from);
  };
  for (const host of effective.extraSajHosts) add(host, 'policy');
  for (const profile of Object.values(effective.profiles)) for (const host of profile.sajHosts) add(host, 'profile');
  for (const host of userHosts) add(host, 'user');
  return [...wanted].map(([pattern, from]) => ({ pattern, from: [...from] }));
}

async function isGranted(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

async function readUserHosts(): Promise<string[]> {
  const stored: unknown = await userSajHostsItem.getValue();
  return Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
}

/**
 * Wanted hosts and whether each has permission (for the options page), after the manifest's own
 * hosts that the browser withholds. Firefox makes the content script's hosts host permissions and
 * lists them in about:addons → Permissions, where a person can switch them off; the guard then
 * silently stops on those pages. Listed as waiting, they get the same "Permitir" as any other host.
 * Chromium does not report the content script's hosts through `permissions` (contains() answers
 * false while the script runs), so only Firefox builds look (`builtinHostsArePermissions`). Only a
 * definite "not granted" counts: an error never shows a built-in host as waiting.
 */
export async function hostStates(
  effective: EffectivePolicy,
  { builtinHostsArePermissions = import.meta.env.FIREFOX }: { builtinHostsArePermissions?: boolean } = {},
): Promise<HostState[]> {
  const wanted = wantedHosts(effective, await readUserHosts());
  // BNMP web hosts IT added wait for the same "Permitir" (lib/policy/bnmp-web-hosts.ts).
  for (const pattern of wantedBnmpWebHosts(effective)) {
    const same = wanted.find((w) => w.pattern === pattern);
    if (same) same.from.push('bnmp-web');
    else wanted.push({ pattern, from: ['bnmp-web'] });
  }
  const [withheld, states] = await Promise.all([
    builtinHostsArePermissions ? Promise.all(DEFAULT_SAJ_MATCHES.map(async (pattern) => ((await browser.permissions.contains({ origins: [pattern] }).catch(() => true)) ? [] : [pattern]))) : [],
    Promise.all(wanted.map(async (host) => ({ ...host, granted: await isGranted(host.pattern) }))),
  ]);
  return [...withheld.flat().map((pattern): HostState => ({ pattern, from: ['builtin'], granted: false })), ...states];
}

export interface HostSyncResult {
  /** Match patterns of the registered content script (empty = none registered). */
  registered: string[];
  /** Wanted, but the browser has not granted access yet. */
  waitingForPermission: string[];
  /** Hosts no longer wanted whose permission was given back. */
  released: string[];
}

/** Makes the registered content script and the permissions match what is wanted now. */
export async function syncHostRegistration(effective: EffectivePolicy): Promise<HostSyncResult> {
  const wanted = wantedHosts(effective, await readUserHosts());
  const granted: string[] = [];
  const waitingForPermission: string[] = [];
  for (const { pattern } of wanted) (await isGranted(pattern) ? granted : waitingForPermission).push(pattern);

  const existing = (await browser.scripting.getRegisteredContentScripts({ ids: [HOSTS_SCRIPT_ID] }))[0];
  const previous = existing?.matches ?? [];
  const script = {
    id: HOSTS_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: granted,
    allFrames: true,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (granted.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [HOSTS_SCRIPT_ID] });
  } else if (!existing) {
    await browser.scripting.registerContentScripts([script]);
  } else if (!sameSet(previous, granted)) {
    await browser.scripting.updateContentScripts([script]);
  }

  // A host that was guarded and is no longer wanted gives its permission back. Not when the policy
  // could not be read: a passing read failure must not make people grant access again.
  const released = effective.readFailed ? [] : previous.filter((p) => !wanted.some((w) => w.pattern === p));
  if (released.length > 0) {
    await browser.permissions.remove({ origins: released }).catch((error: unknown) => {
      console.warn('[Sentinela BNMP] hosts: permissão não devolvida', released, error);
    });
  }
  return { registered: granted, waitingForPermission, released };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Background wiring: sync now and whenever the policy, the user's hosts or the permissions change,
 * one sync at a time and in order.
 */
export function setUpHostRegistration(cache: PolicyCache = createPolicyCache()): void {
  let running: Promise<unknown> = Promise.resolve();
  const sync = () => {
    running = running
      .then(() => cache.ready)
      .then(() => syncHostRegistration(cache.current()))
      .then(() => syncBnmpWebHostRegistration(cache.current()))
      .catch((error: unknown) => console.error('[Sentinela BNMP] hosts', error));
  };
  cache.subscribe(sync);
  userSajHostsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}

/**
 * Asks the browser for access to `patterns`. Call it directly in a click handler, before any
 * `await`: Firefox only shows the prompt from within the user's gesture.
 */
export function requestHostPermissions(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns });
}

export type AddHostResult =
  | { ok: true; pattern: string; alreadyGuarded?: boolean }
  | { ok: false; message: string };

/**
 * The options page's "Adicionar" click: checks the entry, asks for the permission (synchronously,
 * inside the gesture), then keeps the host in the user's list; the background registers it.
 */
export function addUserSajHost(input: string, effective: EffectivePolicy): Promise<AddHostResult> {
  if (effective.lockedFields.includes('sajHosts')) {
    return Promise.resolve({ ok: false, message: 'A lista de endereços do SAJ é definida pelo tribunal e não pode ser mudada aqui.' });
  }
  const normalized = normalizeHostPattern(input);
  if (!normalized.ok) return Promise.resolve({ ok: false, message: `Endereço não aceito: ${normalized.message}.` });
  const { pattern } = normalized;
  if (coveredByManifest(pattern)) return Promise.resolve({ ok: true, pattern, alreadyGuarded: true });
  const asked = requestHostPermissions([pattern]);
  return asked.then(
    async (granted) => {
      if (!granted) return { ok: false, message: 'Sem a permissão do navegador o Sentinela não pode agir nesse endereço.' };
      const hosts = await readUserHosts();
      if (!hosts.includes(pattern)) await saveUserSajHosts([...hosts, pattern]);
      return { ok: true, pattern };
    },
    (error: unknown) => ({ ok: false, message: `O navegador recusou o pedido de permissão (${String(error)}).` }),
  );
}

/**
 * Removes a host the user added. Its permission goes back too, unless IT also lists it (then it
 * stays guarded).
 */
export async function removeUserSajHost(pattern: string, effective: EffectivePolicy): Promise<{ ok: boolean; message?: string }> {
  if (effective.lockedFields.includes('sajHosts')) {
    return { ok: false, message: 'A lista de endereços do SAJ é definida pelo tribunal e não pode ser mudada aqui.' };
  }
  const hosts = await readUserHosts();
  await saveUserSajHosts(hosts.filter((h) => h !== pattern));
  const stillWanted = wantedHosts(effective, []).some((w) => w.pattern === pattern);
  if (!stillWanted) {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  }
  return { ok: true };
}
