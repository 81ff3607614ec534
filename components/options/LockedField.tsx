/**
 * How a field IT locked shows in the person form: its value, read-only, with the reason right
 * below (tied to the control with aria-describedby, so a screen reader says why it cannot change).
 */
import { useId, type ReactNode } from 'react';
import { t } from '../../lib/ui/i18n';
import { LockIcon } from '../common/icons';
import { focusRing } from '../common/ui';

const readOnlyClass = 'block w-full rounded-md border border-slate-300 bg-slate-100 px-2.5 py-1.5 text-slate-900 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600';

/** "Definido pelo tribunal: não pode ser mudado aqui." with a lock. */
export function LockedHint({ id, className = 'mt-1' }: { id?: string; className?: string }) {
  return (
    <p id={id} className={`flex items-center gap-1 text-xs font-medium text-slate-700 ${className}`}>
      <LockIcon className="size-3.5 shrink-0" />
      {t('lockedHint')}
    </p>
  );
}

/** A text field shown read-only: still focusable and readable, never editable. */
export function ReadOnlyField({ label, value, path, className = '' }: { label: string; value: string; path?: string; className?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-800">
        {label}
      </label>
      <input id={id} type="text" readOnly value={value} aria-describedby={`${id}-hint`} {...(path ? { 'data-path': path } : {})} className={readOnlyClass} />
      <LockedHint id={`${id}-hint`} />
    </div>
  );
}

/** A choice shown disabled on the value IT's policy or the stored record holds. */
export function LockedSelect({ label, value, options, path }: { label: string; value: string; options: ReadonlyArray<{ value: string; label: string }>; path?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-800">
        {label}
      </label>
      <select id={id} disabled value={value} aria-describedby={`${id}-hint`} {...(path ? { 'data-path': path } : {})} className={`${readOnlyClass} ${focusRing}`} onChange={() => undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <LockedHint id={`${id}-hint`} />
    </div>
  );
}

/**
 * A whole group locked (the CNJ account, the lotações…): its controls disabled in one fieldset,
 * the reason above them.
 */
export function LockedGroup({ locked, children }: { locked: boolean; children: ReactNode }) {
  if (!locked) return <>{children}</>;
  return (
    <>
      <LockedHint className="-mt-1 mb-3" />
      {/* Disabled controls look it: greyed like the read-only fields above. */}
      <fieldset
        disabled
        className="m-0 min-w-0 border-0 p-0 [&_input]:border-slate-300 [&_input]:bg-slate-100 [&_select]:border-slate-300 [&_select]:bg-slate-100"
      >
        {children}
      </fieldset>
    </>
  );
}
