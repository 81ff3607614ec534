/**
 * A person's readiness "at a glance", away from any SAJ page: what the popup and the options page
 * show next to a person. It is the engine's verdict for signing one BNMP document with no page
 * context, without the reasons that only make sense on a page, plus one reason for each recorded
 * lotação the person could not sign from today (each judged by the engine as if the page showed it),
 * plus the notes about the record that never reach a signature (`statusNotices`: cargo, review).
 *
 * Pure: no DOM, no `browser.*`, the instant comes in.
 */
import type { Person, StatusFile } from '../status/schema';
import { CURRENT_VERSION, FORMAT_ID } from '../status/schema';
import { sameLotacao } from '../tribunals/lotacao-name';
import type { TribunalProfile } from '../tribunals/schema';
import { evaluateReadiness, statusNotices } from './engine';
import type { Reason, ReasonCode, SeenDocument, Verdict } from './types';

/** The document the question is about: "could this person sign a BNMP document now?". */
export const GLANCE_DOCUMENT: SeenDocument = { label: 'Documento do BNMP', bnmp: true, kind: 'mandado de prisão' };

/** Reasons about what a page shows (or fails to show): meaningless without a page. */
const PAGE_ONLY: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['lotacao-unknown-on-page']);

function fileOf(person: Person): StatusFile {
  return { format: FORMAT_ID, version: CURRENT_VERSION, people: [person], meId: person.id };
}

/**
 * Green (ok), amber (warn) or red (block) for `person` signing a BNMP document at `now`.
 * Lotações that are not active are listed as warnings, not blocks: the person may never sign from
 * them (a unit they left); the block comes when a SAJ page shows that lotação.
 */
export function personReadiness(person: Person, profile: TribunalProfile, now: Date): Verdict {
  const status = { state: 'ok' as const, file: fileOf(person) };
  const base = evaluateReadiness({ status, screen: { documents: [GLANCE_DOCUMENT] }, profile, now });
  const reasons = base.reasons.filter((r) => !PAGE_ONLY.has(r.code));

  const alreadyNamed = (name: string) => reasons.some((r) => r.lotacao !== undefined && sameLotacao(r.lotacao, name));
  for (const lotacao of person.lotacoes) {
    if (lotacao.status === 'ativa' || alreadyNamed(lotacao.name)) continue;
    // The engine knows the exceptions (magistrates after 15/08/2021…): ask it about this lotação.
    const onPage = evaluateReadiness({ status, screen: { documents: [GLANCE_DOCUMENT], lotacao: lotacao.name }, profile, now });
    const found = onPage.reasons.find(
      (r) => (r.code === 'lotacao-not-active' || r.code === 'plantao-lotacao-not-active') && r.lotacao !== undefined && sameLotacao(r.lotacao, lotacao.name),
    );
    if (found) reasons.push({ ...found, level: 'warn' });
  }
  reasons.push(...statusNotices(person, profile, now));

  const ordered: Reason[] = [...reasons.filter((r) => r.level === 'block'), ...reasons.filter((r) => r.level === 'warn')];
  const level = ordered[0]?.level ?? 'ok';
  return base.plantao ? { level, reasons: ordered, bnmpDocuments: base.bnmpDocuments, plantao: base.plantao } : { level, reasons: ordered, bnmpDocuments: base.bnmpDocuments };
}
