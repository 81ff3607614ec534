/**
 * The contract between BNMP web's always-on content script (entrypoints/bnmp.ts) and its lazily
 * loaded core (entrypoints/bnmp-core.ts → ./core.ts), and what a BNMP web frame answers to
 * `sentinela:describe` on top of the SAJ guard's FrameDescription. Types and constants only: nothing
 * here is code the always-on bundle pays for.
 */
import type { CoreHost, FrameDescription } from '../guard/core-contract';
import type { Judgement, SigningAttempt } from '../guard/interceptor';

export const BNMP_CORE_FACTORY_KEY = '__sentinelaBnmpWebCoreFactory';
export const BNMP_CORE_SCRIPT_PATH = '/bnmp-core.js';

/** Tag of the offer notice ("O BNMP mostra estas unidades para você…"); known as ours by identity (lib/guard/own-ui.ts). */
export const OFFER_HOST_TAG = 'sentinela-bnmp-oferta';

/** BNMP web's core, as its always-on script sees it. */
export interface BnmpCore {
  /** Synchronous decision at activation time; 'hold' = the core owns the attempt. */
  judge(attempt: SigningAttempt): Judgement;
  /** Nodes the always-on script found may hold a dialog or a list (batched per animation frame). */
  onAdded(nodes: readonly Node[]): void;
  describe(): Promise<FrameDescription>;
}
export type BnmpCoreFactory = (host: CoreHost) => BnmpCore;

/** What the core concluded about the last trusted activation it looked at. */
export type BnmpLook =
  /** The OK of the "Prezado Usuário" issue confirmation: judged. */
  | 'confirmacao-ok'
  /** Its CANCELAR: never interrupted. */
  | 'confirmacao-cancelar'
  /** Another button of the confirmation (a close icon): never interrupted. */
  | 'confirmacao-outro-botao'
  /** A button of any other dialog (editing a person, leaving, alerts): never interrupted. */
  | 'outro-dialogo'
  /** A piece's own signing action: judged. */
  | 'assinatura';

/** The BNMP web part of a frame's answer to `sentinela:describe` (page text inside: local display only; lib/diagnostics scrubs it). */
export interface BnmpWebDescription {
  screen: 'bnmp-web';
  /** IT's policy leaves BNMP web guarded (bnmpWebEnabled, guardEnabled, the profile's switch). */
  guardOn: boolean;
  /** Who is assumed to issue: the toolbar's user name, or the person marked "eu". */
  person: 'toolbar' | 'eu';
  /** An órgão selector was found in the page. */
  selectorFound: boolean;
  /** The unit the órgão selector shows now. */
  toolbarUnit?: string;
  /** The órgão selector's options: read when the person opened it, or why not. */
  orgaoOptions: { state: 'not-opened' } | { state: 'read'; units: string[]; at: string } | { state: 'unreadable'; why: string; at: string };
  /** The last dialog the page showed, and whether it was the issue confirmation. */
  lastDialog?: { at: string; recognised: boolean; kind?: 'peca' | 'evento'; unit?: string; text: string };
  /** The last trusted activation looked at, and the verdict when one was judged. */
  lastLook?: { at: string; what: BnmpLook; level?: 'ok' | 'warn' | 'block'; guardOff?: true };
  /** Trusted activations looked at in this page (any button, link or control). */
  looks: number;
  /** What "Atualizar minha situação" would change now, when anything. */
  pendingUpdate?: { add: string[]; activate: string[]; markForReview: string[]; unmark: string[]; confirmAccount: boolean };
}
