/**
 * The people recorded on this browser, each with their readiness today, and the editor for one.
 * One of them is "eu": the person assumed when a SAJ page does not say who is signing.
 */
import { useState, type ReactNode } from 'react';
import { CARGO_LABELS, type Person, type StatusFile } from '../../lib/status/schema';
import { maskCpf } from '../../lib/status/cpf';
import { personReadiness } from '../../lib/readiness/summary';
import type { Reason } from '../../lib/readiness/types';
import { actionTarget, primaryAction } from '../../lib/ui/actions';
import { formatDay } from '../../lib/ui/datetime';
import { currentLang, t } from '../../lib/ui/i18n';
import { blankDraft, personToDraft, type PersonDraft } from '../../lib/ui/person-draft';
import { profileFor } from '../../lib/guides/person';
import { EMPTY_POLICY, type EffectivePolicy } from '../../lib/policy/effective';
import type { SaveResult } from '../../lib/storage/status';
import { PlusIcon, UserIcon } from '../common/icons';
import { ActionLink, ConfirmDialog, LEVEL_STYLE, LevelBadge, ReasonList, buttonClass, levelTitle } from '../common/ui';
import { PersonEditor } from './PersonEditor';

export interface PeopleSectionProps {
  file: StatusFile;
  now: Date;
  /** The person to open in the editor first (Options opened from the popup or a warning). */
  editing: { draft: PersonDraft; isNew: boolean } | null;
  setEditing: (editing: { draft: PersonDraft; isNew: boolean } | null) => void;
  pageUrl: (path: string) => string;
  save: (person: Person) => Promise<SaveResult>;
  remove: (id: string) => Promise<SaveResult>;
  makeMe: (id: string) => Promise<SaveResult>;
  announce: (message: string) => void;
  /** IT's policy: each person's profile with its overrides, the default tribunal, the locked fields. */
  effective?: EffectivePolicy;
}

export function PeopleSection({ file, now, editing, setEditing, pageUrl, save, remove, makeMe, announce, effective = EMPTY_POLICY }: PeopleSectionProps) {
  const [removing, setRemoving] = useState<Person | null>(null);

  if (editing) {
    return (
      <PersonEditor
        key={editing.draft.id}
        initial={editing.draft}
        isNew={editing.isNew}
        file={file}
        now={now}
        save={save}
        effective={effective}
        onDone={(message) => {
          setEditing(null);
          if (message) announce(message);
        }}
      />
    );
  }

  const renderAction = (person: Person) => (reason: Reason): ReactNode => {
    const action = primaryAction(reason);
    if (!action) return null;
    const target = actionTarget(action, person.id);
    if (target.type === 'options') return <ActionLink label={action.label} onClick={() => setEditing({ draft: personToDraft(person, effective), isNew: false })} />;
    if (target.type === 'external') return <ActionLink label={action.label} href={target.url} external />;
    if (target.type === 'extension') return <ActionLink label={action.label} href={pageUrl(target.path)} />;
    return <ActionLink label={action.label} />;
  };

  return (
    <div className="space-y-3">
      {file.people.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-700">
          <p className="font-semibold text-slate-900">{t('noPeopleTitle')}</p>
          <p className="mt-1">{t('noPeopleBody')}</p>
        </div>
      )}
      <ul className="space-y-3">
        {file.people.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            isMe={person.id === file.meId}
            now={now}
            effective={effective}
            renderAction={renderAction(person)}
            onEdit={() => setEditing({ draft: personToDraft(person, effective), isNew: false })}
            onMakeMe={() => void makeMe(person.id).then((r) => r.ok && announce(t('meChanged', person.name)))}
            onRemove={() => setRemoving(person)}
          />
        ))}
      </ul>
      <button type="button" className={buttonClass.primary} onClick={() => setEditing({ draft: blankDraft(now, effective.tribunalId, effective), isNew: true })}>
        <PlusIcon className="size-4" />
        {file.people.length === 0 ? t('addFirstPerson') : t('addPerson')}
      </button>

      <ConfirmDialog
        open={removing !== null}
        title={t('removePersonTitle', removing?.name ?? '')}
        confirmLabel={t('removePersonConfirm')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const person = removing;
          setRemoving(null);
          if (person) void remove(person.id).then((r) => r.ok && announce(t('personRemoved', person.name)));
        }}
      >
        <p>{t('removePersonBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

function PersonCard({
  person,
  isMe,
  now,
  effective,
  renderAction,
  onEdit,
  onMakeMe,
  onRemove,
}: {
  person: Person;
  isMe: boolean;
  now: Date;
  effective: EffectivePolicy;
  renderAction: (reason: Reason) => ReactNode;
  onEdit: () => void;
  onMakeMe: () => void;
  onRemove: () => void;
}) {
  const profile = profileFor(person, effective);
  const verdict = personReadiness(person, profile, now);
  const style = LEVEL_STYLE[verdict.level];
  const headingId = `person-${person.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className={`rounded-xl border bg-white shadow-xs ${verdict.level === 'ok' ? 'border-slate-200' : style.box}`}>
        <div className="flex flex-wrap items-start gap-3 p-4">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-600">
            <UserIcon className="size-5" />
          </span>
          <div className="min-w-0 flex-1">
            <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
              {person.name}
              {isMe && <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">{t('meLabel')}</span>}
              <LevelBadge level={verdict.level} />
            </h3>
            <p className="text-slate-700">
              {CARGO_LABELS[person.cargo]} · {profile.shortName} · {t('loginShort')} {person.sajLogin}
              {person.cpf && <> · CPF <span className="font-mono">{maskCpf(person.cpf)}</span></>}
            </p>
            <p className="text-slate-600">
              {person.lastReviewOn ? t('lastReviewOn', formatDay(person.lastReviewOn, currentLang())) : t('neverReviewed')}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonClass.secondary} onClick={onEdit} aria-label={t('editPersonAria', person.name)}>
              {t('edit')}
            </button>
            {!isMe && (
              <button type="button" className={buttonClass.secondary} onClick={onMakeMe} aria-label={t('makeMeAria', person.name)}>
                {t('makeMe')}
              </button>
            )}
            <button type="button" className={buttonClass.danger} onClick={onRemove} aria-label={t('removePersonAria', person.name)}>
              {t('remove')}
            </button>
          </div>
        </div>
        <div className="border-t border-slate-200/80 px-4 py-3">
          <p className={`font-semibold ${style.text}`}>{levelTitle(verdict.level)}</p>
          {verdict.reasons.length > 0 && (
            <div className="mt-2">
              <ReasonList reasons={verdict.reasons} renderAction={renderAction} />
            </div>
          )}
        </div>
      </article>
    </li>
  );
}
