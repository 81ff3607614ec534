/**
 * Whatever the stored status, the page and the hour, the verdict keeps its promises: it never throws,
 * its level is the worst reason's, blocks come first, every message is a finished pt-BR sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARGOS, CNJ_ACCOUNT_STATUSES, LOTACAO_STATUSES, type Person } from '../../../lib/status/schema';
import { evaluateReadiness } from '../../../lib/readiness/engine';
import type { SigningScreen } from '../../../lib/readiness/types';
import { TJMS } from '../../../lib/tribunals/tjms';
import { TRE_RJ } from '../../../lib/tribunals/tre-rj';
import { statusOf } from './fixtures';

const NAMES = [
  '2ª Vara Criminal - Três Lagoas',
  '2a VARA CRIMINAL DE TRES LAGOAS',
  'Vara Criminal - Aquidauana',
  'Plantão Judiciário 1º Grau',
  'Plantão da 4ª Circunscrição - Três Lagoas',
  '<img src=x onerror=alert(1)>',
  '',
];
const DATES = ['2020-08-14', '2021-08-14', '2021-08-15', '2024-08-13', '2024-08-14', '2026-11-03', undefined];
const date = fc.constantFrom(...DATES);

const person: fc.Arbitrary<Person> = fc.record({
  cargo: fc.constantFrom(...CARGOS),
  status: fc.constantFrom(...CNJ_ACCOUNT_STATUSES),
  changed: date,
  regs: fc.array(fc.record({ database: fc.constantFrom('SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior', 'saj interior'), registeredOn: fc.constantFrom('2020-09-01', '2026-01-01') }), { maxLength: 3 }),
  lotacoes: fc.array(
    fc.record({
      name: fc.constantFrom(...NAMES.filter((n) => n !== '')),
      status: fc.constantFrom(...LOTACAO_STATUSES),
      plantao: fc.constantFrom(undefined, 'regiao', 'circunscricao', 'plantao_judiciario' as const),
      requestedOn: date,
    }),
    { maxLength: 6 },
  ),
  plantao: fc.option(fc.integer({ min: -48, max: 48 }), { nil: undefined }),
  review: date,
}).map((r) => ({
  id: 'p1',
  name: 'Ana Souza',
  sajLogin: 'ana.souza',
  cargo: r.cargo,
  tribunal: 'TJMS',
  cnjAccount: { system: 'corporativo' as const, status: r.status, ...(r.changed ? { lastPasswordChangeOn: r.changed } : {}) },
  sajRegistrations: r.regs,
  lotacoes: r.lotacoes.map(({ plantao, requestedOn, ...l }) => ({ ...l, ...(plantao ? { plantao } : {}), ...(requestedOn ? { requestedOn } : {}) })),
  // An assignment of 12 h starting `plantao` hours from the evaluated instant (set below).
  plantoes: r.plantao === undefined ? [] : [{ start: `@${r.plantao}`, end: '', comarca: 'Três Lagoas' }],
  ...(r.review ? { lastReviewOn: r.review } : {}),
}));

const screen: fc.Arbitrary<SigningScreen> = fc.record({
  documents: fc.array(fc.record({ label: fc.constantFrom('Mandado de Prisão', 'Despacho'), bnmp: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  user: fc.constantFrom(undefined, 'Ana Souza', 'Outra Pessoa'),
  lotacao: fc.constantFrom(...NAMES, undefined),
  database: fc.constantFrom(undefined, 'SAJ-Interior', 'SAJ Dourados', 'Base X'),
  plantaoHint: fc.boolean(),
  grau: fc.constantFrom(1 as const, 2 as const),
  comarca: fc.constantFrom(undefined, 'Bataguassu', 'Foro de Três Lagoas', 'Atlântida'),
});

const instant = fc.date({ min: new Date('2020-08-14T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });

describe('verdict invariants', () => {
  it('holds for any person, page and instant, in TJMS and TRE-RJ', () => {
    fc.assert(
      fc.property(person, screen, instant, fc.boolean(), fc.constantFrom('ok', 'empty', 'unreadable'), (p, s, now, tre, state) => {
        const hours = p.plantoes[0] ? Number(p.plantoes[0].start.slice(1)) : 0;
        const start = new Date(now.getTime() + hours * 3600_000);
        const plantoes = p.plantoes.length ? [{ start: start.toISOString(), end: new Date(start.getTime() + 12 * 3600_000).toISOString(), comarca: 'Três Lagoas' }] : [];
        const status = state === 'ok' ? statusOf({ ...p, plantoes }) : ({ state } as { state: 'empty' | 'unreadable' });
        const v = evaluateReadiness({ status, screen: s, profile: tre ? TRE_RJ : TJMS, now });

        expect(v.bnmpDocuments).toEqual(s.documents.filter((d) => d.bnmp));
        if (v.bnmpDocuments.length === 0) expect(v.reasons).toEqual([]);
        const worst = v.reasons.some((r) => r.level === 'block') ? 'block' : v.reasons.length ? 'warn' : 'ok';
        expect(v.level).toBe(worst);
        const firstWarn = v.reasons.findIndex((r) => r.level === 'warn');
        if (firstWarn >= 0) expect(v.reasons.slice(firstWarn).every((r) => r.level === 'warn')).toBe(true);
        expect(new Set(v.reasons.map((r) => r.code)).size).toBe(v.reasons.length);
        for (const r of v.reasons) {
          expect(r.message).not.toMatch(/undefined|NaN|null|\[object/);
          expect(r.message).toMatch(/[.)]$/);
          expect(r.message.length).toBeLessThan(1200);
          for (const a of r.actions) expect(a.label.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
