/**
 * The readiness engine's contract: what it is told about a signing screen, and the verdict.
 * The detector (lib/saj) produces a `SigningScreen`; the engine (lib/readiness/engine.ts)
 * turns it, a person's stored status, a tribunal profile and the time into a `Verdict`.
 */

/** A document the signing action would sign, as seen on the page. */
export interface SeenDocument {
  /** Type or model name as the page shows it (untrusted text, render as text). */
  label: string;
  /** Whether it goes to BNMP (domain.md §5 vocabulary, or "BNMP" in the model name). */
  bnmp: boolean;
  /** The vocabulary entry it matched, e.g. "mandado de prisão"; absent when not BNMP. */
  kind?: string;
}

/** What the page shows about the signature about to happen. Any field may be missing. */
export interface SigningScreen {
  documents: SeenDocument[];
  /** The logged SAJ user's name (and sometimes the login) as the header shows it. */
  user?: string;
  /** The current lotação / unit label or selected option. */
  lotacao?: string;
  /** "SAJ-Campo Grande", "SAJ-Dourados", "SAJ-Interior"… when shown. */
  database?: string;
  /** The page says it is a plantão (a lotação or foro named "Plantão…"). */
  plantaoHint?: boolean;
  /** 2nd instance screens ("Seleção de Certificado Digital"); default 1. */
  grau?: 1 | 2;
  /** Comarca shown on the page (foro), used to find the plantão região/circunscrição. */
  comarca?: string;
  /**
   * Where the piece is issued: SAJ (default) or BNMP 3.0 web, where being logged in proves the CNJ
   * account and there is no SAJ registration; `lotacao` is then the unit (órgão) BNMP issues it for.
   */
  kind?: 'saj' | 'bnmp-web';
  /**
   * Who described this screen: the page (default), or the person in "Posso assinar agora?"
   * (lib/check), whose choices stand for a SAJ-PG5 window no extension sees. Messages then say
   * "você indicou plantão" and "você escolheu", not "a página".
   */
  describedBy?: 'person';
}

export type VerdictLevel = 'ok' | 'warn' | 'block';

/** Every reason the engine can give; docs/rules.md documents each (a test checks it). */
export const REASON_CODES = [
  'status-unknown',
  'status-unreadable',
  'cnj-account-not-confirmed',
  'saj-registration-missing',
  'saj-registration-stale',
  'lotacao-not-active',
  'lotacao-unknown-on-page',
  'plantao-lotacao-not-active',
  'plantao-lotacao-unknown',
  'cargo-not-allowed',
  'review-overdue',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ActionKind =
  | 'reset-password'
  | 'request-access'
  | 'saj-registration'
  | 'contact'
  | 'record-status'
  | 'review-status';

export interface RemediationAction {
  kind: ActionKind;
  /** pt-BR button text, e.g. "Redefinir a senha no BNMP". */
  label: string;
  /** External CNJ address, when the action is a link. */
  url?: string;
  /** For 'saj-registration': the SAJ database to redo it in. */
  database?: string;
}

export interface Reason {
  code: ReasonCode;
  level: Exclude<VerdictLevel, 'ok'>;
  /** pt-BR, names the concrete fix. */
  message: string;
  actions: RemediationAction[];
  /** The lotação concerned, when there is one. */
  lotacao?: string;
}

export interface Verdict {
  level: VerdictLevel;
  /** Every reason found, most severe first. Empty when ok. */
  reasons: Reason[];
  /** The BNMP documents concerned (labels as the page shows them). */
  bnmpDocuments: SeenDocument[];
  /** Set when the engine decided the signature happens on plantão, with why. */
  plantao?: { why: 'page' | 'assignment' | 'hours' | 'weekend' | 'holiday' | 'recesso'; requiredLotacao?: string };
}
