/**
 * Building blocks shared by the guide pages (password, access, plantão, diagnostics): the page
 * frame, cards, callouts, copy buttons and the contact list. They look like the warning dialog
 * (components/warning) so a person who saw the warning recognises the guide. Presentational: no
 * `browser.*` (links between pages are relative: every page lives at the extension's root).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { BlockIcon, ClockIcon, PhoneIcon, WarnIcon } from '../warning/icons';
import { ContactLinks } from '../warning/ContactLinks';
import type { ContactNow } from '../../lib/guides/contacts';
import type { Guidance } from '../../lib/guides/guidance';

export const GUIDE_PAGES = [
  { page: 'guia-senha', label: 'Senha' },
  { page: 'guia-acesso', label: 'Pedir acesso' },
  { page: 'plantao', label: 'Plantão' },
  { page: 'diagnostico', label: 'Diagnóstico' },
  { page: 'posso-assinar', label: 'Posso assinar?' },
] as const;
export type GuidePage = (typeof GUIDE_PAGES)[number]['page'];

export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';
export const linkClass = `rounded font-medium text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 ${focusRing}`;
export const primaryButton = `inline-flex items-center justify-center gap-1.5 rounded-lg bg-slate-900 px-4 py-2 font-semibold text-white shadow-sm hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-400 ${focusRing}`;
export const secondaryButton = `inline-flex items-center justify-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3.5 py-2 font-medium text-slate-800 shadow-xs hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-400 ${focusRing}`;
export const inputClass = `w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-sky-600 focus:outline-2 focus:outline-sky-600/30`;

export function GuideLayout(props: {
  current: GuidePage;
  tribunal: string;
  title: string;
  intro?: ReactNode;
  aside?: ReactNode;
  /** The tribunal's own guidance (TJMS: its GPS), linked at the end with the date it was last checked. */
  guidance?: Guidance | undefined;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${props.title} — Sentinela BNMP`;
  }, [props.title]);
  // Links such as guia-senha.html#cadastro-saj point at a section rendered after the page loaded.
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));
  }, []);
  return (
    <div className="min-h-screen bg-slate-100 font-sans text-sm leading-normal text-slate-800 antialiased">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-end justify-between gap-x-6 gap-y-3 px-6 pt-5 pb-4">
          <div className="min-w-0">
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Sentinela BNMP · {props.tribunal}</p>
            <h1 className="mt-0.5 text-xl leading-snug font-semibold text-slate-900">{props.title}</h1>
          </div>
          <nav aria-label="Guias do Sentinela">
            <ul className="flex flex-wrap gap-1">
              {GUIDE_PAGES.map(({ page, label }) => (
                <li key={page}>
                  <a
                    href={`${page}.html`}
                    aria-current={page === props.current ? 'page' : undefined}
                    className={`block rounded-md px-2.5 py-1.5 font-medium ${
                      page === props.current ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
                    } ${focusRing}`}
                  >
                    {label}
                  </a>
                </li>
              ))}
              <li>
                <a href="options.html" className={`block rounded-md px-2.5 py-1.5 font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 ${focusRing}`}>
                  Minha situação
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-5 px-6 py-6">
        {props.intro && <div className="text-[15px] text-slate-700">{props.intro}</div>}
        {props.aside}
        {props.children}
        {props.guidance && <GuidanceNote guidance={props.guidance} tribunal={props.tribunal} />}
      </main>
      <footer className="mx-auto max-w-3xl px-6 pb-8 text-xs text-slate-600">
        O Sentinela nunca pede, guarda ou envia a sua senha. Tudo o que você registra fica só neste navegador.
      </footer>
    </div>
  );
}

/** Seed 000 ends: "consulte sempre o GPS. Orientação sujeita a alterações." So does every guide. */
function GuidanceNote({ guidance, tribunal }: { guidance: Guidance; tribunal: string }) {
  return (
    <section aria-labelledby="orientacao-titulo" className="rounded-xl bg-white px-5 py-4 shadow-sm ring-1 ring-slate-900/10">
      <h2 id="orientacao-titulo" className="font-semibold text-slate-900">
        Orientação do {tribunal}: consulte sempre o {guidance.label}
      </h2>
      <p className="mt-0.5 text-slate-600">Orientação sujeita a alterações. Este guia segue:</p>
      <ul className="mt-1.5 space-y-1">
        {guidance.pages.map((page) => (
          <li key={page.title} className="text-slate-700">
            {page.url ? <ExternalLink href={page.url}>{page.title}</ExternalLink> : <span className="font-medium text-slate-900">{page.title}</span>}
            {page.publishedIn && <span className="text-slate-600"> ({page.publishedIn})</span>}
            <span className="block text-xs text-slate-600">{page.dates}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Fonte: GPS TJMS “Acesso ao BNMP 2.0”, item 1": where a step or a rule comes from. */
export function SourceLine({ source, className }: { source: string; className?: string }) {
  if (!source) return null;
  return <p className={`text-xs text-slate-600 ${className ?? ''}`}>Fonte: {source}</p>;
}

export function Card(props: { title?: ReactNode; id?: string; step?: number; children: ReactNode; className?: string }) {
  const headingId = props.id ? `${props.id}-titulo` : undefined;
  return (
    <section id={props.id} aria-labelledby={headingId} className={`rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-900/10 ${props.className ?? ''}`}>
      {props.title && (
        <h2 id={headingId} className="mb-3 flex items-center gap-2 text-base font-semibold text-slate-900">
          {props.step !== undefined && (
            <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-900 text-xs font-bold text-white" aria-hidden="true">
              {props.step}
            </span>
          )}
          {props.title}
        </h2>
      )}
      {props.children}
    </section>
  );
}

const TONES = {
  block: { box: 'border-l-red-600 bg-red-50', title: 'text-red-800', icon: <BlockIcon className="size-4 shrink-0" /> },
  warn: { box: 'border-l-amber-500 bg-amber-50', title: 'text-amber-800', icon: <WarnIcon className="size-4 shrink-0" /> },
  info: { box: 'border-l-sky-600 bg-sky-50', title: 'text-sky-900', icon: null },
  ok: { box: 'border-l-emerald-600 bg-emerald-50', title: 'text-emerald-800', icon: null },
} as const;

export function Callout(props: { tone: keyof typeof TONES; title?: string; children: ReactNode; role?: 'status' | 'alert' }) {
  const tone = TONES[props.tone];
  return (
    <div role={props.role} className={`rounded-lg border-l-4 px-3.5 py-3 ${tone.box}`}>
      {props.title && (
        <p className={`mb-1 inline-flex items-center gap-1.5 font-semibold ${tone.title}`}>
          {tone.icon}
          {props.title}
        </p>
      )}
      <div className="text-slate-800">{props.children}</div>
    </div>
  );
}

/** Copies `text` (or what `getText` returns at click time); says "Copiado" for a moment. */
export function CopyButton(props: { text: string | undefined; label: string; className?: string; disabledReason?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    if (props.text === undefined) return;
    const ok = await copyText(props.text);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} disabled={props.text === undefined} title={props.text === undefined ? props.disabledReason : undefined} className={props.className ?? secondaryButton}>
        {props.label}
      </button>
      <span role="status" className="text-xs font-medium text-emerald-700">
        {state === 'copied' ? 'Copiado' : state === 'failed' ? <span className="text-red-700">Não foi possível copiar: selecione o texto e use Ctrl+C</span> : ''}
      </span>
    </span>
  );
}

/** Clipboard API, else the old selection + execCommand route (some locked-down browsers). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export function ContactList({ contacts }: { contacts: readonly ContactNow[] }) {
  if (contacts.length === 0) return <p className="text-slate-600">O perfil do tribunal não tem contatos cadastrados.</p>;
  return (
    <ul className="space-y-2">
      {contacts.map(({ contact, status, line, hoursText }, index) => {
        // Published hours are the phones' (seed 000: "telefones … (12h às 18h)"); e-mail is read at any time.
        const phonesWord = contact.phones.length > 1 ? 'Telefones' : 'Telefone';
        const timed = contact.hours !== undefined && contact.phones.length > 0;
        return (
          <li key={index} className="rounded-lg border border-slate-200 px-3.5 py-2.5">
            <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
              <p className="font-semibold text-slate-900">{contact.name}</p>
              <p
                className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${
                  status.state === 'open' ? 'bg-emerald-100 text-emerald-800' : status.state === 'closed' ? 'bg-slate-200 text-slate-700' : 'bg-slate-100 text-slate-600'
                }`}
              >
                {timed ? <PhoneIcon className="size-3.5" /> : <ClockIcon className="size-3.5" />}
                {timed && <span className="sr-only">{phonesWord}: </span>}
                {line}
              </p>
            </div>
            {contact.purpose && <p className="text-slate-600">{contact.purpose}</p>}
            {hoursText && timed && (
              <p className="text-xs text-slate-600">
                {phonesWord}: {hoursText}
                {contact.emails.length > 0 ? ' · e-mail a qualquer hora' : ''}
              </p>
            )}
            <ContactLinks phones={contact.phones} emails={contact.emails} />
          </li>
        );
      })}
    </ul>
  );
}


export function PersonPicker(props: {
  people: readonly { id: string; name: string }[];
  selectedId: string | undefined;
  onChange: (id: string) => void;
  label?: string;
}) {
  if (props.people.length < 2) return null;
  return (
    <label className="flex flex-wrap items-center gap-2 text-slate-700">
      <span className="font-medium">{props.label ?? 'Pessoa'}</span>
      <select
        value={props.selectedId ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
        className={`rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 ${focusRing}`}
      >
        {props.selectedId === undefined && <option value="">Escolha…</option>}
        {props.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A link that opens outside the extension (CNJ pages). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {children}
      <span className="sr-only"> (abre em nova aba)</span>
    </a>
  );
}
