/**
 * What the options page says about IT's policy, in pt-BR: whether one is in force, what it changes,
 * which fields are locked, and every value that was ignored. Pure; the page renders it.
 */
import type { EffectivePolicy } from './effective';
import { LOCKED_FIELD_LABELS, type LockedField } from './schema';

export interface PolicyPanel {
  /** Nothing to say when there is no policy and nothing was ignored. */
  visible: boolean;
  heading: string;
  /** One sentence each: guard off, tribunal fixed, extra hosts… */
  lines: string[];
  /** Labels of the locked fields, in the order the policy lists them. */
  locked: string[];
  /** Profile fields IT set, per tribunal short name ("TJMS": ["contacts", "plantao.regioes"]). */
  managedProfileFields: { tribunal: string; fields: readonly string[] }[];
  /** Values IT set that were ignored: where, and why. */
  notices: { where: string; message: string }[];
}

export function lockedLabel(field: LockedField): string {
  return LOCKED_FIELD_LABELS[field];
}

export function policyPanel(effective: EffectivePolicy): PolicyPanel {
  const { policy } = effective;
  const lines: string[] = [];
  if (!effective.guardEnabled) lines.push('O aviso antes das assinaturas está desligado pelo tribunal.');
  for (const profile of Object.values(effective.profiles)) {
    if (!profile.rules.guardEnabled) lines.push(`O aviso está desligado para ${profile.shortName} no perfil do tribunal.`);
  }
  if (policy.tribunal !== undefined) {
    const name = effective.profiles[policy.tribunal]?.shortName ?? policy.tribunal;
    lines.push(
      effective.lockedFields.includes('tribunal')
        ? `Tribunal definido pela TI: ${name}, para todas as pessoas registradas.`
        : `Tribunal padrão desta instalação: ${name}.`,
    );
  }
  if (effective.extraSajHosts.length > 0) {
    const hosts = effective.extraSajHosts.map((p) => p.replace(/^\*:\/\//, '').replace(/\/\*$/, ''));
    lines.push(`Endereços do SAJ adicionados pela TI: ${hosts.join(', ')}.`);
  }
  const managedProfileFields = Object.entries(effective.managedFields)
    .filter(([, fields]) => fields.length > 0)
    .map(([id, fields]) => ({ tribunal: effective.profiles[id]?.shortName ?? id, fields }));
  const notices = effective.notices.map((n) => ({ where: n.path || 'política', message: n.message }));
  const fromSeam = effective.source === 'test-seam';
  return {
    visible: effective.source !== 'none' || notices.length > 0,
    heading: fromSeam ? 'Política de teste local em uso (não veio da TI do tribunal)' : 'Configurado pela TI do tribunal',
    lines,
    locked: effective.lockedFields.map(lockedLabel),
    managedProfileFields,
    notices,
  };
}
