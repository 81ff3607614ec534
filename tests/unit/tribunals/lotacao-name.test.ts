import { describe, expect, it } from 'vitest';
import { findComarca, isRegiaoSubdivision, normalizeLotacao, sameLotacao } from '../../../lib/tribunals/lotacao-name';
import { TJMS } from '../../../lib/tribunals/tjms';

describe('sameLotacao: the same unit however it is written', () => {
  it.each([
    ['2ª Vara Criminal - Três Lagoas', '2a VARA CRIMINAL DE TRES LAGOAS'],
    ['2ª Vara Criminal - Três Lagoas', '2º Vara Criminal de Três Lagoas'],
    ['2ª Vara Criminal - Três Lagoas', '2ª VARA CRIMINAL – TRÊS LAGOAS'],
    ['2ª Vara Criminal - Três Lagoas', '2.ª Vara Criminal da Comarca de Três Lagoas'],
    ['2ª Vara Criminal - Três Lagoas', '  2ª  Vara  Criminal   -   Três Lagoas  '],
    ['1ª Vara do Tribunal do Júri - Campo Grande', '1a Vara Tribunal Juri de Campo Grande'],
    ['1ª Vara de Execução Penal do Interior - Campo Grande', '1ª VARA DE EXECUCAO PENAL DO INTERIOR - CAMPO GRANDE'],
    ['Plantão Judiciário 1º Grau', 'PLANTAO JUDICIARIO 1o GRAU'],
    ['Plantão Judiciário 1º Grau', 'Plantão Judiciário 1° Grau'],
    ['Vara Criminal - Aquidauana', 'Vara Criminal de Aquidauana'],
  ])('%s = %s', (a, b) => {
    expect(sameLotacao(a, b)).toBe(true);
    expect(sameLotacao(b, a)).toBe(true);
  });

  it.each([
    ['1ª Vara Criminal - Três Lagoas', '2ª Vara Criminal - Três Lagoas', 'different ordinal'],
    ['1ª Vara Criminal - Três Lagoas', '11ª Vara Criminal - Três Lagoas', 'ordinal prefix'],
    ['2ª Vara Criminal - Três Lagoas', '2ª Vara Cível - Três Lagoas', 'Criminal ≠ Cível'],
    ['1ª Vara - Miranda', '1ª Vara Criminal - Miranda', 'a vara is not its criminal vara'],
    ['2ª Vara Criminal - Três Lagoas', '2ª Vara Criminal - Dourados', 'different comarca'],
    ['Plantão Judiciário 1º Grau', 'Plantão Judiciário 2º Grau', 'different grau'],
    ['Vara Criminal - Aquidauana', 'Vara Criminal Aquidauana Anexo', 'extra word'],
    ['', '', 'blank names never match'],
    ['-', 'de', 'names with only separators never match'],
  ])('%s ≠ %s (%s)', (a, b) => {
    expect(sameLotacao(a, b)).toBe(false);
  });

  it('normalizes to lower-case words without accents, ordinals or connectives', () => {
    expect(normalizeLotacao('2ª Vara Criminal - Três Lagoas')).toBe('2 vara criminal tres lagoas');
    expect(normalizeLotacao('Vara da Infância e Juventude')).toBe('vara infancia e juventude');
    // Only a number's suffix is an ordinal: "Vara" keeps its letters.
    expect(normalizeLotacao('Vara 2a')).toBe('vara 2');
  });
});

describe('findComarca', () => {
  it.each([
    ['2ª Vara Criminal - Três Lagoas', 'Três Lagoas'],
    ['Foro de Glória de Dourados', 'Glória de Dourados'],
    ['1ª Vara Cível de Dourados', 'Dourados'],
    ['COMARCA DE RIO VERDE DE MATO GROSSO', 'Rio Verde de Mato Grosso'],
    ['Vara Única - Agua Clara', 'Água Clara'],
    ['2ª Vara - Miranda', 'Miranda'],
    ['Fórum de São Gabriel do Oeste', 'São Gabriel do Oeste'],
    ['Plantão Judiciário 1º Grau', undefined],
    ['Vara Criminal - Sonora', undefined],
    // Whole words only: "Bonito" is not found inside "Bonitos".
    ['Vara dos Bonitos', undefined],
  ])('%s → %s', (text, comarca) => {
    expect(findComarca(text, TJMS)).toBe(comarca);
  });
});

describe('isRegiaoSubdivision: the BNMP 3.0 plantão lotação split by região (TJES Ofício Circular 2324939/2024)', () => {
  it.each([
    ['Plantão Judiciário 1° Grau – 1ª Região', true],
    ['PLANTAO JUDICIARIO 1o GRAU - 7a REGIAO', true],
    ['Plantão Judiciário 1º Grau', false],
    ['Plantão Judiciário 2º Grau – 1ª Região', false],
    ['Plantão Judiciário 1º Grau – Região Norte', false],
    ['Plantão Judiciário 1º Grau – 1ª Região – Anexo', false],
  ])('%s → %s', (name, expected) => expect(isRegiaoSubdivision(name, 'Plantão Judiciário 1º Grau')).toBe(expected));
});
