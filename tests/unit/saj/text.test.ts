// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { clean, fold, labelOf, LABEL_MAX, textOf } from '../../../lib/saj/text';

const html = (markup: string): Element => {
  document.body.innerHTML = markup;
  return document.body.firstElementChild!;
};

describe('fold', () => {
  test.each([
    ['Assinar', 'assinar'],
    ['  ASSINAR   Selecionados ', 'assinar selecionados'],
    ['Alvará de Soltura', 'alvara de soltura'],
    ['Lotação:\n\t1ª  Vara', 'lotacao: 1ª vara'],
    ['Assi\u200Bnar\u00A0documento', 'assinar documento'],
    ['MANDADO DE PRISÃO', 'mandado de prisao'],
    ['Certidão\u0007 de Cumprimento', 'certidao de cumprimento'],
  ])('%j → %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('clean', () => {
  test('strips control and invisible characters, collapses spaces, bounds the length', () => {
    expect(clean('  Maria\u0007 <b>Souza</b>\u202E\n ')).toBe('Maria <b>Souza</b>');
    expect(clean('x'.repeat(20_000))).toHaveLength(LABEL_MAX);
    expect(clean('abc def', 5)).toBe('abc d');
  });
});

describe('labelOf: what a person reads on a control', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test.each([
    ['visible text', '<button> Assinar <b>selecionados</b> </button>', 'Assinar selecionados'],
    ['input value', '<input type="submit" value="Assinar">', 'Assinar'],
    ['input image alt', '<input type="image" alt="Assinar documento" src="x.png">', 'Assinar documento'],
    ['icon only: title', '<button title="Assinar"><svg><path d="M0 0"/></svg></button>', 'Assinar'],
    ['icon glyph only: aria-label', '<a role="button" aria-label="Assinar e finalizar">✍</a>', 'Assinar e finalizar'],
    ['icon with its own title', '<button><i class="fa fa-pen" title="Assinar digitalmente"></i></button>', 'Assinar digitalmente'],
    ['img alt inside a link', '<a href="#"><img src="x.png" alt="Assinar"></a>', 'Assinar'],
    ['a password is never read', '<input type="password" value="segredo123" title="Senha">', 'Senha'],
    ['a select shows its chosen option', '<select><option>Finalizar</option><option selected>Assinar</option></select>', 'Assinar'],
  ])('%s', (_, markup, label) => {
    expect(labelOf(html(markup))).toBe(label);
  });

  test('aria-labelledby points at the visible label', () => {
    document.body.innerHTML = '<span id="rotulo">Assinar documento</span><button aria-labelledby="rotulo">✔</button>';
    expect(labelOf(document.querySelector('button')!)).toBe('Assinar documento');
  });

  test('a 20,000-character label is cut where a person stops reading', () => {
    const el = html(`<button>Assinar ${'muito '.repeat(4000)}</button>`);
    const label = labelOf(el);
    expect(label.startsWith('Assinar muito')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(LABEL_MAX);
  });

  test('markup-looking text stays text', () => {
    const el = html('<button>&lt;img src=x onerror=alert(1)&gt; Assinar</button>');
    expect(labelOf(el)).toBe('<img src=x onerror=alert(1)> Assinar');
    expect(document.querySelector('img')).toBeNull();
  });

  test('slotted text of a web component counts, script and style text does not', () => {
    const host = html('<x-botao>Assinar</x-botao>');
    host.attachShadow({ mode: 'open' }).innerHTML = '<style>.a{}</style><button><slot></slot></button>';
    expect(labelOf(host.shadowRoot!.querySelector('button')!)).toBe('Assinar');
    expect(labelOf(host)).toBe('Assinar');
    expect(textOf(html('<div><script>var assinar = 1</script>Despacho</div>'))).toBe('Despacho');
  });

  test('a huge container is read only up to the budget', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<p>linha ${i}</p>`).join('');
    const el = html(`<div>${rows}</div>`);
    const started = performance.now();
    const text = textOf(el);
    expect(text.length).toBeLessThanOrEqual(LABEL_MAX);
    expect(performance.now() - started).toBeLessThan(20);
  });
});
