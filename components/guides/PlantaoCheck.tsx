/**
 * The plantão check (page /plantao.html): "Estarei de plantão em <data> na comarca <X>" → which
 * lotação the CNJ expects then and whether the person has it active; recording the plantão (the
 * reminder comes the day before when the lotação is missing) and the list of recorded ones.
 * Presentational; decisions in lib/guides/plantao-check (pure).
 */
import { useId, useMemo, useState } from 'react';
import { defaultPlantaoComarca } from '../../lib/guides/access-request';
import { isIsoDate, localToday, shortDateTime } from '../../lib/guides/local-time';
import {
  checkAssignment,
  checkPlantao,
  defaultAssignment,
  grauOf,
  upcomingAssignments,
  type AssignmentCheck,
  type Grau,
  type Holding,
  type PlantaoCheck as Check,
} from '../../lib/guides/plantao-check';
import type { Person, PlantaoAssignment } from '../../lib/status/schema';
import { knownComarcas } from '../../lib/tribunals/lotacao-name';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import type { SaveOutcome } from './PasswordGuide';
import { guidanceOf } from '../../lib/guides/guidance';
import { contactsFor } from '../../lib/tribunals/era';
import { contactName } from '../../lib/readiness/messages';
import { Callout, Card, GuideLayout, PersonPicker, focusRing, inputClass, linkClass, primaryButton, secondaryButton } from './ui';

export interface PlantaoCheckProps {
  profile: TribunalProfile;
  now: Date;
  statusState: 'loading' | 'ok' | 'empty' | 'unreadable';
  people: readonly { id: string; name: string }[];
  person?: Person;
  onPickPerson: (id: string) => void;
  onRecord: (assignment: PlantaoAssignment) => Promise<SaveOutcome>;
  onRemove: (assignment: PlantaoAssignment) => Promise<SaveOutcome>;
}

const WHY_LABEL = {
  weekend: 'fim de semana',
  holiday: 'feriado',
  recesso: 'recesso forense',
  hours: 'dia útil, plantão noturno',
} as const;

export function PlantaoCheck(props: PlantaoCheckProps) {
  const { profile, person, now } = props;
  const dateId = useId();
  const comarcaId = useId();
  const grauId = useId();
  const [date, setDate] = useState(() => {
    const next = person ? upcomingAssignments(person, now)[0] : undefined;
    return next ? localToday(new Date(next.start), profile.timeZone) : localToday(now, profile.timeZone);
  });
  const [comarca, setComarca] = useState(() => (person ? (defaultPlantaoComarca(profile, person, now) ?? '') : ''));
  const [grau, setGrau] = useState<Grau>(grauOf(person));
  const [message, setMessage] = useState<{ tone: 'ok' | 'block'; text: string }>();
  const comarcas = useMemo(() => knownComarcas(profile).sort((a, b) => a.localeCompare(b, 'pt-BR')), [profile]);

  const ready = isIsoDate(date) && comarca.trim() !== '';
  const check = ready ? checkPlantao(profile, { date, comarca: comarca.trim(), grau }, person) : undefined;
  const assignment = check ? defaultAssignment(profile, date, check.comarca ?? comarca.trim()) : undefined;
  const alreadyRecorded =
    !!assignment && !!person?.plantoes.some((p) => Date.parse(p.start) === Date.parse(assignment.start) && Date.parse(p.end) === Date.parse(assignment.end));

  const run = async (action: () => Promise<SaveOutcome>, done: string) => {
    const result = await action();
    setMessage(result.ok ? { tone: 'ok', text: done } : { tone: 'block', text: `Não foi possível registrar: ${result.message}` });
  };

  return (
    <GuideLayout
      current="plantao"
      guidance={guidanceOf(profile)}
      tribunal={profile.shortName}
      title="Lotação de plantão"
      intro={<p className="max-w-2xl">No plantão, o CNJ confere a lotação de plantão, não a da sua vara. Veja qual é exigida no dia e se você a tem ativa.</p>}
      aside={<PersonPicker people={props.people} selectedId={person?.id} onChange={props.onPickPerson} label="Plantão de" />}
    >
      <Card id="verificar" title="Estarei de plantão em…">
        <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
          <div>
            <label htmlFor={dateId} className="block font-medium text-slate-700">
              Data
            </label>
            <input id={dateId} type="date" value={date} onChange={(e) => setDate(e.target.value)} className={`${inputClass} mt-1 h-10 w-44`} />
          </div>
          <div className="min-w-56 flex-1">
            <label htmlFor={comarcaId} className="block font-medium text-slate-700">
              na comarca
            </label>
            <input
              id={comarcaId}
              list={`${comarcaId}-lista`}
              value={comarca}
              onChange={(e) => setComarca(e.target.value)}
              placeholder="Ex.: Três Lagoas"
              className={`${inputClass} mt-1 h-10`}
            />
            <datalist id={`${comarcaId}-lista`}>
              {comarcas.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor={grauId} className="block font-medium text-slate-700">
              Instância
            </label>
            <select id={grauId} value={grau} onChange={(e) => setGrau(e.target.value === '2' ? 2 : 1)} className={`${inputClass} mt-1 h-10 w-32`}>
              <option value="1">1º grau</option>
              <option value="2">2º grau</option>
            </select>
          </div>
        </form>
        {!ready && <p className="mt-3 text-slate-600">Informe a data e a comarca.</p>}
      </Card>

      {check && assignment && (
        <Card id="resultado" title={`Plantão em ${shortDateTime(check.instant, profile.timeZone).replace(/ \d+h\d*$/, '')} — ${WHY_LABEL[check.why]}`}>
          <Result check={check} profile={profile} comarcaTyped={comarca.trim()} person={person} />
          {person && props.statusState === 'ok' && (
            <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
              <button
                type="button"
                className={primaryButton}
                disabled={alreadyRecorded}
                onClick={() => run(() => props.onRecord(assignment), 'Plantão registrado. Se a lotação de plantão faltar, o Sentinela avisa na véspera.')}
              >
                {alreadyRecorded ? 'Plantão já registrado' : 'Registrar este plantão'}
              </button>
              <span className="text-slate-600">
                {shortDateTime(new Date(assignment.start), profile.timeZone)} até {shortDateTime(new Date(assignment.end), profile.timeZone)}
              </span>
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
      )}

      {person && (
        <Card id="registrados" title="Plantões registrados">
          <Recorded person={person} profile={profile} now={now} onRemove={(a) => run(() => props.onRemove(a), 'Plantão removido.')} />
        </Card>
      )}
    </GuideLayout>
  );
}

/** "a Coordenadoria de Gerência…": who a source names for doubts about access. */
function askWhom(profile: TribunalProfile): string {
  const contact = contactsFor(profile, 'pedido-de-acesso')[0];
  return contact ? contactName(contact) : 'quem libera o acesso';
}

function kindExplanation(check: Check): string {
  switch (check.required.kind) {
    case 'plantao_judiciario':
      return (
        `No ${check.era.label}, documentos de plantão só são emitidos nas lotações “Plantão Judiciário 1º Grau” e “Plantão Judiciário 2º Grau” ` +
        '(Res. CNJ 417/2021, art. 2º, § 2º, com a redação da Res. 554/2024), em qualquer dia de plantão. Em alguns tribunais a de 1º grau se ' +
        'subdivide por região (“Plantão Judiciário 1º Grau – 1ª Região”…, Ofício Circular CGJES 2324939/2024): nesse caso, vale a da região do seu plantão.'
      );
    case 'circunscricao':
      return 'No recesso forense, o plantão usa a lotação da circunscrição a que a comarca pertence (Portaria 1019/2020).';
    case 'regiao':
      return 'Em fins de semana, feriados e no plantão noturno, o plantão usa a lotação da região de plantão da comarca (Provimento 306/2014, art. 10).';
  }
}

function Result({ check, profile, comarcaTyped, person }: { check: Check; profile: TribunalProfile; comarcaTyped: string; person?: Person }) {
  const needsComarca = check.required.kind !== 'plantao_judiciario';
  return (
    <div className="space-y-3">
      <div className="rounded-lg bg-slate-50 p-3.5 ring-1 ring-slate-200">
        <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Lotação exigida pelo CNJ</p>
        <p className="mt-0.5 text-lg font-semibold text-slate-900">
          {check.required.name ?? (check.required.kind === 'regiao' ? 'Lotação de plantão da região' : 'Lotação de plantão da circunscrição')}
        </p>
        {check.required.area && <p className="text-slate-700">{check.required.area}</p>}
        <p className="mt-1 text-slate-600">{kindExplanation(check)}</p>
      </div>
      {needsComarca && !check.comarca && (
        <Callout tone="warn" title="Comarca não encontrada">
          <p>
            “{comarcaTyped}” não está na tabela de comarcas do {profile.shortName}. Confira a grafia; sem a comarca não dá para saber a
            lotação.
          </p>
        </Callout>
      )}
      {needsComarca && check.comarca && !check.required.name && (
        <Callout tone="warn" title="Nome da lotação desconhecido">
          <p>
            O perfil do {profile.shortName} não tem a tabela de regiões de plantão (não é pública), então o Sentinela não sabe o nome da
            lotação de {check.comarca}. Confirme o nome com {askWhom(profile)}; a TI pode preencher a tabela.
          </p>
        </Callout>
      )}
      {person ? (
        <HoldingView holding={check.holding} />
      ) : (
        <p className="text-slate-600">
          Registre sua situação em{' '}
          <a href="options.html" className={linkClass}>
            Minha situação
          </a>{' '}
          para saber se você tem essa lotação ativa.
        </p>
      )}
    </div>
  );
}

const STATUS_TEXT = {
  ativa: 'está ativa',
  solicitada: 'foi pedida e ainda não foi liberada',
  negada: 'teve o acesso negado',
  revogada: 'teve o acesso revogado',
  nao_solicitada: 'ainda não foi pedida',
  ausente: 'não está entre as suas lotações registradas',
} as const;

function HoldingView({ holding }: { holding: Holding | undefined }) {
  if (!holding) return null;
  switch (holding.state) {
    case 'held':
      return (
        <Callout tone="ok" title="Você tem essa lotação ativa" role="status">
          <p>
            Registrada como “{holding.lotacao.name}”{holding.byKind ? ' (lotação de plantão deste tipo)' : ''}.
          </p>
        </Callout>
      );
    case 'relaxed':
      return (
        <Callout tone="info" title="Magistrado(a): qualquer unidade do tribunal" role="status">
          <p>Desde 15/08/2021 o CNJ deixa magistrados atuarem em qualquer unidade do seu tribunal; a lotação de plantão {STATUS_TEXT[holding.status]}.</p>
        </Callout>
      );
    case 'missing':
      return (
        <Callout tone="block" title="Você não tem essa lotação ativa" role="status">
          <p>
            A lotação {STATUS_TEXT[holding.status]}. Sem ela o CNJ recusará as assinaturas do plantão. Peça o acesso antes do plantão:{' '}
            <a href="guia-acesso.html" className={linkClass}>
              montar o pedido
            </a>
            .
          </p>
        </Callout>
      );
    case 'unknown':
      return (
        <Callout tone="warn" title="Confira a lotação de plantão" role="status">
          <p>
            Você não tem uma lotação de plantão deste tipo registrada como ativa. Se tiver, registre-a em{' '}
            <a href="options.html" className={linkClass}>
              Minha situação
            </a>{' '}
            marcando-a como lotação de plantão.
          </p>
        </Callout>
      );
  }
}

const STATE_CHIP: Record<AssignmentCheck['state'], { text: string; className: string }> = {
  held: { text: 'lotação ativa', className: 'bg-emerald-100 text-emerald-800' },
  missing: { text: 'falta a lotação', className: 'bg-red-100 text-red-800' },
  unknown: { text: 'conferir lotação', className: 'bg-amber-100 text-amber-800' },
};

function Recorded({ person, profile, now, onRemove }: { person: Person; profile: TribunalProfile; now: Date; onRemove: (a: PlantaoAssignment) => void }) {
  const upcoming = upcomingAssignments(person, now);
  if (upcoming.length === 0) {
    return <p className="text-slate-600">Nenhum plantão futuro registrado. Registre acima para receber o lembrete na véspera.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
      {upcoming.map((a) => {
        const check = checkAssignment(profile, person, a);
        const chip = STATE_CHIP[check.state];
        return (
          <li key={`${a.start}|${a.end}|${a.comarca}`} className="flex flex-wrap items-center justify-between gap-2 px-3.5 py-2.5">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {shortDateTime(new Date(a.start), profile.timeZone)} → {shortDateTime(new Date(a.end), profile.timeZone)}
              </p>
              <p className="text-slate-600">
                {a.comarca} · {check.needs.map(({ need }) => need.required.name ?? `plantão da ${need.required.kind === 'regiao' ? 'região' : 'circunscrição'}`).join(', ')}
              </p>
            </div>
            <div className="flex items-center gap-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${chip.className}`}>{chip.text}</span>
              <button type="button" className={`${secondaryButton} px-2.5 py-1 text-xs ${focusRing}`} onClick={() => onRemove(a)}>
                Remover
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

