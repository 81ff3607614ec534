/**
 * Small pieces shared by the popup and the options page: the readiness colours, buttons, the
 * reasons with their fix, the "no password" note, and a confirmation dialog. Presentational: they
 * take props and never call `browser.*` (texts come through `t`).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Reason, VerdictLevel } from '../../lib/readiness/types';
import { t } from '../../lib/ui/i18n';
import { BlockIcon, CheckIcon, ExternalIcon, GuideIcon, LockIcon, WarnIcon } from './icons';

export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

export const buttonClass = {
  primary: `inline-flex items-center justify-center gap-1.5 rounded-lg bg-slate-900 px-3.5 py-2 font-semibold text-white shadow-sm hover:bg-slate-700 disabled:opacity-50 ${focusRing}`,
  secondary: `inline-flex items-center justify-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3.5 py-2 font-medium text-slate-800 shadow-xs hover:bg-slate-100 disabled:opacity-50 ${focusRing}`,
  danger: `inline-flex items-center justify-center gap-1.5 rounded-lg border border-red-300 bg-white px-3.5 py-2 font-medium text-red-800 hover:bg-red-50 disabled:border-slate-200 disabled:text-slate-500 disabled:hover:bg-white ${focusRing}`,
  dangerSolid: `inline-flex items-center justify-center gap-1.5 rounded-lg bg-red-700 px-3.5 py-2 font-semibold text-white hover:bg-red-800 ${focusRing}`,
  link: `inline-flex items-start gap-1.5 rounded text-left font-medium text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 ${focusRing}`,
  quiet: `inline-flex items-center gap-1 rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 ${focusRing}`,
} as const;

export const LEVEL_STYLE: Record<VerdictLevel, { box: string; text: string; badge: string; icon: (p: { className?: string }) => ReactNode }> = {
  ok: { box: 'border-emerald-300 bg-emerald-50', text: 'text-emerald-900', badge: 'bg-emerald-100 text-emerald-900 ring-emerald-300', icon: CheckIcon },
  warn: { box: 'border-amber-300 bg-amber-50', text: 'text-amber-900', badge: 'bg-amber-100 text-amber-900 ring-amber-300', icon: WarnIcon },
  block: { box: 'border-red-300 bg-red-50', text: 'text-red-900', badge: 'bg-red-100 text-red-900 ring-red-300', icon: BlockIcon },
};

export function levelTitle(level: VerdictLevel): string {
  return level === 'ok' ? t('levelOkTitle') : level === 'warn' ? t('levelWarnTitle') : t('levelBlockTitle');
}

export function levelShort(level: VerdictLevel): string {
  return level === 'ok' ? t('levelOkShort') : level === 'warn' ? t('levelWarnShort') : t('levelBlockShort');
}

/** "Em ordem" / "Atenção" / "Bloqueio", with its colour and icon (never colour alone). */
export function LevelBadge({ level }: { level: VerdictLevel }) {
  const style = LEVEL_STYLE[level];
  const Icon = style.icon;
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${style.badge}`}>
      <Icon className="size-3.5" />
      {levelShort(level)}
    </span>
  );
}

export interface ActionLinkProps {
  label: string;
  /** A real address: rendered as a link opening a new tab. */
  href?: string;
  external?: boolean;
  /** No address (e.g. open a record in Options): rendered as a button. */
  onClick?: () => void;
}

export function ActionLink({ label, href, external = false, onClick }: ActionLinkProps) {
  if (href) {
    return (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        className={buttonClass.link}
        // With a handler, the handler opens the page (the popup uses browser.tabs.create and closes).
        onClick={
          onClick
            ? (event) => {
                event.preventDefault();
                onClick();
              }
            : undefined
        }
      >
        {external ? <ExternalIcon className="mt-0.5 size-4 shrink-0" /> : <GuideIcon className="mt-0.5 size-4 shrink-0" />}
        <span>{label}</span>
        {external && <span className="sr-only"> ({t('opensNewTab')})</span>}
      </a>
    );
  }
  if (onClick) {
    return (
      <button type="button" className={buttonClass.link} onClick={onClick}>
        <GuideIcon className="mt-0.5 size-4 shrink-0" />
        <span>{label}</span>
      </button>
    );
  }
  return <p className="text-slate-700">{label}</p>;
}

/** Each reason: its level, the engine's pt-BR sentence, and the one action that fixes it. */
export function ReasonList({ reasons, renderAction }: { reasons: Reason[]; renderAction: (reason: Reason) => ReactNode }) {
  return (
    <ul className="space-y-2">
      {reasons.map((reason, index) => {
        const block = reason.level === 'block';
        return (
          <li key={`${reason.code}-${index}`} className={`rounded-lg border-l-4 bg-white px-3 py-2.5 ${block ? 'border-l-red-600' : 'border-l-amber-500'}`}>
            <p className={`inline-flex items-center gap-1 text-xs font-bold tracking-wide uppercase ${block ? 'text-red-800' : 'text-amber-800'}`}>
              {block ? <BlockIcon className="size-3.5" /> : <WarnIcon className="size-3.5" />}
              {block ? t('levelBlockShort') : t('levelWarnShort')}
            </p>
            <p className="mt-1 text-slate-900">{reason.message}</p>
            <div className="mt-1.5">{renderAction(reason)}</div>
          </li>
        );
      })}
    </ul>
  );
}

/** "O Sentinela nunca pede nem guarda sua senha." — on every page that records status. */
export function PasswordNote({ className = '' }: { className?: string }) {
  return (
    <p className={`flex items-start gap-1.5 text-slate-700 ${className}`}>
      <LockIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
      <span>{t('passwordNote')}</span>
    </p>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question (native <dialog>: focus trap, Escape and the backdrop come with it). */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-0 text-sm text-slate-800 shadow-2xl backdrop:bg-slate-950/50"
    >
      {open && (
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="mt-2 space-y-2 text-slate-700">{children}</div>
          <div className="mt-5 flex justify-end gap-2">
            <button type="button" className={buttonClass.secondary} onClick={onCancel} autoFocus>
              {t('cancel')}
            </button>
            <button type="button" className={buttonClass.dangerSolid} onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
