/**
 * "Copiar para o suporte": what the detector saw, as text a help desk can read, with no personal
 * data. Pure and tested (tests/unit/diagnostics).
 *
 * Built by allow-list: only fields that describe the software (versions, browser, tribunal profile,
 * which selectors matched, how documents were classified, verdict codes) are copied. Never copied:
 * the user's name or login, document labels (a model name may carry a party's name), reason
 * messages (they quote names and lotações), URL queries. The lotação (and comarca) only when the
 * person ticks the box. Page text that is copied (signing button labels, the SAJ database, the URL
 * path) is scrubbed of CPFs, process numbers, long numbers, e-mails and every name, login and CPF
 * recorded in this browser, as a second line of defence.
 */
import type { FrameDescription } from '../guard/core-contract';
import { bnmpWebReportLines, bnmpWebUnitNames } from './bnmp-web';

export const MASK = '[omitido]';

/** One character folded for comparison: no accents, lower case. */
function fold(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
const foldAll = (s: string) => Array.from(s).map(fold).join('');
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Replaces every whole-word occurrence of a secret (accent-, case- and spacing-insensitive) with
 * MASK. Secrets shorter than 3 characters are ignored (they would mask ordinary words).
 */
export function redactKnown(text: string, secrets: readonly string[]): string {
  const clean = text.replace(/\s+/g, ' ');
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of clean) {
    for (const c of fold(ch)) {
      folded += c;
      origin.push(offset);
    }
    offset += ch.length;
  }
  origin.push(clean.length);
  const needles = [...new Set(secrets.map((s) => foldAll(s.replace(/\s+/g, ' ').trim())).filter((s) => s.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (isWordChar(folded[at - 1]) && isWordChar(needle[0])) continue;
      if (isWordChar(folded[end]) && isWordChar(needle.at(-1))) continue;
      ranges.push([origin[at]!, origin[end]!]);
    }
  }
  if (ranges.length === 0) return clean;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    out += clean.slice(cursor, Math.max(cursor, start)) + (start >= cursor ? MASK : '');
    cursor = end;
  }
  return out + clean.slice(cursor);
}

// CNJ unique number (Res. CNJ 65/2008): NNNNNNN-DD.AAAA.J.TR.OOOO, with or without punctuation.
const PROCESS_NUMBER = /\d{7}[-.\s]?\d{2}[-.\s]?\d{4}[-.\s]?\d[-.\s]?\d{2}[-.\s]?\d{4}/g;
const CPF = /\d{3}[.\s]?\d{3}[.\s]?\d{3}[-.\s]?\d{2}/g;
const EMAIL = /[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+/g;
/** Any other long number (RJI, OAB, a numeric login, a process number in an odd format). */
const LONG_NUMBER = /\d(?:[\d.\-/]*\d){5,}/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Page text made safe to copy: no personal numbers, no e-mails, no known secret, one line, bounded. */
export function scrubText(text: string, secrets: readonly string[], max = 120): string {
  const noNumbers = text
    .replace(CONTROL, ' ')
    .replace(PROCESS_NUMBER, '[processo]')
    .replace(CPF, '[número]')
    .replace(EMAIL, '[e-mail]')
    .replace(LONG_NUMBER, '[número]');
  const redacted = redactKnown(noNumbers, secrets).trim();
  const chars = Array.from(redacted);
  return chars.length <= max ? redacted : `${chars.slice(0, max - 1).join('')}…`;
}

/** "https://esaj.tjms.jus.br/cpopg/show.do?processo.codigo=…" → "esaj.tjms.jus.br/cpopg/show.do". */
export function redactUrl(url: string, secrets: readonly string[]): string {
  try {
    const u = new URL(url);
    return scrubText(`${u.host}${u.pathname}`, secrets, 160);
  } catch {
    return '(endereço ilegível)';
  }
}

export interface SupportReportInput {
  extensionVersion: string;
  /** navigator.userAgent. */
  userAgent: string;
  /** The tribunal profile in use on this browser (the frames may report their own). */
  profileId: string;
  frames: readonly FrameDescription[];
  includeLotacao: boolean;
  /**
   * Every personal string known to this browser: names, logins, CPFs and (when the box is not
   * ticked) lotações of the recorded people. The page's own user/lotação are added here.
   */
  secrets: readonly string[];
  now: Date;
}

/** Personal strings in a recorded person, for `secrets`: name, its longer words, login, CPF. */
export function personSecrets(person: { name: string; sajLogin: string; cpf?: string; lotacoes?: readonly { name: string }[] }, withLotacoes: boolean): string[] {
  const words = person.name.split(/[\s.,;()-]+/).filter((w) => w.length >= 4);
  return [
    person.name,
    ...words,
    person.sajLogin,
    ...(person.cpf ? [person.cpf] : []),
    ...(withLotacoes ? (person.lotacoes ?? []).map((l) => l.name) : []),
  ];
}

/** The text put on the clipboard. */
export function supportReport(input: SupportReportInput): string {
  const pageSecrets = input.frames.flatMap((f) => {
    const c = f.context;
    if (!c) return [];
    const user = c.user ? [c.user, ...userParts(c.user)] : [];
    // The lotação names one unit (and so, often, one person): masked wherever it appears. A comarca
    // alone is just a town, and masking it would also hide "SAJ-Campo Grande": its field is left out only.
    const place = input.includeLotacao || !c.lotacao ? [] : [c.lotacao];
    // BNMP web: every unit name it read (toolbar, órgão list, dialog) is a lotação too.
    const units = input.includeLotacao || !f.bnmpWeb ? [] : bnmpWebUnitNames(f.bnmpWeb);
    return [...user, ...place, ...units];
  });
  const secrets = [...input.secrets, ...pageSecrets];
  const s = (text: string, max?: number) => scrubText(text, secrets, max);

  const lines = [
    'Sentinela BNMP — diagnóstico para o suporte',
    `Gerado em: ${input.now.toISOString()}`,
    `Versão da extensão: ${input.extensionVersion}`,
    `Navegador: ${input.userAgent.replace(CONTROL, ' ').slice(0, 300)}`,
    `Perfil do tribunal: ${s(input.profileId, 40)}`,
    `Lotação incluída: ${input.includeLotacao ? 'sim (a pedido do usuário)' : 'não'}`,
    `Quadros analisados: ${input.frames.length}`,
  ];
  input.frames.forEach((frame, index) => {
    lines.push('', `Quadro ${index + 1} (${frame.top ? 'principal' : 'interno'}): ${redactUrl(frame.url, secrets)}`);
    lines.push(`  Guarda carregada: ${frame.core ? 'sim' : 'não (nenhuma ação de assinatura vista ainda)'}`);
    if (frame.profileId) lines.push(`  Perfil: ${s(frame.profileId, 40)}`);
    if (frame.statusState) lines.push(`  Situação registrada: ${frame.statusState}`);
    const c = frame.context;
    if (c) {
      lines.push(`  Usuário na página: ${c.user ? 'encontrado (omitido)' : 'não encontrado'}`);
      const place = (value: string | undefined) =>
        value ? (input.includeLotacao ? `“${s(value, 200)}”` : 'encontrada (omitida)') : 'não encontrada';
      lines.push(`  Lotação na página: ${place(c.lotacao)}`);
      lines.push(`  Comarca na página: ${place(c.comarca)}`);
      lines.push(`  Base do SAJ: ${c.database ? `“${s(c.database, 60)}”` : 'não encontrada'}`);
      // The contract leaves plantaoHint out when the page does not say plantão.
      lines.push(`  Página indica plantão: ${c.plantaoHint ? 'sim' : 'não'}`);
      if (c.grau) lines.push(`  Grau: ${c.grau}º`);
    }
    if (frame.bnmpWeb) lines.push(...bnmpWebReportLines(frame.bnmpWeb, s, input.includeLotacao));
    if (frame.selectorsUsed?.length) lines.push(`  Seletores do perfil que encontraram algo: ${frame.selectorsUsed.map((x) => s(x, 120)).join(' | ')}`);
    const actions = frame.signingActions ?? [];
    lines.push(`  Ações de assinatura: ${actions.length}`);
    actions.forEach((action, i) => {
      const docs = action.documents;
      const bnmp = docs.filter((d) => d.bnmp);
      lines.push(`    ${i + 1}. “${s(action.label, 60)}” <${s(action.tag, 20)}> — ${docs.length} documento(s), ${bnmp.length} do BNMP`);
      docs.forEach((d, j) => lines.push(`       ${j + 1}) ${d.bnmp ? `BNMP: ${d.kind ? s(d.kind, 80) : 'sim'}` : 'não vai ao BNMP'}`));
    });
    if (frame.verdict) {
      const reasons = frame.verdict.reasons.map((r) => `${s(r.code, 60)} (${r.level})`).join(', ');
      lines.push(`  Veredito: ${frame.verdict.level}${reasons ? ` — ${reasons}` : ''}`);
    } else {
      lines.push('  Veredito: nenhum documento do BNMP na tela');
    }
    const d = frame.lastDecision;
    // `at` is the guard's own timestamp; anything else in its place is treated as page text.
    const at = d && /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/.test(d.at) ? d.at : d ? s(d.at, 40) : '';
    if (d) lines.push(`  Última decisão: ${at} — ${d.level}${d.codes.length ? ` (${d.codes.map((x) => s(x, 60)).join(', ')})` : ''}, ${d.documents} documento(s)`);
  });
  return lines.join('\n');
}

/** "Maria Souza (MSOUZA)" → the name, its longer words and the login in parentheses. */
function userParts(user: string): string[] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(user.trim());
  const name = (m?.[1] ?? user).trim();
  const login = m?.[2]?.trim();
  const words = name.split(/[\s.,;()-]+/).filter((w) => w.length >= 4);
  return [name, ...words, ...(login ? [login] : [])];
}
