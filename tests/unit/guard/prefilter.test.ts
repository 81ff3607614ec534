// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pathMentionsSigning, subtreeMentionsSigning } from '../../../lib/guard/prefilter';

/** The path an event would take from `el` up to the document, through open shadow roots. */
function pathFrom(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let at: Node | null = el; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) path.push(at);
  return path;
}

describe('pathMentionsSigning (before the guard core is loaded)', () => {
  it.each([
    ['<button id="t">Assinar</button>', true],
    ['<button><i id="t" class="icone"></i></button>'.replace('<button>', '<button title="Assinar documento">'), true],
    ['<input id="t" type="submit" value="Assinar e liberar nos autos">', true],
    ['<div role="button" aria-label="Assinar selecionados"><span id="t">✔</span></div>', true],
    ['<button id="t">Salvar</button>', false],
    ['<td><span id="t">0814194-90.2022.8.12.0001</span></td>', false],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = `<table><tr>${html.startsWith('<td') ? html : `<td>${html}</td>`}</tr></table>`;
    expect(pathMentionsSigning(pathFrom(document.getElementById('t')!))).toBe(expected);
  });

  it('reads a web component host label above an unlabelled inner button (sds-button)', () => {
    document.body.innerHTML = '<sds-button aria-label="Assinar"><span id="t">✎</span></sds-button>';
    const host = document.querySelector('sds-button')!;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<button><slot></slot></button>';
    const span = document.getElementById('t')!;
    const path = [span, inner.querySelector('slot')!, inner.querySelector('button')!, inner, host, document.body];
    expect(pathMentionsSigning(path)).toBe(true);
  });

  it('does not read the text of a large container the click went through', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Assinar ${i}</td></tr>`).join('');
    document.body.innerHTML = `<table><tbody id="corpo">${rows}</tbody></table><p id="t"></p>`;
    const tbody = document.getElementById('corpo')!;
    expect(pathMentionsSigning([tbody, document.body])).toBe(false);
  });
});

describe('subtreeMentionsSigning (added nodes)', () => {
  it('finds signing words in text and in title/aria-label/value attributes', () => {
    const make = (html: string) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      return div;
    };
    expect(subtreeMentionsSigning(make('<button>Assinar</button>'))).toBe(true);
    expect(subtreeMentionsSigning(make('<button title="Assinar"><i></i></button>'))).toBe(true);
    expect(subtreeMentionsSigning(make('<input type="button" value="Confirmar">'))).toBe(true);
    expect(subtreeMentionsSigning(make('<p>Consulta de processos</p>'))).toBe(false);
  });
});
