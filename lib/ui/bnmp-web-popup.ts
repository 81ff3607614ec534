/**
 * The popup on a BNMP 3.0 web tab: the verdict for issuing a piece from the unit the toolbar shows
 * (computed here from the stored status, so it follows edits at once), and the one-click "the account
 * works" update. The person clicks; lib/storage/status.ts writes (with a quarantine copy).
 */
import type { FrameDescription } from '../guard/core-contract';
import type { LoadedStatus } from '../status/storage-interpret';
import type { Person } from '../status/schema';
import { evaluateReadiness } from '../readiness/engine';
import type { Verdict } from '../readiness/types';
import type { TribunalProfile } from '../tribunals/schema';
import { grauOfUnit, isPlantaoUnit } from '../tribunals/bnmp-unit';
import { planBnmpUpdate } from '../status/bnmp-update';
import { applyBnmpWebUpdate, type BnmpUpdateResult } from '../storage/status';
import type { EffectivePolicy } from '../policy/effective';
import { wallClock } from '../calendar/wall-clock';

export const BNMP_WEB_DOCUMENT = { label: 'Peça do BNMP 3.0', bnmp: true, kind: 'peça do BNMP 3.0' };

/** Issuing a piece from the unit the toolbar shows, as the guard would judge it there. */
export function bnmpWebTabVerdict(loaded: LoadedStatus, frame: FrameDescription, profile: TribunalProfile, now: Date): Verdict {
  const status = loaded.state === 'ok' ? { state: 'ok' as const, file: loaded.file } : loaded.state === 'unreadable' ? { state: 'unreadable' as const } : { state: 'empty' as const };
  const unit = frame.bnmpWeb?.toolbarUnit;
  const grau = unit ? grauOfUnit(unit) : undefined;
  const screen = {
    kind: 'bnmp-web' as const,
    documents: [BNMP_WEB_DOCUMENT],
    ...(frame.context?.user ? { user: frame.context.user } : {}),
    ...(unit ? { lotacao: unit, ...(isPlantaoUnit(unit) ? { plantaoHint: true } : {}) } : {}),
    ...(grau === 2 ? { grau: 2 as const } : {}),
  };
  return evaluateReadiness({ status, screen, profile, now });
}

/** Being on BNMP web proves the account: offered when the record says otherwise and IT did not lock it. */
export function canConfirmAccount(person: Person | undefined, effective: EffectivePolicy): boolean {
  return !!person && planBnmpUpdate(person, undefined, effective.lockedFields).confirmAccount;
}

/** "Marcar conta como confirmada": the account only (units are learned on the page, where the list is). */
export function confirmAccountFromBnmp(person: Person, effective: EffectivePolicy, profile: TribunalProfile, now: Date): Promise<BnmpUpdateResult> {
  const plan = planBnmpUpdate(person, undefined, effective.lockedFields);
  return applyBnmpWebUpdate(plan, undefined, wallClock(now, profile.timeZone).isoDate, effective.lockedFields);
}
