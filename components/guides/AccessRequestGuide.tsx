/**
 * The access request helper (page /guia-acesso.html): where and who asks in this tribunal, which
 * lotações the person is missing (plantão ones included), and the request text to copy.
 * Presentational; the lists come from lib/guides/access-request (pure).
 */
import { useId, useMemo, useState } from 'react';
import {
  accessRequestItems,
  accessRequestText,
  defaultPlantaoComarca,
  worksPlantao,
  type AccessRequestWhere,
  type RequestItem,
} from '../../lib/guides/access-request';
import { CARGO_LABELS, type Person } from '../../lib/status/schema';
import { knownComarcas } from '../../lib/tribunals/lotacao-name';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { guidanceOf } from '../../lib/guides/guidance';
import { ExternalIcon } from '../warning/icons';
import { Callout, Card, CopyButton, ExternalLink, GuideLayout, PersonPicker, SourceLine, focusRing, inputClass, linkClass, primaryButton, secondaryButton } from './ui';

export interface AccessRequestGuideProps {
  profile: TribunalProfile;
  where: AccessRequestWhere;
  now: Date;
  statusState: 'loading' | 'ok' | 'empty' | 'unreadable';
  people: readonly { id: string; name: string }[];
  person?: Person;
  onPickPerson: (id: string) => void;
}

export function AccessRequestGuide(props: AccessRequestGuideProps) {
  const { profile, where, person } = props;
  const selfService = where.channels.find((c) => c.selfService);
  return (
    <GuideLayout
      current="guia-acesso"
      tribunal={profile.shortName}
      guidance={guidanceOf(profile)}
      title="Pedir acesso às lotações"
      intro={
        <p className="max-w-2xl">
          O CNJ recusa a assinatura de um documento do BNMP feita de uma lotação que não foi liberada para você. Veja onde pedir, quem pede e
          copie o pedido pronto com as lotações que faltam.
        </p>
      }
      aside={<PersonPicker people={props.people} selectedId={person?.id} onChange={props.onPickPerson} label="Pedido para" />}
    >
      <Card id="onde" step={1} title="Onde e quem pede">
        <ol className="space-y-2.5">
          {where.channels.map((c, i) => (
            <li key={c.channel} className="rounded-lg border border-slate-200 px-3.5 py-2.5">
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                {where.channels.length > 1 ? `${i + 1}º caminho no ${profile.shortName}` : `No ${profile.shortName}`}
              </p>
              <p className="font-semibold text-slate-900">{c.url ? <ExternalLink href={c.url}>{c.channel}</ExternalLink> : c.channel}</p>
              <dl className="mt-1 grid gap-x-3 gap-y-0.5 sm:grid-cols-[7rem_1fr]">
                <dt className="text-slate-500">Quem pede</dt>
                <dd className="text-slate-900">{capitalize(c.whoAsks)}</dd>
                {c.purpose && (
                  <>
                    <dt className="text-slate-500">Para</dt>
                    <dd className="text-slate-900">{capitalize(c.purpose)}</dd>
                  </>
                )}
              </dl>
              <SourceLine className="mt-1" source={c.source} />
            </li>
          ))}
        </ol>

        <div className="mt-4 space-y-1.5">
          <h3 className="font-semibold text-slate-900">Depois da liberação</h3>
          {where.afterRelease.length > 0 ? (
            <>
              <ul className="list-disc space-y-1 pl-5 text-slate-800">
                {where.afterRelease.map((a) => (
                  <li key={a.text}>{a.text}</li>
                ))}
              </ul>
              <SourceLine source={[...new Set(where.afterRelease.map((a) => a.source))].join('; ')} />
            </>
          ) : (
            <p className="text-slate-800">Entre no BNMP com a sua conta para conferir o acesso.</p>
          )}
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 pt-1">
            <a href={where.bnmp.url} target="_blank" rel="noopener noreferrer" className={`${secondaryButton} no-underline`}>
              <ExternalIcon className="size-4" />
              Abrir o BNMP
              <span className="sr-only"> ({where.bnmp.label}, site do CNJ, abre em nova aba)</span>
            </a>
            <span className="text-slate-600">
              Conta e senha no CNJ: <ExternalLink href={where.cnj.url}>{where.cnj.system}</ExternalLink>
            </span>
          </p>
        </div>

        {where.allowedCargos && (
          <div className="mt-3">
            <Callout tone={where.cargoAllowed === false ? 'warn' : 'info'} title="Quem pode ter acesso">
              <p>{where.allowedCargos.labels.join(', ')}.</p>
              {where.allowedCargos.note && <p className="mt-1">{where.allowedCargos.note}</p>}
              {where.allowedCargos.source && <SourceLine className="mt-1" source={where.allowedCargos.source} />}
              {where.cargoAllowed === false && person && (
                <p className="mt-1 font-medium">O cargo registrado ({CARGO_LABELS[person.cargo]}) não está nesta lista.</p>
              )}
            </Callout>
          </div>
        )}
        {where.asksThemselves === false && (
          <div className="mt-3">
            <Callout tone="info" title="Novas lotações: o pedido é feito pela chefia">
              <p>
                Para novas lotações, quem pede é {where.whoAsks} ({where.channel}). Copie o texto abaixo e encaminhe a essa pessoa.
                {selfService && (
                  <>
                    {' '}
                    O seu próprio acesso ao BNMP você mesmo pode pedir: {selfService.channel}.
                  </>
                )}
              </p>
            </Callout>
          </div>
        )}
      </Card>

      <Callout tone="warn" title="Todas as lotações, inclusive a de plantão">
        <p>Quem atua em mais de uma vara precisa de acesso a todas as lotações de onde assina. {where.plantaoAdvice.text}</p>
        <SourceLine className="mt-1" source={where.plantaoAdvice.source} />
      </Callout>

      {props.statusState === 'loading' ? null : person ? (
        <RequestBuilder {...props} person={person} />
      ) : (
        <Card id="o-que-pedir" step={2} title="O que pedir">
          <p>
            {props.statusState === 'unreadable'
              ? 'A situação guardada neste navegador não pôde ser lida. '
              : props.people.length > 1
                ? 'Escolha acima para quem é o pedido. '
                : 'Nenhuma situação registrada neste navegador. '}
            Com as suas lotações registradas em{' '}
            <a href="options.html" className={linkClass}>
              Minha situação
            </a>
            , esta página monta o pedido com as que faltam.
          </p>
        </Card>
      )}
    </GuideLayout>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const STATUS_CHIP: Record<RequestItem['status'], string> = {
  ativa: 'bg-emerald-100 text-emerald-800',
  solicitada: 'bg-sky-100 text-sky-800',
  negada: 'bg-red-100 text-red-800',
  revogada: 'bg-red-100 text-red-800',
  nao_solicitada: 'bg-amber-100 text-amber-800',
  ausente: 'bg-amber-100 text-amber-800',
};

function RequestBuilder(props: AccessRequestGuideProps & { person: Person }) {
  const { profile, person, now } = props;
  const comarcaId = useId();
  const [plantao, setPlantao] = useState(() => worksPlantao(person));
  const [comarca, setComarca] = useState(() => defaultPlantaoComarca(profile, person, now) ?? '');
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [extra, setExtra] = useState<string[]>([]);
  const [draft, setDraft] = useState('');

  const items = useMemo(
    () => accessRequestItems(profile, person, now, { plantao, ...(comarca.trim() ? { comarca: comarca.trim() } : {}) }),
    [profile, person, now, plantao, comarca],
  );
  const isTicked = (item: RequestItem) => (item.suggested ? !unticked.has(item.id) : ticked.has(item.id));
  const toggle = (item: RequestItem) => {
    const flip = (set: ReadonlySet<string>) => {
      const next = new Set(set);
      if (next.has(item.id)) next.delete(item.id);
      else next.add(item.id);
      return next;
    };
    if (item.suggested) setUnticked(flip);
    else setTicked(flip);
  };
  const extraItems: RequestItem[] = extra.map((name, i) => ({
    id: `extra-${i}`,
    lotacao: name,
    nameKnown: true,
    kind: 'lotacao',
    status: 'ausente',
    note: 'ainda não solicitada',
    suggested: true,
  }));
  const chosen = [...items.filter(isTicked), ...extraItems];
  const text = chosen.length ? accessRequestText({ profile, person, items: chosen, now }) : undefined;
  const comarcas = useMemo(() => knownComarcas(profile).sort((a, b) => a.localeCompare(b, 'pt-BR')), [profile]);

  return (
    <>
      <Card id="o-que-pedir" step={2} title="O que pedir">
        <div className="mb-4 space-y-3 rounded-lg bg-slate-50 p-3.5 ring-1 ring-slate-200">
          <label className="inline-flex items-center gap-2 font-medium text-slate-900">
            <input type="checkbox" checked={plantao} onChange={(e) => setPlantao(e.target.checked)} className={`size-4 accent-sky-700 ${focusRing}`} />
            Faço plantão
          </label>
          {plantao && (
            <div className="max-w-sm">
              <label htmlFor={comarcaId} className="block font-medium text-slate-700">
                Comarca do plantão
              </label>
              <input
                id={comarcaId}
                list={`${comarcaId}-lista`}
                value={comarca}
                onChange={(e) => setComarca(e.target.value)}
                placeholder="Ex.: Três Lagoas"
                className={`${inputClass} mt-1`}
              />
              <datalist id={`${comarcaId}-lista`}>
                {comarcas.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </div>
          )}
        </div>

        {items.length === 0 && extra.length === 0 ? (
          <Callout tone="ok" title="Nada a pedir">
            <p>Todas as lotações registradas estão ativas{plantao ? ', inclusive a de plantão' : ''}.</p>
          </Callout>
        ) : (
          <ul className="space-y-2">
            {items.map((item) => (
              <li key={item.id}>
                <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3.5 py-2.5 hover:bg-slate-50">
                  <input type="checkbox" checked={isTicked(item)} onChange={() => toggle(item)} className={`mt-0.5 size-4 shrink-0 accent-sky-700 ${focusRing}`} />
                  <span className="min-w-0 flex-1">
                    <span className="flex flex-wrap items-center gap-2">
                      <span className={`font-medium ${item.nameKnown ? 'text-slate-900' : 'text-slate-700 italic'}`}>{item.lotacao}</span>
                      {item.kind === 'plantao' && <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800">plantão</span>}
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CHIP[item.status]}`}>{statusLabel(item.status)}</span>
                    </span>
                    <span className="block text-slate-600">{item.note}</span>
                  </span>
                </label>
              </li>
            ))}
            {extraItems.map((item, i) => (
              <li key={item.id} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 px-3.5 py-2.5">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{item.lotacao}</span>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CHIP.ausente}`}>incluída por você</span>
                </span>
                <button type="button" className={`${linkClass} text-xs`} onClick={() => setExtra((list) => list.filter((_, j) => j !== i))}>
                  Remover
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="mt-3 flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const name = draft.trim().slice(0, 200);
            if (name) setExtra((list) => [...list, name]);
            setDraft('');
          }}
        >
          <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Outra lotação (ex.: 2ª Vara Criminal - Três Lagoas)" aria-label="Outra lotação" className={`${inputClass} min-w-64 flex-1`} />
          <button type="submit" className={secondaryButton} disabled={draft.trim() === ''}>
            Incluir
          </button>
        </form>
      </Card>

      <Card id="texto" step={3} title="Texto do pedido">
        {text ? (
          <>
            <pre className="max-h-96 overflow-auto rounded-lg bg-slate-50 p-3.5 font-sans text-[13px] whitespace-pre-wrap text-slate-900 ring-1 ring-slate-200" tabIndex={0} aria-label="Pedido pronto para copiar">
              {text}
            </pre>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <CopyButton text={text} label="Copiar o pedido" className={primaryButton} />
              <span className="text-slate-600">Cole em {props.where.channel}.</span>
            </div>
          </>
        ) : (
          <p className="text-slate-600">Marque ao menos uma lotação para montar o pedido.</p>
        )}
      </Card>
    </>
  );
}

function statusLabel(status: RequestItem['status']): string {
  switch (status) {
    case 'ativa':
      return 'ativa';
    case 'solicitada':
      return 'pedido pendente';
    case 'negada':
      return 'negada';
    case 'revogada':
      return 'revogada';
    default:
      return 'falta pedir';
  }
}
