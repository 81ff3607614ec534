/**
 * Said once on the options page, where a new user looks first: which screens Sentinela guards on its
 * own, and that signatures in SAJ-PG5 (the desktop client) are checked with "Posso assinar agora?".
 */
import { useId } from 'react';
import { t } from '../../lib/ui/i18n';
import { buttonClass } from '../common/ui';

export function Pg5Notice() {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sky-950">
      <h2 id={titleId} className="font-semibold">
        {t('checkNoticeTitle')}
      </h2>
      <p className="mt-1 max-w-3xl text-slate-800">{t('checkNoticeBody')}</p>
      <a href="/posso-assinar.html" className={`${buttonClass.link} mt-1.5`}>
        {t('checkNoticeLink')}
      </a>
    </section>
  );
}
