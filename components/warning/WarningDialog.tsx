/**
 * The dialog shown before a SAJ signature that CNJ would refuse (block) or might refuse (warn):
 * which BNMP documents, why, the shortcut to each fix, who to call, and the two choices.
 * Presentational: no `browser.*`; components/warning/mount.tsx puts it in a shadow root on the page.
 * Document labels are page text: rendered only as React text, cut to MAX_LABEL_LENGTH.
 */
import { useCallback, useId, useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { ActionKind, Reason, RemediationAction, Verdict } from '../../lib/readiness/types';
import { clampLabel, isUserActivation, safeLinkHref } from './dialog-helpers';
import { ContactLinks } from './ContactLinks';
import {
  BlockIcon,
  ChevronIcon,
  ClockIcon,
  DocumentIcon,
  ExternalIcon,
  GuideIcon,
  MailIcon,
  PhoneIcon,
  WarnIcon,
} from './icons';

export type GuideKind = Exclude<ActionKind, 'contact'>;

export interface WarningContact {
  name: string;
  purpose?: string;
  emails: string[];
  phones: string[];
  /** Whether the line is open now, in words: "Atendimento aberto agora — fecha às 18h". */
  officeLine: string;
}

export interface WarningDialogProps {
  verdict: Verdict;
  /** Short name, "TJMS". */
  tribunalName: string;
  contacts: WarningContact[];
  /** Extension pages explaining each fix; a missing entry renders the action as plain text. */
  guideUrls: Partial<Record<GuideKind, string>>;
  /** Shown inline under a reason with a 'saj-registration' action. */
  sajRegistrationSteps: string[];
  /**
   * Opens an extension guide page. Web pages cannot navigate to extension pages, so on a SAJ page
   * the guide links ask the background to open them; without it, links navigate normally.
   */
  onOpenGuide?: (kind: GuideKind) => void;
  /** "Assinar mesmo assim": called only for the person's own click. */
  onProceed: () => void;
  /** "Cancelar", Escape. */
  onCancel: () => void;
}

export const WARNING_TITLES = {
  block: 'O CNJ deve recusar esta assinatura',
  warn: 'Confira antes de assinar',
} as const;

/** Documents listed before the rest fold into "Ver mais…", so the reasons stay in view. */
const DOCUMENTS_SHOWN = 4;

export function WarningDialog(props: WarningDialogProps) {
  const { verdict, tribunalName, onProceed, onCancel } = props;
  const block = verdict.level === 'block';
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const settled = useRef(false);

  // One answer per dialog, even if Escape and a click race; always the latest callbacks.
  const latest = useRef({ onProceed, onCancel });
  useLayoutEffect(() => {
    latest.current = { onProceed, onCancel };
  });
  const settle = useCallback((choice: 'proceed' | 'cancel') => {
    if (settled.current) return;
    settled.current = true;
    if (choice === 'proceed') latest.current.onProceed();
    else latest.current.onCancel();
  }, []);

  // Before the first paint (a layout effect, not a passive one): a person who presses Escape the
  // moment the dialog appears must reach it, not the page behind it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const doc = dialog.ownerDocument;
    const root = dialog.getRootNode() as Document | ShadowRoot;
    const host = 'host' in root ? root.host : null;
    cancelRef.current?.focus();

    // Keys are watched on the document (capture) so they work even when a click on plain text
    // left focus on <body>: Escape cancels, Tab and Shift+Tab cycle inside the dialog.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        settle('cancel');
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusableIn(dialog);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const active = root.activeElement;
      let next: HTMLElement | null = null;
      if (!active || !dialog.contains(active)) next = event.shiftKey ? last : first;
      else if (event.shiftKey && active === first) next = last;
      else if (!event.shiftKey && active === last) next = first;
      if (next) {
        event.preventDefault();
        event.stopPropagation();
        next.focus();
      }
    };
    // The page must not take focus away while the dialog is open (a script calling .focus()).
    let refocusing = false;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Node | null;
      if (refocusing || target === host || (target && dialog.contains(target))) return;
      refocusing = true;
      cancelRef.current?.focus();
      refocusing = false;
    };
    doc.addEventListener('keydown', onKeyDown, true);
    doc.addEventListener('focusin', onFocusIn, true);
    return () => {
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('focusin', onFocusIn, true);
    };
  }, [settle]);

  const onProceedClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (!isUserActivation(event.nativeEvent)) return;
    settle('proceed');
  };

  const reasons = [...verdict.reasons].sort((a, b) => rank(a) - rank(b));
  const documents = verdict.bnmpDocuments;
  const contactsId = useId();
  const wantsContacts = reasons.some((reason) => reason.actions.some((action) => action.kind === 'contact'));
  const showContacts = wantsContacts && props.contacts.length > 0;

  return (
    <div
      className="fixed inset-0 flex items-center justify-center bg-slate-950/55 p-3 font-sans text-sm leading-normal text-slate-800 antialiased sm:p-6"
      // A press on the backdrop must not move focus out of the dialog.
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) event.preventDefault();
      }}
    >
      <div
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className={`flex max-h-full w-full max-w-[560px] flex-col overflow-hidden rounded-xl border-t-[5px] bg-white shadow-2xl ring-1 ring-slate-900/10 ${
          block ? 'border-t-red-600' : 'border-t-amber-500'
        }`}
      >
        <div className="flex items-start gap-3 px-5 pt-5 pb-4">
          <span
            className={`mt-0.5 flex size-10 shrink-0 items-center justify-center rounded-full ${
              block ? 'bg-red-100 text-red-700' : 'bg-amber-100 text-amber-700'
            }`}
          >
            {block ? <BlockIcon className="size-6" /> : <WarnIcon className="size-6" />}
          </span>
          <div className="min-w-0">
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
              Sentinela BNMP · {tribunalName}
            </p>
            <h2 id={titleId} className="mt-0.5 text-lg leading-snug font-semibold text-slate-900">
              {block ? WARNING_TITLES.block : WARNING_TITLES.warn}
            </h2>
            <p id={descriptionId} className="mt-1 text-slate-600">
              {describe(block, documents.length)}
            </p>
          </div>
        </div>

        <div
          // Focusable so the keyboard can scroll a long list (and axe's scrollable-region rule holds).
          tabIndex={0}
          className="min-h-0 flex-1 space-y-5 overflow-y-auto overscroll-contain border-y border-slate-200 px-5 py-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600"
        >
          {documents.length > 0 && <DocumentList labels={documents.map((d) => d.label)} />}

          {reasons.length > 0 && (
            <section>
              <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {reasons.length === 1 ? 'O motivo e como resolver' : 'Os motivos e como resolver'}
              </h3>
              <ul className="space-y-3">
                {reasons.map((reason, index) => (
                  <ReasonItem
                    key={`${reason.code}-${index}`}
                    reason={reason}
                    props={props}
                    contactsId={showContacts ? contactsId : null}
                  />
                ))}
              </ul>
            </section>
          )}

          {showContacts && <ContactsSection id={contactsId} contacts={props.contacts} />}
        </div>

        <div className="flex flex-col-reverse gap-2 bg-slate-50 px-5 py-3.5 sm:flex-row sm:items-center sm:justify-end sm:gap-3">
          <button
            type="button"
            onClick={onProceedClick}
            className={
              block
                ? 'rounded-lg px-3.5 py-2 font-medium text-slate-600 underline decoration-slate-300 underline-offset-4 hover:bg-slate-200/60 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'
                : 'rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 shadow-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'
            }
          >
            Assinar mesmo assim
          </button>
          <button
            ref={cancelRef}
            type="button"
            onClick={() => settle('cancel')}
            className="rounded-lg bg-slate-900 px-5 py-2 font-semibold text-white shadow-sm hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
          >
            Cancelar
          </button>
        </div>
      </div>
    </div>
  );
}

function describe(block: boolean, count: number): string {
  const what = count === 0 ? 'nesta assinatura' : count === 1 ? 'neste documento do BNMP' : `nestes ${count} documentos do BNMP`;
  return block
    ? `Pelo seu cadastro no Sentinela, o CNJ não deve aceitar sua assinatura ${what}. Resolva antes de assinar.`
    : `Algo pode levar o CNJ a recusar sua assinatura ${what}. Confira os pontos abaixo antes de assinar.`;
}

const rank = (reason: Reason) => (reason.level === 'block' ? 0 : 1);

function DocumentList({ labels }: { labels: string[] }) {
  const shown = labels.slice(0, DOCUMENTS_SHOWN);
  const rest = labels.slice(DOCUMENTS_SHOWN);
  return (
    <section>
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {labels.length === 1 ? 'Documento enviado ao BNMP' : `${labels.length} documentos enviados ao BNMP`}
      </h3>
      <ul className="space-y-1.5">
        {shown.map((label, index) => (
          <DocumentItem key={index} label={label} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="group mt-1.5">
          <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded font-medium text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 [&::-webkit-details-marker]:hidden">
            <ChevronIcon className="size-4 transition-transform group-open:rotate-90" />
            {rest.length === 1 ? 'Ver mais 1 documento' : `Ver mais ${rest.length} documentos`}
          </summary>
          <ul className="mt-1.5 space-y-1.5">
            {rest.map((label, index) => (
              <DocumentItem key={index} label={label} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function DocumentItem({ label }: { label: string }) {
  const text = clampLabel(label);
  return (
    <li className="flex items-start gap-2 rounded-md bg-slate-100 px-2.5 py-1.5 text-slate-800">
      <DocumentIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
      <span className="line-clamp-2 min-w-0 break-words" title={text}>
        {text}
      </span>
    </li>
  );
}

/** What a reason needs to render its ways out (the dialog's props; the "Posso assinar agora?" answer passes its own). */
export type ReasonViewProps = Pick<WarningDialogProps, 'guideUrls' | 'sajRegistrationSteps' | 'onOpenGuide'>;

/** One reason with every way out; `contactsId` set when the contacts are listed after the reasons. */
export function ReasonItem({ reason, props, contactsId }: { reason: Reason; props: ReasonViewProps; contactsId: string | null }) {
  const block = reason.level === 'block';
  return (
    <li
      className={`rounded-lg border-l-4 px-3.5 py-3 ${
        block ? 'border-l-red-600 bg-red-50' : 'border-l-amber-500 bg-amber-50'
      }`}
    >
      <p
        className={`inline-flex items-center gap-1 text-xs font-bold tracking-wide uppercase ${
          block ? 'text-red-800' : 'text-amber-800'
        }`}
      >
        {block ? <BlockIcon className="size-4" /> : <WarnIcon className="size-4" />}
        {block ? 'Bloqueio' : 'Atenção'}
      </p>
      <p className="mt-1 text-slate-900">{reason.message}</p>
      {reason.lotacao && !reason.message.includes(reason.lotacao) && (
        <p className="mt-1 text-slate-600">
          Lotação: <span className="font-medium text-slate-800">{clampLabel(reason.lotacao)}</span>
        </p>
      )}
      {reason.actions.length > 0 && (
        <ul className="mt-2.5 space-y-2">
          {reason.actions.map((action, index) => (
            <li key={`${action.kind}-${index}`}>
              <ActionView action={action} props={props} contactsId={contactsId} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

const linkClass =
  'inline-flex items-start gap-1.5 rounded font-medium text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

function ActionView({ action, props, contactsId }: { action: RemediationAction; props: ReasonViewProps; contactsId: string | null }) {
  if (action.kind === 'contact') {
    // The contacts are listed once, after all reasons, so every reason stays in view first.
    return (
      <p className="flex items-start gap-1.5 text-slate-700">
        <PhoneIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
        <span>
          {action.label}
          {contactsId && <span className="text-slate-600"> — veja os contatos abaixo</span>}
        </span>
      </p>
    );
  }
  const external = safeLinkHref(action.url);
  const guide = safeLinkHref(props.guideUrls[action.kind]);
  if (action.kind === 'saj-registration') {
    return (
      <SajRegistration
        action={action}
        steps={props.sajRegistrationSteps}
        href={external ?? guide}
        onOpen={external ? undefined : opener(props.onOpenGuide, action.kind)}
      />
    );
  }
  if (external) return <ActionLink href={external} external label={action.label} />;
  if (guide) return <ActionLink href={guide} label={action.label} onOpen={opener(props.onOpenGuide, action.kind)} />;
  return <p className="text-slate-700">{action.label}</p>;
}

function opener(open: WarningDialogProps['onOpenGuide'], kind: RemediationAction['kind']): (() => void) | undefined {
  return open && kind !== 'contact' ? () => open(kind) : undefined;
}

function ActionLink({ href, label, external = false, onOpen }: { href: string; label: string; external?: boolean; onOpen?: () => void }) {
  const onClick = onOpen
    ? (event: MouseEvent) => {
        event.preventDefault();
        onOpen();
      }
    : undefined;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={linkClass} onClick={onClick}>
      {external ? <ExternalIcon className="mt-0.5 size-4 shrink-0" /> : <GuideIcon className="mt-0.5 size-4 shrink-0" />}
      <span>{label}</span>
      <span className="sr-only">{external ? ' (site do CNJ, abre em nova aba)' : ' (abre em nova aba)'}</span>
    </a>
  );
}

function SajRegistration({
  action,
  steps,
  href,
  onOpen,
}: {
  action: RemediationAction;
  steps: string[];
  href: string | null;
  onOpen: (() => void) | undefined;
}) {
  return (
    <details className="group rounded-md border border-slate-200 bg-white">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md px-2.5 py-1.5 font-medium text-sky-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 [&::-webkit-details-marker]:hidden">
        <ChevronIcon className="size-4 shrink-0 transition-transform group-open:rotate-90" />
        <span>
          {action.label}
          {action.database && <span className="font-normal text-slate-600"> — base {action.database}</span>}
        </span>
      </summary>
      <div className="border-t border-slate-200 px-3 py-2.5">
        {action.database && (
          <p className="mb-2 text-slate-700">
            Entre no SAJ pela base <strong className="font-semibold text-slate-900">{action.database}</strong> e siga os passos:
          </p>
        )}
        <ol className="list-decimal space-y-1 pl-5 text-slate-800 marker:text-slate-500">
          {steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
        {href && (
          <p className="mt-2">
            <ActionLink href={href} label="Guia completo" onOpen={onOpen} />
          </p>
        )}
      </div>
    </details>
  );
}

/** "Quem pode ajudar": each contact, how to reach it and whether it answers now. */
export function ContactsSection({ id, contacts }: { id: string; contacts: WarningContact[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Quem pode ajudar
      </h3>
      <ul className="space-y-2">
        {contacts.map((contact, index) => (
          <li key={index} className="rounded-lg border border-slate-200 px-3.5 py-2.5">
            <p className="font-semibold text-slate-900">{contact.name}</p>
            {contact.purpose && <p className="text-slate-600">{contact.purpose}</p>}
            <ContactLinks phones={contact.phones} emails={contact.emails} />
            {contact.officeLine && (
              <p className="mt-1 flex items-center gap-1.5 text-xs text-slate-600">
                <ClockIcon className="size-3.5 shrink-0" />
                {contact.officeLine}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}


/** Elements Tab can reach, in order; content of a closed <details> (except its summary) is skipped. */
function focusableIn(dialog: HTMLElement): HTMLElement[] {
  const all = dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])');
  return Array.from(all).filter((element) => !hiddenInDisclosure(element));
}

function hiddenInDisclosure(element: HTMLElement): boolean {
  for (let details = element.parentElement?.closest('details'); details; details = details.parentElement?.closest('details')) {
    const ownSummary = element.tagName === 'SUMMARY' && element.parentElement === details;
    if (!details.hasAttribute('open') && !ownSummary) return true;
  }
  return false;
}
