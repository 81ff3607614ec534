/**
 * Support mode of the password guide: the analyst on the phone ticks each step with the caller, and
 * copies a summary for the ticket (no personal data, see lib/guides/support-checklist).
 */
import { useState } from 'react';
import { CHECKLIST_GROUPS, checklistSummary, type ChecklistItem } from '../../lib/guides/support-checklist';
import type { PasswordGuide } from '../../lib/guides/password-reset';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { Card, CopyButton, focusRing, secondaryButton } from './ui';

export function SupportChecklist(props: { items: readonly ChecklistItem[]; profile: TribunalProfile; guide: PasswordGuide; now: Date }) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDone((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const count = props.items.filter((i) => done.has(i.id)).length;
  const summary = checklistSummary(props.items, done, { profile: props.profile, guide: props.guide, now: props.now });
  return (
    <Card id="atendimento" title="Atendimento passo a passo" className="ring-2 ring-sky-600/40">
      <p className="mb-3 text-slate-600">
        Para o suporte: siga com a pessoa ao telefone e marque cada passo. {count} de {props.items.length} concluídos.
      </p>
      <div className="mb-3 h-1.5 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full bg-sky-600 transition-[width]" style={{ width: `${(count / Math.max(1, props.items.length)) * 100}%` }} />
      </div>
      {(Object.keys(CHECKLIST_GROUPS) as ChecklistItem['group'][]).map((group) => {
        const items = props.items.filter((i) => i.group === group);
        if (items.length === 0) return null;
        return (
          <fieldset key={group} className="mb-3">
            <legend className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">{CHECKLIST_GROUPS[group]}</legend>
            <ul className="space-y-1">
              {items.map((item) => (
                <li key={item.id}>
                  <label className={`flex cursor-pointer items-start gap-2.5 rounded-md px-2 py-1.5 hover:bg-slate-50 ${done.has(item.id) ? 'text-slate-500' : ''}`}>
                    <input
                      type="checkbox"
                      checked={done.has(item.id)}
                      onChange={() => toggle(item.id)}
                      className={`mt-0.5 size-4 shrink-0 accent-sky-700 ${focusRing}`}
                    />
                    <span>
                      <span className={done.has(item.id) ? 'line-through decoration-slate-400' : 'text-slate-900'}>{item.title}</span>
                      {item.detail && <span className="block text-slate-500">{item.detail}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3">
        <CopyButton text={summary} label="Copiar resumo do atendimento" />
        <button type="button" className={secondaryButton} onClick={() => setDone(new Set())} disabled={count === 0}>
          Recomeçar
        </button>
        <span className="text-xs text-slate-500">O resumo não leva nome, CPF nem login.</span>
      </div>
    </Card>
  );
}
