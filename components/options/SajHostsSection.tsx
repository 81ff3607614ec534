/**
 * "Endereços do SAJ": the SAJ servers Sentinela guards beyond the ones it ships with (IT's, the
 * tribunal profile's, the user's), whether the browser granted each, and adding or removing the
 * user's own. The browser's permission prompt only opens from a click: `allow` and `add` are
 * called first thing in the click handler, with nothing awaited before them (Firefox refuses the
 * prompt otherwise).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { EffectivePolicy } from '../../lib/policy/effective';
import { hostOfPattern } from '../../lib/policy/host-pattern';
import type { AddHostResult, HostOrigin, HostState } from '../../lib/policy/hosts';
import { DEFAULT_SAJ_MATCHES } from '../../lib/tribunals/hosts';
import { t, type MessageKey } from '../../lib/ui/i18n';
import { CheckIcon, PlusIcon, WarnIcon } from '../common/icons';
import { buttonClass, focusRing } from '../common/ui';
import { LockedHint } from './LockedField';

/** What the section does with the browser, wired by the entry point (lib/policy/hosts.ts). */
export interface HostActions {
  list: (effective: EffectivePolicy) => Promise<HostState[]>;
  /** Asks the browser for access; must be called synchronously from the click. */
  allow: (patterns: string[]) => Promise<boolean>;
  /** Checks the entry, asks for access (synchronously), keeps the host. */
  add: (input: string, effective: EffectivePolicy) => Promise<AddHostResult>;
  remove: (pattern: string, effective: EffectivePolicy) => Promise<{ ok: boolean; message?: string }>;
  /** Calls `onChange` when the user's hosts or the browser's permissions change; returns the unwatch. */
  watch: (onChange: () => void) => () => void;
}

export interface SajHostsSectionProps {
  effective: EffectivePolicy;
  actions: HostActions;
  announce: (message: string) => void;
}

const ORIGIN_KEYS: Record<HostOrigin, MessageKey> = {
  builtin: 'hostFromBuiltin',
  policy: 'hostFromPolicy',
  profile: 'hostFromProfile',
  user: 'hostFromUser',
  'bnmp-web': 'hostFromBnmpWebPolicy',
};

export function SajHostsSection({ effective, actions, announce }: SajHostsSectionProps) {
  const [hosts, setHosts] = useState<HostState[] | undefined>(undefined);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { input: useId(), hint: useId(), error: useId() };
  const inputRef = useRef<HTMLInputElement>(null);
  const locked = effective.lockedFields.includes('sajHosts');

  const refresh = useCallback(() => {
    actions.list(effective).then(setHosts, () => setHosts([]));
  }, [actions, effective]);
  useEffect(() => {
    refresh();
    return actions.watch(refresh);
  }, [actions, refresh]);

  const waiting = (hosts ?? []).filter((h) => !h.granted).map((h) => h.pattern);
  const defaults = DEFAULT_SAJ_MATCHES.map(hostOfPattern).join(', ');

  const allow = () => {
    const asked = actions.allow(waiting); // first thing in the click: the browser's prompt needs the gesture
    setBusy(true);
    void asked
      .then(
        (granted) => announce(granted ? t('hostsAllowed') : t('hostsNotAllowed')),
        () => announce(t('hostsNotAllowed')),
      )
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };

  const add = () => {
    const added = actions.add(input, effective); // first thing in the click, as above
    setBusy(true);
    void added
      .then((result) => {
        if (!result.ok) {
          setError(result.message);
          inputRef.current?.focus();
          return;
        }
        setError('');
        setInput('');
        announce(result.alreadyGuarded ? t('hostAlreadyGuarded', hostOfPattern(result.pattern)) : t('hostAdded', hostOfPattern(result.pattern)));
      })
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };

  const remove = (pattern: string) => {
    void actions.remove(pattern, effective).then((result) => {
      if (result.ok) announce(t('hostRemoved', hostOfPattern(pattern)));
      else if (result.message) setError(result.message);
      refresh();
    });
  };

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
      {hosts === undefined ? (
        <p className="text-slate-600">{t('hostsLoading')}</p>
      ) : hosts.length === 0 ? (
        <p className="text-slate-700">{t('hostsNone', defaults)}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {hosts.map((host) => {
            const name = hostOfPattern(host.pattern);
            return (
              <li key={host.pattern} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                <code className="font-mono text-slate-900">{name}</code>
                <span className="text-slate-600">{host.from.map((o) => t(ORIGIN_KEYS[o])).join(' · ')}</span>
                {host.granted ? (
                  <span className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-300">
                    <CheckIcon className="size-3.5" />
                    {t('hostGranted')}
                  </span>
                ) : (
                  <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300">
                    <WarnIcon className="size-3.5" />
                    {t('hostWaiting')}
                  </span>
                )}
                {!locked && host.from.includes('user') && (
                  <button type="button" className={`${buttonClass.quiet} ml-auto text-red-800`} aria-label={t('hostRemoveAria', name)} onClick={() => remove(host.pattern)}>
                    {t('remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {waiting.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-200">
          <p className="min-w-0 flex-1">{waiting.length === 1 ? t('hostsWaitingOne') : t('hostsWaitingMany', String(waiting.length))}</p>
          <button type="button" className={buttonClass.primary} disabled={busy} onClick={allow}>
            {t('hostsAllow')}
          </button>
        </div>
      )}

      {locked ? (
        <LockedHint className="mt-3" />
      ) : (
        // Not a <form>: Enter is handled on the field, and the person editor stays the page's only form.
        <div className="mt-4 border-t border-slate-200 pt-3">
          <label htmlFor={ids.input} className="mb-1 block font-medium text-slate-800">
            {t('hostAddLabel')}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              ref={inputRef}
              id={ids.input}
              type="text"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds, like a form would; a key press is a user gesture too.
                if (e.key === 'Enter' && !busy && input.trim() !== '') {
                  e.preventDefault();
                  add();
                }
              }}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
              {...(error ? { 'aria-invalid': true as const } : {})}
              className={`min-w-0 flex-1 rounded-md border bg-white px-2.5 py-1.5 font-mono text-slate-900 shadow-xs placeholder:text-slate-500 ${error ? 'border-red-600' : 'border-slate-400'} ${focusRing} focus:outline-2 focus:outline-offset-2 focus:outline-sky-600`}
            />
            <button type="button" className={buttonClass.secondary} disabled={busy || input.trim() === ''} onClick={add}>
              <PlusIcon className="size-4" />
              {t('hostAdd')}
            </button>
          </div>
          <p id={ids.hint} className="mt-1 text-xs text-slate-600">
            {t('hostAddHint')}
          </p>
          {error && (
            <p id={ids.error} role="alert" className="mt-1 text-sm font-medium text-red-800">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
