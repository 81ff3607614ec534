// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { documentsForAction } from './named';
import type { SeenDocument } from '../../../lib/readiness/types';
import { byId, loadFixture, rowsRead, upgradeSdsButtons } from './fixtures';

const rowButton = (docLabel: string): Element => {
  const row = [...document.querySelectorAll('tr')].find((tr) => tr.children[2]?.textContent === docLabel || tr.children[1]?.textContent === docLabel);
  if (!row) throw new Error(`no row ${docLabel}`);
  return row.querySelector('button,sds-button')!;
};
const check = (selector: string) => {
  for (const box of document.querySelectorAll<HTMLInputElement>(selector)) box.checked = true;
};
const kinds = (documents: SeenDocument[]) => documents.map((d) => [d.label, d.kind ?? null]);

describe('a row button signs that row only', () => {
  test.each([
    ['Mandado de Prisão Preventiva', 'Mandado de Prisão'],
    ['Despacho - Mero expediente', null],
    ['ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA', 'Alvará de Soltura'],
    ['Certidão de Cumprimento de Mandado de Intimação', null],
    ['Contramandado de Prisão', 'Contramandado'],
    ['Guia de Recolhimento de Custas', null],
    ['PJMS-CRI Guia de Execução Provisória BNMP 2.0', 'Guia de Execução'],
    ['Certidão de Cumprimento de Mandado de Prisão', 'Certidão de Cumprimento'],
  ])('fila-assinatura.html: %s', (label, kind) => {
    loadFixture('fila-assinatura.html');
    check('#fila tbody tr:nth-child(4) input'); // another row selected changes nothing for a row button
    expect(kinds(documentsForAction(rowButton(label)))).toEqual([[label, kind]]);
  });

  test('componente-sombra.html: the component in a row signs the row (column "Modelo")', () => {
    loadFixture('componente-sombra.html');
    upgradeSdsButtons();
    expect(kinds(documentsForAction(byId('sds-internacao')))).toEqual([['Mandado de Internação', 'Mandado de Internação']]);
    expect(kinds(documentsForAction(byId('sds-oficio')))).toEqual([['Ofício ao Presídio', null]]);
    expect(documentsForAction(byId('sds-icone'))[0]?.kind).toBe('Mandado de Monitoramento Eletrônico');
  });
});

describe('a batch button signs the selected rows of its list', () => {
  test('fila-assinatura.html: checked rows, in page order; the header checkbox is no document', () => {
    loadFixture('fila-assinatura.html');
    const batch = byId('assinar-selecionados');
    expect(documentsForAction(batch)).toEqual([]);
    check('#fila tbody tr:nth-child(2) input, #fila tbody tr:nth-child(3) input, #marcar-todos');
    expect(kinds(documentsForAction(batch))).toEqual([
      ['Despacho - Mero expediente', null],
      ['ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA', 'Alvará de Soltura'],
    ]);
  });

  test('fila-linhas-aria.html: rows with aria-selected="true"', () => {
    loadFixture('fila-linhas-aria.html');
    const documents = documentsForAction(byId('lote'));
    expect(kinds(documents)).toEqual([
      ['Mandado de Prisão - Prisão Civil (Alimentos)', 'Mandado de Prisão'],
      ['Sentença condenatória', null],
    ]);
    document.querySelector('[aria-selected=true]')!.setAttribute('aria-selected', 'false');
    expect(kinds(documentsForAction(byId('lote')))).toEqual([['Sentença condenatória', null]]);
  });

  test('moldura-fila.html: the batch button after the table, in the same form', () => {
    loadFixture('moldura-fila.html');
    check('input[value="1"], input[value="3"]');
    expect(kinds(documentsForAction(byId('assinar-selecionados')))).toEqual([
      ['Guia de Recolhimento Provisória', 'Guia de Recolhimento'],
      ['Ofício - Requisição de informações', null],
    ]);
  });

  test('plantao.html: the pre-checked Alvará de Soltura', () => {
    loadFixture('plantao.html');
    const batch = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Assinar selecionados')!;
    expect(kinds(documentsForAction(batch))).toEqual([['Alvará de Soltura', 'Alvará de Soltura']]);
  });

  test('fila-sem-bnmp.html: selected rows, none BNMP', () => {
    loadFixture('fila-sem-bnmp.html');
    const documents = documentsForAction(byId('assinar-selecionados'));
    expect(documents.map((d) => d.label)).toEqual(['Despacho - Cite-se', 'Mandado de Citação']);
    expect(documents.some((d) => d.bnmp)).toBe(false);
  });

  test('invalid selectors in a profile are ignored, never thrown into the page', () => {
    loadFixture('fila-assinatura.html');
    const broken = { documentRow: 'tr[', documentType: '!!', signingAction: '[[' };
    expect(documentsForAction(rowButton('Contramandado de Prisão'), broken)[0]?.kind).toBe('Contramandado');
    check('#fila tbody tr:nth-child(3) input');
    expect(documentsForAction(byId('assinar-selecionados'), broken).map((d) => d.label)).toEqual(['ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA']);
  });

  test('a selector pinned by the profile says what a row and its document type are', () => {
    document.body.innerHTML = `
      <div class="acoes"><button id="lote">Assinar selecionados</button></div>
      <div class="fila">
        <div class="item"><input type="checkbox" checked><em>0814194-90.2022.8.12.0001</em><b class="tp">Mandado de Prisão</b><i>Juiz X</i></div>
        <div class="item"><input type="checkbox"><em>0800123-49.2023.8.12.0001</em><b class="tp">Despacho</b><i>Juiz Y</i></div>
      </div>`;
    expect(kinds(documentsForAction(byId('lote'), { documentRow: '.item', documentType: '.tp' }))).toEqual([['Mandado de Prisão', 'Mandado de Prisão']]);
  });
});

describe('a single-document screen names its document', () => {
  test('documento-unico.html: the labelled field "Tipo:"', () => {
    loadFixture('documento-unico.html');
    const submit = document.querySelector('#assinatura input[type=submit]')!;
    expect(kinds(documentsForAction(submit))).toEqual([['Alvará de Soltura', 'Alvará de Soltura']]);
  });

  test('botoes-icone.html: the page heading', () => {
    loadFixture('botoes-icone.html');
    for (const id of ['icone-assinar', 'link-assinar', 'span-assinar']) {
      expect(kinds(documentsForAction(byId(id)))).toEqual([['Contramandado de Prisão', 'Contramandado']]);
    }
  });

  test('finalizacao-documentos.html: "Confirmar" signs the document named in the window', () => {
    loadFixture('finalizacao-documentos.html');
    expect(kinds(documentsForAction(byId('confirmar')))).toEqual([['Mandado de Prisão Temporária', 'Mandado de Prisão']]);
  });

  test('selecao-certificado.html: "Modelo:" with BNMP in the model name, not the certificate list', () => {
    loadFixture('selecao-certificado.html');
    expect(kinds(documentsForAction(byId('confirmar')))).toEqual([['PJMS-CRI Mandado de Prisão Definitiva BNMP 2.0', 'Mandado de Prisão']]);
  });

  test('a window listing several documents signs them all', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Finalização de Documentos">
        <table><thead><tr><th>Documento</th><th>Processo</th></tr></thead>
          <tbody><tr><td>Alvará de Soltura</td><td>0814194-90.2022.8.12.0001</td></tr><tr><td>Ofício ao presídio</td><td>0814194-90.2022.8.12.0001</td></tr></tbody></table>
        <label><input type="radio" name="o" checked> Assinar</label><label><input type="radio" name="o"> Finalizar</label>
        <button id="ok">Confirmar</button>
      </div>`;
    expect(kinds(documentsForAction(byId('ok')))).toEqual([
      ['Alvará de Soltura', 'Alvará de Soltura'],
      ['Ofício ao presídio', null],
    ]);
  });

  test('a generic heading or nothing at all: it cannot tell, and says nothing', () => {
    document.title = 'SAJ';
    document.body.innerHTML = '<h1>Assinatura de documento</h1><button id="b">Assinar</button>';
    expect(documentsForAction(byId('b'))).toEqual([]);
    document.body.innerHTML = '<div class="campo">Tipo de documento: <select><option selected>Todos</option></select></div><button id="b">Assinar</button>';
    expect(documentsForAction(byId('b'))).toEqual([]);
  });

  test('a checked list of parties to notify is not what "Assinar" signs', () => {
    document.body.innerHTML = `
      <form><div>Tipo: Mandado de Prisão Preventiva</div>
        <fieldset><legend>Intimar</legend><ul><li><label><input type="checkbox" checked> Autor</label></li><li><label><input type="checkbox"> Réu</label></li></ul></fieldset>
        <button id="b">Assinar</button></form>`;
    expect(kinds(documentsForAction(byId('b')))).toEqual([['Mandado de Prisão Preventiva', 'Mandado de Prisão']]);
  });

  test('a filter checkbox before the queue in the same block does not hide the queue', () => {
    document.body.innerHTML = `
      <section><div><button id="lote">Assinar selecionados</button></div>
        <div><label><input type="checkbox" checked> Somente urgentes</label>
          <table><tbody><tr><td><input type="checkbox" checked></td><td>Alvará de Soltura</td></tr><tr><td><input type="checkbox"></td><td>Despacho</td></tr></tbody></table></div></section>`;
    expect(kinds(documentsForAction(byId('lote')))).toEqual([['Alvará de Soltura', 'Alvará de Soltura']]);
  });

  test('a filter above an unselected queue is not the document', () => {
    loadFixture('fila-assinatura.html');
    byId('assinar-selecionados').textContent = 'Assinar';
    document.querySelector('.barra')!.insertAdjacentHTML('beforeend', '<label>Tipo: <select><option selected>Mandado de Prisão</option></select></label>');
    expect(documentsForAction(byId('assinar-selecionados'))).toEqual([]);
  });
});

describe('hostile texts stay bounded plain text', () => {
  test('textos-hostis.html', () => {
    loadFixture('textos-hostis.html');
    const documents = documentsForAction(byId('assinar-selecionados'));
    expect(documents).toHaveLength(2);
    expect(documents[0]).toEqual({ label: '<img src=x onerror=alert(1)>Mandado de Prisão', bnmp: true, kind: 'Mandado de Prisão' });
    expect(documents[1]!.label.length).toBeLessThanOrEqual(300);
    expect(documents[1]!.kind).toBe('Alvará de Soltura');
    const control = documentsForAction(byId('linha-controle').querySelector('button')!);
    expect(control).toEqual([{ label: 'Contramandado de Prisão', bnmp: true, kind: 'Contramandado' }]);
    const script = documentsForAction(byId('linha-script').querySelector('button')!);
    expect(script[0]!.bnmp).toBe(false);
    expect(document.querySelector('img, script')).toBeNull();
  });
});

describe('performance', () => {
  test('a batch click on a 5,000-row queue with 3 rows selected', () => {
    const kindsOfRows = ['Despacho', 'Decisão interlocutória', 'Mandado de Prisão Preventiva', 'Sentença', 'Alvará de Soltura'];
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<tr><td><input type="checkbox"${i === 12 || i === 2504 || i === 4999 ? ' checked' : ''}></td><td>0814194-90.2022.8.12.0001</td><td>${kindsOfRows[i % 5]}</td><td>02/09/2024</td><td><button type="button">Assinar</button></td></tr>`,
    );
    document.body.innerHTML = `<header><span id="identificacao"><strong>Maria</strong></span></header><section><div><button id="lote">Assinar selecionados</button></div>
      <table><thead><tr><th></th><th>Processo</th><th>Documento</th><th>Data</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
    const batch = byId('lote');
    const row = document.querySelectorAll('tbody tr')[2500]!.querySelector('button')!;

    // The rows read are the selected ones (and the list's header), not the queue: what a click costs
    // must not grow with the queue. Counted, not timed (timings: npm run bench).
    const batchRun = rowsRead(() => documentsForAction(batch));
    expect(batchRun.result.map((d) => d.label)).toEqual(['Mandado de Prisão Preventiva', 'Alvará de Soltura', 'Alvará de Soltura']);
    expect(batchRun.rows).toBeLessThanOrEqual(6);
    const rowRun = rowsRead(() => documentsForAction(row));
    expect(rowRun.result.map((d) => d.label)).toEqual(['Despacho']);
    expect(rowRun.rows).toBeLessThanOrEqual(2);
  }, 30_000);
});
