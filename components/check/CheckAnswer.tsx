/**
 * The answer of "Posso assinar agora?": yes / check first / no, for whom and with what, every reason
 * with every way out (the warning dialog's own pieces), who can help and whether they answer now —
 * or, with nothing recorded, what to record. Presentational.
 */
import { useId } from 'react';
import { whatToRecord, type CheckAnswer as Answer, type SigningChoices } from '../../lib/check/signing-check';
import { contactsNow } from '../../lib/guides/contacts';
import type { Verdict } from '../../lib/readiness/types';
import type { Person } from '../../lib/status/schema';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { EXTENSION_PAGES, type ActionTarget } from '../../lib/ui/actions';
import { t } from '../../lib/ui/i18n';
import { UserIcon } from '../common/icons';
import { LEVEL_STYLE } from '../common/ui';
import { sajRegistrationSteps } from '../warning/content';
import { ContactsSection, ReasonItem, type GuideKind, type ReasonViewProps, type WarningContact } from '../warning/WarningDialog';

export interface CheckAnswerProps {
  answer: Answer;
  variant: 'popup' | 'page';
  person: Person | undefined;
  profile: TribunalProfile;
  choices: SigningChoices;
  now: Date;
  pageUrl: (path: string) => string;
  open?: (target: ActionTarget) => void;
}

/** Where each way out is explained among Sentinela's pages (the person's own record for the status). */
function guideTarget(kind: GuideKind, personId: string | undefined): ActionTarget {
  switch (kind) {
    case 'reset-password':
      return { type: 'extension', path: EXTENSION_PAGES.passwordGuide };
    case 'saj-registration':
      return { type: 'extension', path: `${EXTENSION_PAGES.passwordGuide}#cadastro-saj` };
    case 'request-access':
      return { type: 'extension', path: EXTENSION_PAGES.accessGuide };
    case 'record-status':
    case 'review-status':
      return personId ? { type: 'options', personId } : { type: 'options' };
  }
}

const optionsPath = (personId: string | undefined) => `/options.html${personId ? `#pessoa=${personId}` : ''}`;

function reasonViewProps(props: CheckAnswerProps): ReasonViewProps {
  const personId = props.person?.id;
  const url = (kind: GuideKind) => {
    const target = guideTarget(kind, personId);
    return props.pageUrl(target.type === 'extension' ? target.path : optionsPath(personId));
  };
  const kinds: GuideKind[] = ['reset-password', 'request-access', 'saj-registration', 'record-status', 'review-status'];
  const open = props.open;
  return {
    guideUrls: Object.fromEntries(kinds.map((k) => [k, url(k)])),
    sajRegistrationSteps: sajRegistrationSteps(props.profile, props.now),
    ...(open ? { onOpenGuide: (kind: GuideKind) => open(guideTarget(kind, personId)) } : {}),
  };
}

/** The tribunal's contacts with whether each answers now, as the warning dialog lists them. */
export function contactsForAnswer(profile: TribunalProfile, now: Date): WarningContact[] {
  return contactsNow(profile, now).map(({ contact, line }) => ({
    name: contact.name,
    ...(contact.purpose ? { purpose: contact.purpose } : {}),
    emails: contact.emails,
    phones: contact.phones,
    officeLine: line,
  }));
}

const TITLE_KEY = { ok: 'checkAnswerOk', warn: 'checkAnswerWarn', block: 'checkAnswerBlock' } as const;

export function CheckAnswer(props: CheckAnswerProps) {
  const { answer } = props;
  if (answer.state === 'pick-person') return <Prompt text={t('checkPickPerson')} />;
  if (answer.state === 'need-unit') return <Prompt text={t('checkNeedUnit')} />;
  return <VerdictView {...props} verdict={answer.verdict} />;
}

function Prompt({ text }: { text: string }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-3 py-2.5 text-slate-700">{text}</p>;
}

function VerdictView(props: CheckAnswerProps & { verdict: Verdict }) {
  const { verdict, person, profile, choices, now, variant } = props;
  const style = LEVEL_STYLE[verdict.level];
  const Icon = style.icon;
  const contactsId = useId();
  const view = reasonViewProps(props);
  const showContacts = verdict.level !== 'ok' && profile.contacts.length > 0;
  const summary = [
    choices.unit.trim() || undefined,
    choices.database || (profile.signingPlace === 'saj' && profile.sajDatabases.length > 0 ? t('checkDatabaseAnyShort') : undefined),
    choices.plantao ? t('checkOnPlantao') : t('checkNotOnPlantao'),
    choices.grau === 2 ? t('checkGrau2') : t('checkGrau1'),
  ].filter((part): part is string => part !== undefined);

  return (
    <div className="space-y-3">
      <div className={`rounded-lg border p-3 ${style.box}`}>
        <div className={`flex items-start gap-2 ${style.text}`}>
          <Icon className="mt-0.5 size-5 shrink-0" />
          <div className="min-w-0">
            <h3 className={`font-semibold ${variant === 'page' ? 'text-base' : ''}`}>{t(TITLE_KEY[verdict.level])}</h3>
            {person && (
              <p className="mt-0.5 flex items-center gap-1.5 text-slate-900">
                <UserIcon className="size-3.5 shrink-0 text-slate-600" />
                <span className="truncate font-medium">{person.name}</span>
              </p>
            )}
            <p className="text-slate-700 break-words">{summary.join(' · ')}</p>
          </div>
        </div>
        {verdict.level === 'ok' && <p className="mt-2 text-slate-800">{t('checkOkDetail')}</p>}
      </div>

      {verdict.reasons.length > 0 && (
        <ul className="space-y-3" aria-label={t('checkReasons')}>
          {verdict.reasons.map((reason, index) => (
            <ReasonItem key={`${reason.code}-${index}`} reason={reason} props={view} contactsId={showContacts ? contactsId : null} />
          ))}
        </ul>
      )}

      {!person && <WhatToRecord {...props} />}

      {/* The popup lists the contact the reasons name (the tribunal's first); the page lists them all. */}
      {showContacts && <ContactsSection id={contactsId} contacts={contactsForAnswer(profile, now).slice(0, variant === 'popup' ? 1 : undefined)} />}
    </div>
  );
}

/** With nothing recorded: what the answer needs, named for this tribunal (its bases, its plantão lotação); the reason above links to the form. */
function WhatToRecord({ profile, choices, now }: CheckAnswerProps) {
  const need = whatToRecord(profile, now, choices.grau);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-3">
      <h3 id={titleId} className="font-semibold text-slate-900">
        {t('checkRecordTitle')}
      </h3>
      <ul className="mt-1.5 list-disc space-y-1 pl-5 text-slate-800">
        <li>{t('checkRecordAccount', need.accountSystem)}</li>
        {need.databases.length > 0 && <li>{t('checkRecordSaj', need.databases.join(', '))}</li>}
        <li>{t('checkRecordLotacoes')}</li>
        {need.plantaoLotacao && <li>{t('checkRecordPlantao', need.plantaoLotacao)}</li>}
      </ul>
    </section>
  );
}
