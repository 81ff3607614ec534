/**
 * Units (órgãos) as BNMP 3.0 web names them, compared with the lotações a person recorded. On top of
 * `sameLotacao` (accents, case, ordinals, punctuation), BNMP's plantão units compare loosely: CNJ
 * writes "Plantão Judiciário 1° Grau" (degree sign) where people write "1º Grau", and a tribunal may
 * subdivide it per região ("Plantão Judiciário 1° Grau – 3ª Região", TJES Ofício Circular CGJES
 * 2324939/2024). A record without a região covers every região of that grau; a record with one covers
 * only that região. Pure.
 */
import { normalizeLotacao, sameLotacao } from './lotacao-name';

/** The CNJ names of the plantão units (Res. CNJ 417/2021 art. 2 §2, as amended by Res. 554/2024). */
export const PLANTAO_JUDICIARIO_UNITS = { 1: 'Plantão Judiciário 1º Grau', 2: 'Plantão Judiciário 2º Grau' } as const;

export interface PlantaoUnit {
  /** "Plantão Judiciário…" (BNMP 3.0's own plantão units), as opposed to an older "Plantão da 4ª Circunscrição". */
  judiciario: boolean;
  grau?: 1 | 2;
  regiao?: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
const numberOf = (token: string | undefined): number | undefined => {
  if (token === undefined) return undefined;
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return ROMAN[token];
};
const WORD_GRAU: Record<string, 1 | 2> = { primeiro: 1, segundo: 2 };

/** The plantão unit a name describes, or undefined when the name is not a plantão unit at all. */
export function parsePlantaoUnit(name: string): PlantaoUnit | undefined {
  const tokens = normalizeLotacao(name).split(' ');
  if (!tokens.includes('plantao')) return undefined;
  const unit: PlantaoUnit = { judiciario: tokens.includes('judiciario') };
  const g = tokens.indexOf('grau');
  if (g > 0) {
    const before = tokens[g - 1]!;
    const grau = before === '1' || before === '2' ? (Number(before) as 1 | 2) : WORD_GRAU[before];
    if (grau) unit.grau = grau;
  }
  const r = tokens.indexOf('regiao');
  if (r >= 0) {
    // "3ª Região" (number first) or "Região III" (after).
    const regiao = numberOf(tokens[r - 1]) ?? numberOf(tokens[r + 1]);
    if (regiao !== undefined) unit.regiao = regiao;
  }
  return unit;
}

export function isPlantaoUnit(name: string): boolean {
  return parsePlantaoUnit(name) !== undefined;
}

/**
 * Does the recorded lotação `recorded` give access to the unit the page shows (`shown`)? The same
 * unit however written; or, for BNMP 3.0's "Plantão Judiciário" units, the same grau (when both say
 * it) and, when the record names a região, the same região.
 */
export function unitCovers(recorded: string, shown: string): boolean {
  if (sameLotacao(recorded, shown)) return true;
  const r = parsePlantaoUnit(recorded);
  const s = parsePlantaoUnit(shown);
  if (!r?.judiciario || !s?.judiciario) return false;
  if (r.grau !== undefined && s.grau !== undefined && r.grau !== s.grau) return false;
  if (r.regiao !== undefined && s.regiao !== undefined && r.regiao !== s.regiao) return false;
  return true;
}

/** Words that name a second-instance unit (a tribunal's chambers and its plenary bodies). */
const SECOND_INSTANCE = [
  ['camara'],
  ['turma'],
  ['desembargador'],
  ['desembargadora'],
  ['tribunal', 'pleno'],
  ['orgao', 'especial'],
  ['secao', 'criminal'],
  ['segunda', 'instancia'],
  ['2', 'instancia'],
];

/** 2 when the unit's name says second instance (its grau, a câmara, a desembargador's cabinet…); else undefined. */
export function grauOfUnit(name: string): 1 | 2 | undefined {
  const plantao = parsePlantaoUnit(name);
  if (plantao?.grau) return plantao.grau;
  const tokens = normalizeLotacao(name).split(' ');
  const has = (run: string[]) => tokens.some((_, i) => run.every((w, j) => tokens[i + j] === w));
  if (has(['2', 'grau']) || has(['segundo', 'grau'])) return 2;
  if (has(['1', 'grau']) || has(['primeiro', 'grau'])) return 1;
  return SECOND_INSTANCE.some(has) ? 2 : undefined;
}
