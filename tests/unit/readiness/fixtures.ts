/** Builders for readiness tests: a realistic TJMS clerk, a signing screen, and Campo Grande local times. */
import type { Lotacao, Person, StatusFile } from '../../../lib/status/schema';
import { CURRENT_VERSION, FORMAT_ID, Person as PersonSchema } from '../../../lib/status/schema';
import type { ReadinessInput } from '../../../lib/readiness/engine';
import type { SigningScreen } from '../../../lib/readiness/types';
import { TJMS } from '../../../lib/tribunals/tjms';

/** An instant given as Campo Grande wall-clock time (UTC−4, no DST since 2019): "2026-11-04T19:00". */
export const campoGrande = (local: string): Date => new Date(`${local}:00-04:00`);

/** Wednesday 04/11/2026 15:00 in Campo Grande: a working day, office hours, BNMP 3.0 era. */
export const WORKING_AFTERNOON = campoGrande('2026-11-04T15:00');

export const lotacao = (name: string, status: Lotacao['status'] = 'ativa', extra: Partial<Lotacao> = {}): Lotacao => ({
  name,
  status,
  ...extra,
});

export function person(overrides: Partial<Person> = {}): Person {
  const p: Person = {
    id: 'ana',
    name: 'Ana Souza',
    sajLogin: 'ana.souza',
    cargo: 'chefe_de_cartorio',
    tribunal: 'TJMS',
    cnjAccount: { system: 'corporativo', status: 'confirmado', confirmedOn: '2021-09-01', lastPasswordChangeOn: '2026-03-10' },
    sajRegistrations: [{ database: 'SAJ-Interior', registeredOn: '2026-03-11' }],
    lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', 'ativa', { grantedOn: '2021-09-02' })],
    plantoes: [],
    lastReviewOn: '2026-09-01',
    ...overrides,
  };
  // The builders must only make people the stored format accepts.
  return PersonSchema.parse(p);
}

/** Ten lotações, as a judge or clerk who covers several units and plantões would have. */
export function busyPerson(overrides: Partial<Person> = {}): Person {
  return person({
    lotacoes: [
      lotacao('1ª Vara do Tribunal do Júri - Campo Grande'),
      lotacao('2ª Vara Criminal - Três Lagoas'),
      lotacao('1ª Vara de Execução Penal do Interior - Campo Grande'),
      lotacao('Vara Criminal - Aquidauana', 'solicitada', { requestedOn: '2026-10-01' }),
      lotacao('2ª Vara - Miranda', 'revogada', { revokedOn: '2025-02-01' }),
      lotacao('1ª Vara Criminal - Dourados'),
      lotacao('Vara Única - Bataguassu'),
      lotacao('Plantão da 4ª Circunscrição - Três Lagoas', 'ativa', { plantao: 'circunscricao' }),
      lotacao('Plantão Judiciário 1º Grau', 'ativa', { plantao: 'plantao_judiciario' }),
      lotacao('1ª Vara Cível - Três Lagoas', 'negada'),
    ],
    ...overrides,
  });
}

export function statusOf(...people: Person[]): ReadinessInput['status'] {
  const file: StatusFile = { format: FORMAT_ID, version: CURRENT_VERSION, people, meId: people[0]?.id };
  return { state: 'ok', file };
}

export function screen(overrides: Partial<SigningScreen> = {}): SigningScreen {
  return {
    documents: [{ label: 'PJMS-CRI Mandado de Prisão Preventiva BNMP 2.0', bnmp: true, kind: 'mandado de prisão' }],
    user: 'Ana Souza (ana.souza)',
    lotacao: '2ª Vara Criminal - Três Lagoas',
    database: 'SAJ-Interior',
    ...overrides,
  };
}

export function input(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return { status: statusOf(person()), screen: screen(), profile: TJMS, now: WORKING_AFTERNOON, ...overrides };
}
