// @vitest-environment happy-dom
/**
 * Signing screens rendered inside web components (open shadow roots): the document's name, the
 * process and the "Assinar" button all in the component's own tree, the light DOM holding only the
 * page header. The detector reads the composed tree, in both directions, nested.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { findSigningAction, findSigningCandidate } from '../../../lib/saj/signing-action';
import { documentsForAction, findVisibleBnmpSigning, readSigningScreen } from './named';
import { pathTo } from './fixtures';

const HEADER = '<header><span id="identificacao"><strong>Maria Aparecida Souza</strong> (MSOUZA)</span><span>Vara: <b>2ª Vara Criminal - Três Lagoas</b></span></header>';

function component(parent: ParentNode, tag: string, html: string): ShadowRoot {
  const host = document.createElement(tag);
  parent.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

const buttonIn = (root: ShadowRoot, label = 'Assinar') => [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;

beforeEach(() => {
  document.body.innerHTML = HEADER;
});

describe('a whole signing panel in one open shadow root', () => {
  test('a click on its "Assinar" signs the document its heading names', () => {
    const root = component(
      document.body,
      'sds-painel-documento',
      '<div class="painel"><h2>Ordem de Liberação</h2><p>Processo 0814194-90.2022.8.12.0001</p><div class="acoes"><button><svg></svg> Assinar</button><button>Cancelar</button></div></div>',
    );
    const button = buttonIn(root);
    const action = findSigningAction(pathTo(button));
    expect(action).toBe(button);
    expect(documentsForAction(action!).map((d) => [d.label, d.kind])).toEqual([['Ordem de Liberação', 'Ordem de Liberação']]);
    const screen = readSigningScreen(action!);
    expect(screen.user).toBe('Maria Aparecida Souza (MSOUZA)');
    expect(screen.lotacao).toBe('2ª Vara Criminal - Três Lagoas');
  });

  test('a labelled field ("Tipo") inside the component names the document', () => {
    const root = component(
      document.body,
      'sds-formulario',
      '<form><dl><dt>Tipo</dt><dd>Mandado de Prisão Preventiva</dd><dt>Processo</dt><dd>0814194-90.2022.8.12.0001</dd></dl><button type="submit">Assinar e liberar nos autos</button></form>',
    );
    expect(documentsForAction(buttonIn(root)).map((d) => d.kind)).toEqual(['Mandado de Prisão']);
  });

  test('a Despacho in the same kind of panel is not BNMP', () => {
    const root = component(document.body, 'sds-painel-documento', '<div><h2>Despacho - Mero expediente</h2><button>Assinar</button></div>');
    expect(documentsForAction(buttonIn(root)).map((d) => d.bnmp)).toEqual([false]);
  });
});

describe('nested components: the heading and the button in sibling trees', () => {
  function nested(heading: string) {
    const app = component(document.body, 'app-raiz', '<main></main>');
    const main = app.querySelector('main')!;
    component(main, 'sds-cartao', `<article><h3>${heading}</h3><p>0814194-90.2022.8.12.0001</p></article>`);
    const toolbar = component(main, 'sds-barra', '<div class="acoes"></div>');
    const button = component(toolbar.querySelector('.acoes')!, 'sds-botao', '<button><span>Assinar</span></button>');
    return buttonIn(button);
  }

  test('found going up to the shared component, then down into its other child', () => {
    const inner = nested('Alvará de Soltura');
    const action = findSigningAction(pathTo(inner));
    expect(action).not.toBeNull();
    expect(documentsForAction(action!).map((d) => d.kind)).toEqual(['Alvará de Soltura']);
  });

  test('scans find the nested action and the banner sees a BNMP screen', () => {
    const inner = nested('Contramandado de Prisão');
    expect(findSigningCandidate(document)).not.toBeNull();
    const found = findVisibleBnmpSigning(document);
    expect(found?.documents.map((d) => d.kind)).toEqual(['Contramandado']);
    expect(inner.isConnected).toBe(true);
  });

  test('a nested Sentença is seen, and is not BNMP', () => {
    nested('Sentença');
    expect(findVisibleBnmpSigning(document)).toBeNull();
    expect(findSigningCandidate(document)).not.toBeNull();
  });
});

describe('a queue inside a component', () => {
  test('rows, checkboxes and the batch button in one shadow root: the selected rows are signed', () => {
    const root = component(
      document.body,
      'sds-fila',
      `<section><button id="lote">Assinar selecionados</button><table>
        <thead><tr><th></th><th>Documento</th></tr></thead><tbody>
        <tr><td><input type="checkbox" checked></td><td>Mandado de Prisão Preventiva</td></tr>
        <tr><td><input type="checkbox"></td><td>Despacho</td></tr>
        <tr><td><input type="checkbox" checked></td><td>Sentença</td></tr></tbody></table></section>`,
    );
    const batch = root.getElementById('lote')!;
    expect(documentsForAction(batch).map((d) => d.label)).toEqual(['Mandado de Prisão Preventiva', 'Sentença']);
    expect(findVisibleBnmpSigning(document)?.action).toBe(batch);
  });
});
