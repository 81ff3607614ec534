import { describe, expect, it } from 'vitest';
import { readFrameDescription } from '../../../lib/diagnostics/frame-description';
import { supportReport } from '../../../lib/diagnostics/redact';

const UNIT = '1ª VARA CRIMINAL DE DOURADOS';
const raw = {
  url: 'https://bnmp.pdpj.jus.br/parte/visualizar/170000114?cpf=12345678909',
  top: true,
  core: true,
  profileId: 'tjms',
  statusState: 'ok',
  context: { user: 'MARIA APARECIDA SOUZA', lotacao: UNIT },
  verdict: { level: 'block', reasons: [{ code: 'lotacao-not-active', level: 'block', message: `A unidade “${UNIT}”…` }] },
  bnmpWeb: {
    screen: 'bnmp-web',
    guardOn: true,
    person: 'toolbar',
    selectorFound: true,
    toolbarUnit: UNIT,
    orgaoOptions: { state: 'read', units: [UNIT, 'VARA ÚNICA DE BATAGUASSU'], at: '2026-11-04T15:00:00.000Z' },
    lastDialog: { at: '2026-11-04T15:00:00.000Z', recognised: true, kind: 'peca', unit: UNIT, text: `Prezado Usuário Você está prestes a emitir uma peça para a unidade judiciária ${UNIT}. Deseja continuar?` },
    lastLook: { at: '2026-11-04T15:00:01.000Z', what: 'confirmacao-cancelar' },
    looks: 3,
    pendingUpdate: { add: ['VARA ÚNICA DE BATAGUASSU'], activate: [], markForReview: [], unmark: [], confirmAccount: true },
    extra: '<script>',
  },
};
const report = (includeLotacao: boolean) =>
  supportReport({
    extensionVersion: '0.1.0',
    userAgent: 'Chromium',
    profileId: 'tjms',
    frames: [readFrameDescription(raw)!],
    includeLotacao,
    secrets: ['Maria Aparecida Souza', 'MSOUZA', '12345678909'],
    now: new Date('2026-11-04T15:00:00Z'),
  });

describe('a BNMP web frame in the diagnostics', () => {
  it('is read field by field, unknown fields dropped', () => {
    const frame = readFrameDescription(raw)!;
    expect(frame.bnmpWeb).toMatchObject({ person: 'toolbar', orgaoOptions: { state: 'read', units: [UNIT, 'VARA ÚNICA DE BATAGUASSU'] }, lastLook: { what: 'confirmacao-cancelar' }, looks: 3 });
    expect(frame.bnmpWeb).not.toHaveProperty('extra');
    expect(readFrameDescription({ ...raw, bnmpWeb: { screen: 'saj' } })!.bnmpWeb).toBeUndefined();
  });

  it('the copy for support says what was seen, without the user and, unless asked, without unit names', () => {
    const text = report(false);
    expect(text).toContain('BNMP 3.0 web: guarda ligada');
    expect(text).toContain('Opções do seletor de órgão: 2 unidade(s) lida(s)');
    expect(text).toContain('confirmação de emissão reconhecida (peça)');
    expect(text).toContain('CANCELAR da confirmação (não interrompido)');
    for (const secret of ['MARIA', 'Souza', 'DOURADOS', 'BATAGUASSU', '12345678909']) expect(text, secret).not.toContain(secret);
  });

  it('with the lotação box ticked, the units are named', () => {
    const text = report(true);
    expect(text).toContain(`“${UNIT}”, “VARA ÚNICA DE BATAGUASSU”`);
    expect(text).not.toContain('MARIA');
  });

  it('says when the options could not be read', () => {
    const unreadable = { ...raw, bnmpWeb: { ...raw.bnmpWeb, orgaoOptions: { state: 'unreadable', why: 'as opções não têm texto legível', at: '' } } };
    const text = supportReport({ extensionVersion: '0.1.0', userAgent: 'x', profileId: 'tjms', frames: [readFrameDescription(unreadable)!], includeLotacao: false, secrets: [], now: new Date() });
    expect(text).toContain('não puderam ser lidas (as opções não têm texto legível)');
  });
});
