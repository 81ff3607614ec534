/**
 * The password reset guide (page /guia-senha.html): the CNJ steps for the era in force, the CPF box,
 * the lockout rule, the voluntary password change (which makes the SAJ registrations stale just the
 * same), who resets when the e-mail does not come (open now or when), and what to redo in SAJ
 * afterwards, with buttons that record it. Every step names its source; the tribunal's guidance (GPS)
 * closes the page. Support mode adds the analyst's checklist.
 * Presentational: the entry point passes data and callbacks.
 */
import { useState, type ReactNode } from 'react';
import type { ContactNow } from '../../lib/guides/contacts';
import { formatIsoDate, type DatabaseRegistration, type PasswordGuide as Guide } from '../../lib/guides/password-reset';
import type { ChecklistItem } from '../../lib/guides/support-checklist';
import type { Person } from '../../lib/status/schema';
import { guidanceOf } from '../../lib/guides/guidance';
import type { Step, TribunalProfile } from '../../lib/tribunals/schema';
import { citationsText } from '../../lib/tribunals/sources';
import { ExternalIcon } from '../warning/icons';
import { CpfBox } from './CpfBox';
import { SupportChecklist } from './SupportChecklist';
import { Callout, Card, ContactList, GuideLayout, PersonPicker, SourceLine, focusRing, linkClass, primaryButton, secondaryButton } from './ui';

export type SaveOutcome = { ok: true } | { ok: false; message: string };

export interface PasswordGuideProps {
  profile: TribunalProfile;
  guide: Guide;
  /** Who resets the password when the e-mail does not come (seed 000: only the Coordenadoria). */
  contacts: readonly ContactNow[];
  now: Date;
  /** The tribunal's date today, AAAA-MM-DD. */
  today: string;
  statusState: 'loading' | 'ok' | 'empty' | 'unreadable';
  people: readonly { id: string; name: string }[];
  person?: Person;
  registrations: readonly DatabaseRegistration[];
  onPickPerson: (id: string) => void;
  onRecordPasswordChange: () => Promise<SaveOutcome>;
  onRecordRegistration: (database: string) => Promise<SaveOutcome>;
  supportMode: boolean;
  onSupportMode: (on: boolean) => void;
  checklist: readonly ChecklistItem[];
}

export function PasswordGuide(props: PasswordGuideProps) {
  const { guide, profile } = props;
  return (
    <GuideLayout
      current="guia-senha"
      tribunal={profile.shortName}
      title={`Redefinir a senha do ${guide.system}`}
      guidance={guidanceOf(profile)}
      intro={
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="max-w-xl space-y-2">
            <p>
              A senha do BNMP é a da sua conta no <strong className="font-semibold text-slate-900">{guide.system}</strong> ({guide.era.label}). Siga os
              passos abaixo; depois, informe a senha nova no SAJ.
            </p>
            <a href={guide.loginUrl} target="_blank" rel="noopener noreferrer" className={`${secondaryButton} no-underline`}>
              <ExternalIcon className="size-4" />
              Abrir o BNMP
              <span className="sr-only"> ({guide.era.label}, site do CNJ, abre em nova aba)</span>
            </a>
          </div>
          <label className={`inline-flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 shadow-xs ${focusRing}`}>
            <input type="checkbox" checked={props.supportMode} onChange={(e) => props.onSupportMode(e.target.checked)} className="size-4 accent-sky-700" />
            Modo atendimento (suporte)
          </label>
        </div>
      }
      aside={
        <PersonPicker
          people={props.people}
          selectedId={props.person?.id}
          onChange={props.onPickPerson}
          label="Guia para"
        />
      }
    >
      {props.supportMode && <SupportChecklist items={props.checklist} profile={profile} guide={guide} now={props.now} />}

      <Callout tone="warn" title="Não tente adivinhar a senha">
        <p>{guide.lockout}</p>
      </Callout>
      {guide.eraNote && (
        <Callout tone="info">
          <p>{guide.eraNote}</p>
        </Callout>
      )}

      <Card id="passos" step={1} title="Redefina a senha no site do CNJ">
        <p className="mb-3">
          <a href={guide.resetUrl} target="_blank" rel="noopener noreferrer" className={`${primaryButton} no-underline`}>
            <ExternalIcon className="size-4" />
            Abrir {hostOf(guide.resetUrl)}
            <span className="sr-only"> (site do CNJ, abre em nova aba)</span>
          </a>
        </p>
        <Steps steps={guide.steps} profile={profile} />
        <div className="mt-4 rounded-lg bg-slate-50 p-3.5 ring-1 ring-slate-200">
          <CpfBox {...(props.person?.cpf ? { recordedCpf: props.person.cpf } : {})} />
          {!guide.asksCpf && <p className="mt-1 text-xs text-slate-500">Se a tela do CNJ pedir o CPF, informe só os números.</p>}
        </div>
      </Card>

      <Card id="troca" step={2} title="Trocar a senha que você sabe">
        <p className="mb-3">
          Trocar a senha por vontade própria tem o mesmo efeito que redefini-la: o cadastro no SAJ feito com a senha antiga deixa de valer.
        </p>
        <Steps steps={guide.changeSteps} profile={profile} />
        {guide.sajDatabases.length > 0 && (
          <p className="mt-3 font-medium text-slate-900">
            Depois, informe a senha nova no SAJ, em cada base (passo 4, abaixo).
          </p>
        )}
      </Card>

      <Card id="sem-email" step={3} title="Não recebi o e-mail">
        <p className="mb-3">
          Espere alguns minutos e confira a caixa de spam ou lixo eletrônico do seu e-mail funcional. Se o e-mail não chegar, peça o reset da
          senha {props.contacts.length > 1 ? 'a um destes contatos' : 'a este contato'}:
        </p>
        <ContactList contacts={props.contacts} />
        <SourceLine className="mt-2" source={citationsText(profile, props.contacts.flatMap((c) => (c.contact.source ? [c.contact.source] : [])))} />
      </Card>

      <AfterChange {...props} />
    </GuideLayout>
  );
}

/** A numbered list of steps, then where they come from. */
function Steps({ steps, profile }: { steps: readonly Step[]; profile: TribunalProfile }) {
  return (
    <>
      <ol className="list-decimal space-y-1.5 pl-5 text-slate-800 marker:font-semibold marker:text-slate-500">
        {steps.map((step, i) => (
          <li key={i}>{step.text}</li>
        ))}
      </ol>
      <SourceLine className="mt-2" source={citationsText(profile, steps.map((s) => s.source))} />
    </>
  );
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
}

function AfterChange(props: PasswordGuideProps) {
  const { guide, person } = props;
  const [message, setMessage] = useState<{ tone: 'ok' | 'block'; text: string }>();
  const run = async (action: () => Promise<SaveOutcome>, done: string) => {
    const result = await action();
    setMessage(result.ok ? { tone: 'ok', text: done } : { tone: 'block', text: `Não foi possível registrar: ${result.message}` });
  };
  const changedOn = person?.cnjAccount.lastPasswordChangeOn;
  const changedToday = changedOn === props.today;

  let recording: ReactNode;
  if (props.statusState === 'loading') recording = null;
  else if (props.statusState === 'unreadable') {
    recording = (
      <Callout tone="warn">
        <p>
          A situação guardada neste navegador não pôde ser lida; por isso não dá para registrar a troca aqui. Abra{' '}
          <a href="options.html" className={linkClass}>
            Minha situação
          </a>
          .
        </p>
      </Callout>
    );
  } else if (!person) {
    recording = (
      <p className="text-slate-700">
        {props.people.length > 1 ? 'Escolha a pessoa acima para registrar a troca. ' : 'Nenhuma situação registrada neste navegador. '}
        Com a situação registrada em{' '}
        <a href="options.html" className={linkClass}>
          Minha situação
        </a>
        , o Sentinela avisa antes de uma assinatura numa base do SAJ em que o cadastro ficou com a senha antiga.
      </p>
    );
  } else {
    recording = (
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={primaryButton}
            onClick={() => run(props.onRecordPasswordChange, `Troca de senha registrada em ${formatIsoDate(props.today)}.`)}
            disabled={changedToday}
          >
            Troquei a senha hoje
          </button>
          <span className="text-slate-600">
            {changedOn ? `Última troca registrada: ${formatIsoDate(changedOn)}.` : 'Nenhuma troca registrada.'}
          </span>
        </div>
        <p className="text-slate-600">
          Com a data registrada, o Sentinela avisa antes de assinar numa base do SAJ cujo cadastro é anterior à troca — o CNJ recusaria a
          assinatura.
        </p>
      </div>
    );
  }

  return (
    <Card id="cadastro-saj" step={4} title={guide.sajDatabases.length ? 'Depois da troca: informe a senha nova no SAJ' : 'Depois da troca'}>
      {guide.sajDatabases.length > 0 ? (
        <div className="mb-4">
          <Steps steps={guide.sajSteps} profile={props.profile} />
        </div>
      ) : (
        <p className="mb-4 text-slate-700">
          No {props.profile.shortName} a assinatura é feita no BNMP web: não há cadastro no SAJ a refazer. Use a senha nova no próximo acesso.
        </p>
      )}
      {recording}
      {person && guide.sajDatabases.length > 0 && props.statusState === 'ok' && (
        <div className="mt-4">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Cadastro no SAJ, base por base</h3>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {props.registrations.map((r) => (
              <li key={r.database} className="flex flex-wrap items-center justify-between gap-2 px-3.5 py-2.5">
                <div>
                  <p className="font-medium text-slate-900">{r.database}</p>
                  <p className={r.state === 'fresh' ? 'text-emerald-700' : r.state === 'stale' ? 'text-red-700' : 'text-slate-600'}>
                    {r.state === 'fresh'
                      ? `Em dia — cadastro de ${formatIsoDate(r.registeredOn ?? '')}`
                      : r.state === 'stale'
                        ? `Refazer — cadastro de ${formatIsoDate(r.registeredOn ?? '')}, anterior à troca de senha`
                        : 'Sem cadastro registrado'}
                  </p>
                </div>
                <button
                  type="button"
                  className={secondaryButton}
                  disabled={r.registeredOn === props.today}
                  onClick={() => run(() => props.onRecordRegistration(r.database), `Cadastro na base ${r.database} registrado em ${formatIsoDate(props.today)}.`)}
                >
                  Refiz nesta base hoje
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && (
        <div className="mt-3">
          <Callout tone={message.tone} role="status">
            <p>{message.text}</p>
          </Callout>
        </div>
      )}
    </Card>
  );
}
