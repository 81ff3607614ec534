// @vitest-environment happy-dom
/** Reading BNMP 3.0 web: the issue confirmation, other dialogs, signing actions, the toolbar. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readIssueConfirmation, dialogButtonRole, confirmButtonIn } from '../../../lib/bnmp/confirm-dialog';
import { bnmpWebScreen, findBnmpAction, isBnmpSigningAction, readBnmpWebContext } from '../../../lib/bnmp/screen';
import { findOrgaoSelector, readCurrentUnit, readOrgaoOptions, readToolbarUser } from '../../../lib/bnmp/toolbar';
import { nameOf } from '../../../lib/bnmp/text';
import { button, loadBnmpFixture, openDialog, openOrgaoList, pathTo } from './fixtures';

const TRES_LAGOAS = '2ª VARA CRIMINAL DE TRÊS LAGOAS';

describe('pessoa.html (Angular Material shape)', () => {
  beforeEach(() => loadBnmpFixture('pessoa.html'));

  it('reads the toolbar: the user by the button\'s tooltip (icon ligatures left out), the unit of the Material select', () => {
    expect(readToolbarUser(document)).toBe('MARIA APARECIDA SOUZA');
    const selector = findOrgaoSelector(document)!;
    expect(selector.localName).toBe('mat-select');
    expect(readCurrentUnit(selector)).toBe(TRES_LAGOAS);
    expect(readBnmpWebContext(document)).toEqual({ user: 'MARIA APARECIDA SOUZA', toolbarUnit: TRES_LAGOAS, selectorFound: true });
  });

  it('names text-less icon links by their tooltip', () => {
    const links = [...document.querySelectorAll('.icon a')].map(nameOf);
    expect(links).toEqual(['Visualizar', 'Incluir Peça', 'Editar Pessoa', 'Incluir Evento', 'Desativar Pessoa', 'Histórico', 'Imprimir']);
  });

  it('recognises the "Prezado Usuário" confirmation and reads the unit in <b>', () => {
    const dialog = openDialog('confirmar-emissao', { unit: TRES_LAGOAS, tipo: 'peça' });
    expect(readIssueConfirmation(dialog)).toEqual({ kind: 'peca', unit: TRES_LAGOAS });
    const ok = button(dialog, /^\s*OK\s*$/);
    const action = findBnmpAction(pathTo(ok.querySelector('span')!));
    expect(action).toMatchObject({ kind: 'dialog-button', role: 'confirm', confirmation: { kind: 'peca', unit: TRES_LAGOAS } });
    expect(findBnmpAction(pathTo(button(dialog, /CANCELAR/)))).toMatchObject({ kind: 'dialog-button', role: 'cancel' });
    expect(confirmButtonIn(dialog)).toBe(ok);
  });

  it('an evento, and a unit with a period in its name when it is emphasised', () => {
    const dialog = openDialog('confirmar-emissao', { unit: '1ª Vara Crim. de Dourados', tipo: 'evento' });
    expect(readIssueConfirmation(dialog)).toEqual({ kind: 'evento', unit: '1ª Vara Crim. de Dourados' });
  });

  it.each(['editar-pessoa', 'desativar-pessoa', 'historico'])('the %s dialog is not the issue confirmation', (name) => {
    const dialog = openDialog(name);
    expect(readIssueConfirmation(dialog)).toBeUndefined();
    const action = findBnmpAction(pathTo(dialog.querySelector('[data-ok]')!));
    expect(action).toMatchObject({ kind: 'dialog-button' });
    expect(action && 'confirmation' in action).toBe(false);
  });

  it('reads the órgão list when it is open, and says when it is closed', () => {
    const selector = findOrgaoSelector(document)!;
    expect(readOrgaoOptions(document, selector)).toEqual({ state: 'closed' });
    const units = JSON.parse(document.body.dataset.orgaos!) as string[];
    openOrgaoList(selector, units);
    expect(readOrgaoOptions(document, selector)).toEqual({ state: 'read', units });
  });

  it('an open list without readable options is reported as unreadable', () => {
    const selector = findOrgaoSelector(document)!;
    openOrgaoList(selector, ['', '  ']);
    expect(readOrgaoOptions(document, selector)).toMatchObject({ state: 'unreadable' });
  });

  it('the screen to judge: the unit of the dialog wins over the toolbar\'s, the user comes from the toolbar', () => {
    const dialog = openDialog('confirmar-emissao', { unit: 'PLANTÃO JUDICIÁRIO 1° GRAU' });
    const action = findBnmpAction(pathTo(button(dialog, /OK/)))!;
    expect(bnmpWebScreen(action, readBnmpWebContext(document))).toEqual({
      kind: 'bnmp-web',
      documents: [{ label: 'Peça do BNMP 3.0 (Incluir Peça)', bnmp: true, kind: 'peça do BNMP 3.0' }],
      user: 'MARIA APARECIDA SOUZA',
      lotacao: 'PLANTÃO JUDICIÁRIO 1° GRAU',
      plantaoHint: true,
    });
  });

  it('a click outside any dialog, on an icon link, is no action', () => {
    expect(findBnmpAction(pathTo(document.querySelector('.icon a i')!))).toBeNull();
  });
});

describe('pessoa-tardia.html (another release: menu, alertdialog, "Usuário:" label)', () => {
  beforeEach(() => loadBnmpFixture('pessoa-tardia.html'));

  it('finds the menu-button selector by its tooltip, and the user by the "Usuário:" label', () => {
    const selector = findOrgaoSelector(document)!;
    expect(selector.getAttribute('data-orgao-trigger')).toBe('menu');
    expect(readCurrentUnit(selector)).toBe(TRES_LAGOAS);
    expect(readToolbarUser(document)).toBe('Maria Aparecida Souza');
  });

  it('reads the menu\'s items (no aria-controls: the one open menu)', () => {
    const selector = findOrgaoSelector(document)!;
    openOrgaoList(selector, ['PLANTÃO JUDICIÁRIO 1° GRAU – 3ª REGIÃO', TRES_LAGOAS]);
    expect(readOrgaoOptions(document, selector)).toEqual({ state: 'read', units: ['PLANTÃO JUDICIÁRIO 1° GRAU – 3ª REGIÃO', TRES_LAGOAS] });
  });

  it('recognises the alertdialog by its words: "peça/evento", the unit after a colon, Ok/Cancelar by their labels', () => {
    const dialog = openDialog('confirmar-emissao', { unit: 'PLANTÃO JUDICIÁRIO 1° GRAU – 3ª REGIÃO' });
    expect(readIssueConfirmation(dialog)).toEqual({ unit: 'PLANTÃO JUDICIÁRIO 1° GRAU – 3ª REGIÃO' });
    expect(dialogButtonRole(button(dialog, /^Ok$/))).toBe('confirm');
    expect(dialogButtonRole(button(dialog, /^Cancelar$/))).toBe('cancel');
  });

  it('the "Atenção — sair" alertdialog with its own Ok is not ours', () => {
    const dialog = openDialog('sair');
    expect(findBnmpAction(pathTo(button(dialog, /^Ok$/)))).toEqual(expect.not.objectContaining({ confirmation: expect.anything() }));
  });
});

describe('peca.html (signing actions, native select)', () => {
  beforeEach(() => loadBnmpFixture('peca.html'));

  it('"Assina Servidor" and the icon-only "Assinar Documento" sign; look-alikes do not', () => {
    const buttons = [...document.querySelectorAll('.acoes-peca button')];
    expect(buttons.map((b) => [nameOf(b), isBnmpSigningAction(b)])).toEqual([
      ['Visualizar assinaturas', false],
      ['Salvar', false],
      ['Assina Servidor', true],
      ['Assinar Documento', true],
    ]);
    expect(findBnmpAction(pathTo(buttons[3]!.querySelector('mat-icon')!))).toEqual({ kind: 'sign', control: buttons[3] });
  });

  it('reads the unit of the native select labelled "Unidade" and the user by its title', () => {
    expect(readBnmpWebContext(document)).toEqual({ user: 'MARIA APARECIDA SOUZA', toolbarUnit: TRES_LAGOAS, selectorFound: true });
    const selector = findOrgaoSelector(document)!;
    expect(readOrgaoOptions(document, selector)).toEqual({ state: 'read', units: [TRES_LAGOAS, '1ª VARA CRIMINAL DE DOURADOS'] });
  });

  it('a signing action\'s screen takes the unit from the toolbar', () => {
    const sign = document.querySelector('[mattooltip="Assinar Documento"]')!;
    const screen = bnmpWebScreen(findBnmpAction(pathTo(sign))!, readBnmpWebContext(document));
    expect(screen).toMatchObject({ kind: 'bnmp-web', lotacao: TRES_LAGOAS, documents: [{ label: 'Peça do BNMP 3.0 (“Assinar Documento”)', bnmp: true }] });
  });
});

describe('pinned selectors (a tribunal profile)', () => {
  it('a pinned dialog and button count even when the words change; an invalid selector is ignored', () => {
    loadBnmpFixture('pessoa.html');
    const dialog = openDialog('confirmar-emissao');
    dialog.querySelector('p')!.textContent = 'Confirma a expedição para 2ª VARA CRIMINAL DE TRÊS LAGOAS?';
    const ok = dialog.querySelector('[data-ok]')!;
    expect(findBnmpAction(pathTo(ok))).toEqual(expect.not.objectContaining({ confirmation: expect.anything() }));
    const pinned = { confirmDialog: 'app-alerta-dialog', confirmButton: '.btn-confirmar' };
    expect(findBnmpAction(pathTo(ok), pinned)).toMatchObject({ role: 'confirm', confirmation: {} });
    expect(findBnmpAction(pathTo(ok), { confirmDialog: '[[[', confirmButton: ')' })).toMatchObject({ kind: 'dialog-button' });
  });

  it('a pinned órgão selector and user win', () => {
    loadBnmpFixture('pessoa.html');
    const pinned = { orgaoSelector: '.marca small', user: '.marca' };
    const context = readBnmpWebContext(document, pinned);
    expect(context.toolbarUnit).toBe('Banco Nacional de Medidas Penais e Prisões');
  });
});

describe('the unit named in the confirmation text', () => {
  const dialogWith = (html: string) => {
    document.body.innerHTML = `<div role="dialog"><h2>Prezado Usuário</h2><p>${html}</p><button>CANCELAR</button><button>OK</button></div>`;
    return document.querySelector('[role=dialog]')!;
  };
  it.each([
    ['Você está prestes a emitir uma peça para a unidade judiciária 2ª VARA CRIMINAL DE TRÊS LAGOAS. Deseja continuar?', { kind: 'peca', unit: TRES_LAGOAS }],
    ['Você está prestes a emitir um evento para a unidade judiciária “Vara Criminal de Aquidauana”?', { kind: 'evento', unit: 'Vara Criminal de Aquidauana' }],
    ['Voce esta prestes a emitir uma peca para a unidade judiciaria - PLANTÃO JUDICIÁRIO 2° GRAU', { kind: 'peca', unit: 'PLANTÃO JUDICIÁRIO 2° GRAU' }],
    ['VOCÊ ESTÁ PRESTES A EMITIR UMA PEÇA PARA A UNIDADE JUDICIÁRIA 1ª VARA. Confirma?', { kind: 'peca', unit: '1ª VARA' }],
    ['Você está prestes a emitir uma peça. Deseja continuar?', { kind: 'peca' }],
    ['Você está prestes a emitir uma peça para a unidade judiciária <span>2ª Vara\u200B Criminal\u0007 - Três Lagoas</span>', { kind: 'peca', unit: '2ª Vara Criminal - Três Lagoas' }],
  ])('%s', (html, expected) => {
    expect(readIssueConfirmation(dialogWith(html))).toEqual(expected);
  });

  it('a hostile, endless unit name comes out as plain text of at most 200 characters', () => {
    const confirmation = readIssueConfirmation(dialogWith(`Você está prestes a emitir uma peça para a unidade judiciária ${'&lt;img src=x onerror=alert(1)&gt; '.repeat(40)}`));
    expect(confirmation?.unit?.length).toBeLessThanOrEqual(200);
    expect(confirmation?.unit).toMatch(/^<img src=x onerror=alert\(1\)>/);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });
});
