/**
 * The options page ("Minha situação"): IT's policy when one is in force, the people and their BNMP
 * access, the extra SAJ addresses, import and export, the warning history, the language, and
 * restoring the defaults. Reads the status and policy stores; writes go through the store's actions
 * (validated by lib/storage/status, and refused when they would change a field IT locked).
 */
import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../lib/status/schema';
import type { ImportResult, SaveResult } from '../../lib/storage/status';
import { formatInstant, todayIn } from '../../lib/ui/datetime';
import { exportFileName, quarantineExport } from '../../lib/ui/files';
import { UI_LANGUAGES, currentLang, t, type UiLanguage } from '../../lib/ui/i18n';
import { personToDraft, type PersonDraft } from '../../lib/ui/person-draft';
import { usePolicy } from '../../lib/ui/policy-store';
import { currentFile, useStatusStore } from '../../lib/ui/status-store';
import { policyPanel } from '../../lib/policy/options-model';
import { ShieldIcon } from '../common/icons';
import { Pg5Notice } from '../check/Pg5Notice';
import { ConfirmDialog, PasswordNote, buttonClass, focusRing } from '../common/ui';
import { downloadText } from './download';
import { HistorySection } from './HistorySection';
import { ImportExport } from './ImportExport';
import { PeopleSection } from './PeopleSection';
import { PolicyNotice } from './PolicyNotice';
import { SajHostsSection, type HostActions } from './SajHostsSection';

export interface OptionsActions {
  save: (person: Person) => Promise<SaveResult>;
  remove: (id: string) => Promise<SaveResult>;
  makeMe: (id: string) => Promise<SaveResult>;
  importText: (text: string, mode: 'replace' | 'merge') => Promise<ImportResult>;
  clearHistory: () => Promise<void>;
  restoreDefaults: () => Promise<void>;
  copy: (text: string) => Promise<void>;
  setLanguage: (language: UiLanguage) => Promise<void>;
}

export interface OptionsAppProps {
  now: Date;
  language: UiLanguage;
  /** Person to open at once (`#pessoa=<id>`, from the popup or a warning). */
  initialPersonId?: string;
  pageUrl: (path: string) => string;
  actions: OptionsActions;
  hostActions: HostActions;
  /** The installed version (manifest), shown with the link to the changelog page. */
  version: string;
}

export function OptionsApp({ now, language, initialPersonId, pageUrl, actions, hostActions, version }: OptionsAppProps) {
  const effective = usePolicy();
  const loaded = useStatusStore((s) => s.loaded);
  const history = useStatusStore((s) => s.history);
  const quarantine = useStatusStore((s) => s.quarantine);
  const file = currentFile({ loaded });
  const [editing, setEditing] = useState<{ draft: PersonDraft; isNew: boolean } | null>(() => {
    const person = initialPersonId ? file.people.find((p) => p.id === initialPersonId) : undefined;
    return person ? { draft: personToDraft(person, effective), isNew: false } : null;
  });
  const [announcement, setAnnouncement] = useState('');
  const [restoring, setRestoring] = useState(false);
  const today = todayIn('America/Sao_Paulo', now);
  const peopleHeading = useRef<HTMLHeadingElement>(null);

  // An unsaved form must not be lost to a stray close of the tab.
  useEffect(() => {
    if (!editing) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [editing]);

  const announce = (message: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  };
  const setEditingAndFocus = (next: { draft: PersonDraft; isNew: boolean } | null) => {
    setEditing(next);
    window.scrollTo({ top: 0 });
    if (!next) requestAnimationFrame(() => peopleHeading.current?.focus());
  };

  return (
    <div className="min-h-screen bg-slate-50 text-sm leading-normal text-slate-800 antialiased">
      <header className="border-b border-slate-800 bg-slate-900 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-6 py-4">
          <ShieldIcon className="size-7 text-sky-300" />
          <div>
            <h1 className="text-xl font-semibold">{t('optionsTitle')}</h1>
            <p className="text-slate-300">{t('optionsSubtitle')}</p>
          </div>
          <div className="ml-auto flex flex-col items-end gap-1.5">
            <a href="/changelog.html" className={`rounded text-sky-200 underline decoration-sky-200/40 underline-offset-2 hover:decoration-sky-200 ${focusRing}`}>
              {t('changelogLink', version)}
            </a>
            <div className="flex items-center gap-2">
              <label htmlFor="ui-language" className="text-slate-200">
                {t('languageLabel')}
              </label>
              <select
                id="ui-language"
                value={language}
                onChange={(e) => void actions.setLanguage(e.target.value as UiLanguage)}
                className={`rounded-md border border-slate-500 bg-slate-800 px-2 py-1 text-white ${focusRing}`}
              >
                {UI_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {l === 'auto' ? t('languageAuto') : l === 'pt_BR' ? 'Português (Brasil)' : 'English'}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
      </header>

      <nav aria-label={t('sectionsNav')} className="border-b border-slate-200 bg-white">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-5 py-1.5">
          {[
            ...(policyPanel(effective).visible ? [['#politica', t('sectionPolicy')]] : []),
            ['#pessoas', t('sectionPeople')],
            ['#enderecos-saj', t('sectionSajHosts')],
            ['#importar-exportar', t('sectionImportExport')],
            ['#historico', t('sectionHistory')],
            ['#restaurar', t('sectionRestore')],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className={buttonClass.quiet}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <main className="mx-auto max-w-5xl space-y-10 px-6 py-6">
        <div role="status" aria-live="polite" className={announcement ? 'rounded-lg bg-emerald-50 px-3 py-2 font-medium text-emerald-900 ring-1 ring-emerald-200' : 'sr-only'}>
          {announcement}
        </div>

        <PolicyNotice effective={effective} />
        <Pg5Notice />

        {loaded.state === 'unreadable' && (
          <section role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
            <h2 className="text-base font-semibold">{t('unreadableTitle')}</h2>
            <p className="mt-1">{t('unreadableBody')}</p>
            <ul className="mt-2 list-disc space-y-0.5 pl-5">
              {loaded.errors.slice(0, 8).map((e, i) => (
                <li key={i}>
                  {e.path && <code className="mr-1 font-mono text-xs">{e.path}</code>}
                  {e.message}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section id="pessoas" aria-labelledby="pessoas-title" className="scroll-mt-4">
          <div className="mb-3">
            <h2 id="pessoas-title" ref={peopleHeading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
              {t('sectionPeople')}
            </h2>
            <p className="text-slate-600">{t('peopleHint')}</p>
            <PasswordNote className="mt-2 rounded-lg bg-white px-3 py-2 ring-1 ring-slate-200" />
          </div>
          <PeopleSection
            file={file}
            now={now}
            editing={editing}
            setEditing={setEditingAndFocus}
            pageUrl={pageUrl}
            save={actions.save}
            remove={actions.remove}
            makeMe={actions.makeMe}
            announce={announce}
            effective={effective}
          />
        </section>

        <section id="enderecos-saj" aria-labelledby="hosts-title" className="scroll-mt-4">
          <h2 id="hosts-title" className="mb-1 text-lg font-semibold text-slate-900">
            {t('sectionSajHosts')}
          </h2>
          <p className="mb-3 text-slate-600">{t('sajHostsHint')}</p>
          <SajHostsSection effective={effective} actions={hostActions} announce={announce} />
        </section>

        <section id="importar-exportar" aria-labelledby="ie-title" className="scroll-mt-4">
          <h2 id="ie-title" className="mb-1 text-lg font-semibold text-slate-900">
            {t('sectionImportExport')}
          </h2>
          <p className="mb-3 text-slate-600">{t('importExportHint')}</p>
          <ImportExport file={loaded.state === 'ok' ? loaded.file : undefined} today={today} importText={actions.importText} copy={actions.copy} announce={announce} />
        </section>

        <section id="historico" aria-labelledby="hist-title" className="scroll-mt-4">
          <h2 id="hist-title" className="mb-1 text-lg font-semibold text-slate-900">
            {t('sectionHistory')}
          </h2>
          <p className="mb-3 text-slate-600">{t('historyHint')}</p>
          <HistorySection history={history} today={today} clear={actions.clearHistory} announce={announce} />
        </section>

        <section id="restaurar" aria-labelledby="restore-title" className="scroll-mt-4">
          <h2 id="restore-title" className="mb-1 text-lg font-semibold text-slate-900">
            {t('sectionRestore')}
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
            <p className="text-slate-700">{t('restoreHint')}</p>
            <button type="button" className={`${buttonClass.danger} mt-3`} onClick={() => setRestoring(true)}>
              {t('restoreButton')}
            </button>
            {quarantine.length > 0 && (
              <div className="mt-4 border-t border-slate-200 pt-3">
                <h3 className="font-semibold text-slate-900">{t('quarantineTitle')}</h3>
                <p className="text-slate-600">{t('quarantineHint')}</p>
                <ul className="mt-2 space-y-2">
                  {quarantine.map((entry, i) => (
                    <li key={`${entry.keptAt}-${i}`} className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{formatInstant(entry.keptAt, currentLang())}</span>
                      <span className="min-w-0 flex-1 text-slate-600">{entry.reason}</span>
                      <button type="button" className={buttonClass.quiet} onClick={() => downloadText(quarantineExport(entry), exportFileName('copia', entry.keptAt.slice(0, 10)))}>
                        {t('quarantineDownload')}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </section>
      </main>

      <ConfirmDialog
        open={restoring}
        title={t('restoreTitle')}
        confirmLabel={t('restoreConfirm')}
        onCancel={() => setRestoring(false)}
        onConfirm={() => {
          setRestoring(false);
          setEditing(null);
          void actions.restoreDefaults().then(() => announce(t('restored')));
        }}
      >
        <p>{t('restoreBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
