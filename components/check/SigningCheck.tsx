/**
 * "Posso assinar agora?" — for signatures Sentinela cannot see (SAJ-PG5, the desktop client): the
 * unit, the SAJ base, plantão and grau, filled in from the person's record and last choice, and the
 * engine's answer under them. The same component serves the popup and its own page (/posso-assinar.html).
 * Decisions are in lib/check/signing-check (pure); this file only shows them and keeps the choices.
 * Enter anywhere in the form (or the focused "Verificar de novo") checks again at the current time.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  checkAnswer,
  cleanUnit,
  databaseOptions,
  defaultChoices,
  unitOptions,
  UNIT_MAX_LENGTH,
  type PlantaoDefault,
  type SigningChoices,
} from '../../lib/check/signing-check';
import type { LoadedStatus } from '../../lib/status/storage-interpret';
import type { LotacaoStatus, Person } from '../../lib/status/schema';
import { sameLotacao } from '../../lib/tribunals/lotacao-name';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import type { ActionTarget } from '../../lib/ui/actions';
import { rememberChoice, useRememberedChoice } from '../../lib/ui/check-store';
import { formatInstant } from '../../lib/ui/datetime';
import { currentLang, t, type MessageKey } from '../../lib/ui/i18n';
import { buttonClass, focusRing, levelShort } from '../common/ui';
import { CheckAnswer } from './CheckAnswer';

export interface SigningCheckProps {
  variant: 'popup' | 'page';
  /** Who signs; undefined with nothing recorded, or with several people and none chosen. */
  person: Person | undefined;
  /** Everyone recorded, for pruning the remembered choices. */
  people: readonly Person[];
  profile: TribunalProfile;
  loaded: LoadedStatus;
  /** When the popup or page opened; "Verificar de novo" reads `clock` again. */
  now: Date;
  clock?: () => Date;
  /** Absolute address of one of Sentinela's pages ("/guia-senha.html" → chrome-extension://…). */
  pageUrl: (path: string) => string;
  /** The popup opens pages itself (then closes); without it, links open in a new tab. */
  open?: (target: ActionTarget) => void;
}

/** The form, reset to the defaults when the person changes. */
export function SigningCheck(props: SigningCheckProps) {
  return <CheckForm key={props.person?.id ?? ''} {...props} />;
}

const OTHER = '\u0000other';
const REMEMBER_DELAY_MS = 400;

const LOTACAO_STATUS_KEY: Record<LotacaoStatus, MessageKey> = {
  ativa: 'lotacaoStatusAtiva',
  solicitada: 'lotacaoStatusSolicitada',
  negada: 'lotacaoStatusNegada',
  revogada: 'lotacaoStatusRevogada',
  nao_solicitada: 'lotacaoStatusNaoSolicitada',
};

function CheckForm({ variant, person, people, profile, loaded, now, clock = () => new Date(), pageUrl, open }: SigningCheckProps) {
  const remembered = useRememberedChoice(person?.id);
  const [checkedAt, setCheckedAt] = useState(now);
  const defaults = defaultChoices({ profile, person, now: checkedAt, ...(remembered ? { remembered } : {}) });
  // Untouched, the form follows the defaults (a record fixed in Options shows at once); touched, it keeps what was chosen.
  const [own, setOwn] = useState<SigningChoices | null>(null);
  const choices = own ?? defaults.choices;
  const options = unitOptions(person);
  const matched = options.find((l) => sameLotacao(l.name, choices.unit));
  const [typing, setTyping] = useState(() => options.length === 0 || (!matched && choices.unit !== ''));
  const databases = databaseOptions(profile);
  const answer = checkAnswer({ loaded, person, choices, profile, now: checkedAt });
  const ids = { unit: useId(), unitText: useId(), database: useId(), grau: useId(), plantao: useId(), plantaoHint: useId(), unitError: useId(), title: useId() };

  // The last choice is kept per person: at once for the lists and the box, shortly after typing stops.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<SigningChoices | null>(null);
  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next && person && cleanUnit(next.unit) !== '') void rememberChoice(person.id, next, people.map((p) => p.id));
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => {
    // A popup is closed, not unmounted: keep what was just typed on the way out too.
    const onHide = () => flushRef.current();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flushRef.current();
    };
  }, []);

  const choose = (patch: Partial<SigningChoices>, delay = 0) => {
    const next = { ...choices, ...patch };
    setOwn(next);
    setCheckedAt(clock());
    pending.current = next;
    clearTimeout(timer.current);
    if (delay === 0) flush();
    else timer.current = setTimeout(flush, delay);
  };
  const recheck = (event: FormEvent) => {
    event.preventDefault();
    setCheckedAt(clock());
    pending.current = choices;
    flush();
  };

  const plantaoIsDefault = choices.plantao === defaults.choices.plantao;
  const plantaoHint = plantaoIsDefault ? plantaoDefaultText(defaults.plantao, profile) : undefined;
  const unitMissing = person !== undefined && cleanUnit(choices.unit) === '';
  const page = variant === 'page';
  const labelClass = 'mb-1 block font-medium text-slate-800';
  const controlClass = `block w-full rounded-md border border-slate-400 bg-white px-2.5 py-1.5 text-slate-900 shadow-xs ${focusRing}`;
  const time = new Intl.DateTimeFormat(currentLang(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: profile.timeZone }).format(checkedAt);
  const level = answer.state === 'verdict' ? answer.verdict.level : undefined;

  return (
    <section aria-labelledby={ids.title} className={page ? '' : 'rounded-lg border border-slate-200 bg-white p-3'}>
      <div className="flex items-baseline gap-2">
        {/* On its own page the page's title says it already. */}
        <h2 id={ids.title} className={page ? 'sr-only' : 'font-semibold text-slate-900'}>
          {t('checkTitle')}
        </h2>
        {!page && (
          <a
            href={pageUrl(`/posso-assinar.html${person ? `?pessoa=${encodeURIComponent(person.id)}` : ''}`)}
            target="_blank"
            rel="noopener noreferrer"
            className={`ml-auto shrink-0 text-xs ${buttonClass.link}`}
            onClick={(event) => {
              if (!open) return;
              event.preventDefault();
              open({ type: 'extension', path: `/posso-assinar.html${person ? `?pessoa=${encodeURIComponent(person.id)}` : ''}` });
            }}
          >
            {t('checkOpenPage')}
          </a>
        )}
      </div>
      {!page && <p className="mt-0.5 text-xs text-slate-700">{t('checkWhy')}</p>}

      <form onSubmit={recheck} className={`${page ? '' : 'mt-2.5'} grid gap-x-3 gap-y-2.5 ${page ? 'sm:grid-cols-2' : 'grid-cols-2'}`}>
        <div className="col-span-2">
          {options.length > 0 && (
            <>
              <label htmlFor={ids.unit} className={labelClass}>
                {t('checkUnit')}
              </label>
              <select
                id={ids.unit}
                className={controlClass}
                value={typing ? OTHER : (matched?.name ?? OTHER)}
                onChange={(e) => {
                  if (e.target.value === OTHER) {
                    setTyping(true);
                    choose({ unit: '' });
                  } else {
                    setTyping(false);
                    choose({ unit: e.target.value });
                  }
                }}
              >
                {options.map((l) => (
                  <option key={l.name} value={l.name}>
                    {l.status === 'ativa' ? l.name : `${l.name} — ${t(LOTACAO_STATUS_KEY[l.status])}`}
                  </option>
                ))}
                <option value={OTHER}>{t('checkUnitOther')}</option>
              </select>
            </>
          )}
          {(typing || options.length === 0) && (
            <div className={options.length > 0 ? 'mt-2' : ''}>
              <label htmlFor={ids.unitText} className={labelClass}>
                {options.length > 0 ? t('checkUnitTyped') : t('checkUnit')}
              </label>
              <input
                id={ids.unitText}
                type="text"
                className={`${controlClass} ${unitMissing ? 'border-red-600' : ''}`}
                value={choices.unit}
                maxLength={UNIT_MAX_LENGTH}
                autoComplete="off"
                spellCheck={false}
                placeholder={t('checkUnitPlaceholder')}
                {...(unitMissing ? { 'aria-invalid': true, 'aria-describedby': ids.unitError } : {})}
                onChange={(e) => choose({ unit: e.target.value.slice(0, UNIT_MAX_LENGTH) }, REMEMBER_DELAY_MS)}
                onBlur={flush}
              />
            </div>
          )}
          {unitMissing && (
            <p id={ids.unitError} className="mt-1 text-sm font-medium text-red-800">
              {options.length > 0 ? t('checkUnitMissing') : t('checkUnitMissingNone')}
            </p>
          )}
        </div>

        {databases.length > 0 && (
          <div>
            <label htmlFor={ids.database} className={labelClass}>
              {t('checkDatabase')}
            </label>
            <select id={ids.database} className={controlClass} value={choices.database} onChange={(e) => choose({ database: e.target.value })}>
              {databases.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
              <option value="">{t('checkDatabaseAny')}</option>
            </select>
          </div>
        )}

        <div>
          <label htmlFor={ids.grau} className={labelClass}>
            {t('checkGrau')}
          </label>
          <select id={ids.grau} className={controlClass} value={String(choices.grau)} onChange={(e) => choose({ grau: e.target.value === '2' ? 2 : 1 })}>
            <option value="1">{t('checkGrau1')}</option>
            <option value="2">{t('checkGrau2')}</option>
          </select>
        </div>

        <div className="col-span-2">
          <div className="flex items-start gap-2">
            <input
              id={ids.plantao}
              type="checkbox"
              className={`mt-0.5 size-4 shrink-0 accent-slate-900 ${focusRing}`}
              checked={choices.plantao}
              {...(plantaoHint ? { 'aria-describedby': ids.plantaoHint } : {})}
              onChange={(e) => choose({ plantao: e.target.checked })}
            />
            <label htmlFor={ids.plantao} className="font-medium text-slate-800">
              {t('checkPlantao')}
            </label>
          </div>
          {plantaoHint && (
            <p id={ids.plantaoHint} className="mt-0.5 ml-6 text-xs text-slate-600">
              {plantaoHint}
            </p>
          )}
        </div>

        <div className="col-span-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          {/* Focused on open: Enter checks again. */}
          <button type="submit" className={buttonClass.primary} autoFocus>
            {t('checkAgain')}
          </button>
          <p role="status" className="text-xs text-slate-700">
            {level ? t('checkCheckedAt', levelShort(level), time) : t('checkCheckedAtNoAnswer', time)}
          </p>
        </div>
      </form>

      <div className={page ? 'mt-5' : 'mt-3'}>
        <CheckAnswer answer={answer} variant={variant} person={person} profile={profile} choices={choices} now={checkedAt} pageUrl={pageUrl} {...(open ? { open } : {})} />
      </div>
    </section>
  );
}

/** Why the plantão box starts as it does, in one line; nothing when there is nothing to say. */
function plantaoDefaultText(d: PlantaoDefault, profile: TribunalProfile): string | undefined {
  switch (d.source) {
    case 'assignment':
      return t('checkPlantaoFromAssignment', formatInstant(d.assignment.end, currentLang(), profile.timeZone), d.assignment.comarca);
    case 'calendar':
      return t('checkPlantaoFromCalendar', t(d.why === 'weekend' ? 'checkWhyWeekend' : d.why === 'holiday' ? 'checkWhyHoliday' : 'checkWhyRecesso'), profile.shortName);
    case 'hours':
      return d.remembered ? t('checkPlantaoHoursRemembered') : t('checkPlantaoHours', profile.shortName);
    case 'expediente':
      return undefined;
  }
}
