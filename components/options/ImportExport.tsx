/**
 * Import and export of the documented status format (docs/data-format.md), by file and by
 * clipboard. A refused import lists each problem (where, and what is expected) and changes nothing.
 */
import { useId, useState } from 'react';
import type { StatusFile } from '../../lib/status/schema';
import type { FieldError } from '../../lib/status/parse';
import type { ImportResult } from '../../lib/storage/status';
import { exportFileName, statusExport } from '../../lib/ui/files';
import { t } from '../../lib/ui/i18n';
import { buttonClass, focusRing } from '../common/ui';
import { downloadText } from './download';

export interface ImportExportProps {
  file: StatusFile | undefined;
  today: string;
  importText: (text: string, mode: 'replace' | 'merge') => Promise<ImportResult>;
  copy: (text: string) => Promise<void>;
  announce: (message: string) => void;
}

type Outcome = { ok: true; message: string } | { ok: false; errors: FieldError[] } | null;

export function ImportExport({ file, today, importText, copy, announce }: ImportExportProps) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ids = { mode: useId(), file: useId(), fileHint: useId(), paste: useId(), pasteHint: useId() };

  const run = async (text: string) => {
    const result = await importText(text, mode);
    if (result.ok) {
      const message = t('importDone', String(result.added), String(result.updated));
      setOutcome({ ok: true, message });
      setPasted('');
      announce(message);
    } else {
      setOutcome({ ok: false, errors: result.errors });
    }
  };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
        <h3 className="text-base font-semibold text-slate-900">{t('exportTitle')}</h3>
        <p className="mt-0.5 text-slate-600">{t('exportHint')}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={buttonClass.secondary} disabled={!file} onClick={() => file && downloadText(statusExport(file), exportFileName('situacao', today))}>
            {t('exportDownload')}
          </button>
          <button
            type="button"
            className={buttonClass.secondary}
            disabled={!file}
            onClick={() =>
              file &&
              void copy(statusExport(file)).then(
                () => announce(t('exportCopied')),
                () => announce(t('clipboardFailed')),
              )
            }
          >
            {t('exportCopy')}
          </button>
        </div>
      </div>

      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
        <h3 className="text-base font-semibold text-slate-900">{t('importTitle')}</h3>
        <fieldset className="mt-2">
          <legend className="font-medium text-slate-800">{t('importModeLegend')}</legend>
          <div className="mt-1 space-y-1">
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m} className="flex items-start gap-2">
                <input type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => setMode(m)} className={`mt-1 ${focusRing}`} />
                <span>{m === 'merge' ? t('importModeMerge') : t('importModeReplace')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-3">
          <p id={ids.fileHint} className="mb-1 font-medium text-slate-800">
            {t('importFileLabel')}
          </p>
          {/* The native control's text follows the browser's language; ours follows the chosen one. */}
          <input
            id={ids.file}
            type="file"
            accept=".json,application/json"
            aria-describedby={ids.fileHint}
            className="peer sr-only"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) void chosen.text().then(run);
            }}
          />
          <label
            htmlFor={ids.file}
            className={`${buttonClass.secondary} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-sky-600`}
          >
            {t('importFileButton')}
          </label>
        </div>
        <div className="mt-3">
          <label htmlFor={ids.paste} className="mb-1 block font-medium text-slate-800">
            {t('importPasteLabel')}
          </label>
          <textarea
            id={ids.paste}
            aria-describedby={ids.pasteHint}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            rows={4}
            spellCheck={false}
            className={`block w-full rounded-md border border-slate-400 px-2.5 py-1.5 font-mono text-xs ${focusRing}`}
          />
          <p id={ids.pasteHint} className="mt-1 text-xs text-slate-600">
            {t('importPasteHint')}
          </p>
          <button type="button" className={`${buttonClass.secondary} mt-2`} disabled={pasted.trim() === ''} onClick={() => void run(pasted)}>
            {t('importPasteButton')}
          </button>
        </div>
        {outcome?.ok === true && (
          <p role="status" className="mt-3 rounded-md bg-emerald-50 px-3 py-2 font-medium text-emerald-900">
            {outcome.message}
          </p>
        )}
        {outcome?.ok === false && (
          <div role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{t('importRejected')}</p>
            <ul className="mt-1 space-y-1">
              {outcome.errors.map((e, i) => (
                <li key={i}>
                  {e.path && <code className="mr-1 rounded bg-red-100 px-1 font-mono text-xs">{e.path}</code>}
                  {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
