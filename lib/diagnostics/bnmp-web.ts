/**
 * The BNMP 3.0 web part of a frame's answer (lib/bnmp-guard/contract.ts), read without trusting its
 * shape, and its lines in "Copiar para o suporte", scrubbed like the rest (./redact.ts): unit names and
 * the dialog's text only with the lotação box ticked, the user never. Pure.
 */
import type { BnmpLook, BnmpWebDescription } from '../bnmp-guard/contract';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 500): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);
const strings = (v: unknown, max = 300): string[] => (Array.isArray(v) ? v.slice(0, max).flatMap((x) => (typeof x === 'string' ? [x.slice(0, 200)] : [])) : []);
const LOOKS: readonly BnmpLook[] = ['confirmacao-ok', 'confirmacao-cancelar', 'confirmacao-outro-botao', 'outro-dialogo', 'assinatura'];
const level = (v: unknown) => (v === 'ok' || v === 'warn' || v === 'block' ? v : undefined);

export function readBnmpWebDescription(raw: unknown): BnmpWebDescription | undefined {
  if (!isObj(raw) || raw.screen !== 'bnmp-web') return undefined;
  const out: BnmpWebDescription = {
    screen: 'bnmp-web',
    guardOn: raw.guardOn !== false,
    person: raw.person === 'toolbar' ? 'toolbar' : 'eu',
    selectorFound: raw.selectorFound === true,
    orgaoOptions: { state: 'not-opened' },
    looks: typeof raw.looks === 'number' && Number.isFinite(raw.looks) ? raw.looks : 0,
  };
  const unit = str(raw.toolbarUnit, 200);
  if (unit) out.toolbarUnit = unit;
  const o = raw.orgaoOptions;
  if (isObj(o) && o.state === 'read') out.orgaoOptions = { state: 'read', units: strings(o.units), at: str(o.at, 40) ?? '' };
  if (isObj(o) && o.state === 'unreadable') out.orgaoOptions = { state: 'unreadable', why: str(o.why, 200) ?? '', at: str(o.at, 40) ?? '' };
  const d = raw.lastDialog;
  if (isObj(d)) {
    out.lastDialog = { at: str(d.at, 40) ?? '', recognised: d.recognised === true, text: str(d.text, 300) ?? '' };
    if (d.kind === 'peca' || d.kind === 'evento') out.lastDialog.kind = d.kind;
    const dialogUnit = str(d.unit, 200);
    if (dialogUnit) out.lastDialog.unit = dialogUnit;
  }
  const l = raw.lastLook;
  if (isObj(l) && LOOKS.includes(l.what as BnmpLook)) {
    out.lastLook = { at: str(l.at, 40) ?? '', what: l.what as BnmpLook };
    const lv = level(l.level);
    if (lv) out.lastLook.level = lv;
    if (l.guardOff === true) out.lastLook.guardOff = true;
  }
  const p = raw.pendingUpdate;
  if (isObj(p)) {
    out.pendingUpdate = { add: strings(p.add), activate: strings(p.activate), markForReview: strings(p.markForReview), unmark: strings(p.unmark), confirmAccount: p.confirmAccount === true };
  }
  return out;
}

/** Unit names this description carries: masked in the copy unless the person ticks "Incluir a lotação". */
export function bnmpWebUnitNames(web: BnmpWebDescription): string[] {
  const p = web.pendingUpdate;
  return [
    ...(web.toolbarUnit ? [web.toolbarUnit] : []),
    ...(web.orgaoOptions.state === 'read' ? web.orgaoOptions.units : []),
    ...(web.lastDialog?.unit ? [web.lastDialog.unit] : []),
    ...(p ? [...p.add, ...p.activate, ...p.markForReview, ...p.unmark] : []),
  ];
}

const LOOK_TEXT: Record<BnmpLook, string> = {
  'confirmacao-ok': 'OK da confirmação de emissão (julgado)',
  'confirmacao-cancelar': 'CANCELAR da confirmação (não interrompido)',
  'confirmacao-outro-botao': 'outro botão da confirmação (não interrompido)',
  'outro-dialogo': 'botão de outro diálogo (não interrompido)',
  assinatura: 'ação de assinar da peça (julgada)',
};

/** The lines of "Copiar para o suporte" for a BNMP web frame; `s` scrubs page text (./redact.ts). */
export function bnmpWebReportLines(web: BnmpWebDescription, s: (text: string, max?: number) => string, includeLotacao: boolean): string[] {
  const place = (value: string | undefined) => (value ? (includeLotacao ? `“${s(value, 200)}”` : 'encontrada (omitida)') : 'não encontrada');
  const options = web.orgaoOptions;
  const lines = [
    `  BNMP 3.0 web: guarda ${web.guardOn ? 'ligada' : 'desligada pela TI'}`,
    `  Quem emite: ${web.person === 'toolbar' ? 'o usuário mostrado na barra (omitido)' : 'a pessoa “eu” (a barra não mostra o usuário)'}`,
    `  Seletor de órgão: ${web.selectorFound ? 'encontrado' : 'não encontrado'}; unidade na barra: ${place(web.toolbarUnit)}`,
    `  Opções do seletor de órgão: ${
      options.state === 'read'
        ? `${options.units.length} unidade(s) lida(s)${includeLotacao ? `: ${options.units.map((u) => `“${s(u, 200)}”`).join(', ')}` : ''}`
        : options.state === 'unreadable'
          ? `não puderam ser lidas (${s(options.why, 200)})`
          : 'ainda não abertas nesta página'
    }`,
  ];
  const d = web.lastDialog;
  lines.push(
    d
      ? `  Último diálogo: ${d.recognised ? `confirmação de emissão reconhecida${d.kind ? ` (${d.kind === 'peca' ? 'peça' : 'evento'})` : ''}, unidade ${place(d.unit)}` : 'outro diálogo (não é a confirmação de emissão)'} — texto: “${s(d.text, 200)}”`
      : '  Último diálogo: nenhum visto nesta página',
  );
  const l = web.lastLook;
  lines.push(`  Ativações vistas: ${web.looks}${l ? `; a última: ${LOOK_TEXT[l.what]}${l.level ? `, ${l.level}` : ''}${l.guardOff ? ', guarda desligada' : ''}` : ''}`);
  const p = web.pendingUpdate;
  if (p) lines.push(`  Atualização oferecida: ${p.add.length} unidade(s) a incluir, ${p.activate.length} a ativar, ${p.markForReview.length} para revisão${p.confirmAccount ? ', conta a confirmar' : ''}`);
  return lines;
}
