import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrameDescription } from '../../../lib/guard/core-contract';
import { MASK, personSecrets, redactKnown, redactUrl, scrubText, supportReport } from '../../../lib/diagnostics/redact';
import { cpfArb } from '../status/arbitraries';
import { person } from '../guides/builders';

/** What the fixture page "documento-unico" makes the guard describe, with personal data everywhere it can be. */
function frame(overrides: Partial<FrameDescription> = {}): FrameDescription {
  return {
    url: 'https://esaj.tjms.jus.br/cpopg/assinar.do?processo.numero=0814194-90.2022.8.12.0001&usuario=APRIBEIRO#topo',
    top: true,
    core: true,
    profileId: 'tjms',
    statusState: 'ok',
    context: {
      user: 'Ana Paula Ribeiro (APRIBEIRO)',
      lotacao: '1ª Vara de Execução Penal do Interior - Campo Grande',
      database: 'SAJ-Campo Grande',
      comarca: 'Campo Grande',
    },
    signingActions: [
      {
        label: 'Assinar',
        tag: 'input',
        documents: [
          { label: 'Alvará de Soltura - Fulano de Tal - 0814194-90.2022.8.12.0001', bnmp: true, kind: 'Alvará de Soltura' },
          { label: 'Despacho — réu Beltrano Silva', bnmp: false },
        ],
      },
      { label: 'Assinar como Ana Paula Ribeiro', tag: 'button', documents: [] },
    ],
    verdict: {
      level: 'block',
      reasons: [
        { code: 'lotacao-not-active', level: 'block', message: 'A lotação “1ª Vara de Execução Penal do Interior - Campo Grande” de Ana Paula Ribeiro…' },
        { code: 'review-overdue', level: 'warn', message: 'Sua situação foi revista…' },
      ],
    },
    selectorsUsed: ['#lotacao'],
    lastDecision: { at: '2026-11-21T15:00:00.000Z', seq: 3, level: 'block', codes: ['lotacao-not-active'], documents: 2, bnmp: 1 },
    ...overrides,
  };
}

const ana = person({ id: 'ana', name: 'Ana Paula Ribeiro', sajLogin: 'APRIBEIRO', cpf: '52998224725', lotacoes: [{ name: '1ª Vara de Execução Penal do Interior - Campo Grande', status: 'ativa' }] });

function report(includeLotacao: boolean, frames = [frame()]) {
  return supportReport({
    extensionVersion: '0.1.0',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0',
    profileId: 'tjms',
    frames,
    includeLotacao,
    secrets: personSecrets(ana, !includeLotacao),
    now: new Date('2026-11-21T15:30:00Z'),
  });
}

const PROCESS_NUMBER = /\d{7}-?\d{2}\.?\d{4}\.?\d\.?\d{2}\.?\d{4}/;

describe('Copiar para o suporte', () => {
  it('carries versions, browser, profile, what the detector found and the verdict codes', () => {
    const text = report(false);
    expect(text).toContain('Versão da extensão: 0.1.0');
    expect(text).toContain('Navegador: Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0');
    expect(text).toContain('Perfil do tribunal: tjms');
    expect(text).toContain('Quadro 1 (principal): esaj.tjms.jus.br/cpopg/assinar.do');
    expect(text).toContain('Usuário na página: encontrado (omitido)');
    expect(text).toContain('Base do SAJ: “SAJ-Campo Grande”');
    expect(text).toContain('1. “Assinar” <input> — 2 documento(s), 1 do BNMP');
    expect(text).toContain('1) BNMP: Alvará de Soltura');
    expect(text).toContain('2) não vai ao BNMP');
    expect(text).toContain('Veredito: block — lotacao-not-active (block), review-overdue (warn)');
    expect(text).toContain('Seletores do perfil que encontraram algo: #lotacao');
    expect(text).toContain('Última decisão: 2026-11-21T15:00:00.000Z — block (lotacao-not-active), 2 documento(s)');
  });

  it('never carries the name, login, CPF, process numbers, document labels or reason messages', () => {
    const text = report(false);
    for (const secret of ['Ana', 'Paula', 'Ribeiro', 'APRIBEIRO', '52998224725', '529.982.247-25', 'Fulano', 'Beltrano', 'Despacho', 'Sua situação']) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).not.toMatch(PROCESS_NUMBER);
    expect(text).toContain(`2. “Assinar como ${MASK}” <button>`);
  });

  it('the lotação and the comarca only when the person ticks the box', () => {
    const without = report(false);
    expect(without).not.toContain('Execução Penal');
    expect(without).toContain('Lotação na página: encontrada (omitida)');
    expect(without).toContain('Comarca na página: encontrada (omitida)');
    expect(without).toContain('Lotação incluída: não');
    const ticked = report(true);
    expect(ticked).toContain('Lotação na página: “1ª Vara de Execução Penal do Interior - Campo Grande”');
    expect(ticked).toContain('Comarca na página: “Campo Grande”');
    expect(ticked).toContain('Lotação incluída: sim (a pedido do usuário)');
    expect(ticked).not.toContain('APRIBEIRO');
  });

  it('an answer from before the detector loaded says so', () => {
    const text = report(false, [{ url: 'https://esaj.tjms.jus.br/', top: true, core: false }]);
    expect(text).toContain('Guarda carregada: não (nenhuma ação de assinatura vista ainda)');
    expect(text).toContain('Ações de assinatura: 0');
    expect(text).toContain('Veredito: nenhum documento do BNMP na tela');
  });

  it('property: whatever the page and the status hold, their personal data never reaches the copy', () => {
    const word = fc.stringMatching(/^[A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-záéíóúâêôãõç]{3,9}$/);
    const processNumber = fc
      .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 9999 }))
      .map(([n, dd, year, origin]) => `${String(n).padStart(7, '0')}-${String(dd).padStart(2, '0')}.${year}.8.12.${String(origin).padStart(4, '0')}`);
    fc.assert(
      fc.property(
        fc.tuple(word, word, word),
        fc.stringMatching(/^[A-Z]{5,10}$/),
        cpfArb,
        processNumber,
        fc.tuple(word, word),
        fc.boolean(),
        ([first, middle, last], login, cpf, process, [unit, town], includeLotacao) => {
          const name = `${first} ${middle} ${last}`;
          const lot = `${unit} Vara de ${town}`;
          // A lotação that shares a word with the person's name (a town called like their surname) has that
          // word scrubbed too — privacy first — so "the lotação shows when asked" holds only without one.
          const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          fc.pre(![unit, town].some((w) => [first, middle, last, login].some((n) => fold(n) === fold(w))));
          const cpfShown = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
          const f = frame({
            url: `https://esaj.tjms.jus.br/${login}/assinar/${cpf}?p=${process}&n=${encodeURIComponent(name)}`,
            context: { user: `${name.toUpperCase()} (${login})`, lotacao: lot, database: `SAJ ${cpfShown}`, comarca: town },
            signingActions: [
              {
                label: `Assinar ${name} ${process}`,
                tag: 'button',
                documents: [{ label: `Mandado de Prisão — ${name} — CPF ${cpfShown} — ${process}`, bnmp: true, kind: `Mandado de Prisão ${last}` }],
              },
            ],
            verdict: { level: 'block', reasons: [{ code: 'lotacao-not-active', level: 'block', message: `${name} ${lot} ${cpf}` }] },
            selectorsUsed: [`#${login}`],
          });
          const p = person({ name, sajLogin: login, cpf, lotacoes: [{ name: lot, status: 'ativa' }] });
          const text = supportReport({
            extensionVersion: '0.1.0',
            userAgent: 'Mozilla/5.0',
            profileId: 'tjms',
            frames: [f],
            includeLotacao,
            secrets: personSecrets(p, !includeLotacao),
            now: new Date('2026-11-21T15:30:00Z'),
          });
          const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          const has = (s: string) => folded.includes(s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
          expect(has(name)).toBe(false);
          expect(has(login)).toBe(false);
          for (const part of [first, middle, last]) expect(new RegExp(`\\b${part}\\b`, 'iu').test(text)).toBe(false);
          expect(text).not.toContain(cpf);
          expect(text).not.toContain(cpfShown);
          expect(text).not.toContain(process);
          expect(text).not.toMatch(PROCESS_NUMBER);
          expect(has(lot)).toBe(includeLotacao);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scrubbing page text', () => {
  it.each([
    ['Assinar 0814194-90.2022.8.12.0001', 'Assinar [processo]'],
    ['Assinar 08141949020228120001', 'Assinar [processo]'],
    ['CPF 123.456.789-09', 'CPF [número]'],
    ['RJI 170000114-79', 'RJI [número]'],
    ['fale com ana@tjms.jus.br', 'fale com [e-mail]'],
    ['Assinar\u0000\u202e documento', 'Assinar documento'],
    ['SAJ-Campo Grande', 'SAJ-Campo Grande'],
    ['Assinar selecionados (3)', 'Assinar selecionados (3)'],
  ])('%j → %j', (input, output) => expect(scrubText(input, [])).toBe(output));

  it('masks known names whole-word, whatever their case and accents', () => {
    expect(redactKnown('Assinar como JOSE DA SILVA agora', ['José da Silva'])).toBe(`Assinar como ${MASK} agora`);
    expect(redactKnown('Assinar (jose.silva)', ['jose.silva'])).toBe(`Assinar (${MASK})`);
    expect(redactKnown('Josefa Silvana', ['José', 'Silva'])).toBe('Josefa Silvana');
    expect(redactKnown('Ana e Ana', ['ana'])).toBe(`${MASK} e ${MASK}`);
    expect(redactKnown('ok', ['ab', ''])).toBe('ok');
  });

  it('keeps host and path of a URL only', () => {
    expect(redactUrl('https://esaj.tjms.jus.br/cpopg/show.do?processo.codigo=01000ABC0000#x', [])).toBe('esaj.tjms.jus.br/cpopg/show.do');
    expect(redactUrl('https://esaj.tjms.jus.br/processos/0814194-90.2022.8.12.0001/assinar', [])).toBe('esaj.tjms.jus.br/processos/[processo]/assinar');
    expect(redactUrl('not a url', [])).toBe('(endereço ilegível)');
  });

  it('cuts long page text', () => {
    expect(Array.from(scrubText('A'.repeat(500), [], 60))).toHaveLength(60);
  });
});
