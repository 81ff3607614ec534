/**
 * The "Posso assinar agora?" page (/posso-assinar.html), reached from the options page, the guides and
 * the popup: why it exists (SAJ-PG5 is out of the browser's sight), whose check it is, and the check.
 * Reads the status and policy stores; the person comes from `?pessoa=<id>`, else "eu", else the only one.
 */
import { useId, useState } from 'react';
import { choosePerson, profileFor } from '../../lib/guides/person';
import { t } from '../../lib/ui/i18n';
import { usePolicy } from '../../lib/ui/policy-store';
import { currentFile, useStatusStore } from '../../lib/ui/status-store';
import { focusRing } from '../common/ui';
import { GuideLayout } from '../guides/ui';
import { SigningCheck } from './SigningCheck';

export interface CheckPageProps {
  now: Date;
  requestedPersonId?: string | null;
  pageUrl: (path: string) => string;
}

export function CheckPage({ now, requestedPersonId, pageUrl }: CheckPageProps) {
  const effective = usePolicy();
  const loaded = useStatusStore((s) => s.loaded);
  const file = currentFile({ loaded });
  const [pickedId, setPickedId] = useState(requestedPersonId ?? null);
  const person = choosePerson(file, pickedId);
  const profile = profileFor(person, effective);
  const pickerId = useId();

  return (
    <GuideLayout current="posso-assinar" tribunal={profile.shortName} title={t('checkTitle')} intro={<p className="max-w-2xl">{t('checkPageIntro')}</p>}>
      <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-900/10">
        {file.people.length > 1 && (
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <label htmlFor={pickerId} className="font-medium text-slate-800">
              {t('checkPagePerson')}
            </label>
            <select
              id={pickerId}
              value={person?.id ?? ''}
              onChange={(e) => setPickedId(e.target.value || null)}
              className={`rounded-md border border-slate-400 bg-white px-2.5 py-1.5 text-slate-900 ${focusRing}`}
            >
              {!person && <option value="">{t('checkPagePick')}</option>}
              {file.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id === file.meId ? `${p.name} (${t('meLabel')})` : p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <SigningCheck variant="page" person={person} people={file.people} profile={profile} loaded={loaded} now={now} pageUrl={pageUrl} />
      </div>
    </GuideLayout>
  );
}
