/**
 * The SAJ registration (linking one's CNJ login to SAJ), step by step, as the tribunal documents it for
 * the date (profile.sajProcedures): shown by the password guide and, inline, by the warning dialog.
 * Kept apart from the guide's other data so the warning's bundle stays small. Pure.
 */
import { formatDate } from '../readiness/messages';
import { eraAt, sajProcedureAt } from '../tribunals/era';
import type { Step, TribunalProfile } from '../tribunals/schema';

/**
 * The SAJ registration, step by step, as the tribunal documents it for the date (profile.sajProcedures).
 * A description written for an earlier era is given as such, with a pointer to the tribunal's guidance.
 * Empty when signing happens in BNMP web or the profile has no SAJ databases.
 */
export function sajRegistrationSteps(profile: TribunalProfile, now: Date): Step[] {
  if (profile.signingPlace !== 'saj' || profile.sajDatabases.length === 0) return [];
  const era = eraAt(profile, now);
  const at = sajProcedureAt(profile, now);
  const guidance = profile.guidance?.label ?? 'guia do tribunal';
  if (!at) {
    return [
      { text: `No SAJ, abra a tela de cadastro de usuário do BNMP (o perfil do tribunal não descreve o menu; veja o ${guidance}).`, source: { source: 'softplan-12943928422551' } },
      { text: `Informe o seu login do ${era.accountSystemLabel} e a senha — digitada só no SAJ; o Sentinela nunca pede senha.`, source: { source: 'softplan-12943928422551' } },
    ];
  }
  const { procedure } = at;
  const open = at.current
    ? `Entre no SAJ (PG5) e abra o menu ${procedure.registrationMenu}`
    : `Entre no SAJ (PG5) e abra a tela de cadastro de usuário do BNMP. O ${guidance}${procedure.until ? `, escrito antes de ${formatDate(procedure.until)},` : ''} indica o menu ${procedure.registrationMenu}; se o seu SAJ mostrar outro nome, siga o ${guidance}.`;
  return [
    { text: open, source: procedure.source },
    {
      text: `O campo “Usuário” já vem com o seu usuário do SAJ. Informe o seu login do ${era.accountSystemLabel} e a senha — digitada só no SAJ; o Sentinela nunca pede senha.`,
      source: procedure.source,
    },
    ...(procedure.communicationTest ? [{ text: `Salve e faça o “${procedure.communicationTest}”.`, source: procedure.source }] : []),
    {
      text: `Repita em cada base do SAJ em que você trabalha (${profile.sajDatabases.join(', ')}): o cadastro é feito uma vez por base, e de novo depois de qualquer troca de senha.`,
      source: procedure.source,
    },
  ];
}

