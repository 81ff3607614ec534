/**
 * The policy in force: profiles with IT's overrides applied (managed values win over the user's),
 * the guard switch, the locked fields and every notice, computed once per policy change so the
 * guard reads it synchronously at click time. Pure.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Person } from '../status/schema';
import { DEFAULT_TRIBUNAL_ID, TRIBUNALS } from '../tribunals';
import { mergeProfile, type ProfileOverride, type RejectedOverride } from '../tribunals/merge';
import type { TribunalProfile } from '../tribunals/schema';
import { parsePolicy, type PolicyNotice } from './parse';
import type { LockedField, Policy } from './schema';

/** Where the policy came from: the browser's enterprise policy, the E2E seam (docs/security.md), or nowhere. */
export type PolicySource = 'none' | 'managed' | 'test-seam';

export interface EffectivePolicy {
  source: PolicySource;
  /** The policy as parsed (invalid values already left out). */
  policy: Policy;
  /** Everything that was ignored, for the options page's notice. */
  notices: readonly PolicyNotice[];
  /** The global switch (a profile's own `rules.guardEnabled` also counts: use `guardEnabledFor`). */
  guardEnabled: boolean;
  /** The tribunal of this installation. */
  tribunalId: string;
  lockedFields: readonly LockedField[];
  /** Match patterns IT added (`*://host/*`). */
  extraSajHosts: readonly string[];
  /** BNMP 3.0 web is guarded (policy `bnmpWebEnabled`, default true; `guardEnabled` false turns it off too). */
  bnmpWebEnabled: boolean;
  /** BNMP web hosts IT added beyond bnmp.pdpj.jus.br (`*://host/*`). */
  extraBnmpWebHosts: readonly string[];
  /** Every shipped tribunal, with IT's override applied. */
  profiles: Readonly<Record<string, TribunalProfile>>;
  /** Per tribunal, the dotted profile fields IT set and that applied ("contacts", "plantao.regioes"). */
  managedFields: Readonly<Record<string, readonly string[]>>;
  /** Managed storage could not be read (not "there is no policy"): keep what IT granted, remove nothing. */
  readFailed?: boolean;
}

/**
 * `base` with IT's override applied. Invalid fields are skipped and listed. There is no user-level
 * override: a tribunal's profile (contacts, selectors, plantão table) is IT's to change.
 */
export function effectiveProfile(base: TribunalProfile, policy: Policy): { profile: TribunalProfile; rejected: RejectedOverride[] } {
  return mergeProfile(base, policy.profiles?.[base.id]);
}

/** Parses `raw` and computes everything the guard, the background and the options page read. */
export function resolvePolicy(raw: unknown, source: PolicySource, options: { readFailed?: boolean } = {}): EffectivePolicy {
  const { policy, notices } = parsePolicy(raw);
  const profiles: Record<string, TribunalProfile> = {};
  const managedFields: Record<string, string[]> = {};
  for (const [id, base] of Object.entries(TRIBUNALS)) {
    const { profile, rejected } = effectiveProfile(base, policy);
    profiles[id] = profile;
    const override = policy.profiles?.[id];
    if (override) {
      const bad = new Set(rejected.map((r) => r.path));
      managedFields[id] = leafPaths(override, base).filter((p) => !bad.has(p));
    }
  }
  return {
    source,
    policy,
    notices,
    guardEnabled: policy.guardEnabled ?? true,
    tribunalId: policy.tribunal ?? DEFAULT_TRIBUNAL_ID,
    lockedFields: policy.lockedFields ?? [],
    extraSajHosts: policy.extraSajHosts ?? [],
    bnmpWebEnabled: policy.bnmpWebEnabled ?? true,
    extraBnmpWebHosts: policy.extraBnmpWebHosts ?? [],
    profiles,
    managedFields,
    ...(options.readFailed ? { readFailed: true } : {}),
  };
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaves mergeProfile applies: descend where both sides hold an object (same rule as merge.ts). */
function leafPaths(override: Plain, base: unknown, prefix = ''): string[] {
  return Object.entries(override).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const baseValue = isPlain(base) && Object.hasOwn(base, key) ? base[key] : undefined;
    return isPlain(value) && isPlain(baseValue) ? leafPaths(value, baseValue, path) : [path];
  });
}

/** The profile of a tribunal id, with IT's override; unknown ids get the installation's tribunal. */
export function profileOf(effective: EffectivePolicy, tribunalId: string | undefined): TribunalProfile {
  return (
    (tribunalId !== undefined && Object.hasOwn(effective.profiles, tribunalId) ? effective.profiles[tribunalId] : undefined) ??
    effective.profiles[effective.tribunalId] ??
    TRIBUNALS[DEFAULT_TRIBUNAL_ID]!
  );
}

/**
 * The profile for a page: the first whose `sajHosts` match the URL, else the installation's
 * tribunal (extra hosts from the policy or the user belong to it).
 */
export function profileForUrl(effective: EffectivePolicy, url: string): TribunalProfile {
  for (const profile of Object.values(effective.profiles)) {
    for (const pattern of profile.sajHosts) {
      try {
        if (new MatchPattern(pattern).includes(url)) return profile;
      } catch {
        // A pattern the parser let through but MatchPattern refuses: it just matches nothing.
      }
    }
  }
  return profileOf(effective, effective.tribunalId);
}

/** The guard runs for this profile only if neither the policy nor the profile's rules switched it off. */
export function guardEnabledFor(effective: EffectivePolicy, profile: TribunalProfile): boolean {
  return effective.guardEnabled && profile.rules.guardEnabled;
}

export function isLocked(effective: EffectivePolicy, field: LockedField): boolean {
  return effective.lockedFields.includes(field);
}

/**
 * Person values IT imposes: with `tribunal` locked and set by the policy, every person belongs to
 * that tribunal, whatever the stored file says.
 */
export function managedPersonValues(effective: EffectivePolicy): Partial<Pick<Person, 'tribunal'>> {
  return isLocked(effective, 'tribunal') && effective.policy.tribunal !== undefined ? { tribunal: effective.policy.tribunal } : {};
}

/** A person as the rest of the product should see them: the stored values with IT's on top. */
export function withManagedValues(effective: EffectivePolicy, person: Person): Person {
  const managed = managedPersonValues(effective);
  return managed.tribunal !== undefined && managed.tribunal !== person.tribunal ? { ...person, ...managed } : person;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The locked fields an edit (or an import) would change. Filling a field that was empty is allowed —
 * a new person must be recordable — but changing a filled one is not. An empty list = the edit may
 * be saved. `before` undefined = a new person.
 */
export function lockedChanges(effective: EffectivePolicy, before: Person | undefined, after: Person): LockedField[] {
  const changed: LockedField[] = [];
  for (const field of effective.lockedFields) {
    if (field === 'sajHosts') continue; // not a person field: see lib/policy/hosts.ts
    const managed = managedPersonValues(effective);
    if (field === 'tribunal' && managed.tribunal !== undefined) {
      if (after.tribunal !== managed.tribunal) changed.push(field);
      continue;
    }
    const old = before?.[field];
    if (isEmpty(old)) continue;
    if (JSON.stringify(old) !== JSON.stringify(after[field])) changed.push(field);
  }
  return changed;
}

/** No policy at all: every default, nothing locked. */
export const EMPTY_POLICY: EffectivePolicy = resolvePolicy(undefined, 'none');
