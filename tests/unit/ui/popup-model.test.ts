/** What the popup decides: whose readiness, the verdict for the SAJ tab, the next plantão. */
import { describe, expect, it } from 'vitest';
import type { FrameDescription } from '../../../lib/guard/core-contract';
import { CURRENT_VERSION, FORMAT_ID, type Person, type StatusFile } from '../../../lib/status/schema';
import { nextPlantao, personForPopup, popupProfile, tabProfile, tabVerdict } from '../../../lib/ui/popup-model';
import { resolvePolicy } from '../../../lib/policy/effective';
import { TJMS } from '../../../lib/tribunals/tjms';
import { WORKING_AFTERNOON, lotacao, person } from '../readiness/fixtures';

const ana = person({ id: 'ana', name: 'Ana Souza', sajLogin: 'ana.souza', tribunal: 'tjms' });
const bia = person({ id: 'bia', name: 'Beatriz Lima', sajLogin: 'bia.lima', tribunal: 'tjms', lotacoes: [lotacao('1ª Vara Criminal - Dourados')] });
const file = (people: Person[], meId?: string): StatusFile => ({ format: FORMAT_ID, version: CURRENT_VERSION, people, ...(meId ? { meId } : {}) });

describe('personForPopup', () => {
  it.each([
    ['the one picked', file([ana, bia], 'ana'), { pickedId: 'bia' }, 'bia'],
    ['the one the SAJ header names', file([ana, bia], 'ana'), { screenUser: 'BEATRIZ LIMA (bia.lima)' }, 'bia'],
    ['"eu" when no page says otherwise', file([ana, bia], 'bia'), {}, 'bia'],
    ['the only person, even without "eu"', file([ana]), {}, 'ana'],
    ['nobody when several and none is "eu"', file([ana, bia]), {}, undefined],
    ['nobody when the header names someone not recorded', file([ana, bia], 'ana'), { screenUser: 'Carlos Dias' }, undefined],
  ])('%s', (_, f, options, id) => {
    expect(personForPopup(f, options)?.id).toBe(id);
  });
});

describe('tabVerdict', () => {
  const frame = (context: FrameDescription['context']): FrameDescription => ({ url: 'http://esaj.tjms.jus.br/', top: true, core: true, profileId: 'tjms', context });

  it('blocks on a page whose lotação the person does not hold, and follows the stored status', () => {
    const f = frame({ user: 'Ana Souza (ana.souza)', lotacao: '1ª Vara Criminal - Dourados', database: 'SAJ-Interior' });
    const before = tabVerdict({ state: 'ok', file: file([ana]) }, f, TJMS, WORKING_AFTERNOON);
    expect(before.level).toBe('block');
    expect(before.reasons[0]).toMatchObject({ code: 'lotacao-not-active', lotacao: '1ª Vara Criminal - Dourados' });

    const granted = { ...ana, lotacoes: [...ana.lotacoes, lotacao('1ª Vara Criminal - Dourados')] };
    expect(tabVerdict({ state: 'ok', file: file([granted]) }, f, TJMS, WORKING_AFTERNOON).level).toBe('ok');
  });

  it('says the status is unknown for a user nobody recorded', () => {
    const verdict = tabVerdict({ state: 'ok', file: file([ana], 'ana') }, frame({ user: 'Carlos Dias' }), TJMS, WORKING_AFTERNOON);
    expect(verdict.reasons.map((r) => r.code)).toEqual(['status-unknown']);
  });

  it('uses the host’s profile when the person is unknown, and the person’s tribunal otherwise', () => {
    expect(tabProfile(frame({}), undefined).id).toBe('tjms');
    expect(tabProfile({ ...frame({}), profileId: 'nao-existe' }, undefined).id).toBe('tjms');
    expect(tabProfile(frame({}), { ...ana, tribunal: 'tre-rj' }).id).toBe('tre-rj');
  });

  it('follows IT\'s policy: its overrides, the tribunal it fixed, the installation\'s tribunal', () => {
    const overridden = resolvePolicy({ profiles: { tjms: { reviewIntervalMonths: 3 } } }, 'managed');
    expect(tabProfile(frame({}), ana, overridden).reviewIntervalMonths).toBe(3);
    expect(tabProfile(frame({}), undefined, overridden).reviewIntervalMonths).toBe(3);

    const fixed = resolvePolicy({ tribunal: 'tre-rj', lockedFields: ['tribunal'] }, 'managed');
    expect(tabProfile(frame({}), ana, fixed).id).toBe('tre-rj');
    // Nobody known on the page: the host's profile; an unknown host profile: the installation's tribunal.
    expect(tabProfile(frame({}), undefined, fixed).id).toBe('tjms');
    expect(tabProfile({ ...frame({}), profileId: 'nao-existe' }, undefined, fixed).id).toBe('tre-rj');
  });
});

describe('popupProfile', () => {
  const frame: FrameDescription = { url: 'http://esaj.tjms.jus.br/', top: true, core: true, profileId: 'tjms' };
  const installation = resolvePolicy({ tribunal: 'tre-rj' }, 'managed');
  it.each([
    ['the person\'s tribunal', ana, undefined, 'tjms'],
    ['with nobody, the SAJ tab\'s', undefined, frame, 'tjms'],
    ['with nobody and no SAJ tab, the installation\'s tribunal', undefined, undefined, 'tre-rj'],
  ] as const)('%s', (_what, who, tab, id) => {
    expect(popupProfile(who, tab, installation).id).toBe(id);
  });
});

describe('nextPlantao', () => {
  const plantoes = [
    { start: '2026-11-10T19:00:00-04:00', end: '2026-11-11T12:00:00-04:00', comarca: 'Dourados' },
    { start: '2026-11-01T19:00:00-04:00', end: '2026-11-02T12:00:00-04:00', comarca: 'Miranda' },
    { start: '2026-11-04T12:00:00-04:00', end: '2026-11-05T12:00:00-04:00', comarca: 'Três Lagoas' },
  ];
  it('is the one under way, else the next one; past ones are ignored', () => {
    expect(nextPlantao({ ...ana, plantoes }, WORKING_AFTERNOON)).toMatchObject({ ongoing: true, plantao: { comarca: 'Três Lagoas' } });
    expect(nextPlantao({ ...ana, plantoes }, new Date('2026-11-06T12:00:00-04:00'))).toMatchObject({ ongoing: false, plantao: { comarca: 'Dourados' } });
    expect(nextPlantao({ ...ana, plantoes }, new Date('2026-12-01T00:00:00-04:00'))).toBeUndefined();
  });
});
