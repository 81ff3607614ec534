// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CHECKING_AFTER_MS, createJudge } from '../../../lib/guard/judge';
import { createDecisionLog } from '../../../lib/guard/decision-log';
import { markOwnUi } from '../../../lib/guard/own-ui';
import type { SigningAttempt } from '../../../lib/guard/interceptor';
import type { HeldSignature } from '../../../lib/guard/core-contract';
import type { VerdictAnswer } from '../../../lib/guard/verdict-protocol';
import { TRIBUNALS } from '../../../lib/tribunals';
import type { VerdictLevel } from '../../../lib/readiness/types';
import { pathTo } from '../saj/fixtures';

const QUEUE = `
  <header><span id="identificacao"><strong>Maria Aparecida Souza</strong> (MSOUZA)</span> Lotação: <b>2ª Vara Criminal - Três Lagoas</b></header>
  <table>
    <thead><tr><th></th><th>Documento</th><th></th></tr></thead>
    <tbody>
      <tr><td><input type="checkbox"></td><td>Despacho - Mero expediente</td><td><button id="despacho">Assinar</button></td></tr>
      <tr><td><input type="checkbox"></td><td>Mandado de Prisão Preventiva</td><td><button id="mandado">Assinar</button></td></tr>
      <tr><td><input type="checkbox"></td><td>Sentença</td><td><button id="salvar">Salvar</button></td></tr>
    </tbody>
  </table>`;

const answer = (level: VerdictLevel, guardOn = true): VerdictAnswer => ({
  verdict: { level, reasons: level === 'ok' ? [] : [{ code: 'lotacao-not-active', level, message: 'x', actions: [] }], bnmpDocuments: [] },
  guardOn,
  profileId: TRIBUNALS.tjms!.id,
  statusState: 'ok',
});

function attemptOn(id: string): SigningAttempt & { replays: number } {
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
  return attempt;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setUp(options: { cached?: VerdictAnswer; fresh?: () => Promise<VerdictAnswer>; ui?: 'fails' } = {}) {
  document.body.innerHTML = QUEUE;
  const failOpen = vi.fn();
  const decisions = createDecisionLog();
  const warned: HeldSignature[] = [];
  let release!: (a: VerdictAnswer) => void;
  const pending = new Promise<VerdictAnswer>((r) => (release = r));
  const verdicts = {
    cached: vi.fn(() => options.cached),
    get: vi.fn(options.fresh ?? (() => pending)),
  };
  const loadUi = vi.fn(async () => {
    if (options.ui === 'fails') throw new Error('guard-core.js did not load');
    return { warn: async (held: HeldSignature) => void warned.push(held) };
  });
  const judge = createJudge({ alive: () => true, selectors: () => undefined, decisions, verdicts, loadUi, failOpen });
  return { judge, verdicts, loadUi, failOpen, decisions, warned, release };
}

describe('the click-time decision', () => {
  it('a Despacho passes at once: no verdict asked, nothing loaded, the decision logged', () => {
    const { judge, verdicts, loadUi, decisions } = setUp();
    expect(judge(attemptOn('despacho'))).toBe('pass');
    expect(verdicts.cached).not.toHaveBeenCalled();
    expect(verdicts.get).not.toHaveBeenCalled();
    expect(loadUi).not.toHaveBeenCalled();
    expect(decisions.last()).toMatchObject({ seq: 1, level: 'ok', documents: 1, bnmp: 0 });
    expect(decisions.attempts()).toBe(1);
  });

  it('a control that is not a signing action passes, looked at but not decided', () => {
    const { judge, decisions } = setUp();
    expect(judge(attemptOn('salvar'))).toBe('pass');
    expect(decisions.last()).toBeUndefined();
    expect(decisions.attempts()).toBe(1);
  });

  it('a Mandado with an "ok" verdict at hand passes synchronously', () => {
    const { judge, verdicts, decisions } = setUp({ cached: answer('ok') });
    expect(judge(attemptOn('mandado'))).toBe('pass');
    expect(verdicts.get).not.toHaveBeenCalled();
    expect(decisions.last()).toMatchObject({ level: 'ok', bnmp: 1 });
    // The page's context, read at the click, is what the verdict was asked for.
    expect((verdicts.cached.mock.calls as unknown[][])[0]![0]).toMatchObject({ user: 'Maria Aparecida Souza (MSOUZA)', lotacao: '2ª Vara Criminal - Três Lagoas' });
  });

  it('a Mandado with a "block" verdict at hand is held and warned, naming its own documents', async () => {
    const { judge, warned, decisions } = setUp({ cached: answer('block') });
    expect(judge(attemptOn('mandado'))).toBe('hold');
    await settle();
    expect(warned).toHaveLength(1);
    expect(warned[0]!.verdict.bnmpDocuments.map((d) => d.label)).toEqual(['Mandado de Prisão Preventiva']);
    expect(decisions.last()).toMatchObject({ level: 'block', codes: ['lotacao-not-active'] });
  });

  it('IT switched the guard off: passes, logged as such', () => {
    const { judge, decisions } = setUp({ cached: answer('block', false) });
    expect(judge(attemptOn('mandado'))).toBe('pass');
    expect(decisions.last()).toMatchObject({ level: 'ok', guardOff: true });
  });

  it('no verdict at hand: held until the background answers; a second attempt meanwhile is dropped, never doubled', async () => {
    const { judge, verdicts, release } = setUp();
    const first = attemptOn('mandado');
    const second = attemptOn('mandado');
    expect(judge(first)).toBe('hold');
    expect(judge(second)).toBe('hold');
    expect(verdicts.get).toHaveBeenCalledTimes(1);
    release(answer('ok'));
    await settle();
    expect([first.replays, second.replays]).toEqual([1, 0]);
  });

  it('a background that does not answer lets the held attempt through and says so', async () => {
    const { judge, failOpen } = setUp({ fresh: () => Promise.reject(new Error('Could not establish connection')) });
    const held = attemptOn('mandado');
    expect(judge(held)).toBe('hold');
    await settle();
    expect(held.replays).toBe(1);
    expect(failOpen).toHaveBeenCalledOnce();
  });

  it('a guard UI that cannot load lets the warned attempt through and says so', async () => {
    const { judge, failOpen } = setUp({ cached: answer('block'), ui: 'fails' });
    const held = attemptOn('mandado');
    expect(judge(held)).toBe('hold');
    await settle();
    await settle();
    expect(held.replays).toBe(1);
    expect(failOpen).toHaveBeenCalledOnce();
  });

  it('our own UI is never judged, whatever it says; a dead extension judges nothing', () => {
    const { judge, decisions } = setUp({ cached: answer('block') });
    const host = document.createElement('div');
    host.innerHTML = '<button id="own">Assinar mesmo assim</button>';
    document.body.append(host);
    markOwnUi(host);
    expect(judge(attemptOn('own'))).toBe('pass');
    expect(decisions.attempts()).toBe(0);
    const dead = createJudge({ alive: () => false, selectors: () => undefined, decisions: createDecisionLog(), verdicts: { cached: () => answer('block'), get: vi.fn() }, loadUi: vi.fn(), failOpen: vi.fn() });
    expect(dead(attemptOn('mandado'))).toBe('pass');
  });

  it('an element named like our UI is still judged (identity, not tag names)', () => {
    const { judge } = setUp({ cached: answer('block') });
    const fake = document.createElement('sentinela-bnmp-warning');
    fake.innerHTML = '<table><tbody><tr><td>Mandado de Prisão</td><td><button id="falso">Assinar</button></td></tr></tbody></table>';
    document.body.append(fake);
    expect(judge(attemptOn('falso'))).toBe('hold');
  });
});

describe('a held signature whose warning is slow to come', () => {
  function slowUi() {
    document.body.innerHTML = QUEUE;
    let shown!: () => void;
    let loaded!: () => void;
    const uiReady = new Promise<void>((r) => (loaded = r));
    const checking = { shown: 0, hidden: 0 };
    const judge = createJudge({
      alive: () => true,
      selectors: () => undefined,
      decisions: createDecisionLog(),
      verdicts: { cached: () => answer('block'), get: vi.fn() },
      loadUi: async () => {
        await uiReady;
        return { warn: (held: HeldSignature) => new Promise<void>((done) => (shown = () => (held.onShown?.(), done()))) };
      },
      showChecking: () => {
        checking.shown++;
        return () => void checking.hidden++;
      },
      failOpen: vi.fn(),
    });
    return { judge, checking, loadUi: () => loaded(), show: () => shown() };
  }

  it('says the signature is being checked after a moment, and takes that away as the warning shows', async () => {
    vi.useFakeTimers();
    try {
      const { judge, checking, loadUi, show } = slowUi();
      expect(judge(attemptOn('mandado'))).toBe('hold');
      vi.advanceTimersByTime(CHECKING_AFTER_MS - 1);
      expect(checking.shown).toBe(0);
      vi.advanceTimersByTime(1);
      expect(checking).toEqual({ shown: 1, hidden: 0 });
      loadUi();
      await vi.advanceTimersByTimeAsync(0);
      show();
      expect(checking).toEqual({ shown: 1, hidden: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a warning that comes at once never gets the notice', async () => {
    vi.useFakeTimers();
    try {
      const { judge, checking, loadUi, show } = slowUi();
      judge(attemptOn('mandado'));
      loadUi();
      await vi.advanceTimersByTimeAsync(0);
      show();
      vi.advanceTimersByTime(5 * CHECKING_AFTER_MS);
      expect(checking).toEqual({ shown: 0, hidden: 0 });
    } finally {
      vi.useRealTimers();
    }
  });
});
