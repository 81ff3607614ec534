// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createDecider } from '../../../lib/guard/decide';
import { createDecisionLog } from '../../../lib/guard/decision-log';
import type { SigningAttempt } from '../../../lib/guard/interceptor';
import type { ShowWarning, WarningChoice } from '../../../lib/guard/core-contract';
import { TRIBUNALS } from '../../../lib/tribunals';
import type { Verdict } from '../../../lib/readiness/types';
import { pathTo } from '../saj/fixtures';

const QUEUE = `<table><thead><tr><th>Documento</th><th></th></tr></thead><tbody>
  <tr><td>Despacho - Mero expediente</td><td><button id="despacho">Assinar</button></td></tr>
  <tr><td>Mandado de Prisão Preventiva</td><td><button id="mandado">Assinar</button></td></tr></tbody></table>`;

const block: Verdict = {
  level: 'block',
  reasons: [{ code: 'lotacao-not-active', level: 'block', message: 'x', actions: [] }],
  bnmpDocuments: [{ label: 'Mandado de Prisão Preventiva', bnmp: true, kind: 'Mandado de Prisão' }],
};

function attemptOn(id: string) {
  const attempt = {
    kind: 'click' as const,
    path: pathTo(document.getElementById(id)!),
    replays: 0,
    replay() {
      attempt.replays++;
      return true;
    },
    replayAt: () => false,
  };
  return attempt as SigningAttempt & { replays: number };
}

function setUp(options: { ready?: boolean; choice?: WarningChoice | Error } = {}) {
  const failOpen = vi.fn();
  let markReady!: () => void;
  const whenReady = new Promise<void>((r) => (markReady = r));
  let ready = options.ready ?? true;
  const evaluate = vi.fn(() => block);
  const show: ShowWarning = vi.fn(async () => {
    if (options.choice instanceof Error) throw options.choice;
    return options.choice ?? 'cancel';
  });
  const decisions = createDecisionLog();
  const decider = createDecider({
    host: { failOpen, decisions },
    doc: document,
    selectors: () => undefined,
    ready: () => ready,
    whenReady,
    profileFor: () => TRIBUNALS.tjms!,
    guardOn: () => true,
    evaluate,
    loadWarning: async () => show,
  });
  return { decider, failOpen, evaluate, show, decisions, becomeReady: () => ((ready = true), markReady()) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = QUEUE;
});

describe("the core's decision", () => {
  it('a Despacho passes at once even before the status and the policy are read', () => {
    const { decider, evaluate, decisions } = setUp({ ready: false });
    expect(decider.judge(attemptOn('despacho'))).toBe('pass');
    expect(evaluate).not.toHaveBeenCalled();
    expect(decisions.last()).toMatchObject({ level: 'ok', bnmp: 0 });
  });

  it('a Mandado before they are read is held, then decided once they are', async () => {
    const { decider, evaluate, show, becomeReady } = setUp({ ready: false });
    const held = attemptOn('mandado');
    expect(decider.judge(held)).toBe('hold');
    expect(decider.judge(attemptOn('mandado'))).toBe('hold'); // dropped meanwhile
    becomeReady();
    await settle();
    await settle();
    expect(evaluate).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('"Assinar mesmo assim" replays the page action once; Cancelar does not', async () => {
    const proceed = setUp({ choice: 'proceed' });
    const a = attemptOn('mandado');
    expect(proceed.decider.judge(a)).toBe('hold');
    await settle();
    await settle();
    expect(a.replays).toBe(1);
    const cancel = setUp({ choice: 'cancel' });
    const b = attemptOn('mandado');
    cancel.decider.judge(b);
    await settle();
    expect(b.replays).toBe(0);
    expect(cancel.failOpen).not.toHaveBeenCalled();
  });

  it('a dialog that fails to render, or throws, lets the signature through with a notice, and the guard keeps working', async () => {
    for (const choice of ['failed' as const, new Error('the dialog threw')]) {
      const { decider, failOpen, show } = setUp({ choice });
      const a = attemptOn('mandado');
      expect(decider.judge(a)).toBe('hold');
      await settle();
      await settle();
      expect(a.replays).toBe(1);
      expect(failOpen).toHaveBeenCalledOnce();
      // Not stuck with a "dialog open": the next attempt gets a decision of its own.
      expect(decider.judge(attemptOn('mandado'))).toBe('hold');
      await settle();
      expect(show).toHaveBeenCalledTimes(2);
    }
  });
});
