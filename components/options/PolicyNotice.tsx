/**
 * The options page's notice about IT's policy (lib/policy/options-model.ts decides what it says):
 * that one is in force, what it changes (the guard off above all), the fields only IT changes, the
 * profile fields IT set, and every value it ignored with where and why. Nothing without a policy.
 */
import type { EffectivePolicy } from '../../lib/policy/effective';
import { policyPanel } from '../../lib/policy/options-model';
import { t } from '../../lib/ui/i18n';
import { ShieldIcon, WarnIcon } from '../common/icons';

export function PolicyNotice({ effective }: { effective: EffectivePolicy }) {
  const panel = policyPanel(effective);
  if (!panel.visible) return null;
  const guardOff = !effective.guardEnabled;
  return (
    <section
      id="politica"
      aria-labelledby="policy-title"
      className={`scroll-mt-4 rounded-xl border p-4 ${guardOff ? 'border-amber-300 bg-amber-50 text-amber-950' : 'border-sky-300 bg-sky-50 text-sky-950'}`}
    >
      <h2 id="policy-title" className="flex items-center gap-2 text-base font-semibold">
        <ShieldIcon className="size-5 shrink-0" />
        {panel.heading}
      </h2>
      {panel.lines.length > 0 && (
        <ul className="mt-2 space-y-1">
          {panel.lines.map((line, i) => (
            <li key={i} className={i === 0 && guardOff ? 'flex items-start gap-1.5 font-semibold' : 'pl-0'}>
              {i === 0 && guardOff && <WarnIcon className="mt-0.5 size-4 shrink-0" />}
              {line}
            </li>
          ))}
        </ul>
      )}
      {(panel.locked.length > 0 || panel.managedProfileFields.length > 0) && (
        <dl className="mt-3 space-y-1">
          {panel.locked.length > 0 && (
            <div>
              <dt className="inline font-semibold">{t('policyLockedFields')} </dt>
              <dd className="inline">{panel.locked.join(', ')}</dd>
            </div>
          )}
          {panel.managedProfileFields.map((m) => (
            <div key={m.tribunal}>
              <dt className="inline font-semibold">{t('policyProfileFields', m.tribunal)} </dt>
              <dd className="inline">
                {m.fields.map((field, i) => (
                  <span key={field}>
                    {i > 0 && ', '}
                    <code className="font-mono text-xs">{field}</code>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {panel.notices.length > 0 && (
        <div className="mt-3 rounded-lg border border-amber-300 bg-white p-3 text-amber-950">
          <h3 className="font-semibold">{t('policyIgnoredTitle')}</h3>
          <ul className="mt-1 space-y-1">
            {panel.notices.map((n, i) => (
              <li key={i}>
                <code className="mr-1 rounded bg-amber-100 px-1 font-mono text-xs">{n.where}</code>
                {n.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
