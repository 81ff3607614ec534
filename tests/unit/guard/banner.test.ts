// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createBanner } from '../../../lib/guard/banner';

const shown = () => {
  const root = document.querySelector('sentinela-bnmp-banner')?.shadowRoot;
  return {
    title: root?.querySelector('.title')?.textContent ?? '',
    reasons: [...(root?.querySelectorAll('li') ?? [])].map((li) => li.textContent),
    tag: root?.querySelector('.tag')?.textContent ?? '',
  };
};

beforeEach(() => {
  document.body.innerHTML = '<main><button>Assinar</button></main>';
});

describe('the banner names what is on the screen', () => {
  test('every BNMP document kind, whole, once each, in the order seen', () => {
    createBanner(document).show({
      level: 'block',
      documents: ['Mandado de Prisão', 'Alvará de Soltura', 'Mandado de Prisão', 'Contramandado', 'Guia de Execução', 'Certidão de Cumprimento'],
      reasons: ['Sua lotação “1ª Vara do Tribunal do Júri - Campo Grande” não está concedida.'],
    });
    expect(shown().tag).toBe('Bloqueio');
    expect(shown().title).toBe(
      'Sentinela BNMP: o CNJ deve recusar a assinatura de Mandado de Prisão, Alvará de Soltura, Contramandado, Guia de Execução, Certidão de Cumprimento nesta tela.',
    );
    expect(shown().reasons).toEqual(['Sua lotação “1ª Vara do Tribunal do Júri - Campo Grande” não está concedida.']);
  });

  test('a warning reads as advice; page text longer than 200 characters is cut, our reasons up to 360', () => {
    const long = 'Mandado '.repeat(40);
    const reason = 'motivo '.repeat(60);
    createBanner(document).show({ level: 'warn', documents: [long], reasons: [reason] });
    const { title, reasons, tag } = shown();
    expect(tag).toBe('Atenção');
    // Cut to 200 characters in all, the last one "…" (spaces collapsed, never inside a character).
    expect(title).toBe(`Sentinela BNMP: confira antes de assinar ${long.slice(0, 199).trimEnd()}… nesta tela.`);
    expect(reasons[0]).toBe(`${reason.slice(0, 359).trimEnd()}…`);
    expect(reasons[0]!.length).toBeGreaterThan(200);
  });

  test('sits first in <body>, in the page flow, and never turns page text into markup', () => {
    createBanner(document).show({ level: 'block', documents: ['<img src=x onerror=alert(1)>'], reasons: ['<b>negrito</b>'] });
    expect(document.body.firstElementChild?.localName).toBe('sentinela-bnmp-banner');
    const root = document.querySelector('sentinela-bnmp-banner')!.shadowRoot!;
    expect(root.querySelector('img, b')).toBeNull();
    expect(shown().title).toContain('<img src=x onerror=alert(1)>');
  });
});
