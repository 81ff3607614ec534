// @vitest-environment happy-dom
/** The always-on script's cheap tests: what loads the core or holds an activation, and what is never looked at. */
import { beforeEach, describe, expect, it } from 'vitest';
import { addedNodeMatters, mayHoldDialogOrList, parentMayHoldDialogOrList, pathMayBeBnmpAction } from '../../../lib/bnmp-guard/prefilter';
import { button, loadBnmpFixture, openDialog, openOrgaoList, pathTo } from '../bnmp/fixtures';

beforeEach(() => loadBnmpFixture('pessoa.html'));

describe('pathMayBeBnmpAction (before the core is loaded)', () => {
  it('the confirmation\'s OK and a signing action may be the moment', () => {
    expect(pathMayBeBnmpAction(pathTo(button(openDialog('confirmar-emissao'), /OK/).querySelector('span')!))).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<button id="a"><mat-icon>draw</mat-icon></button><button id="b" mattooltip="Assinar Documento"></button><button id="c">Assina Servidor</button>');
    expect(pathMayBeBnmpAction(pathTo(document.getElementById('b')!))).toBe(true);
    expect(pathMayBeBnmpAction(pathTo(document.getElementById('c')!))).toBe(true);
    expect(pathMayBeBnmpAction(pathTo(document.getElementById('a')!))).toBe(false);
  });

  it('CANCELAR, other dialogs\' buttons and ordinary links are never held', () => {
    expect(pathMayBeBnmpAction(pathTo(button(openDialog('confirmar-emissao'), /CANCELAR/)))).toBe(false);
    expect(pathMayBeBnmpAction(pathTo(openDialog('desativar-pessoa').querySelector('[data-ok]')!))).toBe(false);
    expect(pathMayBeBnmpAction(pathTo(openDialog('editar-pessoa').querySelector('[data-ok]')!))).toBe(false);
    expect(pathMayBeBnmpAction(pathTo(document.querySelector('.icon a')!))).toBe(false);
  });
});

describe('added nodes', () => {
  it('a dialog or an open list loads the core', () => {
    const dialog = openDialog('historico');
    expect(addedNodeMatters(dialog.closest('.cdk-global-overlay-wrapper')!)).toBe(true);
    const list = openOrgaoList(document.querySelector('mat-select')!, ['X']);
    expect(addedNodeMatters(list.parentElement!)).toBe(true);
  });

  it('rows, cells and icons of a re-rendered table are not looked at; rows into a tbody not even touched', () => {
    document.body.insertAdjacentHTML('beforeend', '<table><tbody><tr><td><a mattooltip="Visualizar"><i></i></a></td></tr></tbody></table>');
    const row = document.querySelector('tbody tr')!;
    expect(mayHoldDialogOrList(row)).toBe(false);
    expect(mayHoldDialogOrList(row.querySelector('a')!)).toBe(false);
    expect(parentMayHoldDialogOrList(document.querySelector('tbody')!)).toBe(false);
    expect(addedNodeMatters(document.querySelector('table')!)).toBe(false);
    // A listbox's options, added one by one, still count.
    const listbox = document.createElement('ul');
    listbox.setAttribute('role', 'listbox');
    expect(parentMayHoldDialogOrList(listbox)).toBe(true);
  });
});
