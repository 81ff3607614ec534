/**
 * Support mode of the password guide: the steps a help-desk analyst walks through with a caller,
 * as a checklist, and a summary of the call that can be pasted into a ticket. The summary holds
 * no personal data (no name, CPF or login): only the tribunal, the CNJ system and which steps
 * were done. Pure.
 */
import type { TribunalProfile } from '../tribunals/schema';
import { contactsFor } from '../tribunals/era';
import { formatDateTime, withPreposition } from '../readiness/messages';
import { type PasswordGuide, LOCKOUT_ATTEMPTS } from './password-reset';

export interface ChecklistItem {
  id: string;
  /** What to do or ask, in the analyst's words. */
  title: string;
  /** What to say or check; optional. */
  detail?: string;
  group: 'antes' | 'redefinir' | 'depois';
}

export const CHECKLIST_GROUPS: Record<ChecklistItem['group'], string> = {
  antes: 'Antes de redefinir',
  redefinir: 'Redefinir a senha',
  depois: 'Depois da troca',
};

export function supportChecklist(profile: TribunalProfile, guide: PasswordGuide): ChecklistItem[] {
  // Seed 000: when the reset e-mail does not come, the Coordenadoria resets the password (nobody else is named).
  const first = contactsFor(profile, 'reset-de-senha')[0];
  const escalate = first
    ? `Se não chegar em alguns minutos (confira também o spam/lixo eletrônico), peça o reset ${withPreposition('a', { who: first.name, ...(first.article ? { article: first.article } : {}) })}` +
      (first.emails[0] ? ` (${first.emails[0]})` : '') +
      '.'
    : 'Se não chegar em alguns minutos (confira também o spam/lixo eletrônico), procure o administrador regional do BNMP.';
  const test = guide.sajCommunicationTest;
  const items: ChecklistItem[] = [
    {
      id: 'nunca-senha',
      group: 'antes',
      title: 'Lembre a pessoa de não dizer a senha a ninguém, nem ao suporte.',
      detail: 'A senha é pessoal e intransferível: nem o suporte nem o Sentinela a pedem.',
    },
    {
      id: 'conta-confirmada',
      group: 'antes',
      title: `Pergunte se a conta no ${guide.system} já foi liberada alguma vez (e-mail de liberação recebido).`,
      detail: 'Se nunca foi, redefinir a senha não resolve: use o guia “Pedir acesso”.',
    },
    {
      id: 'bloqueio',
      group: 'antes',
      title: `Pergunte se houve ${LOCKOUT_ATTEMPTS} tentativas erradas seguidas (conta bloqueada).`,
      detail: 'Peça para não tentar de novo: a redefinição pelo link do e-mail também desbloqueia a conta.',
    },
    // The era's first step may already say where to go (CNJ Corporativo's does).
    ...(guide.steps.some((step) => step.text.includes(hostAndPath(guide.resetUrl)))
      ? []
      : [{ id: 'abrir', group: 'redefinir' as const, title: `Peça para abrir ${guide.resetUrl}` }]),
    ...guide.steps.map((step, i) => ({ id: `passo-${i + 1}`, group: 'redefinir' as const, title: step.text })),
    { id: 'email', group: 'redefinir', title: 'Confirme que o e-mail com o link chegou ao endereço funcional.', detail: escalate },
    { id: 'sucesso', group: 'redefinir', title: 'Confirme a tela de senha alterada com sucesso.' },
    ...guide.sajDatabases.map((database) => ({
      id: `saj-${database}`,
      group: 'depois' as const,
      title: `Refazer o cadastro na base ${database}: ${guide.sajScreen}`,
      detail: 'Login e senha nova digitados pela própria pessoa, no SAJ.',
    })),
    ...(guide.sajDatabases.length && test ? [{ id: 'teste', group: 'depois' as const, title: `Fazer o “${test}” no SAJ.` }] : []),
    {
      id: 'registrar',
      group: 'depois',
      title: 'No computador da pessoa, registrar a troca no Sentinela (“Troquei a senha hoje”).',
      detail: 'Assim o Sentinela avisa se alguma base do SAJ ainda tiver o cadastro antigo.',
    },
  ];
  return items;
}

/** A plain-text summary for the ticket: the tribunal, the system, done and pending steps. */
export function checklistSummary(
  items: readonly ChecklistItem[],
  done: ReadonlySet<string>,
  context: { profile: TribunalProfile; guide: PasswordGuide; now: Date },
): string {
  const { profile, guide, now } = context;
  const lines = [
    `Atendimento Sentinela BNMP — redefinição de senha`,
    `Tribunal: ${profile.shortName} · Sistema: ${guide.system} (${guide.era.label})`,
    `Data: ${formatDateTime(now, profile.timeZone)}`,
    `Concluídos: ${items.filter((i) => done.has(i.id)).length} de ${items.length}`,
    '',
  ];
  for (const group of Object.keys(CHECKLIST_GROUPS) as ChecklistItem['group'][]) {
    const inGroup = items.filter((i) => i.group === group);
    if (inGroup.length === 0) continue;
    lines.push(`${CHECKLIST_GROUPS[group]}:`);
    for (const item of inGroup) lines.push(`[${done.has(item.id) ? 'x' : ' '}] ${item.title}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** "https://www.cnj.jus.br/corporativo/" → "www.cnj.jus.br/corporativo". */
function hostAndPath(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
