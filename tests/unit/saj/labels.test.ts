// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { walkText } from '../../../lib/saj/labels';
import { hasMoreChildrenThan } from '../../../lib/saj/text';
import { readPageContext } from '../../../lib/saj/screen';

const texts = (root: Node, budget?: number, stopAt?: string): string[] => {
  const seen: string[] = [];
  walkText(
    root,
    (text) => {
      seen.push(text.nodeValue!.trim());
      return text.nodeValue!.includes(stopAt ?? '\u0000');
    },
    budget,
  );
  return seen;
};

describe('walkText: the visible text a person reads, in order, bounded', () => {
  test('document order, blank text left out, hidden parts and controls skipped', () => {
    document.body.innerHTML = `
      <header><b>Usuário:</b> <span>Ana</span></header>
      <div hidden>escondido</div><div style="display: none">nada</div><div aria-hidden="true">ícone</div>
      <script>var x = 1;</script><select><option>Opção</option></select><textarea>rascunho</textarea>
      <dialog>fechado</dialog><dialog open>aberto</dialog>
      <main><p>um <em>dois</em> três</p></main>`;
    expect(texts(document.body)).toEqual(['Usuário:', 'Ana', 'aberto', 'um', 'dois', 'três']);
  });

  test('a container with more than 100 children (a long queue) is skipped whole; one with 100 is read', () => {
    const list = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li>linha ${i}</li>`).join('')}</ul>`;
    document.body.innerHTML = `<p>antes</p>${list(101)}<p>depois</p>`;
    expect(texts(document.body)).toEqual(['antes', 'depois']);
    document.body.innerHTML = `<p>antes</p>${list(100)}<p>depois</p>`;
    expect(texts(document.body)).toHaveLength(102);
  });

  test('the body and main are read however many children they have', () => {
    document.body.innerHTML = `<main>${'<p>x</p>'.repeat(150)}</main>`;
    expect(texts(document.body)).toHaveLength(150);
  });

  test('stops when the visitor says so, or after the budget of nodes', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p><p>d</p>';
    expect(texts(document.body, undefined, 'b')).toEqual(['a', 'b']);
    // Elements count too: <p>a</p> is two nodes.
    expect(texts(document.body, 4)).toEqual(['a', 'b']);
  });
});

describe('hasMoreChildrenThan', () => {
  test('agrees with childElementCount for any number of children and limit', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(45), fc.nat(5), (children, limit, texts) => {
        const el = document.createElement('div');
        for (let i = 0; i < children; i++) el.append(document.createElement('span'));
        for (let i = 0; i < texts; i++) el.append(document.createTextNode('texto')); // text nodes are not children elements
        expect(hasMoreChildrenThan(el, limit)).toBe(el.childElementCount > limit);
      }),
    );
  });
});

describe('the page context ignores labels inside a long list', () => {
  test('a "Lotação:" cell in a 101-row table is not the signer\'s lotação; the header one is', () => {
    const rows = Array.from({ length: 101 }, (_, i) => `<tr><td>Lotação: Vara ${i}</td></tr>`).join('');
    document.body.innerHTML = `<table><tbody>${rows}</tbody></table><header><span>Lotação: 1ª Vara Criminal - Dourados</span></header>`;
    expect(readPageContext(document).lotacao).toBe('1ª Vara Criminal - Dourados');
  });
});
