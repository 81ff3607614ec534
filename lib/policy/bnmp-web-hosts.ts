/**
 * BNMP 3.0 web hosts beyond bnmp.pdpj.jus.br (policy `extraBnmpWebHosts`, e.g. the pre-production
 * host): like the SAJ hosts of ./hosts.ts, each is an optional host permission the person grants once
 * (the options page lists it with "Permitir"), and the background keeps one registered content
 * script — the BNMP web one — on exactly the granted hosts. Nothing is registered while IT switched
 * BNMP web (or the whole guard) off. Kept apart from ./hosts.ts so the SAJ registration is untouched.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_BNMP_WEB_MATCHES } from '../tribunals/hosts';
import type { EffectivePolicy } from './effective';
import { normalizeHostPattern, patternCovers } from './host-pattern';
import { BNMP_WEB_CONTENT_SCRIPT_FILE, BNMP_WEB_HOSTS_SCRIPT_ID } from './keys';

export { BNMP_WEB_CONTENT_SCRIPT_FILE, BNMP_WEB_HOSTS_SCRIPT_ID };

/** Match patterns of the extra BNMP web hosts IT asked for (pure). */
export function wantedBnmpWebHosts(effective: EffectivePolicy): string[] {
  const wanted: string[] = [];
  for (const entry of effective.extraBnmpWebHosts) {
    const result = normalizeHostPattern(entry);
    // bnmp.pdpj.jus.br itself is guarded by the manifest already (https only, as BNMP serves it).
    const covered = DEFAULT_BNMP_WEB_MATCHES.some((m) => patternCovers(m.replace(/^https:/, '*:'), result.ok ? result.pattern : ''));
    if (!result.ok || covered || wanted.includes(result.pattern)) continue;
    wanted.push(result.pattern);
  }
  return wanted;
}

async function isGranted(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Registers the BNMP web content script on the wanted hosts that have permission; unregisters when none. */
export async function syncBnmpWebHostRegistration(effective: EffectivePolicy): Promise<{ registered: string[]; waitingForPermission: string[] }> {
  const on = effective.guardEnabled && effective.bnmpWebEnabled;
  const wanted = on ? wantedBnmpWebHosts(effective) : [];
  const registered: string[] = [];
  const waitingForPermission: string[] = [];
  for (const pattern of wanted) (await isGranted(pattern) ? registered : waitingForPermission).push(pattern);

  const existing = (await browser.scripting.getRegisteredContentScripts({ ids: [BNMP_WEB_HOSTS_SCRIPT_ID] }))[0];
  const script = {
    id: BNMP_WEB_HOSTS_SCRIPT_ID,
    js: [BNMP_WEB_CONTENT_SCRIPT_FILE],
    matches: registered,
    allFrames: true,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (registered.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [BNMP_WEB_HOSTS_SCRIPT_ID] });
  } else if (!existing) {
    await browser.scripting.registerContentScripts([script]);
  } else if (JSON.stringify([...(existing.matches ?? [])].sort()) !== JSON.stringify([...registered].sort())) {
    await browser.scripting.updateContentScripts([script]);
  }
  return { registered, waitingForPermission };
}
