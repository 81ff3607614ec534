// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { CLICKABLE, findSigningAction, findSigningCandidate, isSigningAction } from '../../../lib/saj/signing-action';
import { labelOf } from '../../../lib/saj/text';
import { byId, loadFixture, pathTo, upgradeSdsButtons } from './fixtures';

/** Every element of the page a detector could consider, described by id or label. */
function signingActionsOnPage(root: ParentNode = document): string[] {
  return [...root.querySelectorAll(`${CLICKABLE},input`)]
    .filter((el) => isSigningAction(el))
    .map((el) => el.id || labelOf(el));
}

describe('signing-action labels', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test.each([
    'Assinar',
    'ASSINAR',
    'assinar documento',
    'Assinar selecionados',
    'Assinar Selecionados (3)',
    'Assinar e liberar nos autos',
    'Assinar e Finalizar',
    'Assinar digitalmente',
    'Salvar e assinar',
    '✔ Assinar',
    'Confirmar assinatura',
  ])('%j is a signing action', (label) => {
    document.body.innerHTML = `<button type="button"></button>`;
    document.querySelector('button')!.textContent = label;
    expect(isSigningAction(document.querySelector('button')!)).toBe(true);
    expect(findSigningCandidate(document.body)).toBe(document.querySelector('button'));
  });

  test.each([
    'Desfazer assinatura',
    'Cancelar assinatura',
    'Remover assinatura',
    'Visualizar assinaturas',
    'Assinaturas pendentes',
    'Como assinar?',
    'Documentos a assinar',
    'Finalizar sem assinar',
    'Não assinar',
    'Assinado',
    'Verificar assinatura',
    'Ajuda: assinar documentos',
    'Confirmar',
    'Cancelar',
    'Imprimir',
    `Assinar ${'x'.repeat(100)}`,
  ])('%j is not a signing action', (label) => {
    document.body.innerHTML = `<button type="button"></button>`;
    document.querySelector('button')!.textContent = label;
    expect(isSigningAction(document.querySelector('button')!)).toBe(false);
  });

  test.each([
    ['title only', '<button title="Assinar"><svg></svg></button>', true],
    ['aria-label only', '<span role="button" tabindex="0" aria-label="Assinar documento">✍</span>', true],
    ['input value', '<input type="button" value="Assinar">', true],
    ['clickable span by onclick', '<span onclick="x()">Assinar</span>', true],
    ['a link to a help page', '<a href="/ajuda/assinatura.html">Assinar</a>', false],
    ['a link to a PDF manual', '<a href="manual.pdf">Assinar</a>', false],
    ['a button that opens a list', '<button aria-haspopup="true">Assinar</button>', false],
    ['a menu link to the queue', '<ul role="menu"><li><a role="menuitem" href="/fila.do">Assinar documentos</a></li></ul>', false],
    ['a menu entry that signs the chosen row', '<ul role="menu"><li role="menuitem" tabindex="-1">Assinar</li></ul>', true],
    ['a checkbox labelled Assinar', '<input type="checkbox" aria-label="Assinar">', false],
    ['a clickable row holding a button', '<table><tr onclick="x()"><td>Despacho</td><td><button>Assinar</button></td></tr></table>', false],
  ])('%s → %s', (_, markup, expected) => {
    document.body.innerHTML = markup;
    const el = document.body.querySelector('[onclick],button,input,a,[role=button],[role=menuitem]')!;
    expect(isSigningAction(el)).toBe(expected);
  });
});

describe('findSigningAction over an event path', () => {
  test('an icon inside a button is decided by the button', () => {
    loadFixture('botoes-icone.html');
    expect(findSigningAction(pathTo(byId('caneta')))).toBe(byId('icone-assinar'));
    expect(findSigningAction(pathTo(byId('img-assinar')))).toBe(byId('link-assinar'));
    expect(findSigningAction(pathTo(document.querySelector('#span-assinar b')!))).toBe(byId('span-assinar'));
    expect(findSigningAction(pathTo(document.querySelector('#icone-imprimir rect')!))).toBeNull();
  });

  test('a click on a row cell, a checkbox or the page is not a signature', () => {
    loadFixture('fila-assinatura.html');
    const row = document.querySelector('#fila tbody tr')!;
    expect(findSigningAction(pathTo(row.children[2]!))).toBeNull();
    expect(findSigningAction(pathTo(row.querySelector('input')!))).toBeNull();
    expect(findSigningAction(pathTo(document.body))).toBeNull();
    expect(findSigningAction([])).toBeNull();
    expect(findSigningAction(pathTo(row.querySelector('button')!))).toBe(row.querySelector('button'));
  });

  test('a button inside a web component shadow root is the component', () => {
    loadFixture('componente-sombra.html');
    upgradeSdsButtons();
    const host = byId('sds-internacao');
    const inner = host.shadowRoot!.querySelector('button')!;
    expect(findSigningAction(pathTo(inner))).toBe(host);
    expect(findSigningAction(pathTo(host.shadowRoot!.querySelector('slot')!))).toBe(host);
    const icon = byId('sds-icone');
    expect(findSigningAction(pathTo(icon.querySelector('span')!))).toBe(icon);
  });

  test('a selector pinned by the profile counts anywhere on the path, and extends the heuristics', () => {
    document.body.innerHTML = '<div class="acao-sign" id="pinned"><i class="ico"></i><span>OK</span></div><button id="plain">Assinar</button>';
    const selectors = { signingAction: '.acao-sign' };
    expect(findSigningAction(pathTo(document.querySelector('.ico')!))).toBeNull();
    expect(findSigningAction(pathTo(document.querySelector('.ico')!), selectors)).toBe(byId('pinned'));
    expect(findSigningAction(pathTo(byId('plain')), selectors)).toBe(byId('plain'));
    expect(isSigningAction(byId('pinned'), selectors)).toBe(true);
    // A broken selector in a profile is ignored, not thrown into the page's click.
    expect(findSigningAction(pathTo(byId('plain')), { signingAction: '[[[' })).toBe(byId('plain'));
  });
});

describe('"Confirmar" signs only in the finalisation window with "Assinar" chosen', () => {
  test('Finalização de Documentos: radio Assinar / Somente finalizar', () => {
    loadFixture('finalizacao-documentos.html');
    const confirmar = byId('confirmar');
    expect(isSigningAction(confirmar)).toBe(true);
    (byId('opcao-finalizar') as HTMLInputElement).checked = true;
    expect(isSigningAction(confirmar)).toBe(false);
    (byId('opcao-assinar') as HTMLInputElement).checked = true;
    expect(isSigningAction(confirmar)).toBe(true);
    // The draft confirmation outside the window is not a signature.
    expect(isSigningAction(byId('confirmar-salvar'))).toBe(false);
  });

  test('Seleção de Certificado Digital: a select with Assinar / Somente finalizar', () => {
    loadFixture('selecao-certificado.html');
    const confirmar = byId('confirmar');
    expect(findSigningAction(pathTo(confirmar))).toBe(confirmar);
    (byId('operacao') as HTMLSelectElement).value = 'finalizar';
    expect(isSigningAction(confirmar)).toBe(false);
  });

  test('a certificate window without an Assinar/Finalizar choice signs on Confirmar', () => {
    document.title = 'Seleção de Certificado Digital';
    document.body.innerHTML = '<p>Escolha o certificado</p><label><input type="radio" checked> MARIA:12345678909</label><button id="ok">Confirmar</button>';
    expect(isSigningAction(byId('ok'))).toBe(true);
    document.title = 'Finalização de Documentos';
    expect(isSigningAction(byId('ok'))).toBe(false);
  });
});

describe('signing actions per fixture page', () => {
  test.each([
    ['fila-assinatura.html', ['assinar-selecionados', ...Array(9).fill('Assinar')]],
    ['fila-linhas-aria.html', ['lote']],
    ['documento-unico.html', ['Assinar']],
    ['finalizacao-documentos.html', ['confirmar']],
    ['selecao-certificado.html', ['confirmar']],
    ['botoes-icone.html', ['icone-assinar', 'link-assinar', 'span-assinar']],
    ['moldura-fila.html', ['Assinar', 'Assinar', 'Assinar', 'assinar-selecionados']],
    ['negativos.html', []],
    ['plantao.html', ['Assinar', 'Assinar', 'Assinar selecionados']],
    ['fila-sem-bnmp.html', ['assinar-selecionados', ...Array(8).fill('Assinar')]],
    ['textos-hostis.html', ['assinar-selecionados', ...Array(4).fill('Assinar')]],
    ['index.html', []],
    ['catalogo.html', []],
    ['moldura.html', []],
  ])('%s', (name, expected) => {
    loadFixture(name);
    expect(signingActionsOnPage()).toEqual(expected);
  });

  test('componente-sombra.html: the three design-system buttons', () => {
    loadFixture('componente-sombra.html');
    upgradeSdsButtons();
    expect(signingActionsOnPage()).toEqual(['sds-internacao', 'sds-oficio', 'sds-icone']);
  });

  test('negativos.html: every look-alike, clicked, is not a signature', () => {
    loadFixture('negativos.html');
    const ids = ['menu-pendentes', 'menu-assinatura', 'menu-assinar-documentos', 'aba-a-assinar', 'desfazer', 'cancelar', 'remover', 'visualizar', 'assinar-lista', 'finalizar-sem', 'confirmar', 'como-assinar', 'manual'];
    for (const id of ids) expect(findSigningAction(pathTo(byId(id))), id).toBeNull();
  });
});
