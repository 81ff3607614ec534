// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createWarnFlow, historyEntry } from '../../../lib/guard/warn-flow';
import type { SigningAttempt } from '../../../lib/guard/interceptor';
import type { ShowWarning, WarningChoice } from '../../../lib/guard/core-contract';
import { TRIBUNALS } from '../../../lib/tribunals';
import type { Verdict } from '../../../lib/readiness/types';
import { pathTo } from '../saj/fixtures';

const block: Verdict = {
  level: 'block',
  reasons: [{ code: 'lotacao-not-active', level: 'block', message: 'x', actions: [] }],
  bnmpDocuments: [{ label: 'Mandado de Prisão Preventiva', bnmp: true, kind: 'Mandado de Prisão' }],
};

function setUp(choice: WarningChoice | Error) {
  document.body.innerHTML = '<table><tbody><tr><td>Mandado de Prisão Preventiva</td><td><button id="mandado">Assinar</button></td></tr></tbody></table>';
  const failOpen = vi.fn();
  const sent: unknown[] = [];
  const order: string[] = [];
  const show: ShowWarning = vi.fn(async () => {
    order.push('dialog');
    if (choice instanceof Error) throw choice;
    return choice;
  });
  const warn = createWarnFlow({
    host: { failOpen },
    api: { runtime: { sendMessage: async (m: unknown) => void sent.push(m) } as never },
    doc: document,
    selectors: () => undefined,
    loadWarning: async () => show,
    profileFor: async () => TRIBUNALS.tjms!,
  });
  const action = document.getElementById('mandado')!;
  const attempt = {
    kind: 'click' as const,
    path: pathTo(action),
    replays: 0,
    replay() {
      attempt.replays++;
      return true;
    },
    replayAt: () => false,
  };
  const held = {
    verdict: block,
    action,
    screen: { documents: block.bnmpDocuments, lotacao: '2ª Vara Criminal - Três Lagoas' },
    attempt: attempt as SigningAttempt,
    onShown: () => void order.push('shown'),
  };
  return { warn: () => warn(held), attempt, failOpen, sent, order };
}

describe('the warning flow', () => {
  it('"Assinar mesmo assim" replays the page action once and records it', async () => {
    const { warn, attempt, sent } = setUp('proceed');
    await warn();
    expect(attempt.replays).toBe(1);
    expect(sent).toMatchObject([{ type: 'sentinela:history', entry: { decision: 'signed-anyway', documentKinds: ['Mandado de Prisão'], reasonCodes: ['lotacao-not-active'] } }]);
  });

  it('tells the always-on script the warning is going on display (its "conferindo" notice then goes)', async () => {
    const { warn, order } = setUp('cancel');
    await warn();
    expect(order).toEqual(['shown', 'dialog']);
  });

  it('Cancelar replays nothing and records it', async () => {
    const { warn, attempt, sent, failOpen } = setUp('cancel');
    await warn();
    expect(attempt.replays).toBe(0);
    expect(failOpen).not.toHaveBeenCalled();
    expect(sent).toMatchObject([{ entry: { decision: 'cancelled' } }]);
  });

  it.each([['failed' as const], [new Error('the dialog threw')]])('a dialog that fails (%s) lets the signature through with a notice', async (choice) => {
    const { warn, attempt, failOpen, sent } = setUp(choice);
    await warn();
    expect(attempt.replays).toBe(1);
    expect(failOpen).toHaveBeenCalledOnce();
    expect(sent).toMatchObject([{ entry: { decision: 'fail-open' } }]);
  });

  it('a history line carries no names and no document text', () => {
    const entry = historyEntry({ ...block, bnmpDocuments: [{ label: 'Mandado de Prisão — Fulano de Tal — 0814194-90.2022.8.12.0001', bnmp: true, kind: 'Mandado de Prisão' }] }, { lotacao: 'Vara' }, 'cancelled');
    expect(JSON.stringify(entry)).not.toContain('Fulano');
    expect(JSON.stringify(entry)).not.toContain('0814194');
  });
});
