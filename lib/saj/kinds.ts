/**
 * The names of the BNMP pieces (lib/saj/vocabulary.ts PIECES, in the same order), as the warning,
 * the history and the diagnostics show them. Outside the always-on script, which only needs to know
 * whether a document goes to BNMP: the guard UI names the documents when it shows them.
 */
import type { SeenDocument } from '../readiness/types';
import { BNMP_MODEL, bnmpPieceOf } from './vocabulary';

export const PIECE_NAMES: readonly string[] = [
  'Certidão de Cumprimento',
  'Certidão de Extinção da Punibilidade por Morte',
  'Certidão de Arquivamento de Guia',
  'Contramandado',
  'Alvará de Soltura',
  'Ordem de Liberação',
  'Ordem de Desinternação',
  'Revogação de Monitoramento Eletrônico',
  'Mandado de Monitoramento Eletrônico',
  'Revogação de Medida Protetiva de Urgência',
  'Medida Protetiva de Urgência',
  'Revogação de Medida Cautelar Diversa da Prisão',
  'Mandado de Medida Cautelar Diversa da Prisão',
  'Mandado de Condução Coercitiva',
  'Mandado de Internação',
  'Guia de Internação',
  'Guia de Recolhimento',
  'Guia de Execução',
  'Mandado de Prisão',
];

/** Whether a document with this type or model name goes to BNMP, and as what. */
export function classifyDocument(label: string): { bnmp: boolean; kind?: string } {
  const piece = bnmpPieceOf(label);
  if (piece < 0) return { bnmp: false };
  return { bnmp: true, kind: piece === BNMP_MODEL ? 'Modelo BNMP' : PIECE_NAMES[piece]! };
}

/** The documents with the BNMP ones named (`kind`), as the guard UI shows them. */
export function withKinds<T extends SeenDocument>(documents: readonly T[]): T[] {
  return documents.map((d) => {
    const { bnmp, kind } = classifyDocument(d.label);
    return d.bnmp && bnmp && kind ? { ...d, kind } : d;
  });
}
