/**
 * The popup: the person's readiness at a glance, what the SAJ tab in front shows and the verdict
 * for signing there, the next plantão, and quick links. Reads the status and policy stores (the
 * tribunal profile is the one IT's policy leaves); every way out (a CNJ page, a guide, Options)
 * goes through `open`, wired by the entry point.
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import { CARGO_LABELS, type Person } from '../../lib/status/schema';
import { personReadiness } from '../../lib/readiness/summary';
import type { Reason, Verdict } from '../../lib/readiness/types';
import { eraAt } from '../../lib/tribunals';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { type ActionTarget, EXTENSION_PAGES, actionTarget, primaryAction } from '../../lib/ui/actions';
import { formatInstant } from '../../lib/ui/datetime';
import { currentLang, t } from '../../lib/ui/i18n';
import { guardEnabledFor } from '../../lib/policy/effective';
import { usePolicy } from '../../lib/ui/policy-store';
import { type TabInfo, nextPlantao, personForPopup, popupProfile, tabProfile, tabVerdict } from '../../lib/ui/popup-model';
import { currentFile, useStatusStore } from '../../lib/ui/status-store';
import { BookIcon, CalendarIcon, DoorIcon, GearIcon, KeyIcon, PageIcon, PulseIcon, ShieldIcon, UserIcon } from '../common/icons';
import { BnmpWebTabSection } from './BnmpWebTabSection';
import { bnmpWebTabVerdict, canConfirmAccount, confirmAccountFromBnmp } from '../../lib/ui/bnmp-web-popup';
import { ActionLink, LEVEL_STYLE, LevelBadge, PasswordNote, ReasonList, buttonClass, focusRing, levelTitle } from '../common/ui';
import { SigningCheck } from '../check/SigningCheck';

export interface PopupProps {
  now: Date;
  tab: TabInfo;
  /** Absolute address of one of Sentinela's pages ("/plantao.html" → chrome-extension://…). */
  pageUrl: (path: string) => string;
  open: (target: ActionTarget) => void;
}

export function Popup({ now, tab, pageUrl, open }: PopupProps) {
  const loaded = useStatusStore((s) => s.loaded);
  const effective = usePolicy();
  const file = currentFile({ loaded });
  const [pickedId, setPickedId] = useState<string | undefined>(undefined);
  const frame = tab.state === 'saj' ? tab.frame : undefined;
  const screenUser = frame?.context?.user;
  const person = personForPopup(file, { ...(pickedId ? { pickedId } : {}), ...(screenUser ? { screenUser } : {}) });
  const profile = popupProfile(person, frame, effective);
  const era = eraAt(profile, now);
  const requestAccess: Extract<ActionTarget, { type: 'external' | 'extension' }> = profile.accessRequest.url
    ? { type: 'external', url: profile.accessRequest.url }
    : { type: 'extension', path: EXTENSION_PAGES.accessGuide };

  const linkTo = (target: ActionTarget): { href?: string; onClick?: () => void } => {
    const go = () => open(target);
    if (target.type === 'external') return { href: target.url, onClick: go };
    if (target.type === 'extension') return { href: pageUrl(target.path), onClick: go };
    if (target.type === 'options') return { onClick: go };
    return {};
  };
  const renderAction = (reason: Reason): ReactNode => {
    const action = primaryAction(reason);
    if (!action) return null;
    const target = actionTarget(action, person?.id);
    const link = linkTo(target);
    return <ActionLink label={action.label} external={target.type === 'external'} {...link} />;
  };

  return (
    <main className="w-[380px] bg-slate-50 text-sm leading-normal text-slate-800 antialiased">
      <header className="flex items-center gap-2 bg-slate-900 px-4 py-3 text-white">
        <ShieldIcon className="size-5 text-sky-300" />
        <h1 className="text-base font-semibold">Sentinela BNMP</h1>
        <span className="ml-auto rounded-full bg-white/15 px-2 py-0.5 text-xs font-medium">{profile.shortName}</span>
      </header>

      <div className="space-y-3 p-3">
        {!guardEnabledFor(effective, profile) && (
          <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 font-medium text-amber-950">
            {t('popupGuardOff')}
          </p>
        )}
        {loaded.state === 'unreadable' && (
          <section className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900" role="status">
            <p className="font-semibold">{t('popupUnreadableTitle')}</p>
            <p className="mt-1">{t('popupUnreadableBody')}</p>
            <button type="button" className={`${buttonClass.secondary} mt-2`} onClick={() => open({ type: 'options' })}>
              {t('openOptions')}
            </button>
          </section>
        )}

        {file.people.length > 1 && (
          <PersonPicker people={file.people} value={person?.id ?? ''} onChange={(id) => setPickedId(id || undefined)} meId={file.meId} />
        )}

        {person ? (
          <Glance person={person} profile={profile} now={now} renderAction={renderAction} meId={file.meId} />
        ) : (
          loaded.state !== 'unreadable' && <NoPerson open={open} screenUser={screenUser} hasPeople={file.people.length > 0} />
        )}

        <SigningCheck variant="popup" person={person} people={file.people} profile={profile} loaded={loaded} now={now} pageUrl={pageUrl} open={open} />

        {frame && !frame.bnmpWeb && <TabSection frameVerdict={tabVerdict(loaded, frame, tabProfile(frame, person, effective), now)} frame={frame} renderAction={renderAction} />}
        {frame?.bnmpWeb && (
          <BnmpWebTabSection
            frame={frame}
            verdict={bnmpWebTabVerdict(loaded, frame, tabProfile(frame, person, effective), now)}
            renderAction={renderAction}
            {...(person && canConfirmAccount(person, effective) ? { onConfirmAccount: () => confirmAccountFromBnmp(person, effective, profile, new Date()) } : {})}
          />
        )}
        {tab.state === 'loading' && <p className="px-1 text-slate-600">{t('popupTabLoading')}</p>}

        {person && <NextPlantao person={person} profile={profile} now={now} />}

        <nav aria-label={t('quickLinks')} className="rounded-lg border border-slate-200 bg-white p-2">
          <h2 className="px-1.5 pt-0.5 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('quickLinks')}</h2>
          <ul className="grid grid-cols-2 gap-1">
            <QuickLink icon={<DoorIcon className="size-4" />} label={t('linkOpenBnmp')} href={era.loginUrl} external onGo={() => open({ type: 'external', url: era.loginUrl })} />
            <QuickLink icon={<KeyIcon className="size-4" />} label={t('linkResetPassword')} href={era.passwordResetUrl} external onGo={() => open({ type: 'external', url: era.passwordResetUrl })} />
            {/* The tribunal's channel first (seed 000: Intranet → Corregedoria), as the guide does; CNJ's page only from there. */}
            <QuickLink icon={<UserIcon className="size-4" />} label={t('linkRequestAccess')} href={requestAccess.type === 'external' ? requestAccess.url : pageUrl(requestAccess.path)} external={requestAccess.type === 'external'} onGo={() => open(requestAccess)} />
            <QuickLink icon={<CalendarIcon className="size-4" />} label={t('linkPlantao')} href={pageUrl(EXTENSION_PAGES.plantao)} onGo={() => open({ type: 'extension', path: EXTENSION_PAGES.plantao })} />
            <QuickLink icon={<BookIcon className="size-4" />} label={t('linkPasswordGuide')} href={pageUrl(EXTENSION_PAGES.passwordGuide)} onGo={() => open({ type: 'extension', path: EXTENSION_PAGES.passwordGuide })} />
            {requestAccess.type === 'external' && (
              <QuickLink icon={<BookIcon className="size-4" />} label={t('linkAccessGuide')} href={pageUrl(EXTENSION_PAGES.accessGuide)} onGo={() => open({ type: 'extension', path: EXTENSION_PAGES.accessGuide })} />
            )}
            <QuickLink icon={<PulseIcon className="size-4" />} label={t('linkDiagnostics')} href={pageUrl(EXTENSION_PAGES.diagnostics)} onGo={() => open({ type: 'extension', path: EXTENSION_PAGES.diagnostics })} />
            <QuickLink icon={<GearIcon className="size-4" />} label={t('linkOptions')} onGo={() => open({ type: 'options' })} />
          </ul>
        </nav>

        <PasswordNote className="px-1 text-xs" />
      </div>
    </main>
  );
}

function PersonPicker({ people, value, onChange, meId }: { people: Person[]; value: string; onChange: (id: string) => void; meId?: string }) {
  return (
    <div className="flex items-center gap-2 px-1">
      <label htmlFor="popup-person" className="shrink-0 font-medium text-slate-700">
        {t('popupPerson')}
      </label>
      <select id="popup-person" value={value} onChange={(e) => onChange(e.target.value)} className={`min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1 ${focusRing}`}>
        {value === '' && <option value="">{t('popupNobodyOnPage')}</option>}
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id === meId ? `${p.name} (${t('meLabel')})` : p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Glance({ person, profile, now, renderAction, meId }: { person: Person; profile: TribunalProfile; now: Date; renderAction: (r: Reason) => ReactNode; meId?: string }) {
  const verdict = personReadiness(person, profile, now);
  const style = LEVEL_STYLE[verdict.level];
  const Icon = style.icon;
  const active = person.lotacoes.filter((l) => l.status === 'ativa').length;
  return (
    <section aria-labelledby="glance-title" className={`rounded-lg border p-3 ${style.box}`}>
      <div className={`flex items-start gap-2 ${style.text}`}>
        <Icon className="mt-0.5 size-5 shrink-0" />
        <div className="min-w-0">
          <h2 id="glance-title" className="font-semibold">
            {levelTitle(verdict.level)}
          </h2>
          <p className="mt-0.5 flex items-center gap-1.5 text-slate-900">
            <UserIcon className="size-3.5 shrink-0 text-slate-600" />
            <span className="truncate font-medium">{person.name}</span>
            {person.id === meId && <span className="shrink-0 text-slate-700">({t('meLabel')})</span>}
          </p>
          <p className="text-slate-700">
            {CARGO_LABELS[person.cargo]} · {profile.shortName}
          </p>
        </div>
      </div>
      {verdict.level === 'ok' ? (
        <p className="mt-2 text-slate-800">{t('glanceOkDetail', String(active))}</p>
      ) : (
        <div className="mt-2.5">
          <ReasonList reasons={verdict.reasons} renderAction={renderAction} />
        </div>
      )}
    </section>
  );
}

function NoPerson({ open, screenUser, hasPeople }: { open: (target: ActionTarget) => void; screenUser?: string; hasPeople: boolean }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="font-semibold text-slate-900">{screenUser ? t('popupUnknownUserTitle', screenUser) : hasPeople ? t('popupNoMeTitle') : t('popupEmptyTitle')}</h2>
      <p className="mt-1 text-slate-700">{t('popupEmptyBody')}</p>
      <button type="button" className={`${buttonClass.primary} mt-2.5`} onClick={() => open({ type: 'options' })}>
        {t('recordMyStatus')}
      </button>
    </section>
  );
}

function TabSection({ frame, frameVerdict, renderAction }: { frame: NonNullable<Extract<TabInfo, { state: 'saj' }>['frame']>; frameVerdict: Verdict; renderAction: (r: Reason) => ReactNode }) {
  const c = frame.context;
  const seen = c && (c.user || c.lotacao || c.database);
  return (
    <section aria-labelledby="tab-title" className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex items-center gap-2">
        <PageIcon className="size-4 shrink-0 text-slate-600" />
        <h2 id="tab-title" className="font-semibold text-slate-900">
          {t('tabTitle')}
        </h2>
        {seen && (
          <span className="ml-auto">
            <LevelBadge level={frameVerdict.level} />
          </span>
        )}
      </div>
      {!seen ? (
        <p className="mt-1.5 text-slate-700">{frame.core ? t('tabNothingSeen') : t('tabNoSigningScreen')}</p>
      ) : (
        <>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <Seen label={t('tabUser')} value={c.user} />
            <Seen label={t('tabLotacao')} value={c.lotacao} />
            <Seen label={t('tabDatabase')} value={c.database} />
            {c.plantaoHint && <Seen label={t('tabPlantao')} value={t('yes')} />}
          </dl>
          <p className={`mt-2 font-medium ${LEVEL_STYLE[frameVerdict.level].text}`}>
            {t('tabVerdictIntro')}: {levelTitle(frameVerdict.level)}
          </p>
          {frameVerdict.reasons.length > 0 && (
            <div className="mt-2">
              <ReasonList reasons={frameVerdict.reasons} renderAction={renderAction} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Seen({ label, value }: { label: string; value?: string }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className="line-clamp-2 min-w-0 font-medium break-words text-slate-900" title={value}>
        {value || <span className="font-normal text-slate-600">{t('notShown')}</span>}
      </dd>
    </>
  );
}

function NextPlantao({ person, profile, now }: { person: Person; profile: TribunalProfile; now: Date }) {
  const next = nextPlantao(person, now);
  if (!next) return null;
  const locale = currentLang();
  const start = formatInstant(next.plantao.start, locale, profile.timeZone);
  const end = formatInstant(next.plantao.end, locale, profile.timeZone);
  return (
    <p className="flex items-start gap-1.5 rounded-lg border border-slate-200 bg-white px-3 py-2 text-slate-800">
      <CalendarIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
      <span>{next.ongoing ? t('plantaoOngoing', next.plantao.comarca, end) : t('plantaoNext', next.plantao.comarca, start, end)}</span>
    </p>
  );
}

function QuickLink({ icon, label, href, external = false, onGo }: { icon: ReactNode; label: string; href?: string; external?: boolean; onGo: () => void }) {
  const className = `flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left font-medium text-slate-800 hover:bg-slate-100 ${focusRing}`;
  const content = (
    <>
      <span className="text-slate-600">{icon}</span>
      <span>{label}</span>
      {external && <span className="sr-only"> ({t('opensNewTab')})</span>}
    </>
  );
  const go = (event: MouseEvent) => {
    event.preventDefault();
    onGo();
  };
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className={className} onClick={go}>
          {content}
        </a>
      ) : (
        <button type="button" className={className} onClick={go}>
          {content}
        </button>
      )}
    </li>
  );
}
