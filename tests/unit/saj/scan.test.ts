// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { MAX_ROWS_WEIGHED } from '../../../lib/saj/scan';
import { findVisibleBnmpSigning } from './named';
import { labelOf } from '../../../lib/saj/text';
import { byId, loadFixture, rowsRead, upgradeSdsButtons } from './fixtures';

const describeFound = (found: ReturnType<typeof findVisibleBnmpSigning>) =>
  found && { action: found.action.id || labelOf(found.action), bnmp: found.documents.filter((d) => d.bnmp).map((d) => d.label) };

describe('findVisibleBnmpSigning over a whole page', () => {
  test.each([
    [
      'fila-assinatura.html',
      {
        action: 'assinar-selecionados',
        bnmp: [
          'Mandado de Prisão Preventiva',
          'ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA',
          'Contramandado de Prisão',
          'PJMS-CRI Guia de Execução Provisória BNMP 2.0',
          'Certidão de Cumprimento de Mandado de Prisão',
        ],
      },
    ],
    ['fila-linhas-aria.html', { action: 'lote', bnmp: ['Mandado de Prisão - Prisão Civil (Alimentos)', 'Ordem de Liberação'] }],
    ['documento-unico.html', { action: 'Assinar', bnmp: ['Alvará de Soltura'] }],
    ['finalizacao-documentos.html', { action: 'confirmar', bnmp: ['Mandado de Prisão Temporária'] }],
    ['selecao-certificado.html', { action: 'confirmar', bnmp: ['PJMS-CRI Mandado de Prisão Definitiva BNMP 2.0'] }],
    ['botoes-icone.html', { action: 'icone-assinar', bnmp: ['Contramandado de Prisão'] }],
    ['moldura-fila.html', { action: 'Assinar', bnmp: ['Guia de Recolhimento Provisória'] }],
    ['plantao.html', { action: 'Assinar', bnmp: ['Alvará de Soltura'] }],
    ['fila-sem-bnmp.html', null],
    ['negativos.html', null],
    ['index.html', null],
  ])('%s', (name, expected) => {
    expect(describeFound(findVisibleBnmpSigning(loadFixture(name)))).toEqual(expected);
  });

  test('componente-sombra.html: the design-system button of the BNMP row', () => {
    loadFixture('componente-sombra.html');
    upgradeSdsButtons();
    expect(describeFound(findVisibleBnmpSigning(document))).toEqual({ action: 'sds-internacao', bnmp: ['Mandado de Internação'] });
  });

  test('finalizacao-documentos.html: nothing while "Somente finalizar" is chosen', () => {
    loadFixture('finalizacao-documentos.html');
    (byId('opcao-finalizar') as HTMLInputElement).checked = true;
    expect(findVisibleBnmpSigning(document)).toBeNull();
  });

  test('a queue whose first rows are not BNMP answers with the first BNMP row button', () => {
    loadFixture('fila-sem-bnmp.html');
    byId('assinar-selecionados').remove();
    const last = document.querySelector('tbody tr:last-child')!;
    last.children[2]!.textContent = 'Mandado de Prisão';
    const found = findVisibleBnmpSigning(document);
    expect(found?.action).toBe(last.querySelector('button'));
    expect(found?.documents).toEqual([{ label: 'Mandado de Prisão', bnmp: true, kind: 'Mandado de Prisão' }]);
  });

  test('a pinned signing action counts for the scan; an invalid one is ignored', () => {
    document.body.innerHTML = '<main><h1>Alvará de Soltura</h1><div class="acao-x">OK</div></main>';
    expect(findVisibleBnmpSigning(document)).toBeNull();
    expect(findVisibleBnmpSigning(document, { signingAction: '.acao-x' })?.action).toBe(document.querySelector('.acao-x'));
    expect(findVisibleBnmpSigning(document, { signingAction: '.acao-x[' })).toBeNull();
  });

  test('a hidden signing screen does not count', () => {
    document.body.innerHTML = '<div style="display:none"><h1>Alvará de Soltura</h1><button>Assinar</button></div>';
    expect(findVisibleBnmpSigning(document)).toBeNull();
  });
});

describe('findVisibleBnmpSigning over added nodes only', () => {
  test('a re-rendered row, a header, an unrelated subtree', () => {
    loadFixture('fila-assinatura.html');
    const rows = document.querySelectorAll('#fila tbody tr');
    expect(describeFound(findVisibleBnmpSigning(rows[0]!))).toEqual({ action: 'Assinar', bnmp: ['Mandado de Prisão Preventiva'] });
    // A non-BNMP row answers for itself only, even though BNMP rows sit next to it.
    expect(findVisibleBnmpSigning(rows[1]!)).toBeNull();
    expect(findVisibleBnmpSigning(document.querySelector('header')!)).toBeNull();
    expect(findVisibleBnmpSigning(document.querySelector('#fila tbody tr td')!)).toBeNull();
  });

  test('an added button is weighed with the list it stands over', () => {
    loadFixture('fila-assinatura.html');
    const barra = document.querySelector('.barra')!;
    expect(describeFound(findVisibleBnmpSigning(barra))?.action).toBe('assinar-selecionados');
    expect(describeFound(findVisibleBnmpSigning(byId('assinar-selecionados')))?.action).toBe('assinar-selecionados');
  });

  test('rows the SPA replaces are found again in the new body', () => {
    loadFixture('fila-assinatura.html');
    const tbody = document.querySelector('#fila tbody')!;
    const fresh = tbody.cloneNode(true) as Element;
    tbody.replaceWith(fresh);
    expect(findVisibleBnmpSigning(fresh)?.action).toBe(fresh.querySelector('button'));
  });

  test('work follows the subtree: one new row reads that row only; a whole 1,500-row queue at most MAX_ROWS_WEIGHED rows', () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `<tr><td><input type="checkbox"></td><td>0814194-90.2022.8.12.0001</td><td>${i % 2 ? 'Despacho' : 'Decisão'}</td><td><button type="button">Assinar</button></td></tr>`,
    );
    document.body.innerHTML = `<section><button id="lote">Assinar selecionados</button><table><thead><tr><th></th><th>Processo</th><th>Documento</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
    const row = document.querySelectorAll('tbody tr')[1200]!;
    const one = rowsRead(() => findVisibleBnmpSigning(row));
    expect(one.result).toBeNull();
    expect(one.rows).toBeLessThanOrEqual(2);

    const whole = rowsRead(() => findVisibleBnmpSigning(document));
    expect(whole.result).toBeNull();
    expect(whole.rows).toBeGreaterThan(0);
    expect(whole.rows).toBeLessThanOrEqual(MAX_ROWS_WEIGHED + 2);
  }, 30_000);

  test('a BNMP row within the first MAX_ROWS_WEIGHED rows brings the banner; the batch answers with its first rows only', () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `<tr><td><input type="checkbox"></td><td>0814194-90.2022.8.12.0001</td><td>${i % 10 === 7 ? 'Mandado de Prisão' : 'Despacho'}</td><td><button type="button">Assinar</button></td></tr>`,
    );
    document.body.innerHTML = `<section><button id="lote">Assinar selecionados</button><table><thead><tr><th></th><th>Processo</th><th>Documento</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
    const { result, rows: read } = rowsRead(() => findVisibleBnmpSigning(document));
    expect(result?.action.id).toBe('lote');
    expect(result?.documents).toHaveLength(8);
    expect(read).toBeLessThan(100);
  }, 30_000);
});
