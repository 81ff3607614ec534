/**
 * The CPF box of the password guide: accepts any formatting, checks the digits, copies the digits
 * only (what CNJ's form wants). Nothing typed is stored.
 */
import { useId, useState } from 'react';
import { cpfBoxMessage, cpfToCopy, readCpfBox } from '../../lib/guides/cpf-box';
import { maskCpf } from '../../lib/status/cpf';
import { CopyButton, inputClass, primaryButton, secondaryButton } from './ui';

export function CpfBox({ recordedCpf }: { recordedCpf?: string }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [finished, setFinished] = useState(false);
  const box = readCpfBox(value);
  const message = cpfBoxMessage(box, finished);
  const tone = message.tone === 'ok' ? 'text-emerald-700' : message.tone === 'error' ? 'text-red-700' : 'text-slate-500';
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        CPF (para conferir e copiar só os números)
      </label>
      <div className="mt-1.5 flex flex-wrap items-center gap-2">
        <input
          id={id}
          value={value}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder="000.000.000-00"
          aria-invalid={message.tone === 'error'}
          aria-describedby={`${id}-msg`}
          onChange={(e) => {
            setValue(e.target.value);
            setFinished(false);
          }}
          onBlur={() => setFinished(true)}
          className={`${inputClass} max-w-56 font-mono tracking-wide`}
        />
        <CopyButton text={cpfToCopy(box)} label="Copiar só os números" className={primaryButton} disabledReason="Digite um CPF válido" />
        {recordedCpf && value === '' && (
          <button type="button" className={secondaryButton} onClick={() => (setValue(recordedCpf), setFinished(true))}>
            Usar o CPF registrado ({maskCpf(recordedCpf)})
          </button>
        )}
      </div>
      <p id={`${id}-msg`} className={`mt-1.5 ${tone}`} aria-live="polite">
        {message.text}
      </p>
    </div>
  );
}
