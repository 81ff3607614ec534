// @vitest-environment happy-dom
/** The offer notice on BNMP web: what it shows, where it lives, and that only the person's own click applies it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showOffer } from '../../../lib/bnmp-guard/offer';
import { offerContent } from '../../../lib/bnmp-guard/core';

const update = { personId: 'eu', add: ['<img src=x onerror=alert(1)>'], activate: [], markForReview: ['2ª Vara - Miranda'], unmark: [], confirmAccount: true };

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body><app-root><p>app</p></app-root></body>';
});

describe('the offer', () => {
  it('lists what would change, as text, before anything changes', () => {
    showOffer(document, offerContent(update, ['2ª VARA CRIMINAL DE TRÊS LAGOAS', '<img src=x onerror=alert(1)>'], 'CNJ Corporativo', '2026-11-04'), vi.fn(), vi.fn());
    const root = document.querySelector('sentinela-bnmp-oferta')!.shadowRoot!;
    expect(root.textContent).toContain('O BNMP mostra estas unidades para você: “2ª VARA CRIMINAL DE TRÊS LAGOAS” e “<img src=x onerror=alert(1)>”. Atualizar minha situação?');
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Incluir como lotações ativas',
      'Marcar para revisão — não aparecem no BNMP (nada é apagado)',
      'Conta no CNJ',
    ]);
    expect(root.querySelectorAll('img')).toHaveLength(0);
  });

  it('the offer lives on <html>, outside the app\'s tree, and is not a dialog', () => {
    showOffer(document, offerContent({ ...update, add: [], markForReview: [] }, undefined, 'CNJ Corporativo', '2026-11-04'), vi.fn(), vi.fn());
    const host = document.querySelector('sentinela-bnmp-oferta')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.querySelector('app-root')!.innerHTML).toBe('<p>app</p>');
    expect(host.shadowRoot!.querySelector('[role=dialog],[role=alertdialog],dialog')).toBeNull();
    expect(host.shadowRoot!.textContent).toContain('Marcar como confirmada em 04/11/2026?');
  });

  it('a scripted click on "Atualizar minha situação" changes nothing', async () => {
    const apply = vi.fn(async () => ({ ok: true, message: 'ok' }));
    showOffer(document, offerContent(update, ['X'], 'CNJ Corporativo', '2026-11-04'), apply, vi.fn());
    const root = document.querySelector('sentinela-bnmp-oferta')!.shadowRoot!;
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Atualizar minha situação')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(apply).not.toHaveBeenCalled();
    expect(document.querySelector('sentinela-bnmp-oferta')).not.toBeNull();
  });
});
