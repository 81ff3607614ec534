/**
 * The warnings Sentinela showed on this browser: when, which kinds of BNMP documents, from which
 * lotação, why, and what the person decided. Kept locally and bounded (lib/storage/status.ts);
 * clearable, and exportable as JSON for the help desk.
 */
import { useState } from 'react';
import type { WarningHistoryEntry } from '../../lib/storage/status';
import { REASON_CODES, type ReasonCode } from '../../lib/readiness/types';
import { formatInstant } from '../../lib/ui/datetime';
import { exportFileName, historyExport } from '../../lib/ui/files';
import { currentLang, t, type MessageKey } from '../../lib/ui/i18n';
import { ConfirmDialog, buttonClass } from '../common/ui';
import { downloadText } from './download';

const REASON_KEYS: Record<ReasonCode, MessageKey> = {
  'status-unknown': 'reasonStatusUnknown',
  'status-unreadable': 'reasonStatusUnreadable',
  'cnj-account-not-confirmed': 'reasonCnjAccount',
  'saj-registration-missing': 'reasonSajMissing',
  'saj-registration-stale': 'reasonSajStale',
  'lotacao-not-active': 'reasonLotacaoNotActive',
  'lotacao-unknown-on-page': 'reasonLotacaoUnknown',
  'plantao-lotacao-not-active': 'reasonPlantaoNotActive',
  'plantao-lotacao-unknown': 'reasonPlantaoUnknown',
  'cargo-not-allowed': 'reasonCargo',
  'review-overdue': 'reasonReview',
};

const DECISION_KEYS: Record<WarningHistoryEntry['decision'], MessageKey> = {
  cancelled: 'decisionCancelled',
  'signed-anyway': 'decisionSignedAnyway',
  'fail-open': 'decisionFailOpen',
};

export function reasonLabel(code: string): string {
  return (REASON_CODES as readonly string[]).includes(code) ? t(REASON_KEYS[code as ReasonCode]) : code;
}

export function HistorySection({ history, today, clear, announce }: { history: WarningHistoryEntry[]; today: string; clear: () => Promise<void>; announce: (m: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const locale = currentLang();
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-slate-600">{history.length === 0 ? t('historyEmpty') : t('historyCount', String(history.length))}</p>
        <div className="flex gap-2">
          <button type="button" className={buttonClass.secondary} disabled={history.length === 0} onClick={() => downloadText(historyExport(history, new Date()), exportFileName('historico', today))}>
            {t('historyExport')}
          </button>
          <button type="button" className={buttonClass.danger} disabled={history.length === 0} onClick={() => setConfirming(true)}>
            {t('historyClear')}
          </button>
        </div>
      </div>
      {history.length > 0 && (
        <div className="mt-3 max-h-96 overflow-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label={t('historyTitle')}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('historyTitle')}</caption>
            <thead className="sticky top-0 bg-slate-100 text-xs tracking-wide text-slate-700 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">{t('historyWhen')}</th>
                <th scope="col" className="px-3 py-2">{t('historyDocuments')}</th>
                <th scope="col" className="px-3 py-2">{t('historyLotacao')}</th>
                <th scope="col" className="px-3 py-2">{t('historyReasons')}</th>
                <th scope="col" className="px-3 py-2">{t('historyDecision')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, i) => (
                <tr key={`${entry.at}-${i}`} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{formatInstant(entry.at, locale)}</td>
                  <td className="px-3 py-2">{entry.documentKinds.join(', ') || '—'}</td>
                  <td className="px-3 py-2">{entry.lotacao ?? '—'}</td>
                  <td className="px-3 py-2">{entry.reasonCodes.map(reasonLabel).join('; ') || '—'}</td>
                  <td className="px-3 py-2">{t(DECISION_KEYS[entry.decision])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('historyClearTitle')}
        confirmLabel={t('historyClear')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void clear().then(() => announce(t('historyCleared')));
        }}
      >
        <p>{t('historyClearBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
