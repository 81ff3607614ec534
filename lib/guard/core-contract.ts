/**
 * The contract between the always-on content script (entrypoints/sentinela.ts) and the guard's UI
 * (entrypoints/guard-core.ts → ./core.ts): the banner, the warning flow and the description for the
 * diagnostics page, loaded only when there is something to show. The UI script is evaluated in the
 * same isolated world and registers its factory on `globalThis` under CORE_FACTORY_KEY. Only types
 * cross this line at build time, so the always-on bundle stays free of the UI's code. The verdicts
 * themselves come from the background (./verdict-protocol.ts).
 */
import type { SigningAttempt } from './interceptor';
import type { Found } from './page-watch';
import type { DecisionLog } from './decision-log';
import type { VerdictClient } from './verdict-client';
import type { SajSelectors } from '../tribunals/schema';
import type { SeenDocument, SigningScreen } from '../readiness/types';
import type { PageContext } from '../saj/screen';
import type { NoticeText } from './notice';
import type { Verdict } from '../readiness/types';
import type { TribunalProfile } from '../tribunals/schema';
import type { BnmpWebDescription } from '../bnmp-guard/contract';

export const CORE_FACTORY_KEY = '__sentinelaBnmpCoreFactory';
export const CORE_SCRIPT_PATH = '/guard-core.js';
/** The warning dialog, loaded by the core only when a verdict is warn or block. */
export const WARNING_UI_KEY = '__sentinelaBnmpWarningUi';
export const WARNING_UI_PATH = '/warning-ui.js';

/** 'failed': the dialog could not be shown (a render error); the guard then fails open, visibly. */
export type WarningChoice = 'proceed' | 'cancel' | 'failed';
/**
 * What the warning script registers under WARNING_UI_KEY: shows the dialog for a verdict in a
 * document and resolves with the person's choice (components/warning/mount.tsx).
 */
export type ShowWarning = (
  doc: Document,
  input: { verdict: Verdict; profile: TribunalProfile; now: Date },
  opts?: { returnFocusTo?: Element | null },
) => Promise<WarningChoice>;

export interface CoreHost {
  window: Window & typeof globalThis;
  signal: AbortSignal;
  /** The frame's decision log, shared with the always-on script. */
  decisions: DecisionLog;
  /** Tell the person Sentinela failed (by default: the page's action went through unchecked). */
  failOpen(error: unknown, notice?: NoticeText): void;
}

/** What the always-on script hands the guard UI besides the CoreHost. */
export interface GuardUiHost extends CoreHost {
  verdicts: VerdictClient;
  /** The pinned selectors in force (IT's policy, through the mirror). */
  selectors(): SajSelectors | undefined;
}

/** A signing attempt the always-on script held because the verdict is warn or block. */
export interface HeldSignature {
  verdict: Verdict;
  action: Element;
  screen: SigningScreen;
  attempt: SigningAttempt;
  /** Called as the warning goes on display (the always-on script then takes its "conferindo" notice away). */
  onShown?(): void;
}

export interface GuardUi {
  /** Show the warning for a held signature; resolves once the person decided (or it failed open). */
  warn(held: HeldSignature): Promise<void>;
  /** What the page watch found since its last batch (subtrees holding a signing action), for the banner. */
  onBatch(found: Found): void;
  /** A BNMP signing screen the always-on script already found, with its context: no second search, no second read. */
  track(screen: { action: Element; documents: SeenDocument[] }, context?: PageContext): void;
  /** True when the screen the banner stands for left the page (the watch then reports the change). */
  trackedScreenGone(): boolean;
  /** What the detector sees on this frame, for the popup and the diagnostics page. */
  describe(): Promise<FrameDescription>;
}

export type GuardUiFactory = (host: GuardUiHost) => GuardUi;


/**
 * What one frame's guard sees, answered to `{ type: 'sentinela:describe' }` (browser.tabs.sendMessage
 * to each frame of the tab). Contains page text (user, lotação): the popup shows it locally; anything
 * copied for support must strip it (lib/diagnostics).
 */
export interface FrameDescription {
  url: string;
  top: boolean;
  /** False until the page showed something like a signing action (the core loads on demand). */
  core: boolean;
  profileId?: string;
  statusState?: 'ok' | 'empty' | 'unreadable';
  context?: {
    user?: string;
    lotacao?: string;
    database?: string;
    comarca?: string;
    plantaoHint?: boolean;
    grau?: 1 | 2;
  };
  /** Signing actions currently on the page (bounded), each with the documents it would sign. */
  signingActions?: { label: string; tag: string; documents: { label: string; bnmp: boolean; kind?: string }[] }[];
  /** Verdict for signing the BNMP documents on display, if any. */
  verdict?: { level: 'ok' | 'warn' | 'block'; reasons: { code: string; level: 'warn' | 'block'; message: string }[] };
  /** The profile selectors that matched, when a tribunal pinned any. */
  selectorsUsed?: string[];
  /**
   * The last signing attempt the guard judged on this frame (seq counts them): a test or an analyst
   * can tell "signed without a warning because the guard said ok" from "the guard never looked".
   */
  lastDecision?: { at: string; seq: number; level: 'ok' | 'warn' | 'block'; codes: string[]; documents: number; bnmp: number; guardOff?: true };
  /** How many trusted clicks, keys and submissions the guard looked at on this frame (signing or not). */
  attempts?: number;
  /** The last click that came from inside a closed shadow root, which the guard cannot read into. */
  closedShadowClick?: { at: string; tag: string };
  /** How long click-time decisions took on this frame (detector + engine, synchronous part). */
  timing?: { decisions: number; meanMs: number; medianMs: number; maxMs: number };
  /** Main-thread time spent watching the page since it loaded (observer callbacks and per-frame batches). */
  watchingMs?: number;
  /** Set by BNMP 3.0 web's guard (entrypoints/bnmp.ts, lib/bnmp-guard): what it saw there. */
  bnmpWeb?: BnmpWebDescription;
}
