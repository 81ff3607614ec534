/**
 * Version 1 → 2. Version 1 was the early single-person draft:
 *   { format, version: 1, person: { …Person without `id`, lotacoes[].plantao: boolean,
 *     cnjAccount without `system` } }
 * Version 2 holds several people (a chefe de cartório records the whole team) and says which
 * plantão lotação and which CNJ account system apply.
 *
 * Migrations never validate and never drop unknown keys: whatever they cannot convert is passed
 * through so the version-2 schema rejects it by name (a stray `senha` must fail, not vanish).
 */

/** The day BNMP moved to CNJ Corporativo and SCA/CNJ was switched off (domain.md §4). */
const CORPORATIVO_FROM = '2021-08-15';

/** The id given to the single v1 person, who is by definition the browser's user. */
export const V1_PERSON_ID = 'eu';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function migrateCnjAccount(account: unknown): unknown {
  if (!isObject(account) || 'system' in account) return account;
  // The account lives in the system that was in force when it was confirmed (or asked for).
  // With no date at all the account is still to be made, and only Corporativo takes requests now.
  const when = account.confirmedOn ?? account.requestedOn;
  const system = typeof when === 'string' && when < CORPORATIVO_FROM ? 'sca' : 'corporativo';
  return { ...account, system };
}

function migrateLotacao(lotacao: unknown): unknown {
  if (!isObject(lotacao) || typeof lotacao.plantao !== 'boolean') return lotacao;
  const { plantao, ...rest } = lotacao;
  // v1 only knew the weekend/holiday plantão of the região (seed 000: "a lotação da região do seu plantão").
  return plantao ? { ...rest, plantao: 'regiao' } : rest;
}

function migratePerson(person: unknown): unknown {
  if (!isObject(person)) return person;
  return {
    ...person,
    id: V1_PERSON_ID,
    cnjAccount: migrateCnjAccount(person.cnjAccount),
    lotacoes: Array.isArray(person.lotacoes) ? person.lotacoes.map(migrateLotacao) : person.lotacoes,
  };
}

export function v1ToV2(v1: Json): Json {
  const { person, version: _version, ...rest } = v1;
  return { ...rest, version: 2, people: [migratePerson(person)], meId: V1_PERSON_ID };
}
