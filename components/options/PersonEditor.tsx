/**
 * The form for one person: who they are in SAJ, their CNJ account, SAJ registrations, lotações,
 * plantões and the last review. Works on a draft; "Salvar" validates exactly as storage does and
 * either stores the person or shows each message next to its field (nothing stored). There is no
 * password field, by design. Fields IT locked (policy `lockedFields`) show read-only once filled,
 * and keep their stored value on save; a tribunal IT fixed is shown, not chosen.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { CARGOS, CARGO_LABELS, CNJ_ACCOUNT_STATUSES, LOTACAO_STATUSES, PLANTAO_KINDS, type StatusFile } from '../../lib/status/schema';
import { maskCpf } from '../../lib/status/cpf';
import type { SaveResult } from '../../lib/storage/status';
import { EMPTY_POLICY, managedPersonValues, type EffectivePolicy } from '../../lib/policy/effective';
import { keepLockedValues, readOnlyFields } from '../../lib/ui/locked-fields';
import { TRIBUNALS, eraAt } from '../../lib/tribunals';
import { sajProcedureAt } from '../../lib/tribunals/era';
import { knownComarcas } from '../../lib/tribunals/lotacao-name';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { citationText } from '../../lib/tribunals/sources';
import { sajScreenText, withPreposition } from '../../lib/readiness/messages';
import { formatDay, todayIn } from '../../lib/ui/datetime';
import { currentLang, t, type MessageKey } from '../../lib/ui/i18n';
import {
  type PersonDraft,
  blankLotacao,
  blankPlantao,
  checkDraft,
  profileOf,
  sameDatabase,
  setRegistration,
  rowKey,
} from '../../lib/ui/person-draft';
import type { Person } from '../../lib/status/schema';
import { DateField, SelectField, TextField } from '../common/fields';
import { PlusIcon, TrashIcon } from '../common/icons';
import { buttonClass } from '../common/ui';
import { LockedGroup, LockedSelect, ReadOnlyField } from './LockedField';
import { MissingInBnmpNote } from './MissingInBnmpNote';

export interface PersonEditorProps {
  initial: PersonDraft;
  isNew: boolean;
  /** The stored file the person goes into (validation runs against it, as storage would). */
  file: StatusFile;
  now: Date;
  save: (person: Person) => Promise<SaveResult>;
  onDone: (message?: string) => void;
  /** IT's policy: locked fields, the tribunal it fixed, its profile overrides. */
  effective?: EffectivePolicy;
}

type Errors = Map<string, string[]>;

const CNJ_STATUS_KEYS: Record<(typeof CNJ_ACCOUNT_STATUSES)[number], MessageKey> = {
  nao_solicitado: 'cnjStatusNaoSolicitado',
  solicitado: 'cnjStatusSolicitado',
  confirmado: 'cnjStatusConfirmado',
};
const LOTACAO_STATUS_KEYS: Record<(typeof LOTACAO_STATUSES)[number], MessageKey> = {
  ativa: 'lotacaoStatusAtiva',
  solicitada: 'lotacaoStatusSolicitada',
  negada: 'lotacaoStatusNegada',
  revogada: 'lotacaoStatusRevogada',
  nao_solicitada: 'lotacaoStatusNaoSolicitada',
};
const PLANTAO_KIND_KEYS: Record<(typeof PLANTAO_KINDS)[number], MessageKey> = {
  regiao: 'plantaoKindRegiao',
  circunscricao: 'plantaoKindCircunscricao',
  plantao_judiciario: 'plantaoKindJudiciario',
};

export function PersonEditor({ initial, isNew, file, now, save, onDone, effective = EMPTY_POLICY }: PersonEditorProps) {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [errors, setErrors] = useState<Errors>(new Map());
  const [editingCpf, setEditingCpf] = useState(isNew || initial.cpf === '');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const stored = isNew ? undefined : file.people.find((p) => p.id === initial.id);
  const locked = readOnlyFields(effective, stored);
  const managedTribunal = managedPersonValues(effective).tribunal;
  const tribunal = managedTribunal ?? draft.tribunal;
  const profile = profileOf(tribunal, effective);
  const era = eraAt(profile, now);
  const err = (path: string) => errors.get(path);
  const update = (patch: Partial<PersonDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateAccount = (patch: Partial<PersonDraft['cnjAccount']>) => setDraft((d) => ({ ...d, cnjAccount: { ...d.cnjAccount, ...patch } }));

  const submit = async (edited: PersonDraft, doneMessage: string) => {
    const next = managedTribunal === undefined ? edited : { ...edited, tribunal: managedTribunal };
    const check = checkDraft(file, next, effective);
    if (!check.ok) {
      setErrors(inFormOrder(check.errors, formRef.current));
      if (check.errors.has('cpf')) setEditingCpf(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    const result = await save(keepLockedValues(effective, stored, check.person));
    setBusy(false);
    if (!result.ok) {
      // Storage refused what the form accepted (the file changed meanwhile): show its words.
      setErrors(new Map([['', result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))]]));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors(new Map());
    onDone(doneMessage);
  };

  const allErrors = [...errors.entries()].flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  const lotacaoSuggestions = [
    ...(era.plantaoJudiciarioLotacoes ? [era.plantaoJudiciarioLotacoes.primeiroGrau, era.plantaoJudiciarioLotacoes.segundoGrau] : []),
    ...profile.plantao.circunscricoes.map((c) => c.lotacao),
    ...profile.plantao.regioes.map((r) => r.lotacao),
  ];
  const listIds = { lotacoes: `${titleId}-lotacoes`, comarcas: `${titleId}-comarcas` };

  return (
    <form
      ref={formRef}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(draft, t('savedPerson', draft.name.trim() || t('personUnnamed')));
      }}
      className="space-y-6"
    >
      <h2 id={titleId} className="text-xl font-semibold text-slate-900">
        {isNew ? t('editorTitleNew') : t('editorTitle', initial.name)}
      </h2>

      {allErrors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900 focus-visible:outline-2 focus-visible:outline-red-700">
          <p className="font-semibold">{allErrors.length === 1 ? t('errorsSummaryOne') : t('errorsSummary', String(allErrors.length))}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {allErrors.map((e, i) => {
              const field = e.path ? formRef.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(e.path)}"]`) : null;
              return (
                <li key={i}>
                  {field ? (
                    <button type="button" className="rounded text-left underline decoration-red-900/40 underline-offset-2 hover:decoration-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800" onClick={() => field.focus()}>
                      {e.message}
                    </button>
                  ) : (
                    e.message
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <Group title={t('groupPerson')}>
        <div className="grid gap-3 sm:grid-cols-2">
          {locked.has('name') ? (
            <ReadOnlyField label={t('fieldName')} value={draft.name} path="name" />
          ) : (
            <TextField label={t('fieldName')} hint={t('fieldNameHint')} value={draft.name} onChange={(name) => update({ name })} errors={err('name')} path="name" autoComplete="name" />
          )}
          {locked.has('sajLogin') ? (
            <ReadOnlyField label={t('fieldSajLogin')} value={draft.sajLogin} path="sajLogin" />
          ) : (
            <TextField label={t('fieldSajLogin')} value={draft.sajLogin} onChange={(sajLogin) => update({ sajLogin })} errors={err('sajLogin')} path="sajLogin" autoComplete="username" />
          )}
          {locked.has('cpf') ? (
            <ReadOnlyField label={t('fieldCpf')} value={maskCpf(draft.cpf)} path="cpf" />
          ) : editingCpf ? (
            <TextField label={t('fieldCpf')} hint={t('fieldCpfHint')} value={draft.cpf} onChange={(cpf) => update({ cpf })} errors={err('cpf')} path="cpf" inputMode="numeric" placeholder="000.000.000-00" />
          ) : (
            <div>
              <p className="mb-1 font-medium text-slate-800">{t('fieldCpf')}</p>
              <p className="flex items-center gap-2">
                <span className="font-mono text-slate-900">{maskCpf(draft.cpf)}</span>
                <button type="button" className={buttonClass.quiet} onClick={() => setEditingCpf(true)}>
                  {t('changeCpf')}
                </button>
              </p>
            </div>
          )}
          {locked.has('cargo') && draft.cargo !== '' ? (
            <ReadOnlyField label={t('fieldCargo')} value={CARGO_LABELS[draft.cargo]} path="cargo" />
          ) : (
            <SelectField
              label={t('fieldCargo')}
              value={draft.cargo}
              onChange={(cargo) => update({ cargo })}
              options={[{ value: '' as const, label: t('choose') }, ...CARGOS.map((c) => ({ value: c, label: CARGO_LABELS[c] }))]}
              errors={err('cargo')}
              path="cargo"
            />
          )}
          {locked.has('tribunal') ? (
            <LockedSelect label={t('fieldTribunal')} value={tribunal} options={tribunalOptions(tribunal)} path="tribunal" />
          ) : (
            <SelectField label={t('fieldTribunal')} value={draft.tribunal} onChange={(tribunal) => update({ tribunal })} options={tribunalOptions(draft.tribunal)} errors={err('tribunal')} path="tribunal" />
          )}
        </div>
      </Group>

      <Group title={t('groupCnjAccount')} description={t('groupCnjAccountHint', era.accountSystemLabel)}>
        <LockedGroup locked={locked.has('cnjAccount')}>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label={t('fieldCnjSystem')}
              value={draft.cnjAccount.system}
              onChange={(system) => updateAccount({ system })}
              options={[
                { value: 'sca', label: t('cnjSystemSca') },
                { value: 'corporativo', label: t('cnjSystemCorporativo') },
              ]}
              errors={err('cnjAccount.system')}
              path="cnjAccount.system"
            />
            <SelectField
              label={t('fieldCnjStatus')}
              value={draft.cnjAccount.status}
              onChange={(status) => updateAccount({ status })}
              options={CNJ_ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(CNJ_STATUS_KEYS[s]) }))}
              errors={err('cnjAccount.status')}
              path="cnjAccount.status"
            />
            <DateField label={t('fieldRequestedOn')} value={draft.cnjAccount.requestedOn} onChange={(requestedOn) => updateAccount({ requestedOn })} errors={err('cnjAccount.requestedOn')} path="cnjAccount.requestedOn" />
            <DateField label={t('fieldConfirmedOn')} value={draft.cnjAccount.confirmedOn} onChange={(confirmedOn) => updateAccount({ confirmedOn })} errors={err('cnjAccount.confirmedOn')} path="cnjAccount.confirmedOn" />
            <DateField
              label={t('fieldLastPasswordChange')}
              hint={t('fieldLastPasswordChangeHint')}
              value={draft.cnjAccount.lastPasswordChangeOn}
              onChange={(lastPasswordChangeOn) => updateAccount({ lastPasswordChangeOn })}
              errors={err('cnjAccount.lastPasswordChangeOn')}
              path="cnjAccount.lastPasswordChangeOn"
            />
          </div>
        </LockedGroup>
      </Group>

      <SajRegistrations
        draft={draft}
        setDraft={setDraft}
        databases={profile.signingPlace === 'saj' ? profile.sajDatabases : []}
        sajScreen={sajScreenText(sajProcedureAt(profile, now))}
        tribunal={profile.shortName}
        err={err}
        locked={locked.has('sajRegistrations')}
      />

      <Group title={t('groupLotacoes')} description={t('groupLotacoesHint')}>
        <LockedGroup locked={locked.has('lotacoes')}>
          <datalist id={listIds.lotacoes}>
            {lotacaoSuggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {draft.lotacoes.length === 0 && <p className="text-slate-600">{t('noLotacoes')}</p>}
          <ol className="space-y-3">
            {draft.lotacoes.map((l, i) => {
              const set = (patch: Partial<typeof l>) => update({ lotacoes: draft.lotacoes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
              const n = String(i + 1);
              return (
                <li key={l.key}>
                  <fieldset className="rounded-lg border border-slate-300 bg-slate-50/60 p-3">
                    <legend className="px-1 font-semibold text-slate-800">{t('lotacaoLegend', n)}</legend>
                    <div className="grid gap-3 sm:grid-cols-6">
                      <TextField className="sm:col-span-4" label={t('fieldLotacaoName')} value={l.name} onChange={(name) => set({ name })} errors={err(`lotacoes[${i}].name`)} path={`lotacoes[${i}].name`} list={listIds.lotacoes} />
                      <SelectField
                        className="sm:col-span-2"
                        label={t('fieldLotacaoStatus')}
                        value={l.status}
                        onChange={(status) => set({ status })}
                        options={LOTACAO_STATUSES.map((s) => ({ value: s, label: t(LOTACAO_STATUS_KEYS[s]) }))}
                        errors={err(`lotacoes[${i}].status`)}
                        path={`lotacoes[${i}].status`}
                      />
                      <SelectField
                        className="sm:col-span-3"
                        label={t('fieldPlantaoKind')}
                        value={l.plantao}
                        onChange={(plantao) => set({ plantao })}
                        options={[{ value: '' as const, label: t('plantaoKindNone') }, ...PLANTAO_KINDS.map((k) => ({ value: k, label: t(PLANTAO_KIND_KEYS[k]) }))]}
                        errors={err(`lotacoes[${i}].plantao`)}
                        path={`lotacoes[${i}].plantao`}
                      />
                      <TextField className="sm:col-span-3" label={t('fieldLotacaoCode')} value={l.code} onChange={(code) => set({ code })} errors={err(`lotacoes[${i}].code`)} path={`lotacoes[${i}].code`} />
                      <DateField className="sm:col-span-2" label={t('fieldRequestedOn')} value={l.requestedOn} onChange={(requestedOn) => set({ requestedOn })} errors={err(`lotacoes[${i}].requestedOn`)} path={`lotacoes[${i}].requestedOn`} />
                      <DateField className="sm:col-span-2" label={t('fieldGrantedOn')} value={l.grantedOn} onChange={(grantedOn) => set({ grantedOn })} errors={err(`lotacoes[${i}].grantedOn`)} path={`lotacoes[${i}].grantedOn`} />
                      <DateField className="sm:col-span-2" label={t('fieldRevokedOn')} value={l.revokedOn} onChange={(revokedOn) => set({ revokedOn })} errors={err(`lotacoes[${i}].revokedOn`)} path={`lotacoes[${i}].revokedOn`} />
                    </div>
                    {l.missingInBnmpOn && <MissingInBnmpNote date={l.missingInBnmpOn} locked={locked.has('lotacoes')} onReviewed={() => set({ missingInBnmpOn: '' })} />}
                    {!locked.has('lotacoes') && (
                      <button type="button" className={`${buttonClass.quiet} mt-2 text-red-800`} onClick={() => update({ lotacoes: draft.lotacoes.filter((_, j) => j !== i) })}>
                        <TrashIcon className="size-4" />
                        {t('removeLotacao', n)}
                      </button>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {!locked.has('lotacoes') && (
            <button type="button" className={`${buttonClass.secondary} mt-3`} onClick={() => update({ lotacoes: [...draft.lotacoes, blankLotacao()] })}>
              <PlusIcon className="size-4" />
              {t('addLotacao')}
            </button>
          )}
        </LockedGroup>
      </Group>

      <Group title={t('groupPlantoes')} description={t('groupPlantoesHint', profile.timeZone)}>
        <LockedGroup locked={locked.has('plantoes')}>
          <datalist id={listIds.comarcas}>
            {knownComarcas(profile).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {draft.plantoes.length === 0 && <p className="text-slate-600">{t('noPlantoes')}</p>}
          <ol className="space-y-3">
            {draft.plantoes.map((p, i) => {
              const set = (patch: Partial<typeof p>) => update({ plantoes: draft.plantoes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
              const n = String(i + 1);
              return (
                <li key={p.key}>
                  <fieldset className="rounded-lg border border-slate-300 bg-slate-50/60 p-3">
                    <legend className="px-1 font-semibold text-slate-800">{t('plantaoLegend', n)}</legend>
                    <div className="grid gap-3 sm:grid-cols-3">
                      <DateField type="datetime-local" label={t('fieldPlantaoStart')} value={p.start} onChange={(start) => set({ start })} errors={err(`plantoes[${i}].start`)} path={`plantoes[${i}].start`} />
                      <DateField type="datetime-local" label={t('fieldPlantaoEnd')} value={p.end} onChange={(end) => set({ end })} errors={err(`plantoes[${i}].end`)} path={`plantoes[${i}].end`} />
                      <TextField label={t('fieldPlantaoComarca')} value={p.comarca} onChange={(comarca) => set({ comarca })} errors={err(`plantoes[${i}].comarca`)} path={`plantoes[${i}].comarca`} list={listIds.comarcas} />
                    </div>
                    {!locked.has('plantoes') && (
                      <button type="button" className={`${buttonClass.quiet} mt-2 text-red-800`} onClick={() => update({ plantoes: draft.plantoes.filter((_, j) => j !== i) })}>
                        <TrashIcon className="size-4" />
                        {t('removePlantao', n)}
                      </button>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {!locked.has('plantoes') && (
            <button type="button" className={`${buttonClass.secondary} mt-3`} onClick={() => update({ plantoes: [...draft.plantoes, blankPlantao()] })}>
              <PlusIcon className="size-4" />
              {t('addPlantao')}
            </button>
          )}
        </LockedGroup>
      </Group>

      <Group title={t('groupReview')} description={reviewHint(profile)}>
        {locked.has('lastReviewOn') ? (
          <ReadOnlyField className="max-w-xs" label={t('fieldLastReview')} value={formatDay(draft.lastReviewOn, currentLang())} path="lastReviewOn" />
        ) : (
          <div className="flex flex-wrap items-end gap-3">
            <DateField label={t('fieldLastReview')} value={draft.lastReviewOn} onChange={(lastReviewOn) => update({ lastReviewOn })} errors={err('lastReviewOn')} path="lastReviewOn" />
            <button
              type="button"
              className={buttonClass.secondary}
              disabled={busy}
              onClick={() => {
                const today = todayIn(profile.timeZone, now);
                const next = { ...draft, lastReviewOn: today };
                setDraft(next);
                void submit(next, t('reviewConfirmed', formatDay(today, currentLang())));
              }}
            >
              {t('confirmReviewToday')}
            </button>
          </div>
        )}
      </Group>

      <div className="sticky bottom-0 -mx-1 flex flex-wrap gap-2 border-t border-slate-200 bg-white/95 px-1 py-3 backdrop-blur">
        <button type="submit" className={buttonClass.primary} disabled={busy}>
          {t('save')}
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => onDone()}>
          {t('discardChanges')}
        </button>
      </div>
    </form>
  );
}

/** Every shipped tribunal, plus the value held when Sentinela does not know it (an old or edited file). */
function tribunalOptions(current: string): { value: string; label: string }[] {
  return [
    ...Object.values(TRIBUNALS).map((p) => ({ value: p.id, label: `${p.shortName} — ${p.name}` })),
    ...(Object.hasOwn(TRIBUNALS, current) ? [] : [{ value: current, label: current }]),
  ];
}

/** Errors in the order their fields appear, so the summary reads top to bottom like the form. */
function inFormOrder(errors: Errors, form: HTMLFormElement | null): Errors {
  const order = new Map<string, number>();
  form?.querySelectorAll<HTMLElement>('[data-path]').forEach((el, i) => order.set(el.dataset.path ?? '', i));
  const rank = (path: string) => order.get(path) ?? (path === '' ? -1 : Number.MAX_SAFE_INTEGER);
  return new Map([...errors.entries()].sort(([a], [b]) => rank(a) - rank(b)));
}

function Group({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      <h3 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      {description && <p className="mt-0.5 mb-3 text-slate-600">{description}</p>}
      {!description && <div className="mb-3" />}
      {children}
    </section>
  );
}

function SajRegistrations({
  draft,
  setDraft,
  databases,
  sajScreen,
  tribunal,
  err,
  locked,
}: {
  draft: PersonDraft;
  setDraft: (update: (d: PersonDraft) => PersonDraft) => void;
  databases: string[];
  /** Where SAJ registers the CNJ login, as the tribunal documents it for today (profile data, dated). */
  sajScreen: string;
  tribunal: string;
  err: (path: string) => string[] | undefined;
  locked: boolean;
}) {
  // Each database of the tribunal gets a row; registrations of other databases (or repeated ones) are listed after.
  const claimed = new Set<number>();
  const rows = databases.map((database) => {
    const index = draft.sajRegistrations.findIndex((r, i) => !claimed.has(i) && sameDatabase(r.database, database));
    if (index !== -1) claimed.add(index);
    return { database, index };
  });
  const others = draft.sajRegistrations.map((r, index) => ({ r, index })).filter(({ index }) => !claimed.has(index));
  const setOther = (index: number, patch: { database?: string; registeredOn?: string }) =>
    setDraft((d) => ({ ...d, sajRegistrations: d.sajRegistrations.map((x, j) => (j === index ? { ...x, ...patch } : x)) }));

  return (
    <Group title={t('groupSaj')} description={databases.length ? t('groupSajHint', sajScreen) : t('groupSajNone', tribunal)}>
      <LockedGroup locked={locked}>
        {rows.length > 0 && (
          <div className="grid gap-3 sm:grid-cols-3">
            {rows.map(({ database, index }) => (
              <DateField
                key={database}
                label={t('fieldRegisteredIn', database)}
                hint={index === -1 ? t('notRegistered') : undefined}
                value={index === -1 ? '' : (draft.sajRegistrations[index]?.registeredOn ?? '')}
                onChange={(value) => setDraft((d) => setRegistration(d, database, value))}
                errors={index === -1 ? undefined : err(`sajRegistrations[${index}].registeredOn`)}
                path={index === -1 ? undefined : `sajRegistrations[${index}].registeredOn`}
              />
            ))}
          </div>
        )}
        {others.length > 0 && (
          <ul className="mt-3 space-y-2">
            {others.map(({ r, index }) => (
              <li key={r.key} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
                <TextField label={t('fieldOtherDatabase')} value={r.database} onChange={(database) => setOther(index, { database })} errors={err(`sajRegistrations[${index}].database`)} path={`sajRegistrations[${index}].database`} />
                <DateField label={t('fieldRegisteredOn')} value={r.registeredOn} onChange={(registeredOn) => setOther(index, { registeredOn })} errors={err(`sajRegistrations[${index}].registeredOn`)} path={`sajRegistrations[${index}].registeredOn`} />
                {!locked && (
                  <button
                    type="button"
                    className={`${buttonClass.quiet} mb-1 text-red-800`}
                    onClick={() => setDraft((d) => ({ ...d, sajRegistrations: d.sajRegistrations.filter((_, j) => j !== index) }))}
                  >
                    <TrashIcon className="size-4" />
                    {t('removeRegistration', r.database || '—')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!locked && (
          <button
            type="button"
            className={`${buttonClass.quiet} mt-2`}
            onClick={() => setDraft((d) => ({ ...d, sajRegistrations: [...d.sajRegistrations, { key: rowKey(), database: '', registeredOn: '' }] }))}
          >
            <PlusIcon className="size-4" />
            {t('addOtherDatabase')}
          </button>
        )}
      </LockedGroup>
    </Group>
  );
}

/** Whose duty the review is and how often, as the tribunal profile says (TRE-RJ art. 7º, III); none where no source asks. */
function reviewHint(profile: TribunalProfile): string {
  const months = profile.reviewIntervalMonths;
  if (months === undefined) return t('groupReviewHintNone');
  const duty = profile.reviewDuty;
  if (!duty) return t('groupReviewHint', String(months));
  // Portuguese contracts the preposition with the article ("cabe aos administradores"); English takes the name.
  const who = currentLang() === 'en' ? duty.who : withPreposition('a', duty);
  return t('groupReviewHintDuty', who, String(months), citationText(profile, duty.source));
}
