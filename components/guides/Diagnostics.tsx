/**
 * The diagnostics page (/diagnostico.html): what Sentinela's detector sees on a SAJ tab, frame by
 * frame — signing actions, documents and how each was classified, user, lotação, SAJ database,
 * selectors, verdict — and the redacted copy for support. Everything shown here stays on this
 * screen; only the text under "Copiar para o suporte" leaves it. Page texts are rendered as text.
 * Presentational: the entry point asks the tabs (lib/diagnostics/collect).
 */
import type { ReactNode } from 'react';
import type { FrameDescription } from '../../lib/diagnostics/frame-description';
import type { TabCandidate } from '../../lib/diagnostics/target-tab';
import { clampLabel } from '../warning/dialog-helpers';
import { BlockIcon, WarnIcon } from '../warning/icons';
import { Callout, Card, CopyButton, GuideLayout, focusRing, primaryButton } from './ui';
import { BnmpWebFrameCard } from './BnmpWebFrameCard';

export interface DiagnosticsProps {
  tribunal: string;
  state: 'loading' | 'no-tab' | 'ready' | 'error';
  error?: string;
  tabs: readonly TabCandidate[];
  /** Tabs of guarded hosts whose script did not answer (opened before the last update): reload them. */
  staleTabs?: readonly TabCandidate[];
  targetId?: number;
  onPickTab: (id: number) => void;
  onRefresh: () => void;
  frames: readonly FrameDescription[];
  /** False when only the top frame could be asked. */
  allFrames: boolean;
  includeLotacao: boolean;
  onIncludeLotacao: (on: boolean) => void;
  report?: string;
}

export function Diagnostics(props: DiagnosticsProps) {
  return (
    <GuideLayout
      current="diagnostico"
      tribunal={props.tribunal}
      title={props.frames.some((f) => f.bnmpWeb) ? 'Diagnóstico da tela do BNMP web' : 'Diagnóstico da tela do SAJ'}
      intro={
        props.frames.some((f) => f.bnmpWeb) ? (
          <p className="max-w-2xl">
            O que o Sentinela enxerga na aba do BNMP 3.0 web: quem emite, o seletor de órgão e suas opções, o último diálogo e se ele é a
            confirmação de emissão, e o veredito. Para o suporte, copie o resumo sem dados pessoais no fim da página.
          </p>
        ) : (
          <p className="max-w-2xl">
            O que o Sentinela enxerga na aba do SAJ: as ações de assinatura, os documentos e como cada um foi classificado, o usuário, a
            lotação, a base do SAJ e o veredito. Para o suporte, copie o resumo sem dados pessoais no fim da página.
          </p>
        )
      }
    >
      <Card id="aba" title="Aba analisada">
        <div className="flex flex-wrap items-center gap-3">
          {props.tabs.length > 0 ? (
            <label className="flex min-w-0 flex-1 items-center gap-2">
              <span className="font-medium text-slate-700">Aba</span>
              <select
                value={props.targetId ?? ''}
                onChange={(e) => props.onPickTab(Number(e.target.value))}
                className={`min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 ${focusRing}`}
              >
                {props.targetId === undefined && <option value="">Escolha…</option>}
                {props.tabs.map((t) => (
                  <option key={t.id} value={t.id}>
                    {clampLabel(t.title ? `${t.title} — ${t.url ?? ''}` : (t.url ?? `aba ${t.id}`), 110)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="flex-1 text-slate-600">Nenhuma aba do SAJ com o Sentinela ativo.</p>
          )}
          <button type="button" className={primaryButton} onClick={props.onRefresh}>
            Atualizar
          </button>
        </div>
        {!props.allFrames && props.state === 'ready' && (
          <p className="mt-2 text-xs text-slate-500">Só o quadro principal da página foi consultado: o navegador não deixou ler os quadros internos (iframes) desta aba.</p>
        )}
        {(props.staleTabs?.length ?? 0) > 0 && (
          <Callout tone="warn" title="Recarregue estas abas do SAJ">
            <p>
              Elas foram abertas antes da última atualização do Sentinela e estão sem o aviso. Recarregue cada uma (F5) para o Sentinela voltar a
              conferir as assinaturas nelas:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {props.staleTabs!.map((t) => (
                <li key={t.id}>{clampLabel(t.title ? `${t.title} — ${t.url ?? ''}` : (t.url ?? `aba ${t.id}`), 110)}</li>
              ))}
            </ul>
          </Callout>
        )}
      </Card>

      {props.state === 'loading' && <p className="text-slate-600" role="status">Consultando a aba…</p>}
      {props.state === 'error' && (
        <Callout tone="block" title="Não foi possível consultar a aba" role="alert">
          <p>{props.error}</p>
        </Callout>
      )}
      {props.state === 'no-tab' && (
        <Callout tone="info" title="Abra a tela do SAJ">
          <p>
            Abra a tela de assinatura do SAJ numa aba (em um endereço do tribunal onde o Sentinela atua): esta página a encontra sozinha
            assim que ela carregar. Se a tela já está aberta, recarregue-a: o Sentinela começa a observar a página quando ela carrega.
          </p>
        </Callout>
      )}
      {props.state === 'ready' && props.frames.length === 0 && (
        <Callout tone="warn" title="A aba não respondeu">
          <p>O Sentinela não respondeu nessa aba. Recarregue a página do SAJ: esta página tenta de novo sozinha.</p>
        </Callout>
      )}
      {props.state === 'ready' &&
        props.frames.map((frame, i) => (frame.bnmpWeb ? <BnmpWebFrameCard key={i} frame={frame} index={i} /> : <FrameCard key={i} frame={frame} index={i} />))}

      {props.state === 'ready' && props.report && (
        <Card id="suporte" title="Copiar para o suporte">
          <p className="mb-3 text-slate-600">
            Leva as versões, o navegador, o perfil do tribunal, o que o detector encontrou e os códigos do veredito. Não leva nomes, CPF,
            login, números de processo nem nomes de documentos.
          </p>
          <label className="mb-3 inline-flex cursor-pointer items-center gap-2 font-medium text-slate-900">
            <input type="checkbox" checked={props.includeLotacao} onChange={(e) => props.onIncludeLotacao(e.target.checked)} className={`size-4 accent-sky-700 ${focusRing}`} />
            Incluir a lotação e a comarca mostradas na página
          </label>
          <pre tabIndex={0} aria-label="Texto para o suporte" className="max-h-96 overflow-auto rounded-lg bg-slate-900 p-3.5 font-mono text-xs leading-relaxed whitespace-pre-wrap text-slate-100">
            {props.report}
          </pre>
          <div className="mt-3">
            <CopyButton text={props.report} label="Copiar para o suporte" className={primaryButton} />
          </div>
        </Card>
      )}
    </GuideLayout>
  );
}

const STATUS_STATE = { ok: 'registrada e legível', empty: 'nada registrado neste navegador', unreadable: 'ilegível (guardada à parte)' } as const;

function FrameCard({ frame, index }: { frame: FrameDescription; index: number }) {
  const c = frame.context;
  const actions = frame.signingActions ?? [];
  return (
    <Card
      id={`quadro-${index + 1}`}
      title={
        <span className="flex min-w-0 flex-wrap items-center gap-2">
          <span>{frame.top ? 'Quadro principal' : `Quadro interno ${index}`}</span>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${frame.core ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-200 text-slate-700'}`}>
            {frame.core ? 'detector ativo' : 'detector não carregado'}
          </span>
        </span>
      }
    >
      <p className="mb-3 font-mono text-xs break-all text-slate-500">{clampLabel(frame.url, 300)}</p>
      {!frame.core && (
        <p className="mb-3 text-slate-600">
          O detector carrega quando a página mostra algo parecido com uma ação de assinatura. Nada foi visto neste quadro ainda.
        </p>
      )}
      <dl className="grid gap-x-4 gap-y-1.5 sm:grid-cols-[11rem_1fr]">
        <Row term="Perfil do tribunal">{frame.profileId ?? '—'}</Row>
        <Row term="Situação registrada">{frame.statusState ? STATUS_STATE[frame.statusState] : '—'}</Row>
        {c && (
          <>
            <Row term="Usuário">{text(c.user)}</Row>
            <Row term="Lotação">{text(c.lotacao)}</Row>
            <Row term="Base do SAJ">{text(c.database)}</Row>
            <Row term="Comarca">{text(c.comarca)}</Row>
            <Row term="Indica plantão">{c.plantaoHint ? 'sim' : 'não'}</Row>
            <Row term="Instância">{c.grau ? `${c.grau}º grau` : '1º grau (padrão: a página não indica)'}</Row>
          </>
        )}
        {frame.selectorsUsed && <Row term="Seletores do perfil">{frame.selectorsUsed.length ? frame.selectorsUsed.map((s) => clampLabel(s, 120)).join(' · ') : 'nenhum (lê o que a pessoa vê)'}</Row>}
      </dl>

      {frame.core && (
        <div className="mt-4">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Ações de assinatura ({actions.length})</h3>
          {actions.length === 0 ? (
            <p className="text-slate-600">Nenhuma ação de assinatura na tela agora.</p>
          ) : (
            <ul className="space-y-2">
              {actions.map((action, i) => (
                <li key={i} className="rounded-lg border border-slate-200 px-3.5 py-2.5">
                  <p className="font-medium text-slate-900">
                    “{clampLabel(action.label || '(sem texto)', 120)}” <span className="font-mono text-xs font-normal text-slate-500">&lt;{clampLabel(action.tag, 20)}&gt;</span>
                  </p>
                  {action.documents.length === 0 ? (
                    <p className="text-slate-600">Nenhum documento associado.</p>
                  ) : (
                    <ul className="mt-1.5 space-y-1">
                      {action.documents.map((d, j) => (
                        <li key={j} className="flex flex-wrap items-center gap-2">
                          <span
                            className={`rounded-full px-2 py-0.5 text-xs font-medium ${d.bnmp ? 'bg-violet-100 text-violet-800' : 'bg-slate-100 text-slate-600'}`}
                          >
                            {d.bnmp ? `BNMP: ${clampLabel(d.kind ?? 'sim', 60)}` : 'não vai ao BNMP'}
                          </span>
                          <span className="min-w-0 break-words text-slate-800">{clampLabel(d.label || '(sem nome)', 160)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {frame.core && <VerdictView frame={frame} />}
    </Card>
  );
}

function VerdictView({ frame }: { frame: FrameDescription }) {
  const v = frame.verdict;
  const d = frame.lastDecision;
  return (
    <div className="mt-4">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Veredito</h3>
      {!v ? (
        <p className="text-slate-600">Nenhum documento do BNMP na tela: nada a conferir.</p>
      ) : (
        <>
          <p className="mb-2">
            <LevelChip level={v.level} />
          </p>
          {v.reasons.length > 0 && (
            <ul className="space-y-1.5">
              {v.reasons.map((r, i) => (
                <li key={i} className={`rounded-md border-l-4 px-3 py-2 ${r.level === 'block' ? 'border-l-red-600 bg-red-50' : 'border-l-amber-500 bg-amber-50'}`}>
                  <p className="font-mono text-xs text-slate-600">{clampLabel(r.code, 60)}</p>
                  <p className="text-slate-900">{clampLabel(r.message, 600)}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {d && (
        <p className="mt-2 text-slate-600">
          Última decisão: {formatAt(d.at)} — <LevelChip level={d.level} /> {d.codes.length ? `(${d.codes.join(', ')})` : ''}, {d.documents} documento(s), {d.bnmp}{' '}
          do BNMP{d.guardOff ? ' — guarda desligada pela TI' : ''}.
        </p>
      )}
      {frame.closedShadowClick && (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          Um clique em <code>{clampLabel(frame.closedShadowClick.tag, 60)}</code> ({formatAt(frame.closedShadowClick.at)}) veio de dentro de um
          componente fechado (shadow root fechado): o Sentinela não enxerga o que há dentro dele e não confere assinaturas feitas ali.
        </p>
      )}
    </div>
  );
}

function LevelChip({ level }: { level: 'ok' | 'warn' | 'block' }) {
  const styles = {
    ok: { className: 'bg-emerald-100 text-emerald-800', text: 'ok — o CNJ deve aceitar', icon: null },
    warn: { className: 'bg-amber-100 text-amber-800', text: 'atenção', icon: <WarnIcon className="size-3.5" /> },
    block: { className: 'bg-red-100 text-red-800', text: 'bloqueio — o CNJ deve recusar', icon: <BlockIcon className="size-3.5" /> },
  }[level];
  return <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${styles.className}`}>{styles.icon}{styles.text}</span>;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </>
  );
}

const text = (value: string | undefined) => (value ? clampLabel(value, 200) : <span className="text-slate-400">não encontrado</span>);

function formatAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('pt-BR');
}

