/**
 * Comparing lotação (court unit) names as people and systems write them. SAJ, CNJ Corporativo and
 * the person's own notes spell the same unit as "2ª Vara Criminal - Três Lagoas",
 * "2a VARA CRIMINAL DE TRES LAGOAS" or "2º Vara Criminal de Três Lagoas"; they must compare equal,
 * while "1ª" and "2ª", "Criminal" and "Cível", "1ª Vara" and "1ª Vara Criminal" must not.
 */
import type { TribunalProfile } from './schema';

/** Words that only join parts of a name ("Vara Criminal de Três Lagoas" = "Vara Criminal - Três Lagoas"). */
const CONNECTIVES = new Set(['de', 'da', 'do', 'das', 'dos', 'comarca']);

function tokens(name: string): string[] {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Ordinals: 2ª, 2º, 2°, 2.ª, 2a, 2o → 2 (only right after digits, so "Vara" keeps its "a").
    .replace(/(\d+)\s*\.?\s*(?:ª|º|°|a|o)(?![a-z0-9])/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ');
  return plain.split(' ').filter((t) => t !== '' && !CONNECTIVES.has(t));
}

/** The comparable form of a lotação name: "2ª Vara Criminal - Três Lagoas" → "2 vara criminal tres lagoas". */
export function normalizeLotacao(name: string): string {
  return tokens(name).join(' ');
}

/** Same unit, however it is written. Blank names never match anything. */
export function sameLotacao(a: string, b: string): boolean {
  const na = normalizeLotacao(a);
  return na !== '' && na === normalizeLotacao(b);
}

/**
 * "Plantão Judiciário 1° Grau – 3ª Região" is a região subdivision of "Plantão Judiciário 1º Grau": some
 * tribunals split the BNMP 3.0 plantão lotação by região (TJES Ofício Circular CGJES 2324939/2024), and
 * holding one's região is holding the plantão lotação.
 */
export function isRegiaoSubdivision(name: string, parent: string): boolean {
  const n = normalizeLotacao(name);
  const p = normalizeLotacao(parent);
  return p !== '' && n.startsWith(`${p} `) && /^\d+ regiao$/.test(n.slice(p.length + 1));
}

/** Every comarca the profile knows (circunscrições and plantão regiões), as written in the profile. */
export function knownComarcas(profile: TribunalProfile): string[] {
  const all = new Set<string>();
  for (const c of profile.plantao.circunscricoes) for (const name of c.comarcas) all.add(name);
  for (const r of profile.plantao.regioes) for (const name of r.comarcas) all.add(name);
  return [...all];
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The comarca named inside a foro or lotação label ("Foro de Glória de Dourados", "2ª Vara Criminal -
 * Três Lagoas"), as the profile writes it; undefined when none is recognised. Whole words only, and
 * the longest name wins, so "Glória de Dourados" is not read as "Dourados".
 */
export function findComarca(text: string, profile: TribunalProfile): string | undefined {
  const hay = tokens(text);
  let best: { name: string; length: number } | undefined;
  for (const name of knownComarcas(profile)) {
    const needle = tokens(name);
    if (containsRun(hay, needle) && (!best || needle.length > best.length)) best = { name, length: needle.length };
  }
  return best?.name;
}
