/**
 * Labelled form fields with their validation messages right below them. Every field has a visible
 * label; hints and errors are tied to the input with aria-describedby, and an invalid field says so
 * with aria-invalid, so screen readers read the message when the field gets focus.
 */
import { useId, type ReactNode } from 'react';

// Inputs show focus on any focus (not only :focus-visible): a date input's inner fields take the
// keyboard focus, and the outline must still be drawn around the whole control.
const inputClass = 'block w-full rounded-md border bg-white px-2.5 py-1.5 text-slate-900 shadow-xs placeholder:text-slate-500 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600';
const inputBorder = (invalid: boolean) => (invalid ? 'border-red-600' : 'border-slate-400');

export interface FieldProps {
  label: string;
  hint?: string;
  errors?: readonly string[];
  className?: string;
  /** The path of the field inside the person (`lotacoes[2].status`), used to jump to the first error. */
  path?: string;
}

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'data-path'?: string;
  className: string;
}

function FieldShell({ label, hint, errors = [], className = '', path, children }: FieldProps & { children: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-800">
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': true as const } : {}),
        ...(path ? { 'data-path': path } : {}),
        className: `${inputClass} ${inputBorder(invalid)}`,
      })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {invalid && (
        <div id={errorId} className="mt-1 space-y-0.5 text-sm font-medium text-red-800">
          {errors.map((message, i) => (
            <p key={i}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}

export function TextField(
  props: FieldProps & { value: string; onChange: (value: string) => void; autoComplete?: string; inputMode?: 'text' | 'numeric'; list?: string; placeholder?: string },
) {
  const { value, onChange, autoComplete = 'off', inputMode, list, placeholder, ...field } = props;
  return (
    <FieldShell {...field}>
      {(control) => (
        <input
          type="text"
          {...control}
          value={value}
          autoComplete={autoComplete}
          {...(inputMode ? { inputMode } : {})}
          {...(list ? { list } : {})}
          {...(placeholder ? { placeholder } : {})}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export function DateField(props: FieldProps & { value: string; onChange: (value: string) => void; type?: 'date' | 'datetime-local' }) {
  const { value, onChange, type = 'date', ...field } = props;
  return <FieldShell {...field}>{(control) => <input type={type} {...control} value={value} onChange={(e) => onChange(e.target.value)} />}</FieldShell>;
}

export function SelectField<V extends string>(
  props: FieldProps & { value: V; onChange: (value: V) => void; options: ReadonlyArray<{ value: V; label: string }> },
) {
  const { value, onChange, options, ...field } = props;
  return (
    <FieldShell {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
