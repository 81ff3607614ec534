/**
 * Which documents go to BNMP (domain.md §5): the BNMP 2.0 pieces, those BNMP 3.0 added (Res. CNJ
 * 417/2021 art. 2) and any model whose name says "BNMP". Compared accent-, case- and
 * punctuation-insensitively. Order matters: the more specific name wins ("Certidão de Cumprimento
 * de Mandado de Prisão" is a certidão, not a mandado).
 */
import { fold } from './text';

/**
 * The BNMP pieces as folded-text patterns, most specific first; lib/saj/kinds.ts names them in the
 * same order (a test keeps the two aligned). The names stay out of the always-on script.
 */
export const PIECES: readonly RegExp[] = [
  // Only the certidão that records an arrest, release or internment; "de mandado de intimação" is not BNMP.
  /certidao de cumprimento (?:d[aeo]s? )?(?:(?:mandado|ordem|guia) (?:de )?)?(?:prisao|internacao|soltura|alvara|contra ?mandado|liberacao|desinternacao|recolhimento)/, // Certidão de Cumprimento
  /certidao de extincao da punibilidade (?:por|pelo) (?:morte|obito)/, // Certidão de Extinção da Punibilidade por Morte
  /certidao de arquivamento (?:d[ae] )?guia/, // Certidão de Arquivamento de Guia
  /contra ?mandado/, // Contramandado
  /alvara (?:de )?soltura/, // Alvará de Soltura
  /ordem de liberacao/, // Ordem de Liberação
  /ordem de desinternacao/, // Ordem de Desinternação
  /revogacao d[aeo]s? (?:mandado de )?monitoramento eletronico/, // Revogação de Monitoramento Eletrônico
  /mandado de monitoramento eletronico/, // Mandado de Monitoramento Eletrônico
  /revogacao d[ae]s? (?:mandado de )?medidas? protetivas?/, // Revogação de Medida Protetiva de Urgência
  /medidas? protetivas? de urgencia/, // Medida Protetiva de Urgência
  /revogacao d[ae]s? (?:mandado de )?medidas? cautelar(?:es)? diversas?/, // Revogação de Medida Cautelar Diversa da Prisão
  /medidas? cautelar(?:es)? diversas? da prisao/, // Mandado de Medida Cautelar Diversa da Prisão
  /mandado de conducao coercitiva/, // Mandado de Condução Coercitiva
  /mandado de internacao/, // Mandado de Internação
  /guia de internacao/, // Guia de Internação
  // Not the court-fee guides SAJ also calls "guia de recolhimento" (custas, GRJ, GRU…).
  /guia de recolhimento(?! (?:d[aeo]s? )?(?:custas|judicia(?:l|is)|grj|gru|uniao|taxas?|despesas|diligencias?|emolumentos|preparo|porte|fundos?)\b)/, // Guia de Recolhimento
  /guia de execucao/, // Guia de Execução
  /\bmand(?:ado)? (?:de )?prisao/, // Mandado de Prisão
];

/**
 * On raw page text (any case, accents, punctuation), a cheap superset of the table above: text
 * without a match names no BNMP document, so a long non-BNMP queue is skipped in one native read.
 * A test keeps it in step with the table.
 */
export const MAY_BE_BNMP =
  /mand(?:ado|\.)?\W+(?:de\W+)?(?:pris|intern|monitor|condu)|contra\W*mandado|alvar\S{0,2}\W+(?:de\W+)?soltura|ordem\W+de\W+(?:libera|desintern)|medidas?\W+(?:protetiva|cautelar)|guia\W+de\W+(?:recolh|intern|execu)|certid\S{1,3}\W+de\W+(?:extin|arquiv|cumprimento\W+(?:d\S{1,2}\W+)?(?:(?:mandado|ordem|guia)\W+(?:de\W+)?)?(?:pris|intern|solt|alvar|contra|libera|desintern|recolh))|revoga\S*\W+d\S{0,2}\W+(?:mandado\W+de\W+)?monitor|bnmp/i;

/** A piece of another genre that merely mentions a BNMP document ("Ofício - Alvará de Soltura"). */
const OTHER_GENRE = /\b(?:despacho|decisao|sentenca|acordao|oficio|certidao|termo|ata|intimacao|citacao|notificacao|carta|edital|ato ordinatorio|peticao|parecer|relatorio|informacao|minuta|comunicacao|requisicao|e ?mail|memorando|juntada|remessa|conclusao)\b/;
const BNMP = /\bbnmp\b/;
const DOCUMENT_NAME = /\b(?:mandado|contramandado|alvara|certidao|guia|ordem|medidas?|despacho|decisao|sentenca|acordao|oficio|termo|carta|edital|intimacao|citacao|notificacao|ata|minuta|parecer|requisicao|bnmp)\b/;

/** Folded, with punctuation as spaces: "PJMS-CRI Mandado de Prisão BNMP 2.0" → "pjms cri mandado de prisao bnmp 2 0". */
// fold() leaves base letters: anything but a letter, a digit or º separates words.
const keyOf = (label: string) => fold(label).replace(/[^0-9a-zº\u00c0-\u024f\u0370-\uffff]+/g, ' ').trim();

/** No BNMP piece. */
export const NOT_BNMP = -1;
/** BNMP only because the model's name says "BNMP". */
export const BNMP_MODEL = PIECES.length;

const memo = new Map<string, number>();

/**
 * Which BNMP piece a document with this type or model name is: its index in PIECES, BNMP_MODEL, or
 * NOT_BNMP (no piece, or a piece of another genre that mentions one: "Ofício - Alvará de Soltura").
 */
export function bnmpPieceOf(label: string): number {
  let piece = memo.get(label);
  if (piece !== undefined) return piece;
  const key = keyOf(label);
  piece = NOT_BNMP;
  let named = BNMP_MODEL; // the piece a model marked "BNMP" is named after, when it names one
  for (let i = 0; i < PIECES.length; i++) {
    const match = PIECES[i]!.exec(key);
    if (!match) continue;
    named = i;
    if (!OTHER_GENRE.test(key.slice(0, match.index))) piece = i;
    break;
  }
  if (BNMP.test(key)) piece = named;
  if (label.length <= 300) {
    if (memo.size > 2000) memo.clear();
    memo.set(label, piece);
  }
  return piece;
}

/** Whether a document with this type or model name goes to BNMP. */
export const isBnmpDocument = (label: string): boolean => bnmpPieceOf(label) !== NOT_BNMP;

/** Reads like a document's name (any genre), not like a generic heading or a person's name. */
export const looksLikeDocumentName = (label: string): boolean => DOCUMENT_NAME.test(keyOf(label));
