/**
 * What the popup shows, decided without the DOM: whose readiness, the verdict for the SAJ tab in
 * front, the next plantão. Pure: the popup's entry point fetches; this decides.
 */
import type { LoadedStatus } from '../status/storage-interpret';
import type { Person, PlantaoAssignment, StatusFile } from '../status/schema';
import { findPersonForScreen } from '../status/people';
import { evaluateReadiness } from '../readiness/engine';
import { GLANCE_DOCUMENT } from '../readiness/summary';
import type { Verdict } from '../readiness/types';
import type { FrameDescription } from '../guard/core-contract';
import { profileFor } from '../guides/person';
import { EMPTY_POLICY, profileOf, type EffectivePolicy } from '../policy/effective';
import type { TribunalProfile } from '../tribunals/schema';

/** What the content script of the active tab answered, or why there is nothing. */
export type TabInfo = { state: 'loading' } | { state: 'not-saj' } | { state: 'saj'; frame: FrameDescription };

/**
 * The person the popup is about: the one picked in the popup; else the one the SAJ tab shows;
 * else "eu"; else the only one. A SAJ header that names nobody recorded gives nobody.
 */
export function personForPopup(file: StatusFile, options: { pickedId?: string; screenUser?: string }): Person | undefined {
  if (options.pickedId) {
    const picked = file.people.find((p) => p.id === options.pickedId);
    if (picked) return picked;
  }
  if (options.screenUser?.trim()) return findPersonForScreen(file, options.screenUser);
  const me = file.meId === undefined ? undefined : file.people.find((p) => p.id === file.meId);
  return me ?? (file.people.length === 1 ? file.people[0] : undefined);
}

/**
 * The tribunal profile for a SAJ tab, with IT's overrides: the person's tribunal (or the one IT
 * fixed), else the one the guard matched by host, else the installation's.
 */
export function tabProfile(frame: FrameDescription, person: Person | undefined, effective: EffectivePolicy = EMPTY_POLICY): TribunalProfile {
  if (person) return profileFor(person, effective);
  return profileOf(effective, frame.profileId);
}

/**
 * The profile the popup is about: the person's; with nobody, the SAJ tab's; with no SAJ tab
 * either, the installation's tribunal.
 */
export function popupProfile(person: Person | undefined, frame: FrameDescription | undefined, effective: EffectivePolicy = EMPTY_POLICY): TribunalProfile {
  if (person) return profileFor(person, effective);
  return frame ? tabProfile(frame, undefined, effective) : profileOf(effective, undefined);
}

/**
 * The verdict for signing a BNMP document on that tab, from what the page shows (user, lotação,
 * database, plantão) and the status as stored now. Computed here rather than taken from the page,
 * so it follows edits at once and carries each reason's actions.
 */
export function tabVerdict(loaded: LoadedStatus, frame: FrameDescription, profile: TribunalProfile, now: Date): Verdict {
  const c = frame.context ?? {};
  const status = loaded.state === 'ok' ? { state: 'ok' as const, file: loaded.file } : loaded.state === 'unreadable' ? { state: 'unreadable' as const } : { state: 'empty' as const };
  // The frame's context was checked field by field when the description was read (lib/diagnostics/frame-description).
  const screen = { ...c, documents: [GLANCE_DOCUMENT] };
  return evaluateReadiness({ status, screen, profile, now });
}

/** The plantão under way or the next one to come, if any is recorded. */
export function nextPlantao(person: Person, now: Date): { plantao: PlantaoAssignment; ongoing: boolean } | undefined {
  const t = now.getTime();
  const upcoming = person.plantoes
    .filter((p) => Date.parse(p.end) > t)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const first = upcoming[0];
  return first ? { plantao: first, ongoing: Date.parse(first.start) <= t } : undefined;
}
