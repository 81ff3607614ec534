/**
 * Brazil's fixed-date national holidays, MM-DD, shared by every tribunal profile (Lei 662/1949,
 * Lei 6.802/1980, Lei 14.759/2023 for 20/11) [C]. Data like the rest of a profile: a tribunal's
 * own days (state holidays, recesso, one-off closures) stay in its profile.
 */
export const NATIONAL_FIXED_HOLIDAYS: readonly string[] = [
  '01-01',
  '04-21',
  '05-01',
  '09-07',
  '10-12',
  '11-02',
  '11-15',
  '11-20',
  '12-25',
];
