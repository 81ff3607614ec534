/**
 * The popup's section for a BNMP 3.0 web tab: the unit (órgão) and the person read there, the verdict
 * for issuing a piece from that unit, and — when the record says the CNJ account is not confirmed —
 * the one-click "mark it confirmed" (being logged in to BNMP proves it). Presentational: the popup
 * passes the verdict and the action.
 */
import { useState, type ReactNode } from 'react';
import type { FrameDescription } from '../../lib/guard/core-contract';
import type { Reason, Verdict } from '../../lib/readiness/types';
import { t } from '../../lib/ui/i18n';
import { PageIcon } from '../common/icons';
import { LEVEL_STYLE, LevelBadge, ReasonList, buttonClass, levelTitle } from '../common/ui';

export interface BnmpWebTabSectionProps {
  frame: FrameDescription;
  verdict: Verdict;
  renderAction: (reason: Reason) => ReactNode;
  /** Set when the account can be marked confirmed; resolves with what happened. */
  onConfirmAccount?: () => Promise<{ ok: boolean; message?: string }>;
}

export function BnmpWebTabSection({ frame, verdict, renderAction, onConfirmAccount }: BnmpWebTabSectionProps) {
  const web = frame.bnmpWeb;
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const units = web?.pendingUpdate ? web.pendingUpdate.add.length + web.pendingUpdate.activate.length + web.pendingUpdate.markForReview.length : 0;
  const confirm = () => {
    if (!onConfirmAccount) return;
    setBusy(true);
    void onConfirmAccount()
      .then((r) => setResult({ ok: r.ok, message: r.ok ? t('bnmpAccountConfirmed') : (r.message ?? t('bnmpAccountNotConfirmed')) }))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="bnmp-tab-title" className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex items-center gap-2">
        <PageIcon className="size-4 shrink-0 text-slate-600" />
        <h2 id="bnmp-tab-title" className="font-semibold text-slate-900">
          {t('bnmpTabTitle')}
        </h2>
        {web?.guardOn !== false && (
          <span className="ml-auto">
            <LevelBadge level={verdict.level} />
          </span>
        )}
      </div>
      {!web || !frame.core ? (
        <p className="mt-1.5 text-slate-700">{t('bnmpTabNotRead')}</p>
      ) : (
        <>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt className="text-slate-600">{t('bnmpTabUnit')}</dt>
            <dd className="line-clamp-2 min-w-0 font-medium break-words text-slate-900">{web.toolbarUnit ?? <span className="font-normal text-slate-600">{t('notShown')}</span>}</dd>
            <dt className="text-slate-600">{t('tabUser')}</dt>
            <dd className="line-clamp-2 min-w-0 font-medium break-words text-slate-900">{frame.context?.user ?? <span className="font-normal text-slate-600">{t('bnmpTabUserIsMe')}</span>}</dd>
          </dl>
          {web.guardOn === false ? (
            <p role="status" className="mt-2 rounded-md bg-amber-50 px-2 py-1 font-medium text-amber-950">
              {t('bnmpTabGuardOff')}
            </p>
          ) : (
            <>
              <p className={`mt-2 font-medium ${LEVEL_STYLE[verdict.level].text}`}>
                {t('bnmpTabVerdictIntro')}: {levelTitle(verdict.level)}
              </p>
              {verdict.reasons.length > 0 && (
                <div className="mt-2">
                  <ReasonList reasons={verdict.reasons} renderAction={renderAction} />
                </div>
              )}
            </>
          )}
          {onConfirmAccount && !result?.ok && (
            <div className="mt-2.5 rounded-md border border-sky-200 bg-sky-50 p-2.5 text-sky-950">
              <p>{t('bnmpAccountOffer')}</p>
              <button type="button" className={`${buttonClass.secondary} mt-2`} disabled={busy} onClick={confirm}>
                {t('bnmpAccountConfirm')}
              </button>
            </div>
          )}
          {result && (
            <p role="status" className={`mt-2 font-medium ${result.ok ? 'text-emerald-800' : 'text-red-800'}`}>
              {result.message}
            </p>
          )}
          {units > 0 && <p className="mt-2 text-slate-700">{t('bnmpUnitsOnPage')}</p>}
        </>
      )}
    </section>
  );
}
