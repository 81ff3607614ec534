// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createEarlyJudge } from '../../../lib/guard/early-judge';
import { createDecisionLog } from '../../../lib/guard/decision-log';
import { markOwnUi } from '../../../lib/guard/own-ui';
import type { SigningAttempt } from '../../../lib/guard/interceptor';
import type { GuardCore } from '../../../lib/guard/core-contract';
import { pathTo } from '../saj/fixtures';

const QUEUE = `
  <table>
    <thead><tr><th></th><th>Documento</th><th></th></tr></thead>
    <tbody>
      <tr><td><input type="checkbox"></td><td>Despacho - Mero expediente</td><td><button id="despacho">Assinar</button></td></tr>
      <tr><td><input type="checkbox"></td><td>Mandado de Prisão Preventiva</td><td><button id="mandado">Assinar</button></td></tr>
      <tr><td><input type="checkbox"></td><td>Sentença</td><td><button id="salvar">Salvar</button></td></tr>
    </tbody>
  </table>`;

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

function setUp(core?: Partial<GuardCore>) {
  document.body.innerHTML = QUEUE;
  let loaded: GuardCore | undefined;
  let resolve!: (core: GuardCore) => void;
  let reject!: (error: unknown) => void;
  const loading = new Promise<GuardCore>((ok, fail) => ((resolve = ok), (reject = fail)));
  const loadCore = vi.fn(() => loading);
  const failOpen = vi.fn();
  const decisions = createDecisionLog();
  const judge = createEarlyJudge({ alive: () => true, core: () => loaded, loadCore, selectors: () => undefined, decisions, failOpen });
  const fullCore = { judge: vi.fn(() => 'pass' as const), onBatch: vi.fn(), tracking: () => false, selectors: () => undefined, describe: vi.fn(), ...core } as GuardCore;
  const arrive = async () => {
    loaded = fullCore;
    resolve(fullCore);
    await loading;
    await new Promise((r) => setTimeout(r, 0));
  };
  const fail = async (error: unknown) => {
    reject(error);
    await loading.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { judge, loadCore, failOpen, decisions, core: fullCore, arrive, fail };
}

describe('before the guard core is there', () => {
  it('a Despacho passes at once, without loading the core, and the decision is logged', () => {
    const { judge, loadCore, decisions } = setUp();
    expect(judge(attemptOn('despacho'))).toBe('pass');
    expect(loadCore).not.toHaveBeenCalled();
    expect(decisions.last()).toMatchObject({ seq: 1, level: 'ok', documents: 1, bnmp: 0 });
  });

  it('a control that is not a signing action passes without a decision', () => {
    const { judge, decisions } = setUp();
    expect(judge(attemptOn('salvar'))).toBe('pass');
    expect(decisions.last()).toBeUndefined();
  });

  it('a Mandado is held until the core decides; the core\'s "pass" replays it once', async () => {
    const { judge, loadCore, core, arrive } = setUp();
    const first = attemptOn('mandado');
    expect(judge(first)).toBe('hold');
    expect(loadCore).toHaveBeenCalledOnce();
    await arrive();
    expect(core.judge).toHaveBeenCalledWith(first);
    expect(first.replays).toBe(1);
  });

  it('a second attempt while the first is held is dropped, never doubled', async () => {
    const { judge, core, arrive } = setUp();
    const first = attemptOn('mandado');
    const second = attemptOn('mandado');
    expect(judge(first)).toBe('hold');
    expect(judge(second)).toBe('hold');
    await arrive();
    expect(core.judge).toHaveBeenCalledTimes(1);
    expect([first.replays, second.replays]).toEqual([1, 0]);
    // Once the core is there, attempts go to it.
    const third = attemptOn('mandado');
    judge(third);
    expect(core.judge).toHaveBeenLastCalledWith(third);
  });

  it('a core that cannot load lets the held attempt through and says so', async () => {
    const { judge, failOpen, fail } = setUp();
    const held = attemptOn('mandado');
    expect(judge(held)).toBe('hold');
    await fail(new Error('import failed'));
    expect(held.replays).toBe(1);
    expect(failOpen).toHaveBeenCalledOnce();
  });

  it('a core whose judge throws at once lets the held attempt through and says so', async () => {
    const { judge, failOpen, arrive } = setUp({
      judge: () => {
        throw new Error('boom');
      },
    });
    const held = attemptOn('mandado');
    expect(judge(held)).toBe('hold');
    await arrive();
    expect(held.replays).toBe(1);
    expect(failOpen).toHaveBeenCalledOnce();
  });

  it('our own UI is never judged, whatever it says; a dead extension judges nothing', () => {
    const { judge, loadCore } = setUp();
    const host = document.createElement('div');
    host.innerHTML = '<button id="own">Assinar mesmo assim</button>';
    document.body.append(host);
    markOwnUi(host);
    expect(judge(attemptOn('own'))).toBe('pass');
    const dead = createEarlyJudge({ alive: () => false, core: () => undefined, loadCore, selectors: () => undefined, decisions: createDecisionLog(), failOpen: vi.fn() });
    expect(dead(attemptOn('mandado'))).toBe('pass');
    expect(loadCore).not.toHaveBeenCalled();
  });

  it('an element named like our UI is still judged (identity, not tag names)', () => {
    const { judge } = setUp();
    const fake = document.createElement('sentinela-bnmp-warning');
    fake.innerHTML = '<table><tbody><tr><td>Mandado de Prisão</td><td><button id="falso">Assinar</button></td></tr></tbody></table>';
    document.body.append(fake);
    expect(judge(attemptOn('falso'))).toBe('hold');
  });
});
