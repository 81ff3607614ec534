import { describe, expect, it } from 'vitest';
import { answerVerdict, cleanContext } from '../../../lib/background/verdicts';
import { EMPTY_POLICY, resolvePolicy } from '../../../lib/policy/effective';
import { completePerson, statusOf } from '../../e2e/status-builders';

const URL_TJMS = 'https://esaj.tjms.jus.br/cpopg/assinar';
const NOW = new Date('2026-11-25T15:00:00Z'); // a Wednesday afternoon in Campo Grande
const CONTEXT = { user: 'Maria Aparecida Souza (MSOUZA)', lotacao: '1ª Vara do Tribunal do Júri - Campo Grande', database: 'SAJ-Campo Grande' };

describe('the background\'s verdict for a page context', () => {
  it('ok for a complete record, with the person\'s tribunal profile', () => {
    const a = answerVerdict({ status: { state: 'ok', file: statusOf(completePerson()) }, policy: EMPTY_POLICY, url: URL_TJMS, context: CONTEXT, now: NOW });
    expect([a.verdict.level, a.guardOn, a.profileId, a.statusState, a.profile]).toEqual(['ok', true, 'tjms', 'ok', undefined]);
  });

  it('block, naming the lotação, when the person does not hold the page\'s', () => {
    const status = { state: 'ok' as const, file: statusOf(completePerson({ lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }] })) };
    const a = answerVerdict({ status, policy: EMPTY_POLICY, url: URL_TJMS, context: CONTEXT, now: NOW });
    expect(a.verdict.level).toBe('block');
    expect(a.verdict.reasons.map((r) => r.code)).toContain('lotacao-not-active');
    expect(a.verdict.reasons.find((r) => r.code === 'lotacao-not-active')!.message).toContain('1ª Vara do Tribunal do Júri - Campo Grande');
  });

  it('nothing recorded: warn (status unknown); the host\'s profile', () => {
    const a = answerVerdict({ status: { state: 'empty' }, policy: EMPTY_POLICY, url: URL_TJMS, context: CONTEXT, now: NOW });
    expect([a.verdict.level, a.verdict.reasons[0]?.code, a.profileId, a.statusState]).toEqual(['warn', 'status-unknown', 'tjms', 'empty']);
  });

  it('the tribunal profile travels only when asked for (a warning about to be shown)', () => {
    const a = answerVerdict({ status: { state: 'empty' }, policy: EMPTY_POLICY, url: URL_TJMS, context: CONTEXT, now: NOW, withProfile: true });
    expect(a.profile?.id).toBe('tjms');
  });

  it('IT switched the guard off: guardOn false', () => {
    const policy = resolvePolicy({ guardEnabled: false }, 'managed');
    const a = answerVerdict({ status: { state: 'empty' }, policy, url: URL_TJMS, context: CONTEXT, now: NOW });
    expect(a.guardOn).toBe(false);
  });

  it('the page chooses none of the context\'s shape: known fields only, bounded text', () => {
    expect(cleanContext({ user: 'x'.repeat(1000), lotacao: 42, grau: 3, plantaoHint: 'yes', extra: 'ignored', documents: [{ label: 'Fulano' }] })).toEqual({ user: 'x'.repeat(300) });
    expect(cleanContext(null)).toEqual({});
    expect(cleanContext({ grau: 2, plantaoHint: true, comarca: 'Dourados' })).toEqual({ grau: 2, plantaoHint: true, comarca: 'Dourados' });
  });
});
