/**
 * Under a lotação the BNMP web's órgão list did not show (the person accepted the update there): the
 * mark for review, and "Conferida" to take it away once checked. Nothing was deleted; the person decides.
 */
import { formatDay } from '../../lib/ui/datetime';
import { currentLang, t } from '../../lib/ui/i18n';
import { WarnIcon } from '../common/icons';
import { buttonClass } from '../common/ui';

export function MissingInBnmpNote({ date, locked, onReviewed }: { date: string; locked: boolean; onReviewed: () => void }) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-2.5 py-1.5 text-amber-950 ring-1 ring-amber-200">
      <WarnIcon className="size-4 shrink-0" />
      <p className="min-w-0 flex-1">{t('lotacaoMissingInBnmp', formatDay(date, currentLang()))}</p>
      {!locked && (
        <button type="button" className={buttonClass.quiet} onClick={onReviewed}>
          {t('lotacaoMissingInBnmpReviewed')}
        </button>
      )}
    </div>
  );
}
