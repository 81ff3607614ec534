/** Builders for the guides, reminders and diagnostics tests: a TJMS clerk, status files, Campo Grande times. */
import type { Lotacao, Person, StatusFile } from '../../../lib/status/schema';
import { TRIBUNALS, mergeProfile } from '../../../lib/tribunals';
import type { TribunalProfile } from '../../../lib/tribunals/schema';

/** An instant given as Campo Grande wall-clock time (UTC−4 since 2019): "2026-11-21T19:00". */
export const cg = (local: string): Date => new Date(`${local}:00-04:00`);

export const TJMS = TRIBUNALS['tjms']!;

/** TJMS with a plantão região table (the real one is not public): Três Lagoas' região covers Brasilândia too. */
export const TJMS_WITH_REGIOES: TribunalProfile = mergeProfile(TJMS, {
  plantao: {
    regioes: [
      { name: 'Região Leste', lotacao: 'Plantão Regional Leste - Três Lagoas', comarcas: ['Três Lagoas', 'Brasilândia', 'Água Clara'] },
      { name: 'Região Centro', lotacao: 'Plantão Regional Centro - Campo Grande', comarcas: ['Campo Grande', 'Sidrolândia'] },
    ],
  },
}).profile;

export const lotacao = (name: string, status: Lotacao['status'] = 'ativa', extra: Partial<Lotacao> = {}): Lotacao => ({ name, status, ...extra });

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'maria',
    name: 'Maria Aparecida Souza',
    sajLogin: 'MSOUZA',
    cpf: '12345678909',
    cargo: 'chefe_de_cartorio',
    tribunal: 'tjms',
    cnjAccount: { system: 'corporativo', status: 'confirmado', confirmedOn: '2021-09-03', lastPasswordChangeOn: '2026-05-10' },
    sajRegistrations: [
      { database: 'SAJ-Campo Grande', registeredOn: '2026-05-11' },
      { database: 'SAJ-Dourados', registeredOn: '2026-05-11' },
    ],
    lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'ativa', { grantedOn: '2021-09-03' })],
    plantoes: [],
    lastReviewOn: '2026-10-01',
    ...overrides,
  };
}

export function fileOf(...people: Person[]): StatusFile {
  return { format: 'sentinela-bnmp-status', version: 2, people, ...(people[0] ? { meId: people[0].id } : {}) };
}
