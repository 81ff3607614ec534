/**
 * Issue 11, "make it checkable": every contact, access channel, step, SAJ procedure, era and rule names
 * its source by id; the sources live once, as data, with their dates; a citation to an id nobody
 * defines fails here.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/readiness/rules';
import { REASON_CODES } from '../../../lib/readiness/types';
import { TRIBUNALS, mergeProfile } from '../../../lib/tribunals';
import { Source } from '../../../lib/tribunals/schema';
import { SOURCES, citationProblems, citationText, citationsIn, findSource } from '../../../lib/tribunals/sources';

const profiles = Object.values(TRIBUNALS);
const allSources = [...SOURCES, ...profiles.flatMap((p) => p.sources)];
/** Rules are national: an id any shipped profile or the shared list defines is a real source. */
const anywhere = (id: string) => allSources.some((s) => s.id === id);

describe('sources live once, as data, with their dates', () => {
  it('every source is valid data, and no id is defined twice', () => {
    for (const s of allSources) expect(Source.safeParse(s).success, s.id).toBe(true);
    const ids = allSources.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the sources the product was compared with (the seeds) carry when: the act’s date and the check’s', () => {
    expect(findSource(TRIBUNALS['tre-rj'], 'tre-rj-ato-conjunto-16-2020')).toMatchObject({ date: '2020-11-03', checkedOn: '2026-11-29' });
    expect(findSource(TRIBUNALS.tjms, 'tjms-gps-acesso-bnmp2')).toMatchObject({ date: '2021-08-12', checkedOn: '2026-11-29' });
  });

  it.each(profiles.map((p) => [p.id, p] as const))('%s: its guidance pages can be found (a link or where it was published) and say when they were checked', (_id, profile) => {
    for (const id of profile.guidance?.sources ?? []) {
      const source = findSource(profile, id);
      expect(source?.url ?? source?.publishedIn, id).toBeDefined();
      expect(source?.checkedOn, id).toBeDefined();
    }
  });
});

describe('everything names its source', () => {
  it.each(profiles.map((p) => [p.id, p] as const))('%s: every contact, channel, procedure, era and step cites an existing source', (_id, profile) => {
    expect(citationProblems(profile)).toEqual([]);
    // Not vacuous: the profile does cite (steps, contacts, eras…).
    expect(citationsIn(profile).length).toBeGreaterThan(10);
  });

  it('the check fails for a citation to an id nobody defines, and for a contact IT added without a source', () => {
    const { profile } = mergeProfile(TRIBUNALS.tjms!, {
      contacts: [{ name: 'Central de atendimento', emails: ['central@tjms.jus.br'], phones: [] }],
      reviewDuty: { who: 'TI', source: { source: 'portaria-que-nao-existe' } },
      reviewIntervalMonths: 6,
    });
    expect(citationProblems(profile)).toEqual(['sem fonte: contacts[0] (Central de atendimento)', 'fonte inexistente: portaria-que-nao-existe (reviewDuty.source)']);
  });

  it('every reason the engine can give has a rule entry citing existing sources', () => {
    for (const code of REASON_CODES) {
      const rule = RULES[code];
      expect(rule.sources.length, code).toBeGreaterThan(0);
      for (const c of rule.sources) expect(anywhere(c.source), `${code} cites ${c.source}`).toBe(true);
    }
  });

  it('a citation is written with the source’s short name and the place in it; an unknown id is shown as given', () => {
    expect(citationText(TRIBUNALS['tre-rj'], { source: 'tre-rj-ato-conjunto-16-2020', at: 'art. 7º, III' })).toBe('Ato Conjunto TRE-RJ nº 16/2020, art. 7º, III');
    expect(citationText(TRIBUNALS.tjms, { source: 'res-cnj-554-2024' })).toBe('Res. CNJ 554/2024');
    expect(citationText(TRIBUNALS.tjms, { source: 'sem-registro', at: 'art. 1º' })).toBe('sem-registro, art. 1º');
  });
});
