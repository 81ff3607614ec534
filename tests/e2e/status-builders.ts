/**
 * Synthetic statuses for E2E tests and the demo (domain.md §7; nobody's real data). The person
 * matches the fixture pages' header: "Maria Aparecida Souza (MSOUZA)".
 */
import type { Person, StatusFile } from '../../lib/status/schema';

export const FIXTURE_USER = { name: 'Maria Aparecida Souza', login: 'MSOUZA' };

/** Everything in order for the fixture pages' lotação, in every SAJ database, reviewed recently. */
export function completePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'eu',
    name: FIXTURE_USER.name,
    sajLogin: FIXTURE_USER.login,
    cpf: '12345678909',
    cargo: 'chefe_de_cartorio',
    tribunal: 'tjms',
    cnjAccount: {
      system: 'corporativo',
      status: 'confirmado',
      requestedOn: '2021-09-01',
      confirmedOn: '2021-09-03',
      lastPasswordChangeOn: '2026-05-10',
    },
    sajRegistrations: [
      { database: 'SAJ-Campo Grande', registeredOn: '2026-05-11' },
      { database: 'SAJ-Dourados', registeredOn: '2026-05-11' },
      { database: 'SAJ-Interior', registeredOn: '2026-05-11' },
    ],
    lotacoes: [
      { name: '2ª Vara Criminal - Três Lagoas', status: 'ativa', grantedOn: '2021-09-03' },
      { name: '1ª Vara do Tribunal do Júri - Campo Grande', status: 'ativa', grantedOn: '2022-02-10' },
      { name: 'Plantão Judiciário 1º Grau', status: 'ativa', grantedOn: '2024-08-20', plantao: 'plantao_judiciario' },
    ],
    plantoes: [],
    lastReviewOn: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
    ...overrides,
  };
}

export function statusOf(...people: Person[]): StatusFile {
  return { format: 'sentinela-bnmp-status', version: 2, people, meId: people[0]?.id };
}
