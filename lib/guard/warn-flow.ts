/**
 * The warning, once the always-on script held a BNMP signature the CNJ would refuse (or whose status
 * it cannot tell): the dialog (React, its own script, loaded on first need) with "Assinar mesmo assim"
 * — the page's own action runs exactly once — or "Cancelar"/Escape, and one line in the warning
 * history (sent to the background, which keeps it). Anything failing on the way lets the signature
 * through with a notice (fail open, visibly).
 */
import type { CoreHost, HeldSignature, ShowWarning } from './core-contract';
import type { ExtensionApi } from './extension-api';
import { HISTORY_MESSAGE, type HistoryRequest } from './verdict-protocol';
import { documentsForAction } from '../saj/documents';
import { isSigningAction } from '../saj/signing-action';
import { labelOf } from '../saj/text';
import type { SajSelectors, TribunalProfile } from '../tribunals/schema';
import type { SeenDocument, SigningScreen, Verdict } from '../readiness/types';
import type { WarningHistoryEntry } from '../storage/items';

const TWIN_SCAN_LIMIT = 5000;

export interface WarnFlowOptions {
  host: Pick<CoreHost, 'failOpen'>;
  api: Pick<ExtensionApi, 'runtime'>;
  doc: Document;
  selectors(): SajSelectors | undefined;
  loadWarning(): Promise<ShowWarning>;
  /** The tribunal profile for the screen (its contacts and steps), asked of the background. */
  profileFor(screen: SigningScreen): Promise<TribunalProfile>;
}

/** One history line: the BNMP document kinds, the lotação shown, the reasons, the decision. No names, no documents' text. */
export function historyEntry(verdict: Verdict, screen: Pick<SigningScreen, 'lotacao'>, decision: WarningHistoryEntry['decision'], now = new Date()): WarningHistoryEntry {
  return {
    at: now.toISOString(),
    documentKinds: [...new Set(verdict.bnmpDocuments.map((d) => d.kind ?? 'BNMP'))],
    ...(screen.lotacao ? { lotacao: screen.lotacao.slice(0, 200) } : {}),
    reasonCodes: verdict.reasons.map((r) => r.code),
    decision,
  };
}

export function createWarnFlow(options: WarnFlowOptions): (held: HeldSignature) => Promise<void> {
  const { host, doc } = options;

  const record = (verdict: Verdict, screen: SigningScreen, decision: WarningHistoryEntry['decision']) => {
    const request: HistoryRequest = { type: HISTORY_MESSAGE, entry: historyEntry(verdict, screen, decision) };
    // History is a convenience for support: it never disturbs the signature.
    void options.api.runtime.sendMessage(request).catch(() => undefined);
  };

  const twinOf = (action: Element, documents: SeenDocument[]): Element | null => {
    const selectors = options.selectors();
    const label = labelOf(action);
    const wanted = documents.map((d) => d.label).join('\n');
    const candidates = doc.querySelectorAll(action.localName);
    for (let i = 0; i < candidates.length && i < TWIN_SCAN_LIMIT; i++) {
      const el = candidates[i]!;
      if (labelOf(el) !== label || !isSigningAction(el, selectors)) continue;
      if (documentsForAction(el, selectors).map((d) => d.label).join('\n') === wanted) return el;
    }
    return null;
  };

  /**
   * "Assinar mesmo assim": run the page's own action once. A single-page app may have re-rendered
   * the control while the dialog was open: then its twin (same label, same documents) is used; with
   * none, the person is told plainly that nothing was signed.
   */
  const proceed = ({ action, screen, attempt }: HeldSignature) => {
    if (attempt.replay()) return;
    const twin = twinOf(action, screen.documents);
    if (twin && attempt.replayAt(twin)) return;
    host.failOpen(new Error('the signing control left the page while the warning was open'), {
      title: 'Sentinela BNMP: assinatura não enviada',
      text: 'A tela do SAJ mudou enquanto o aviso estava aberto e o botão clicado já não existe. Clique em “Assinar” de novo.',
    });
  };

  return async (held) => {
    const { verdict, action, screen, attempt } = held;
    try {
      const [show, profile] = await Promise.all([options.loadWarning(), options.profileFor(screen)]);
      held.onShown?.();
      const choice = await show(action.ownerDocument, { verdict, profile, now: new Date() }, { returnFocusTo: action });
      if (choice === 'failed') throw new Error('the warning dialog could not be shown');
      record(verdict, screen, choice === 'proceed' ? 'signed-anyway' : 'cancelled');
      if (choice === 'proceed') proceed(held);
    } catch (error) {
      host.failOpen(error);
      record(verdict, screen, 'fail-open');
      attempt.replay();
    }
  };
}
