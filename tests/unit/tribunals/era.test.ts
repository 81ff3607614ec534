import { describe, expect, it } from 'vitest';
import { TRIBUNALS, eraAt, mergeProfile } from '../../../lib/tribunals/index';

const tjms = TRIBUNALS['tjms']!;
const cg = (local: string) => new Date(`${local}:00-04:00`);

describe('eraAt (by the date in the tribunal time zone)', () => {
  it.each([
    ['2019-06-01T12:00', 'bnmp2-sca', 'before the first era → the first'],
    ['2020-08-14T00:00', 'bnmp2-sca', 'first day of the 2020 rule'],
    ['2021-08-14T23:59', 'bnmp2-sca', 'last minute of SCA'],
    ['2021-08-15T00:00', 'pdpj-corporativo', 'CNJ Corporativo from 15/08/2021'],
    ['2024-08-13T23:59', 'pdpj-corporativo', 'day before BNMP 3.0'],
    ['2024-08-14T00:00', 'bnmp3', 'BNMP 3.0'],
    ['2030-01-01T00:00', 'bnmp3', 'still in force'],
  ])('%s → %s (%s)', (local, id) => {
    expect(eraAt(tjms, cg(local)).id).toBe(id);
  });

  it('judges the boundary on local time: 02:00 UTC on 15/08 is still 14/08 in Campo Grande', () => {
    expect(eraAt(tjms, new Date('2021-08-15T02:00:00Z')).id).toBe('bnmp2-sca');
    expect(eraAt(tjms, new Date('2021-08-15T04:00:00Z')).id).toBe('pdpj-corporativo');
  });

  it('copes with eras out of order and with a gap between eras (the latest begun applies)', () => {
    const [sca, corporativo] = tjms.cnjEras;
    if (!sca || !corporativo) throw new Error('TJMS eras missing');
    const { profile, rejected } = mergeProfile(tjms, {
      cnjEras: [{ ...corporativo, from: '2022-01-01', until: undefined }, { ...sca, until: '2021-01-01' }],
    });
    expect(rejected).toEqual([]);
    expect(eraAt(profile, cg('2021-06-01T12:00')).id).toBe('bnmp2-sca');
    expect(eraAt(profile, cg('2022-06-01T12:00')).id).toBe('pdpj-corporativo');
  });
});
