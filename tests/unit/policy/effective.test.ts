import { describe, expect, it } from 'vitest';
import {
  EMPTY_POLICY,
  effectiveProfile,
  guardEnabledFor,
  lockedChanges,
  managedPersonValues,
  profileForUrl,
  profileOf,
  resolvePolicy,
  withManagedValues,
} from '../../../lib/policy/effective';
import { TRIBUNALS } from '../../../lib/tribunals';
import { person } from '../guides/builders';

const TJMS = TRIBUNALS.tjms!;

describe("effectiveProfile: IT's values over the built-in profile", () => {
  it.each([
    ['a field IT set gets IT\'s value', { reviewIntervalMonths: 4 }, 4],
    ['an invalid IT value leaves the built-in one in force, and is listed', { reviewIntervalMonths: 99 }, TJMS.reviewIntervalMonths],
  ])('%s', (_, managed, months) => {
    const { profile } = effectiveProfile(TJMS, { profiles: { tjms: managed } });
    expect(profile.reviewIntervalMonths).toBe(months);
  });

  it('deep fields merge one by one: IT changes the plantão start, the built-in end stays', () => {
    const { profile, rejected } = effectiveProfile(TJMS, { profiles: { tjms: { plantao: { startsAt: '18:00' } } } });
    expect([profile.plantao.startsAt, profile.plantao.endsAt]).toEqual(['18:00', TJMS.plantao.endsAt]);
    expect(rejected).toEqual([]);
  });

  it('a profile other than the overridden one is untouched', () => {
    expect(effectiveProfile(TRIBUNALS['tre-rj']!, { profiles: { tjms: { reviewIntervalMonths: 3 } } }).profile).toBe(TRIBUNALS['tre-rj']);
  });
});

describe('resolvePolicy: what the guard and the options page read', () => {
  it('with no policy: guard on, TJMS, nothing locked, shipped profiles', () => {
    expect(EMPTY_POLICY.guardEnabled).toBe(true);
    expect(EMPTY_POLICY.tribunalId).toBe('tjms');
    expect(EMPTY_POLICY.lockedFields).toEqual([]);
    expect(EMPTY_POLICY.profiles.tjms).toBe(TJMS);
    expect(EMPTY_POLICY.notices).toEqual([]);
  });

  it('applies IT\'s overrides, lists the managed fields that applied and the notices of those that did not', () => {
    const effective = resolvePolicy(
      {
        profiles: {
          tjms: {
            reviewIntervalMonths: 3,
            rules: { magistrateAnyUnitFrom: null },
            plantao: { startsAt: '25:00', regioes: [{ name: 'Norte', lotacao: 'Plantão Norte - Coxim', comarcas: ['Coxim'] }] },
          },
        },
      },
      'managed',
    );
    const tjms = effective.profiles.tjms!;
    expect(tjms.reviewIntervalMonths).toBe(3);
    expect(tjms.rules.magistrateAnyUnitFrom).toBeUndefined();
    expect(tjms.plantao.startsAt).toBe('19:00');
    expect(tjms.plantao.regioes.map((r) => r.lotacao)).toEqual(['Plantão Norte - Coxim']);
    expect(effective.managedFields.tjms).toEqual(['reviewIntervalMonths', 'rules.magistrateAnyUnitFrom', 'plantao.regioes']);
    expect(effective.notices).toEqual([{ path: 'profiles.tjms.plantao.startsAt', message: 'Valor ignorado: Horário: use HH:MM' }]);
    expect(effective.source).toBe('managed');
  });

  it.each([
    [{}, {}, true],
    [{ guardEnabled: false }, {}, false],
    [{}, { rules: { guardEnabled: false } }, false],
    [{ guardEnabled: true }, { rules: { guardEnabled: false } }, false],
  ])('guardEnabledFor with policy %j and TJMS override %j → %s', (policy, override, enabled) => {
    const effective = resolvePolicy({ ...policy, profiles: { tjms: override } }, 'managed');
    expect(guardEnabledFor(effective, effective.profiles.tjms!)).toBe(enabled);
  });
});

describe('which profile a page or a person gets', () => {
  const effective = resolvePolicy({ tribunal: 'tre-rj', extraSajHosts: ['esaj.outrotribunal.jus.br'] }, 'managed');

  it.each([
    ['http://esaj.tjms.jus.br/esaj/portal.do', 'tjms'],
    ['http://esaj.outrotribunal.jus.br/fila.html', 'tre-rj'],
    ['https://unknown.example/', 'tre-rj'],
  ])('%s → %s', (url, id) => {
    expect(profileForUrl(effective, url).id).toBe(id);
  });

  it('a host IT added to a profile\'s sajHosts belongs to that profile', () => {
    const withHost = resolvePolicy({ tribunal: 'tre-rj', profiles: { tjms: { sajHosts: ['*.tjms.jus.br', 'saj.intranet.ms'] } } }, 'managed');
    expect(profileForUrl(withHost, 'http://saj.intranet.ms/x').id).toBe('tjms');
  });

  it('profileOf: unknown ids get the installation\'s tribunal', () => {
    expect(profileOf(effective, 'tjsp').id).toBe('tre-rj');
    expect(profileOf(effective, 'tjms').id).toBe('tjms');
    expect(profileOf(effective, undefined).id).toBe('tre-rj');
  });
});

describe('locked fields', () => {
  const locked = resolvePolicy({ tribunal: 'tjms', lockedFields: ['tribunal', 'cargo', 'lotacoes'] }, 'managed');
  const maria = person();

  it.each([
    ['an unchanged person', maria, maria, []],
    ['a new cargo', maria, { ...maria, cargo: 'analista_judiciario' as const }, ['cargo']],
    ['one more lotação', maria, { ...maria, lotacoes: [...maria.lotacoes, { name: 'Vara Única - Bonito', status: 'ativa' as const }] }, ['lotacoes']],
    ['another tribunal', maria, { ...maria, tribunal: 'tre-rj' }, ['tribunal']],
    ['an unlocked field (name)', maria, { ...maria, name: 'Maria A. Souza' }, []],
    ['a new person filling every field', undefined, maria, []],
    ['a new person of another tribunal', undefined, { ...maria, tribunal: 'tre-rj' }, ['tribunal']],
    ['filling lotações that were empty', { ...maria, lotacoes: [] }, maria, []],
  ])('%s → %j', (_, before, after, changed) => {
    expect(lockedChanges(locked, before, after)).toEqual(changed);
  });

  it('with the tribunal locked by policy, every person is of that tribunal', () => {
    expect(managedPersonValues(locked)).toEqual({ tribunal: 'tjms' });
    expect(withManagedValues(locked, { ...maria, tribunal: 'tre-rj' }).tribunal).toBe('tjms');
    expect(withManagedValues(locked, maria)).toBe(maria);
  });

  it('a tribunal set but not locked is only a default', () => {
    const unlocked = resolvePolicy({ tribunal: 'tre-rj' }, 'managed');
    expect(managedPersonValues(unlocked)).toEqual({});
    expect(lockedChanges(unlocked, maria, { ...maria, tribunal: 'tre-rj' })).toEqual([]);
  });
});
