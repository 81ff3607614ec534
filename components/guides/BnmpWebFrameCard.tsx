/**
 * The diagnostics page's card for a BNMP 3.0 web tab: who is assumed to issue, the órgão selector and
 * its options (or why they could not be read), the last dialog and whether it was the issue
 * confirmation, what the guard concluded at the last activation, and the verdict for issuing from the
 * unit the toolbar shows. Page texts are rendered as text. Presentational.
 */
import type { ReactNode } from 'react';
import type { FrameDescription } from '../../lib/diagnostics/frame-description';
import type { BnmpLook } from '../../lib/bnmp-guard/contract';
import { clampLabel } from '../warning/dialog-helpers';
import { BlockIcon, WarnIcon } from '../warning/icons';
import { Callout, Card } from './ui';

const STATUS_STATE = { ok: 'registrada e legível', empty: 'nada registrado neste navegador', unreadable: 'ilegível (guardada à parte)' } as const;
const LOOK_TEXT: Record<BnmpLook, string> = {
  'confirmacao-ok': 'OK da confirmação de emissão — julgado',
  'confirmacao-cancelar': 'CANCELAR da confirmação — não interrompido',
  'confirmacao-outro-botao': 'outro botão da confirmação — não interrompido',
  'outro-dialogo': 'botão de outro diálogo — não interrompido',
  assinatura: 'ação de assinar da peça — julgada',
};
const LEVEL_TEXT = { ok: 'ok — o CNJ deve aceitar', warn: 'atenção', block: 'bloqueio — o CNJ deve recusar' } as const;

export function BnmpWebFrameCard({ frame, index }: { frame: FrameDescription; index: number }) {
  const web = frame.bnmpWeb!;
  const options = web.orgaoOptions;
  const d = web.lastDialog;
  const l = web.lastLook;
  return (
    <Card
      id={`quadro-${index + 1}`}
      title={
        <span className="flex min-w-0 flex-wrap items-center gap-2">
          <span>{frame.top ? 'Quadro principal' : `Quadro interno ${index}`}: BNMP 3.0 web</span>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${web.guardOn ? 'bg-emerald-100 text-emerald-800' : 'bg-amber-100 text-amber-900'}`}>
            {web.guardOn ? 'guarda ativa' : 'guarda desligada pela TI'}
          </span>
        </span>
      }
    >
      <p className="mb-3 font-mono text-xs break-all text-slate-500">{clampLabel(frame.url, 300)}</p>
      <dl className="grid gap-x-4 gap-y-1.5 sm:grid-cols-[13rem_1fr]">
        <Row term="Perfil do tribunal">{frame.profileId ?? '—'}</Row>
        <Row term="Situação registrada">{frame.statusState ? STATUS_STATE[frame.statusState] : '—'}</Row>
        <Row term="Quem emite">{frame.context?.user ? clampLabel(frame.context.user, 200) : <Muted>a barra não mostra o usuário: vale a pessoa “eu”</Muted>}</Row>
        <Row term="Seletor de órgão">{web.selectorFound ? 'encontrado' : <Muted>não encontrado (a TI pode indicá-lo no perfil: bnmpWebSelectors.orgaoSelector)</Muted>}</Row>
        <Row term="Unidade na barra">{web.toolbarUnit ? clampLabel(web.toolbarUnit, 200) : <Muted>não encontrada</Muted>}</Row>
        <Row term="Opções do seletor">
          {options.state === 'read' ? (
            <ul className="list-disc pl-5">
              {options.units.map((u, i) => (
                <li key={i}>{clampLabel(u, 200)}</li>
              ))}
            </ul>
          ) : options.state === 'not-opened' ? (
            <Muted>ainda não abertas: abra o seletor de órgão na página e clique em “Atualizar” aqui</Muted>
          ) : (
            <span className="font-medium text-amber-900">não puderam ser lidas</span>
          )}
        </Row>
        <Row term="Último diálogo">
          {d ? (
            <>
              <span className="font-medium">{d.recognised ? `confirmação de emissão reconhecida${d.kind ? ` (${d.kind === 'peca' ? 'peça' : 'evento'})` : ''}` : 'outro diálogo (não é a confirmação de emissão)'}</span>
              {d.unit && <span> — unidade: {clampLabel(d.unit, 200)}</span>}
              <span className="mt-0.5 block text-slate-600">“{clampLabel(d.text, 300)}”</span>
            </>
          ) : (
            <Muted>nenhum visto nesta página</Muted>
          )}
        </Row>
        <Row term="Botões vistos">
          {web.looks}
          {l && `; a última: ${LOOK_TEXT[l.what]}${l.level ? ` (${LEVEL_TEXT[l.level]})` : ''}${l.guardOff ? ' (guarda desligada)' : ''}`}
        </Row>
        {frame.selectorsUsed && <Row term="Seletores do perfil">{frame.selectorsUsed.length ? frame.selectorsUsed.map((s) => clampLabel(s, 120)).join(' · ') : 'nenhum (lê o que a pessoa vê)'}</Row>}
      </dl>

      {options.state === 'unreadable' && (
        <div className="mt-3">
          <Callout tone="warn" title="As opções do seletor de órgão não puderam ser lidas">
            <p>
              {clampLabel(options.why, 200)}. Sem elas o Sentinela não oferece atualizar a situação pelo BNMP. A TI pode indicar as opções no
              perfil do tribunal (bnmpWebSelectors.orgaoOption).
            </p>
          </Callout>
        </div>
      )}

      {frame.verdict && (
        <div className="mt-4">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Veredito para emitir pela unidade da barra</h3>
          <p className="mb-2 font-semibold">{LEVEL_TEXT[frame.verdict.level]}</p>
          {frame.verdict.reasons.length > 0 && (
            <ul className="space-y-1.5">
              {frame.verdict.reasons.map((r, i) => (
                <li key={i} className={`rounded-md border-l-4 px-3 py-2 ${r.level === 'block' ? 'border-l-red-600 bg-red-50' : 'border-l-amber-500 bg-amber-50'}`}>
                  <p className="inline-flex items-center gap-1 font-mono text-xs text-slate-600">
                    {r.level === 'block' ? <BlockIcon className="size-3.5" /> : <WarnIcon className="size-3.5" />}
                    {clampLabel(r.code, 60)}
                  </p>
                  <p className="text-slate-900">{clampLabel(r.message, 600)}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </>
  );
}

const Muted = ({ children }: { children: ReactNode }) => <span className="text-slate-500">{children}</span>;
