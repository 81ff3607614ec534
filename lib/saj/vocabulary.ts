/**
 * Which documents go to BNMP (domain.md §5): the BNMP 2.0 pieces, those BNMP 3.0 added (Res. CNJ
 * 417/2021 art. 2) and any model whose name says "BNMP". Compared accent-, case- and
 * punctuation-insensitively. Order matters: the more specific name wins ("Certidão de Cumprimento
 * de Mandado de Prisão" is a certidão, not a mandado).
 */
import { fold } from './text';

const KINDS: ReadonlyArray<readonly [kind: string, pattern: RegExp]> = [
  // Only the certidão that records an arrest, release or internment; "de mandado de intimação" is not BNMP.
  ['Certidão de Cumprimento', /certidao de cumprimento (?:d[aeo]s? )?(?:(?:mandado|ordem|guia) (?:de )?)?(?:prisao|internacao|soltura|alvara|contra ?mandado|liberacao|desinternacao|recolhimento)/],
  ['Certidão de Extinção da Punibilidade por Morte', /certidao de extincao da punibilidade (?:por|pelo) (?:morte|obito)/],
  ['Certidão de Arquivamento de Guia', /certidao de arquivamento (?:d[ae] )?guia/],
  ['Contramandado', /contra ?mandado/],
  ['Alvará de Soltura', /alvara (?:de )?soltura/],
  ['Ordem de Liberação', /ordem de liberacao/],
  ['Ordem de Desinternação', /ordem de desinternacao/],
  ['Revogação de Monitoramento Eletrônico', /revogacao d[aeo]s? (?:mandado de )?monitoramento eletronico/],
  ['Mandado de Monitoramento Eletrônico', /mandado de monitoramento eletronico/],
  ['Revogação de Medida Protetiva de Urgência', /revogacao d[ae]s? (?:mandado de )?medidas? protetivas?/],
  ['Medida Protetiva de Urgência', /medidas? protetivas? de urgencia/],
  ['Revogação de Medida Cautelar Diversa da Prisão', /revogacao d[ae]s? (?:mandado de )?medidas? cautelar(?:es)? diversas?/],
  ['Mandado de Medida Cautelar Diversa da Prisão', /medidas? cautelar(?:es)? diversas? da prisao/],
  ['Mandado de Condução Coercitiva', /mandado de conducao coercitiva/],
  ['Mandado de Internação', /mandado de internacao/],
  ['Guia de Internação', /guia de internacao/],
  // Not the court-fee guides SAJ also calls "guia de recolhimento" (custas, GRJ, GRU…).
  ['Guia de Recolhimento', /guia de recolhimento(?! (?:d[aeo]s? )?(?:custas|judicia(?:l|is)|grj|gru|uniao|taxas?|despesas|diligencias?|emolumentos|preparo|porte|fundos?)\b)/],
  ['Guia de Execução', /guia de execucao/],
  ['Mandado de Prisão', /\bmand(?:ado)? (?:de )?prisao/],
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

const memo = new Map<string, { bnmp: boolean; kind?: string }>();

/** Whether a document with this type or model name goes to BNMP, and as what. */
export function classifyDocument(label: string): { bnmp: boolean; kind?: string } {
  let result = memo.get(label);
  if (result) return result;
  const key = keyOf(label);
  let kind: string | undefined;
  let bnmp = false;
  for (const [name, pattern] of KINDS) {
    const match = pattern.exec(key);
    if (!match) continue;
    kind = name;
    bnmp = !OTHER_GENRE.test(key.slice(0, match.index));
    break;
  }
  if (BNMP.test(key)) {
    bnmp = true;
    kind ??= 'Modelo BNMP';
  }
  result = bnmp && kind ? { bnmp, kind } : { bnmp: false };
  if (label.length <= 300) {
    if (memo.size > 2000) memo.clear();
    memo.set(label, result);
  }
  return result;
}

/** Reads like a document's name (any genre), not like a generic heading or a person's name. */
export const looksLikeDocumentName = (label: string): boolean => DOCUMENT_NAME.test(keyOf(label));
