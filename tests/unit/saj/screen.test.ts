// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readPageContext } from '../../../lib/saj/screen';
import { readSigningScreen } from './named';
import { byId, loadFixture, parseFixture } from './fixtures';

describe('readPageContext per fixture page', () => {
  test.each([
    [
      'fila-assinatura.html',
      { user: 'Maria Aparecida Souza (MSOUZA)', lotacao: '1ª Vara do Tribunal do Júri - Campo Grande', database: 'SAJ-Campo Grande', comarca: 'Campo Grande' },
    ],
    ['fila-linhas-aria.html', { user: 'João Batista Ferreira (JBFERREIRA)', lotacao: '2ª Vara Criminal - Três Lagoas', database: 'SAJ-Interior' }],
    ['documento-unico.html', { user: 'Ana Paula Ribeiro (APRIBEIRO)', lotacao: '1ª Vara de Execução Penal do Interior - Campo Grande', database: 'SAJ-Campo Grande' }],
    ['finalizacao-documentos.html', { user: 'Carlos Eduardo Lima (CELIMA)', lotacao: 'Vara Criminal - Aquidauana', database: 'SAJ-Campo Grande' }],
    ['selecao-certificado.html', { user: 'Des. Roberto Nogueira (RNOGUEIRA)', lotacao: 'Secretaria da 1ª Câmara Criminal', grau: 2 }],
    ['componente-sombra.html', { user: 'Beatriz Campos (BCAMPOS)', lotacao: '2ª Vara Criminal - Dourados', database: 'SAJ-Dourados', comarca: 'Dourados' }],
    [
      'plantao.html',
      { user: 'Fernanda Alves (FALVES)', lotacao: 'Plantão Judiciário 1º Grau', database: 'SAJ-Dourados', plantaoHint: true, comarca: 'Dourados' },
    ],
    ['moldura.html', { user: 'Paulo Henrique Duarte (PHDUARTE)', lotacao: 'Vara Criminal - Aquidauana', database: 'SAJ-Campo Grande' }],
    ['quadros-cabecalho.html', { user: 'Luciana Martins (LMARTINS)', lotacao: '2ª Vara - Miranda', database: 'SAJ-Interior' }],
    ['moldura-fila.html', {}],
    ['index.html', { user: 'Maria Aparecida Souza (MSOUZA)' }],
  ])('%s', (name, expected) => {
    expect(readPageContext(loadFixture(name))).toEqual(expected);
  });

  test('a frameset page has no context of its own', () => {
    const doc = parseFixture('quadros.html');
    expect(readPageContext(doc)).toEqual({});
  });
});

describe('what the header says, in other shapes', () => {
  const context = (body: string, title = 'SAJ') => {
    document.title = title;
    document.body.innerHTML = body;
    return readPageContext(document);
  };

  test('"Identificar-se" means nobody is logged in', () => {
    expect(context('<header><span id="identificacao"><a href="/login">Identificar-se</a></span></header>').user).toBeUndefined();
  });

  test('a plantão named only in the foro, in any case, without accents', () => {
    expect(context('<header>Foro: PLANTAO DA COMARCA DE TRES LAGOAS</header>')).toEqual({
      lotacao: 'PLANTAO DA COMARCA DE TRES LAGOAS',
      plantaoHint: true,
      comarca: 'TRES LAGOAS',
    });
  });

  test('the header wins over a process detail further down', () => {
    const found = context('<main><div>Vara: 3ª Vara Cível - Corumbá</div></main><header><span>Lotação: 2ª Vara - Miranda</span></header>');
    expect(found.lotacao).toBe('2ª Vara - Miranda');
    expect(context('<main><div>Vara: 3ª Vara Cível - Corumbá</div></main><header>Foro: Foro de Miranda</header>').lotacao).toBe('Foro de Miranda');
  });

  test('"Unidade", "Cartório" and "Vara" stand for the lotação when there is no "Lotação"', () => {
    expect(context('<header><dl><dt>Cartório</dt><dd>Cartório da 2ª Vara Criminal</dd></dl></header>').lotacao).toBe('Cartório da 2ª Vara Criminal');
    expect(context('<div>Unidade: <select name="u"><option>A</option><option selected>Vara Criminal - Aquidauana</option></select></div>').lotacao).toBe(
      'Vara Criminal - Aquidauana',
    );
  });

  test('a unit picker without a visible label', () => {
    expect(context('<select name="lotacaoAtual"><option selected>2ª Vara Criminal - Três Lagoas</option></select>').lotacao).toBe('2ª Vara Criminal - Três Lagoas');
  });

  test('2º grau from the lotação; a hidden certificate window says nothing', () => {
    expect(context('<header>Lotação: Plantão Judiciário 2º Grau</header>')).toMatchObject({ grau: 2, plantaoHint: true });
    expect(context('<div hidden><h2>Seleção de Certificado Digital</h2></div><header>Lotação: 1ª Vara</header>').grau).toBeUndefined();
    expect(context('<div style="display: none"><h2>Seleção de Certificado Digital</h2></div>').grau).toBeUndefined();
  });

  test('the database in a "Base:" label, and "e-SAJ" is not a database', () => {
    expect(context('<header>e-SAJ - Portal de Serviços</header>').database).toBeUndefined();
    expect(context('<header>Base de dados: SAJ-Dourados</header>').database).toBe('SAJ-Dourados');
  });

  test('selectors pinned by the profile win', () => {
    document.body.innerHTML =
      '<div class="u">Maria (MSOUZA)</div><div class="l">2ª Vara - Miranda</div><div class="d">SAJ-Interior</div><header>Lotação: Outra</header>';
    expect(readPageContext(document, { user: '.u', lotacao: '.l', database: '.d' })).toEqual({
      user: 'Maria (MSOUZA)',
      lotacao: '2ª Vara - Miranda',
      database: 'SAJ-Interior',
    });
    // An invalid pinned selector falls back to what a person sees.
    expect(readPageContext(document, { lotacao: '##' }).lotacao).toBe('Outra');
  });

  test('hostile header texts come out short, plain and without control characters', () => {
    const found = readPageContext(loadFixture('textos-hostis.html'));
    expect(found.user).toBe('Maria <b onmouseover=alert(1)>Souza (MSOUZA)');
    expect(found.lotacao!.startsWith('2ª Vara Criminal - Três Lagoas ZZZ')).toBe(true);
    expect(found.lotacao!.length).toBeLessThanOrEqual(200);
    expect(found.lotacao).not.toMatch(/[\u202E\u0007]/);
  });
});

describe('readSigningScreen', () => {
  test('documents and context together', () => {
    loadFixture('plantao.html');
    const button = document.querySelector('tbody tr button')!;
    expect(readSigningScreen(button)).toEqual({
      documents: [{ label: 'Alvará de Soltura', bnmp: true, kind: 'Alvará de Soltura' }],
      user: 'Fernanda Alves (FALVES)',
      lotacao: 'Plantão Judiciário 1º Grau',
      database: 'SAJ-Dourados',
      plantaoHint: true,
      comarca: 'Dourados',
    });
  });

  test('the certificate window of a 2nd-instance screen', () => {
    loadFixture('selecao-certificado.html');
    expect(readSigningScreen(byId('confirmar'))).toMatchObject({ grau: 2, documents: [{ kind: 'Mandado de Prisão', bnmp: true }] });
  });

  /** A frame's document whose window sees the given parent/top pages (happy-dom does not load frames). */
  const framed = (queueHtml: string, top: Document, frames: Array<Document | 'cross-origin'> = []) => {
    const inner = document.implementation.createHTMLDocument('Fila');
    inner.body.innerHTML = queueHtml;
    const frameWindow = (doc: Document | 'cross-origin') =>
      doc === 'cross-origin'
        ? Object.defineProperty({}, 'document', {
            get() {
              throw new DOMException('Blocked a frame', 'SecurityError');
            },
          })
        : { document: doc };
    const topWindow = { document: top, frames: frames.map(frameWindow) } as unknown as Window;
    const win = { top: topWindow, parent: topWindow } as unknown as Window;
    Object.defineProperty(inner, 'defaultView', { value: win });
    return inner;
  };

  test('a queue inside a same-origin iframe borrows the header of the top page', () => {
    const top = parseFixture('moldura.html');
    const inner = framed(parseFixture('moldura-fila.html').body.innerHTML, top);
    const button = inner.querySelector('tbody tr button')!;
    expect(readSigningScreen(button)).toEqual({
      documents: [{ label: 'Guia de Recolhimento Provisória', bnmp: true, kind: 'Guia de Recolhimento' }],
      user: 'Paulo Henrique Duarte (PHDUARTE)',
      lotacao: 'Vara Criminal - Aquidauana',
      database: 'SAJ-Campo Grande',
    });
  });

  test('in a frameset the header frame is found among the top page frames; cross-origin ones are skipped', () => {
    const top = parseFixture('quadros.html');
    const header = parseFixture('quadros-cabecalho.html');
    const inner = framed('<table><tr><td>Despacho</td><td><button>Assinar</button></td></tr></table>', top, ['cross-origin', header]);
    expect(readSigningScreen(inner.querySelector('button')!)).toEqual({
      documents: [{ label: 'Despacho', bnmp: false }],
      user: 'Luciana Martins (LMARTINS)',
      lotacao: '2ª Vara - Miranda',
      database: 'SAJ-Interior',
    });
  });
});
