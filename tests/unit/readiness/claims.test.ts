/**
 * Issue 11: a message's claim and its rule's level must agree. Only a `block` says the CNJ will refuse;
 * a `warn` says so only conditionally ("se esta assinatura for…"); a note about the record (cargo,
 * review) never says so and never reaches a signature. Each rule is exercised at every level
 * lib/readiness/rules.ts declares for it, and the messages produced are read.
 */
import { describe, expect, it } from 'vitest';
import { evaluateReadiness, statusNotices, type ReadinessInput } from '../../../lib/readiness/engine';
import * as msg from '../../../lib/readiness/messages';
import { RULES } from '../../../lib/readiness/rules';
import { REASON_CODES, type Reason } from '../../../lib/readiness/types';
import type { Person } from '../../../lib/status/schema';
import { TJMS } from '../../../lib/tribunals/tjms';
import { TRE_RJ } from '../../../lib/tribunals/tre-rj';
import { WORKING_AFTERNOON, campoGrande, input, lotacao, person, screen, statusOf } from './fixtures';

type Claim = 'certain' | 'conditional' | 'none';

// Word boundaries that know "á" is a letter (JavaScript's \b does not).
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');
const REFUSAL = word('recusará|recusaria|recusar|recusa|impedirá|impede');
const NEGATED = word('não\\s+(?:\\S+\\s+){0,2}(?:recusa|recusará|impede|impedirá)');
const CONDITION = /(?:^|[:;,]\s*)(?:se|caso)\s/iu;

/** What a message says about a CNJ refusal, sentence by sentence. */
function refusalClaim(message: string): Claim {
  let found: Claim = 'none';
  for (const sentence of message.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ú“])/u)) {
    if (!REFUSAL.test(sentence)) continue;
    if (NEGATED.test(sentence)) continue;
    if (CONDITION.test(sentence)) {
      found = found === 'none' ? 'conditional' : found;
      continue;
    }
    return 'certain';
  }
  return found;
}

const clerk = (overrides: Partial<Person> = {}) => statusOf(person(overrides));
const PDPJ_SATURDAY = campoGrande('2023-05-13T10:00');

/** Inputs that make the engine give each reason at each level it may have. */
const SIGNATURES: [string, Partial<ReadinessInput>][] = [
  ['nothing recorded', { status: { state: 'empty' } }],
  ['status unreadable', { status: { state: 'unreadable' } }],
  ['account requested', { status: clerk({ cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-20' } }) }],
  ['account never requested', { status: clerk({ cnjAccount: { system: 'corporativo', status: 'nao_solicitado' } }) }],
  ['no SAJ registration', { status: clerk({ sajRegistrations: [] }) }],
  ['no SAJ registration, page silent on the database', { status: clerk({ sajRegistrations: [] }), screen: screen({ database: undefined }) }],
  ['stale SAJ registration', { status: clerk({ sajRegistrations: [{ database: 'SAJ-Interior', registeredOn: '2026-01-05' }] }) }],
  [
    'one stale and one fresh registration, page silent',
    {
      status: clerk({ sajRegistrations: [{ database: 'SAJ-Interior', registeredOn: '2026-04-01' }, { database: 'SAJ-Dourados', registeredOn: '2025-01-01' }] }),
      screen: screen({ database: undefined }),
    },
  ],
  ...(['solicitada', 'negada', 'revogada', 'nao_solicitada'] as const).map(
    (status): [string, Partial<ReadinessInput>] => [`page lotação ${status}`, { status: clerk({ lotacoes: [lotacao('2ª Vara Criminal - Três Lagoas', status)] }) }],
  ),
  ['page lotação absent', { screen: screen({ lotacao: '1ª Vara Criminal - Dourados' }) }],
  ['no active lotação, page silent', { status: clerk({ lotacoes: [lotacao('x', 'solicitada')] }), screen: screen({ lotacao: undefined }) }],
  ['page silent on the lotação', { screen: screen({ lotacao: undefined }) }],
  ['plantão page, BNMP 3.0, no plantão lotação', { screen: screen({ lotacao: 'Plantão Judiciário 1º Grau', plantaoHint: true }) }],
  [
    'recorded plantão while the page shows an ordinary unit',
    {
      now: campoGrande('2026-11-04T20:00'),
      status: clerk({ plantoes: [{ start: '2026-11-04T19:00:00-04:00', end: '2026-11-05T12:00:00-04:00', comarca: 'Três Lagoas' }] }),
    },
  ],
  [
    'plantão page before BNMP 3.0, região unknown',
    { now: PDPJ_SATURDAY, status: clerk({ lastReviewOn: '2023-05-01' }), screen: screen({ lotacao: undefined, plantaoHint: true, comarca: 'Foro de Três Lagoas', database: undefined }) },
  ],
];

/** People whose record gets notes (never at a signature). */
const RECORDS: [string, Person, typeof TJMS][] = [
  ['TRE-RJ analista, never reviewed', person({ tribunal: 'TRE-RJ', cargo: 'analista_judiciario', lastReviewOn: undefined }), TRE_RJ],
  ['TRE-RJ chefe de cartório, reviewed long ago', person({ tribunal: 'TRE-RJ', cargo: 'chefe_de_cartorio', lastReviewOn: '2025-01-01' }), TRE_RJ],
  ['TJMS with an interval set by IT', person({ lastReviewOn: '2025-01-01' }), { ...TJMS, reviewIntervalMonths: 6 }],
];

const atSignature: { scenario: string; reason: Reason }[] = SIGNATURES.flatMap(([scenario, overrides]) =>
  evaluateReadiness(input(overrides)).reasons.map((reason) => ({ scenario, reason })),
);
const onRecord: { scenario: string; reason: Reason }[] = RECORDS.flatMap(([scenario, who, profile]) =>
  statusNotices(who, profile, WORKING_AFTERNOON).map((reason) => ({ scenario, reason })),
);

describe('the claim classifier', () => {
  it.each<[string, Claim]>([
    ['O cargo “Analista Judiciário” não está entre os que podem ter acesso ao BNMP no TRE-RJ: … O CNJ pode recusar a assinatura. Confira o cargo.', 'certain'],
    ['Sua lotação “X” teve o acesso negado. O CNJ recusará a assinatura por essa lotação.', 'certain'],
    ['A página mostra a lotação “X”: se esta assinatura for do plantão, o CNJ a recusará. Peça acesso.', 'conditional'],
    ['Você trocou a senha. Se esta assinatura for nessa base, o CNJ a recusará: refaça o cadastro.', 'conditional'],
    ['Isso sozinho não impede a assinatura — o CNJ confere o cargo e a lotação.', 'none'],
    ['O Sentinela não sabe se o CNJ aceitará esta assinatura.', 'none'],
  ])('%s → %s', (message, claim) => expect(refusalClaim(message)).toBe(claim));
});

describe('messages and levels agree', () => {
  it.each(atSignature.map(({ scenario, reason }) => [scenario, reason.code, reason.level, reason] as const))(
    'at a signature — %s: %s (%s)',
    (_scenario, code, level, reason) => {
      const rule = RULES[code];
      expect(rule.shownAt).toBe('signature');
      expect(rule.levels).toContain(level);
      const claim = refusalClaim(reason.message);
      if (level === 'block') expect(claim, reason.message).toBe('certain');
      else expect(claim, reason.message).not.toBe('certain');
    },
  );

  it.each(onRecord.map(({ scenario, reason }) => [scenario, reason.code, reason] as const))('about the record — %s: %s', (_scenario, code, reason) => {
    expect(RULES[code].shownAt).toBe('record');
    expect(RULES[code].levels).toContain(reason.level);
    expect(refusalClaim(reason.message), reason.message).toBe('none');
  });

  it('every rule is exercised at every level it declares (so the checks above cannot pass by having nothing to read)', () => {
    const seen = new Set([...atSignature, ...onRecord].map(({ reason }) => `${reason.code}/${reason.level}`));
    const declared = REASON_CODES.flatMap((code) => RULES[code].levels.map((level) => `${code}/${level}`));
    expect(declared.filter((d) => !seen.has(d))).toEqual([]);
  });

  it('record notes never appear in a signature’s verdict, whatever the record says', () => {
    for (const [, who, profile] of RECORDS) {
      const codes = evaluateReadiness(input({ profile, status: statusOf(who) })).reasons.map((r) => r.code);
      expect(codes.filter((c) => RULES[c].shownAt === 'record')).toEqual([]);
    }
  });

  it('the message functions themselves: a cargo note and a review note never claim a refusal', () => {
    const cargo = msg.cargoNotAllowed({ cargo: 'Técnico Judiciário', tribunal: 'TRE-RJ', allowed: ['Chefe de Cartório'], contact: 'a TI' });
    const review = msg.reviewOverdue({ months: 6, duty: { who: 'administradores regionais do BNMP', article: 'os', source: 'art. 7º, III' } });
    expect([refusalClaim(cargo), refusalClaim(review)]).toEqual(['none', 'none']);
  });
});
