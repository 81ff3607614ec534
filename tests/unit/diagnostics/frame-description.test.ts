import { describe, expect, it } from 'vitest';
import { readFrameDescription } from '../../../lib/diagnostics/frame-description';

describe('reading a frame’s answer without trusting its shape', () => {
  it('keeps a well-formed description as is', () => {
    const answer = {
      url: 'https://esaj.tjms.jus.br/a',
      top: true,
      core: true,
      profileId: 'tjms',
      statusState: 'ok',
      context: { user: 'Ana (APR)', lotacao: 'Vara', database: 'SAJ-Interior', comarca: 'Corumbá', plantaoHint: true, grau: 2 },
      signingActions: [{ label: 'Assinar', tag: 'button', documents: [{ label: 'Mandado de Prisão', bnmp: true, kind: 'Mandado de Prisão' }] }],
      verdict: { level: 'warn', reasons: [{ code: 'review-overdue', level: 'warn', message: 'Revise' }] },
      selectorsUsed: ['#x'],
      lastDecision: { at: '2026-11-21T15:00:00Z', seq: 4, level: 'warn', codes: ['review-overdue'], documents: 1, bnmp: 1 },
      closedShadowClick: { at: '2026-11-21T15:00:01Z', tag: 'sds-painel' },
    };
    expect(readFrameDescription(answer)).toEqual(answer);
  });

  it('accepts the content script’s answer from before the core loaded', () => {
    expect(readFrameDescription({ url: 'https://esaj.tjms.jus.br/', core: false })).toEqual({ url: 'https://esaj.tjms.jus.br/', top: false, core: false });
  });

  it.each([null, undefined, 'x', 42, [], { core: true }, { url: 7 }])('rejects %j', (answer) => {
    expect(readFrameDescription(answer)).toBeUndefined();
  });

  it('drops fields of the wrong type and bounds lists and strings', () => {
    const read = readFrameDescription({
      url: 'https://x/',
      top: 'yes',
      statusState: 'weird',
      context: { user: 5, grau: 3, plantaoHint: 'true' },
      signingActions: Array.from({ length: 80 }, () => ({ label: 'A'.repeat(2000), tag: 'b', documents: [{ label: 'x', bnmp: 'true' }, 'junk'] })),
      verdict: { level: 'maybe', reasons: [] },
      selectorsUsed: ['#a', 3],
      lastDecision: { at: 'x', level: 'ok', codes: [1, 'c'], documents: Infinity },
    })!;
    expect(read.top).toBe(false);
    expect(read.statusState).toBeUndefined();
    expect(read.context).toEqual({});
    expect(read.signingActions).toHaveLength(50);
    expect(read.signingActions![0]!.label).toHaveLength(500);
    expect(read.signingActions![0]!.documents).toEqual([{ label: 'x', bnmp: false }]);
    expect(read.verdict).toBeUndefined();
    expect(read.selectorsUsed).toEqual(['#a']);
    expect(read.lastDecision).toEqual({ at: 'x', level: 'ok', codes: ['c'], documents: 0, seq: 0, bnmp: 0 });
  });
});
