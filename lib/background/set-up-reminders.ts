/**
 * Background wiring of the reminders (decisions in ./reminders.ts): recompute on start, on every
 * status change, on every change of IT's policy (a tribunal, a review interval or a plantão table
 * it sets) and on alarms; show the badge and its title. Nothing is stored: the popup computes its
 * own notices from the record, and a reminder names a lotação (minimum personal data).
 *
 * Degrades without the "alarms" permission: the badge is still right after every start and every
 * status change, it just does not move on its own at midnight before a plantão.
 */
import { browser } from 'wxt/browser';
import { profileFor } from '../guides/person';
import { createPolicyCache, readPolicy, type PolicyCache } from '../policy/cache';
import type { EffectivePolicy } from '../policy/effective';
import { loadStatus, statusItem } from '../storage/status';
import { computeReminders, type Reminders } from './reminders';
import { forgetFormerReminders } from '../storage/settings';

export const PERIODIC_ALARM = 'sentinela:reminders';
export const NEXT_CHANGE_ALARM = 'sentinela:reminders-next';
/** A safety net for missed one-shot alarms (a sleeping laptop); cheap, the work is a few ms. */
const PERIOD_MINUTES = 60;

interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

/** MV3 `action`, MV2 (Firefox) `browserAction`; undefined where neither exists. */
function badgeApi(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

type Alarms = {
  create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean> | unknown;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
};

function alarmsApi(): Alarms | undefined {
  return (browser as unknown as { alarms?: Alarms }).alarms;
}

/** Recomputes with each person's profile as IT's policy leaves it (read now unless given). */
export async function refreshReminders(now = new Date(), policy?: EffectivePolicy): Promise<Reminders> {
  const [loaded, effective] = await Promise.all([loadStatus(), policy ?? readPolicy()]);
  const reminders = computeReminders(loaded.state === 'ok' ? loaded.file : undefined, now, (person) => profileFor(person, effective));
  const badge = badgeApi();
  if (badge) {
    await badge.setBadgeText({ text: reminders.badge.text });
    await badge.setBadgeBackgroundColor({ color: reminders.badge.color });
    await badge.setTitle({ title: reminders.badge.title });
  }
  const alarms = alarmsApi();
  if (alarms) {
    await alarms.clear(NEXT_CHANGE_ALARM);
    // Alarms fire at the earliest 30 s from now (Chrome); a boundary that close is caught by the next one.
    if (reminders.nextChangeAt !== undefined) alarms.create(NEXT_CHANGE_ALARM, { when: Math.max(reminders.nextChangeAt + 1000, Date.now() + 60_000) });
  }
  return reminders;
}

export function setUpReminders(policy: PolicyCache = createPolicyCache()): void {
  void forgetFormerReminders().catch(() => undefined);
  let running: Promise<unknown> = Promise.resolve();
  // One refresh at a time, in order: a status saved twice quickly must end with the second answer.
  const refresh = () => {
    running = running.then(() => refreshReminders()).catch((error: unknown) => console.error('[Sentinela BNMP] lembretes', error));
  };

  statusItem.watch(refresh);
  policy.subscribe(refresh);
  const alarms = alarmsApi();
  if (alarms) {
    alarms.create(PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES });
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === PERIODIC_ALARM || alarm.name === NEXT_CHANGE_ALARM) refresh();
    });
  }
  // The worker starts on browser start, install/update, and whenever an event wakes it: refresh each time.
  refresh();
}
