import { describe, expect, it } from 'vitest';
import { TRIBUNALS, mergeProfile, type ProfileOverride } from '../../../lib/tribunals/index';
import { TribunalProfile } from '../../../lib/tribunals/schema';
import { TJMS } from '../../../lib/tribunals/tjms';

describe('mergeProfile: IT overrides, field by field', () => {
  it('merges objects per key: one plantão field changes, the rest stays', () => {
    const { profile, rejected } = mergeProfile(TJMS, { plantao: { startsAt: '18:00' } });
    expect(rejected).toEqual([]);
    expect(profile.plantao.startsAt).toBe('18:00');
    expect(profile.plantao.endsAt).toBe('12:00');
    expect(profile.plantao.circunscricoes).toEqual(TJMS.plantao.circunscricoes);
    expect(profile.contacts).toEqual(TJMS.contacts);
  });

  it('replaces arrays and scalars whole', () => {
    const { profile, rejected } = mergeProfile(TJMS, {
      sajDatabases: ['SAJ-Único'],
      contacts: [{ name: 'Central de TI', emails: ['ti@example.jus.br'], phones: [] }],
      reviewIntervalMonths: 3,
      plantao: { easterOffsets: [-2] },
    });
    expect(rejected).toEqual([]);
    expect(profile.sajDatabases).toEqual(['SAJ-Único']);
    expect(profile.contacts).toEqual([{ name: 'Central de TI', emails: ['ti@example.jus.br'], phones: [] }]);
    expect(profile.reviewIntervalMonths).toBe(3);
    expect(profile.plantao.easterOffsets).toEqual([-2]);
  });

  it('ignores one invalid field (listed, in Portuguese) while the others apply', () => {
    const { profile, rejected } = mergeProfile(TJMS, {
      plantao: { startsAt: '25:00', endsAt: '11:00' },
      rules: { guardEnabled: false },
    });
    expect(profile.plantao.startsAt).toBe('19:00');
    expect(profile.plantao.endsAt).toBe('11:00');
    expect(profile.rules.guardEnabled).toBe(false);
    expect(rejected).toEqual([{ path: 'plantao.startsAt', message: 'Horário: use HH:MM' }]);
  });

  it.each([
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }, /Fuso horário/],
    ['cnjEras', { cnjEras: [] }, /Eras do CNJ: informe ao menos uma/],
    ['reviewIntervalMonths', { reviewIntervalMonths: 'seis' }, /esperava um número/],
    ['reviewIntervalMonths', { reviewIntervalMonths: 36 }, /.+/],
    ['plantao.foo', { plantao: { foo: 1 } }, /Campo desconhecido: foo/],
    ['shortName', { shortName: null }, /.+/],
    ['plantao.fixedHolidaySince.20/11', { plantao: { fixedHolidaySince: { '20/11': '2024-01-01' } } }, /Dia do ano: use MM-DD/],
    ['plantao.recesso.to', { plantao: { recesso: { to: '13-06' } } }, /Dia do ano: use MM-DD/],
    ['contacts', { contacts: [{ name: 'X', emails: [], phones: [], hours: { days: [7], from: '12:00', to: '18:00' } }] }, /\[1º item\]\.hours\.days/],
  ])('rejects %s with a message and keeps the base value', (path, override, message) => {
    const { profile, rejected } = mergeProfile(TJMS, override as unknown as ProfileOverride);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.path).toBe(path);
    expect(rejected[0]?.message).toMatch(message);
    expect(profile).toEqual(TJMS);
  });

  it('null removes an optional field', () => {
    const { profile, rejected } = mergeProfile(TJMS, { rules: { magistrateAnyUnitFrom: null } });
    expect(rejected).toEqual([]);
    expect(profile.rules).toEqual({ guardEnabled: true });
  });

  it('an object where the base has none replaces as a whole, and must be complete', () => {
    const withSelectors = mergeProfile(TJMS, { selectors: { signingAction: '#assinar' } });
    expect(withSelectors.rejected).toEqual([]);
    expect(withSelectors.profile.selectors).toEqual({ signingAction: '#assinar' });

    const noRecesso = mergeProfile(TJMS, { plantao: { recesso: null } }).profile;
    expect(noRecesso.plantao.recesso).toBeUndefined();
    const half = mergeProfile(noRecesso, { plantao: { recesso: { from: '12-20' } } } as unknown as ProfileOverride);
    expect(half.rejected.map((r) => r.path)).toEqual(['plantao.recesso']);
    expect(half.profile.plantao.recesso).toBeUndefined();
  });

  it('rejects an override that is not an object, and prototype keys, without polluting anything', () => {
    expect(mergeProfile(TJMS, [] as unknown as ProfileOverride).rejected).toEqual([
      { path: '', message: 'Personalização do perfil: esperado um objeto com os campos a mudar' },
    ]);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "rules": {"guardEnabled": false}}') as ProfileOverride;
    const { profile, rejected } = mergeProfile(TJMS, hostile);
    expect(rejected.map((r) => r.path)).toEqual(['__proto__']);
    expect(profile.rules.guardEnabled).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never changes the shipped profile, and the result is always a valid profile', () => {
    const before = structuredClone(TJMS);
    const { profile } = mergeProfile(TJMS, { plantao: { startsAt: '18:00', circunscricoes: [] }, sajDatabases: [] });
    expect(TJMS).toEqual(before);
    expect(TribunalProfile.safeParse(profile).success).toBe(true);
  });
});
