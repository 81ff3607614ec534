// @vitest-environment happy-dom
/** BNMP web's guard core on the fixture pages: what it holds, what it lets through untouched, what it offers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBnmpWebCore } from '../../../lib/bnmp-guard/core';
import type { ShowWarning } from '../../../lib/guard/core-contract';
import type { BnmpCore } from '../../../lib/bnmp-guard/contract';
import { createDecisionLog } from '../../../lib/guard/decision-log';
import type { SigningAttempt } from '../../../lib/guard/interceptor';
import { POLICY_SEAM_KEY } from '../../../lib/policy/keys';
import { completePerson, statusOf } from '../../e2e/status-builders';
import { button, loadBnmpFixture, openDialog, openOrgaoList, pathTo } from '../bnmp/fixtures';

const TRES_LAGOAS = '2ª VARA CRIMINAL DE TRÊS LAGOAS';
const DOURADOS = '1ª VARA CRIMINAL DE DOURADOS';

let controller: AbortController;
let shown: Parameters<ShowWarning>[1][];
let choice: 'proceed' | 'cancel';
let failOpen: (error: unknown) => void;

function attemptOn(el: Element): SigningAttempt & { replay: ReturnType<typeof vi.fn> } {
  return { kind: 'click', path: pathTo(el), replay: vi.fn(() => true), replayAt: vi.fn(() => true) };
}

async function coreWith(status: unknown, policy?: unknown): Promise<BnmpCore> {
  await fakeBrowser.storage.local.set({ status, ...(policy ? { [POLICY_SEAM_KEY]: policy } : {}) });
  const core = createBnmpWebCore(
    { window: window as Window & typeof globalThis, signal: controller.signal, failOpen, decisions: createDecisionLog() },
    { loadWarning: async () => async (_doc, input) => (shown.push(input), choice) },
  );
  await core.describe(); // waits for the stored status and the policy
  return core;
}

beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
  shown = [];
  choice = 'cancel';
  failOpen = vi.fn<(error: unknown) => void>();
  loadBnmpFixture('pessoa.html');
});
afterEach(() => controller.abort());

describe('the issue confirmation\'s OK', () => {
  it('own unit: passes at once, and says it looked', async () => {
    const core = await coreWith(statusOf(completePerson()));
    const attempt = attemptOn(button(openDialog('confirmar-emissao', { unit: TRES_LAGOAS }), /OK/));
    expect(core.judge(attempt)).toBe('pass');
    expect(shown).toEqual([]);
    expect((await core.describe()).bnmpWeb).toMatchObject({ lastLook: { what: 'confirmacao-ok', level: 'ok' }, looks: 1 });
  });

  it('a unit not held: held, the warning names it; "Assinar mesmo assim" replays the OK once', async () => {
    choice = 'proceed';
    const core = await coreWith(statusOf(completePerson()));
    const attempt = attemptOn(button(openDialog('confirmar-emissao', { unit: DOURADOS }), /OK/));
    expect(core.judge(attempt)).toBe('hold');
    await vi.waitFor(() => expect(attempt.replay).toHaveBeenCalledTimes(1));
    expect(shown[0]!.verdict.level).toBe('block');
    expect(shown[0]!.verdict.reasons[0]!.message).toContain(`“${DOURADOS}”`);
    expect(await fakeBrowser.storage.local.get('warningHistory')).toMatchObject({
      warningHistory: [{ decision: 'signed-anyway', lotacao: DOURADOS, reasonCodes: ['lotacao-not-active'], documentKinds: ['peça do BNMP 3.0'] }],
    });
  });

  it('Cancelar in the warning leaves the piece un-issued', async () => {
    const core = await coreWith(statusOf(completePerson()));
    const attempt = attemptOn(button(openDialog('confirmar-emissao', { unit: DOURADOS }), /OK/));
    expect(core.judge(attempt)).toBe('hold');
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(attempt.replay).not.toHaveBeenCalled();
  });

  it('nothing recorded: warns (status unknown)', async () => {
    const core = await coreWith(undefined);
    const attempt = attemptOn(button(openDialog('confirmar-emissao', { unit: TRES_LAGOAS }), /OK/));
    expect(core.judge(attempt)).toBe('hold');
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]!.verdict).toMatchObject({ level: 'warn', reasons: [{ code: 'status-unknown' }] });
  });

  it('IT switched BNMP web off: passes, and says the guard is off', async () => {
    const core = await coreWith(statusOf(completePerson()), { bnmpWebEnabled: false });
    const attempt = attemptOn(button(openDialog('confirmar-emissao', { unit: DOURADOS }), /OK/));
    expect(core.judge(attempt)).toBe('pass');
    const seen = (await core.describe()).bnmpWeb!;
    expect(seen).toMatchObject({ guardOn: false, lastLook: { what: 'confirmacao-ok', guardOff: true } });
  });
});

describe('never interrupted, but looked at', () => {
  it('CANCELAR of the confirmation', async () => {
    const core = await coreWith(statusOf(completePerson()));
    expect(core.judge(attemptOn(button(openDialog('confirmar-emissao', { unit: DOURADOS }), /CANCELAR/)))).toBe('pass');
    expect((await core.describe()).bnmpWeb!.lastLook).toMatchObject({ what: 'confirmacao-cancelar' });
  });

  it.each(['editar-pessoa', 'desativar-pessoa', 'historico'])('the OK of the %s dialog', async (name) => {
    const core = await coreWith(statusOf(completePerson({ lotacoes: [] })));
    expect(core.judge(attemptOn(openDialog(name).querySelector('[data-ok]')!))).toBe('pass');
    expect((await core.describe()).bnmpWeb!.lastLook).toMatchObject({ what: 'outro-dialogo' });
    expect(shown).toEqual([]);
  });
});

describe('learning from the órgão list', () => {
  it('the list opening offers the update, showing what would change; describe says what was read', async () => {
    const core = await coreWith(statusOf(completePerson()));
    const selector = document.querySelector('mat-select')!;
    const panel = openOrgaoList(selector, [TRES_LAGOAS, DOURADOS]);
    core.onAdded([panel.parentElement!]);
    expect(document.querySelector('sentinela-bnmp-oferta')).not.toBeNull();
    const seen = (await core.describe()).bnmpWeb!;
    expect(seen.orgaoOptions).toMatchObject({ state: 'read', units: [TRES_LAGOAS, DOURADOS] });
    expect(seen.pendingUpdate).toEqual({
      add: [DOURADOS],
      activate: [],
      markForReview: ['1ª Vara do Tribunal do Júri - Campo Grande', 'Plantão Judiciário 1º Grau'],
      unmark: [],
      confirmAccount: false,
    });
  });

  it('an open list it cannot read is reported for the diagnostics page', async () => {
    const core = await coreWith(statusOf(completePerson()));
    const panel = openOrgaoList(document.querySelector('mat-select')!, ['']);
    core.onAdded([panel.parentElement!]);
    expect((await core.describe()).bnmpWeb!.orgaoOptions).toMatchObject({ state: 'unreadable' });
  });

  it('the account recorded as requested: the OK passes, then the page offers to mark it confirmed', async () => {
    const requested = completePerson({ cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-10-01' } });
    const core = await coreWith(statusOf(requested));
    expect(core.judge(attemptOn(button(openDialog('confirmar-emissao', { unit: TRES_LAGOAS }), /OK/)))).toBe('pass');
    await vi.waitFor(() => expect(document.querySelector('sentinela-bnmp-oferta')).not.toBeNull());
    expect((await core.describe()).bnmpWeb!.pendingUpdate).toMatchObject({ confirmAccount: true, add: [] });
  });
});

describe('the dialog the page showed', () => {
  it('recognised or not, with its text, for the diagnostics page', async () => {
    const core = await coreWith(statusOf(completePerson()));
    const other = openDialog('desativar-pessoa');
    core.onAdded([other.closest('.cdk-global-overlay-wrapper')!]);
    expect((await core.describe()).bnmpWeb!.lastDialog).toMatchObject({ recognised: false, text: expect.stringContaining('desativar esta pessoa') });
    const ours = openDialog('confirmar-emissao', { unit: TRES_LAGOAS, tipo: 'evento' });
    core.onAdded([ours.closest('.cdk-global-overlay-wrapper')!]);
    expect((await core.describe()).bnmpWeb!.lastDialog).toMatchObject({ recognised: true, kind: 'evento', unit: TRES_LAGOAS });
  });
});
