import { describe, expect, it } from 'vitest';
import { grauOfUnit, isPlantaoUnit, parsePlantaoUnit, unitCovers } from '../../../lib/tribunals/bnmp-unit';

describe('unitCovers: a recorded lotação gives access to the unit BNMP web shows', () => {
  it.each([
    ['2ª Vara Criminal - Três Lagoas', '2ª VARA CRIMINAL DE TRÊS LAGOAS', 'same unit, another spelling'],
    ['Plantão Judiciário 1º Grau', 'Plantão Judiciário 1° Grau', 'º (ordinal) vs ° (degree sign)'],
    ['Plantão Judiciário 1º Grau', 'PLANTAO JUDICIARIO 1o GRAU', 'no accents, letter o'],
    ['Plantão Judiciário 1º Grau', 'Plantão Judiciário 1° Grau – 3ª Região', 'a record without região covers its subdivisions'],
    ['Plantão Judiciário 1º Grau', 'Plantão Judiciário de 1º Grau - Região VII', 'roman região, "de"'],
    ['Plantão Judiciário 1° Grau – 3ª Região', 'Plantão Judiciário 1º Grau - 3a Região', 'same região'],
    ['Plantão Judiciário 1° Grau – 3ª Região', 'Plantão Judiciário 1º Grau', 'the page shows the unit without its subdivision'],
    ['Plantão Judiciário', 'Plantão Judiciário 2º Grau', 'a record without grau'],
  ])('%s covers %s (%s)', (recorded, shown) => {
    expect(unitCovers(recorded, shown)).toBe(true);
  });

  it.each([
    ['Plantão Judiciário 1º Grau', 'Plantão Judiciário 2º Grau', 'another grau'],
    ['Plantão Judiciário 1° Grau – 3ª Região', 'Plantão Judiciário 1° Grau – 5ª Região', 'another região'],
    ['Plantão Judiciário 2º Grau', 'Plantão Judiciário 1° Grau – 3ª Região', 'another grau, with região'],
    ['Plantão da 4ª Circunscrição - Três Lagoas', 'Plantão Judiciário 1° Grau', 'an old SAJ plantão unit is not BNMP 3.0\'s'],
    ['2ª Vara Criminal - Três Lagoas', 'Plantão Judiciário 1° Grau', 'an ordinary vara'],
    ['1ª Vara Criminal - Três Lagoas', '2ª Vara Criminal - Três Lagoas', 'another vara'],
    ['', '', 'blank'],
  ])('%s does not cover %s (%s)', (recorded, shown) => {
    expect(unitCovers(recorded, shown)).toBe(false);
  });
});

describe('parsePlantaoUnit', () => {
  it.each([
    ['Plantão Judiciário 1° Grau – 3ª Região', { judiciario: true, grau: 1, regiao: 3 }],
    ['PLANTÃO JUDICIÁRIO 2º GRAU', { judiciario: true, grau: 2 }],
    ['Plantão Judiciário de Primeiro Grau - Região II', { judiciario: true, grau: 1, regiao: 2 }],
    ['Plantão da 4ª Circunscrição - Três Lagoas', { judiciario: false }],
    ['Plantão Judiciário', { judiciario: true }],
  ])('%s', (name, expected) => {
    expect(parsePlantaoUnit(name)).toEqual(expected);
  });

  it('an ordinary unit is not a plantão one', () => {
    expect(parsePlantaoUnit('2ª Vara Criminal - Três Lagoas')).toBeUndefined();
    expect(isPlantaoUnit('Vara de Plantões Cíveis')).toBe(false);
    expect(isPlantaoUnit('Plantão Judiciário 1° Grau')).toBe(true);
  });
});

describe('grauOfUnit', () => {
  it.each([
    ['Plantão Judiciário 2° Grau', 2],
    ['Plantão Judiciário 1° Grau – 3ª Região', 1],
    ['1ª Câmara Criminal', 2],
    ['Gabinete do Desembargador Fulano', 2],
    ['Secretaria do Tribunal Pleno', 2],
    ['2ª Vara Criminal - Três Lagoas', undefined],
    ['Vara Única - Turmalina', undefined],
  ])('%s → %s', (name, grau) => {
    expect(grauOfUnit(name)).toBe(grau);
  });
});
