/**
 * One line of the warning history per warning shown: the BNMP document kinds, the lotação shown,
 * the reason codes and what the person decided. No names, no process numbers, no document text.
 */
import { appendHistory, type WarningHistoryEntry } from '../storage/status';
import type { SigningScreen, Verdict } from '../readiness/types';

export function recordWarning(verdict: Verdict, screen: Pick<SigningScreen, 'lotacao'>, decision: WarningHistoryEntry['decision']): void {
  void appendHistory({
    at: new Date().toISOString(),
    documentKinds: [...new Set(verdict.bnmpDocuments.map((d) => d.kind ?? 'BNMP'))],
    ...(screen.lotacao ? { lotacao: screen.lotacao.slice(0, 200) } : {}),
    reasonCodes: verdict.reasons.map((r) => r.code),
    decision,
  }).catch(() => false); // history is a convenience for support; it never disturbs the signature
}
