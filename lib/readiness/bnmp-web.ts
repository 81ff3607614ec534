/**
 * The readiness rules of BNMP 3.0 web (bnmp.pdpj.jus.br): the unit (órgão) a piece is issued for,
 * and plantão. Called by the engine for screens of kind 'bnmp-web' in place of the CNJ-account, SAJ
 * registration and SAJ-lotação rules: being logged in to BNMP web proves the CNJ account works, and
 * there is no SAJ in between. Rules and sources: docs/rules.md, "BNMP 3.0 web". Pure.
 */
import type { LotacaoStatus, Person } from '../status/schema';
import type { TribunalProfile } from '../tribunals/schema';
import { isPlantaoUnit, unitCovers } from '../tribunals/bnmp-unit';
import * as msg from './messages';
import type { Reason, RemediationAction, SigningScreen, Verdict } from './types';

export interface BnmpWebRuleInput {
  person: Person;
  screen: SigningScreen;
  profile: TribunalProfile;
  now: Date;
  /** Whether a lotação in this status keeps the person from acting (the engine's, magistrate relaxation included). */
  blocks(status: LotacaoStatus | 'ausente'): boolean;
  accessActions(status: LotacaoStatus | 'ausente'): RemediationAction[];
  /** "Plantão Judiciário 1º Grau" / "2º Grau", from the CNJ era in force. */
  requiredPlantaoUnit(grau: 1 | 2): string;
}

export function checkBnmpWebUnit(input: BnmpWebRuleInput): { reasons: Reason[]; plantao?: Verdict['plantao'] } {
  const { person, screen, profile } = input;
  const { channel, whoAsks } = profile.accessRequest;
  const unit = screen.lotacao?.trim() ? screen.lotacao.trim() : undefined;
  const active = person.lotacoes.filter((l) => l.status === 'ativa');
  /** The record that gives (or would give) access to `name`: an active one first. */
  const recordFor = (name: string) => active.find((l) => unitCovers(l.name, name)) ?? person.lotacoes.find((l) => unitCovers(l.name, name));
  const reasons: Reason[] = [];

  // 1. The unit the piece is issued for must be an active lotação (plantão units compared loosely).
  if (unit) {
    const record = recordFor(unit);
    const status = record?.status ?? 'ausente';
    if (input.blocks(status)) {
      reasons.push({
        code: 'lotacao-not-active',
        level: 'block',
        message: msg.bnmpWebUnitNotActive({ unit, status, requestedOn: record?.requestedOn, revokedOn: record?.revokedOn, channel, whoAsks }),
        actions: input.accessActions(status),
        lotacao: unit,
      });
    }
  } else if (active.length === 0 && input.blocks('ausente')) {
    reasons.push({ code: 'lotacao-not-active', level: 'block', message: msg.noActiveLotacao({ channel, whoAsks }), actions: input.accessActions('ausente') });
  } else {
    reasons.push({ code: 'lotacao-unknown-on-page', level: 'warn', message: msg.bnmpWebUnitUnknown({ activeLotacoes: active.map((l) => l.name) }), actions: [] });
  }

  // 2. Plantão: a plantão unit on the page is the plantão (checked above as the unit); a recorded
  //    plantão covering the instant wants the plantão unit, so an ordinary one is warned.
  if (unit && (screen.plantaoHint || isPlantaoUnit(unit))) return { reasons, plantao: { why: 'page', requiredLotacao: unit } };
  const t = input.now.getTime();
  const assignment = person.plantoes.find((p) => Date.parse(p.start) <= t && t < Date.parse(p.end));
  if (!assignment) return { reasons };
  const required = input.requiredPlantaoUnit(screen.grau ?? (person.cargo === 'desembargador' ? 2 : 1));
  const held = active.some((l) => unitCovers(l.name, required)) || !input.blocks('ausente');
  const when = (iso: string) => msg.formatDateTime(new Date(iso), profile.timeZone);
  reasons.push({
    code: 'plantao-lotacao-not-active',
    level: 'warn',
    message: msg.bnmpWebOrdinaryUnitOnPlantao({
      assignment: { start: when(assignment.start), end: when(assignment.end) },
      required,
      ...(unit ? { unit } : {}),
      held,
      channel,
      whoAsks,
    }),
    actions: held ? [] : input.accessActions('ausente'),
    lotacao: required,
  });
  return { reasons, plantao: { why: 'assignment', requiredLotacao: required } };
}
