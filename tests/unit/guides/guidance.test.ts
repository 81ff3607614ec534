/** Seed 000 ends "consulte sempre o GPS. Orientação sujeita a alterações": every guide links the tribunal's own guidance. */
import { describe, expect, it } from 'vitest';
import { guidanceOf } from '../../../lib/guides/guidance';
import { TRIBUNALS, mergeProfile } from '../../../lib/tribunals';

describe('guidanceOf', () => {
  it('TJMS: its two GPS pages, linked, with the page’s version and the date Sentinela last checked them', () => {
    expect(guidanceOf(TRIBUNALS['tjms']!)).toEqual({
      label: 'GPS',
      pages: [
        {
          title: 'GPS TJMS “Acesso ao BNMP 2.0”',
          url: 'https://sti.tjms.jus.br/confluence/pages/viewpage.action?pageId=152898271',
          dates: 'versão de 12/08/2021 · conferido pelo Sentinela em 29/11/2026',
        },
        {
          title: 'GPS TJMS “Cadastro de Usuário no BNMP 2.0 para Assinatura de Peças no SAJ”',
          url: 'https://sti.tjms.jus.br/confluence/pages/viewpage.action?pageId=191890088',
          dates: 'conferido pelo Sentinela em 29/11/2026',
        },
      ],
    });
  });

  it('TRE-RJ: the Ato Conjunto, with where it was published (no address is known)', () => {
    expect(guidanceOf(TRIBUNALS['tre-rj']!)?.pages).toEqual([
      { title: 'Ato Conjunto TRE-RJ nº 16/2020', dates: 'versão de 03/11/2020 · conferido pelo Sentinela em 29/11/2026', publishedIn: 'DJE TRE-RJ nº 298, de 05/11/2020, p. 03' },
    ]);
  });

  it('IT can point at a newer GPS page: the tribunal’s source replaces the shared one of the same id', () => {
    const { profile } = mergeProfile(TRIBUNALS['tjms']!, {
      sources: [{ id: 'tjms-gps-acesso-bnmp2', short: 'GPS TJMS “Acesso ao BNMP 3.0”', title: 'GPS', url: 'https://sti.tjms.jus.br/confluence/x', checkedOn: '2027-01-10' }],
    });
    expect(guidanceOf(profile)?.pages[0]).toEqual({ title: 'GPS TJMS “Acesso ao BNMP 3.0”', url: 'https://sti.tjms.jus.br/confluence/x', dates: 'conferido pelo Sentinela em 10/01/2027' });
  });

  it('a profile without guidance shows none', () => {
    const { guidance: _g, ...rest } = TRIBUNALS['tjms']!;
    expect(guidanceOf(rest)).toBeUndefined();
  });
});
