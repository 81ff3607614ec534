import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { NEXT_CHANGE_ALARM, PERIODIC_ALARM, refreshReminders, setUpReminders } from '../../../lib/background/set-up-reminders';
import { BADGE_COLORS } from '../../../lib/background/reminders';
import { cg, fileOf, person } from '../guides/builders';
import { POLICY_SEAM_KEY } from '../../../lib/policy/keys';
import { resolvePolicy } from '../../../lib/policy/effective';
import { createPolicyCache } from '../../../lib/policy/cache';

const SHIFT = { start: '2026-11-24T19:00:00-04:00', end: '2026-11-25T12:00:00-04:00', comarca: 'Três Lagoas' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

/** A refresh has run: it always sets the toolbar button's title (the reminder, or that all is well). */
const refreshed = async () => vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).not.toBe(''));

describe('refreshReminders: badge, title, next alarm', () => {
  it('shows a red "1" the day before a plantão without its lotação, and stores nothing (the popup computes its own)', async () => {
    await fakeBrowser.storage.local.set({ status: fileOf(person({ plantoes: [SHIFT] })) });
    const reminders = await refreshReminders(cg('2026-11-23T09:00'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb9, 0x1c, 0x1c, 255]);
    expect(await fakeBrowser.action.getTitle({})).toContain('falta a lotação de plantão “Plantão Judiciário 1º Grau”');
    expect(reminders.notices.map((n) => n.kind)).toEqual(['plantao-lotacao-missing']);
    expect(reminders.nextPlantao?.state).toBe('missing');
    // Minimum personal data: the reminder (which names a lotação) is not kept in storage.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['status']);
  });

  it('clears the badge when nothing is due, and schedules a one-shot alarm for when the reminder window opens', async () => {
    vi.useFakeTimers({ now: cg('2026-11-21T09:00'), toFake: ['Date'] });
    await fakeBrowser.action.setBadgeText({ text: '9' });
    await fakeBrowser.storage.local.set({ status: fileOf(person({ plantoes: [SHIFT] })) });
    const r = await refreshReminders(new Date());
    expect(r.notices).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const alarm = await fakeBrowser.alarms.get(NEXT_CHANGE_ALARM);
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe('2026-11-23T04:00:01.000Z');
  });

  it('an unreadable or empty status means no reminders (and no crash)', async () => {
    await fakeBrowser.storage.local.set({ status: { format: 'something else' } });
    const r = await refreshReminders(cg('2026-11-23T09:00'));
    expect(r.notices).toEqual([]);
    expect(r.badge.color).toBe(BADGE_COLORS.warn);
  });
});

describe('setUpReminders wiring', () => {
  it('creates the periodic alarm and refreshes when the status changes', async () => {
    setUpReminders();
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))?.periodInMinutes).toBe(60);
    await refreshed();
    // A plantão starting in a few hours, recorded now, without the lotação: the badge follows the save.
    const soon = new Date(Date.now() + 3 * 3_600_000);
    const end = new Date(soon.getTime() + 10 * 3_600_000);
    await fakeBrowser.storage.local.set({
      status: fileOf(person({ plantoes: [{ start: soon.toISOString(), end: end.toISOString(), comarca: 'Três Lagoas' }] })),
    });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
  });

  it('refreshes on its alarms', async () => {
    setUpReminders();
    await refreshed();
    await fakeBrowser.action.setTitle({ title: '' });
    await fakeBrowser.action.setBadgeText({ text: '9' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_CHANGE_ALARM, scheduledTime: Date.now() });
    await refreshed();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('works without the "alarms" permission: no alarms, still a badge on start and on every change', async () => {
    const saved = fakeBrowser.alarms;
    Object.defineProperty(fakeBrowser, 'alarms', { value: undefined, configurable: true, writable: true });
    try {
      expect(() => setUpReminders()).not.toThrow();
      await refreshed();
      // TRE-RJ asks for a review every 6 months (art. 7º, III); TJMS asks for none.
      await fakeBrowser.storage.local.set({ status: fileOf(person({ tribunal: 'tre-rj', cargo: 'chefe_de_cartorio', lastReviewOn: '2024-01-01' })) });
      await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    } finally {
      Object.defineProperty(fakeBrowser, 'alarms', { value: saved, configurable: true, writable: true });
    }
  });
});

describe('IT\'s policy', () => {
  // Reviewed on 01/06/2026: TJMS asks for no review; IT's override asks for one every 3 months.
  const reviewedInJune = () => fileOf(person({ lastReviewOn: '2026-06-01' }));
  const shorterInterval = { profiles: { tjms: { reviewIntervalMonths: 3 } } };

  it('reads each person\'s profile with IT\'s overrides', async () => {
    await fakeBrowser.storage.local.set({ status: reviewedInJune() });
    expect((await refreshReminders(cg('2026-10-15T09:00'))).notices).toEqual([]);
    await fakeBrowser.storage.local.set({ [POLICY_SEAM_KEY]: shorterInterval });
    const r = await refreshReminders(cg('2026-10-15T09:00'));
    expect(r.notices.map((n) => n.kind)).toEqual(['review-overdue']);
    expect(r.notices[0]?.message).toContain('a cada 3 meses');
  });

  it('takes the policy it is given over the stored one', async () => {
    await fakeBrowser.storage.local.set({ status: reviewedInJune() });
    const r = await refreshReminders(cg('2026-10-15T09:00'), resolvePolicy(shorterInterval, 'managed'));
    expect(r.notices.map((n) => n.kind)).toEqual(['review-overdue']);
  });

  it('recomputes as soon as IT changes the policy', async () => {
    vi.useFakeTimers({ now: cg('2026-10-15T09:00'), toFake: ['Date'] });
    await fakeBrowser.storage.local.set({ status: reviewedInJune() });
    setUpReminders(createPolicyCache());
    await refreshed();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await fakeBrowser.storage.local.set({ [POLICY_SEAM_KEY]: shorterInterval });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
  });
});
