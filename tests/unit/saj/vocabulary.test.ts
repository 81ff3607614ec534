// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { looksLikeDocumentName, MAY_BE_BNMP, PIECES, isBnmpDocument } from '../../../lib/saj/vocabulary';
import { PIECE_NAMES, classifyDocument, withKinds } from '../../../lib/saj/kinds';

/** [label as a page shows it, kind it must be classified as (undefined = not BNMP)] */
const LABELS: Array<[string, string | undefined]> = [
  // BNMP 2.0 pieces, in every spelling a SAJ page uses.
  ['Mandado de Prisão', 'Mandado de Prisão'],
  ['MANDADO DE PRISAO', 'Mandado de Prisão'],
  ['mandado de prisão preventiva', 'Mandado de Prisão'],
  ['Mandado de Prisão Temporária', 'Mandado de Prisão'],
  ['Mandado de Prisão Definitiva', 'Mandado de Prisão'],
  ['Mandado de Prisão Civil - Alimentos', 'Mandado de Prisão'],
  ['Mand. Prisão - Regime Fechado', 'Mandado de Prisão'],
  ['PJMS-CRI Mandado de Prisão Preventiva BNMP 2.0', 'Mandado de Prisão'],
  ['0814194-90.2022.8.12.0001 - Mandado de Prisão', 'Mandado de Prisão'],
  ['Contramandado de Prisão', 'Contramandado'],
  ['CONTRA-MANDADO', 'Contramandado'],
  ['Alvará de Soltura', 'Alvará de Soltura'],
  ['ALVARÁ DE SOLTURA - LIBERDADE PROVISÓRIA', 'Alvará de Soltura'],
  ['alvara de soltura clausulado', 'Alvará de Soltura'],
  ['Ordem de Liberação', 'Ordem de Liberação'],
  ['Mandado de Internação Provisória', 'Mandado de Internação'],
  ['Ordem de Desinternação', 'Ordem de Desinternação'],
  ['Guia de Recolhimento', 'Guia de Recolhimento'],
  ['Guia de Recolhimento Provisória', 'Guia de Recolhimento'],
  ['Guia de Internação', 'Guia de Internação'],
  ['Guia de Execução Definitiva', 'Guia de Execução'],
  ['GUIA DE EXECUÇÃO PROVISÓRIA', 'Guia de Execução'],
  ['Certidão de Cumprimento de Mandado de Prisão', 'Certidão de Cumprimento'],
  ['Certidão de cumprimento - mandado de internação', 'Certidão de Cumprimento'],
  ['Certidão de Cumprimento de Alvará de Soltura', 'Certidão de Cumprimento'],
  // BNMP 3.0 (Res. CNJ 417/2021 art. 2).
  ['Mandado de Monitoramento Eletrônico', 'Mandado de Monitoramento Eletrônico'],
  ['Revogação de Monitoramento Eletrônico', 'Revogação de Monitoramento Eletrônico'],
  ['Mandado de Medida Cautelar Diversa da Prisão', 'Mandado de Medida Cautelar Diversa da Prisão'],
  ['Medidas Cautelares Diversas da Prisão', 'Mandado de Medida Cautelar Diversa da Prisão'],
  ['Revogação de Medidas Cautelares Diversas', 'Revogação de Medida Cautelar Diversa da Prisão'],
  ['Medida Protetiva de Urgência', 'Medida Protetiva de Urgência'],
  ['Medidas Protetivas de Urgência - Afastamento do lar', 'Medida Protetiva de Urgência'],
  ['Revogação de Medida Protetiva', 'Revogação de Medida Protetiva de Urgência'],
  ['Mandado de Condução Coercitiva', 'Mandado de Condução Coercitiva'],
  ['Certidão de Extinção da Punibilidade por Morte', 'Certidão de Extinção da Punibilidade por Morte'],
  ['Certidão de Arquivamento de Guia', 'Certidão de Arquivamento de Guia'],
  // "BNMP" in the model name is enough.
  ['PJMS - Modelo BNMP 2.0 - Recaptura', 'Modelo BNMP'],
  ['Ofício BNMP - comunicação de fuga', 'Modelo BNMP'],
  // Not BNMP: other genres, including the tricky ones that share words with BNMP pieces.
  ['Despacho', undefined],
  ['Despacho - Mero expediente', undefined],
  ['DECISÃO INTERLOCUTÓRIA', undefined],
  ['Decisão - Decretação de Prisão Preventiva', undefined],
  ['Decisão - Medidas Protetivas de Urgência (Lei Maria da Penha)', undefined],
  ['Sentença condenatória - pena de prisão', undefined],
  ['Ofício', undefined],
  ['Ofício - Alvará de Soltura cumprido', undefined],
  ['Mandado de Citação', undefined],
  ['Mandado de Intimação', undefined],
  ['Mandado de Intimação - Medida Protetiva de Urgência', undefined],
  ['Certidão de Cumprimento de mandado de intimação', undefined],
  ['CERTIDAO DE CUMPRIMENTO DE MANDADO DE CITACAO', undefined],
  ['Certidão de Cumprimento', undefined],
  ['Certidão de Objeto e Pé', undefined],
  ['Alvará Judicial - Levantamento de valores', undefined],
  ['Guia de Recolhimento de Custas', undefined],
  ['Guia de Recolhimento Judicial (GRJ)', undefined],
  ['Guia de Recolhimento da União', undefined],
  ['Carta Precatória - cumprimento de mandado de prisão', undefined],
  ['Ato Ordinatório', undefined],
  ['Termo de Audiência', undefined],
  ['Mandado de Penhora e Avaliação', undefined],
  ['Decisão - Revogação da prisão preventiva', undefined],
  ['', undefined],
];

describe('classifyDocument', () => {
  test.each(LABELS)('%j → %s', (label, kind) => {
    const result = classifyDocument(label);
    expect(result.bnmp).toBe(kind !== undefined);
    expect(result.kind).toBe(kind);
  });

  test('the table covers at least 40 labels, both ways', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(40);
    expect(LABELS.filter(([, kind]) => kind).length).toBeGreaterThanOrEqual(20);
    expect(LABELS.filter(([, kind]) => !kind).length).toBeGreaterThanOrEqual(20);
  });

  test('the raw-text prefilter lets every BNMP name through, and most others not', () => {
    for (const [label, kind] of LABELS) if (kind) expect(MAY_BE_BNMP.test(label), label).toBe(true);
    for (const label of ['Mandado de Prisão', 'contra - mandado', 'Mandado\u00A0de\u00A0Prisão', 'ALVARA SOLTURA', 'Revogação do Monitoramento Eletrônico']) {
      expect(MAY_BE_BNMP.test(label), label).toBe(true);
    }
    const others = ['Despacho - Mero expediente', 'Mandado de Intimação', 'Mandado de Citação', 'Certidão de Cumprimento de mandado de intimação', 'Alvará Judicial', 'Sentença', 'Ofício'];
    for (const label of others) expect(MAY_BE_BNMP.test(label), label).toBe(false);
  });

  test('invisible and control characters inside a name do not hide it', () => {
    expect(classifyDocument('Contra\u0007manda\u200Bdo de\u202E Prisão').kind).toBe('Contramandado');
  });

  test('a 20,000-character label is classified by what it starts with, quickly', () => {
    const label = `Alvará de Soltura ${'x '.repeat(10_000)}`;
    const started = performance.now();
    expect(classifyDocument(label).kind).toBe('Alvará de Soltura');
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('looksLikeDocumentName', () => {
  test.each([
    ['Despacho', true],
    ['Mandado de Prisão', true],
    ['Assinatura de documento', false],
    ['Documentos para assinatura', false],
    ['Maria Aparecida Souza', false],
  ])('%j → %s', (label, expected) => {
    expect(looksLikeDocumentName(label)).toBe(expected);
  });
});

describe('the always-on test and the names the UI shows', () => {
  test('every piece pattern has its name, in the same order', () => {
    expect(PIECE_NAMES).toHaveLength(PIECES.length);
  });

  test.each(LABELS)('%j: isBnmpDocument agrees with classifyDocument', (label, kind) => {
    expect(isBnmpDocument(label)).toBe(kind !== undefined);
  });

  test('withKinds names the BNMP documents the page reader found, and leaves the others alone', () => {
    expect(withKinds([{ label: 'ALVARÁ DE SOLTURA', bnmp: true }, { label: 'Despacho', bnmp: false }])).toEqual([
      { label: 'ALVARÁ DE SOLTURA', bnmp: true, kind: 'Alvará de Soltura' },
      { label: 'Despacho', bnmp: false },
    ]);
  });
});
