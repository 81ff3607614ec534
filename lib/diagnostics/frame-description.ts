/**
 * Reading a frame's answer to `sentinela:describe` (lib/guard/core-contract.ts) without trusting its
 * shape: the guard core may be an older or newer version than this page, and every string in it came
 * from a web page. Anything of the wrong type is dropped; lists and strings are bounded. Pure.
 */
import type { FrameDescription } from '../guard/core-contract';
import { readBnmpWebDescription } from './bnmp-web';

export type { FrameDescription };

const MAX_TEXT = 500;
const MAX_ITEMS = 50;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const level = (v: unknown): 'ok' | 'warn' | 'block' | undefined => (v === 'ok' || v === 'warn' || v === 'block' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, MAX_ITEMS) : []);
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);

/** Sets `key` only when the value is defined (exactOptionalPropertyTypes-friendly). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

export function readFrameDescription(raw: unknown): FrameDescription | undefined {
  if (!isObj(raw)) return undefined;
  const url = str(raw.url);
  if (url === undefined) return undefined;
  const out: FrameDescription = { url, top: bool(raw.top) ?? false, core: bool(raw.core) ?? false };
  put(out, 'profileId', str(raw.profileId) ?? str(raw.profile));
  const statusState = raw.statusState;
  if (statusState === 'ok' || statusState === 'empty' || statusState === 'unreadable') out.statusState = statusState;

  if (isObj(raw.context)) {
    const c = raw.context;
    const context: NonNullable<FrameDescription['context']> = {};
    put(context, 'user', str(c.user));
    put(context, 'lotacao', str(c.lotacao));
    put(context, 'database', str(c.database));
    put(context, 'comarca', str(c.comarca));
    put(context, 'plantaoHint', bool(c.plantaoHint));
    if (c.grau === 1 || c.grau === 2) context.grau = c.grau;
    out.context = context;
  }

  if (Array.isArray(raw.signingActions)) {
    out.signingActions = list(raw.signingActions).flatMap((a) => {
      if (!isObj(a)) return [];
      const documents = list(a.documents).flatMap((d) => {
        if (!isObj(d)) return [];
        const doc: { label: string; bnmp: boolean; kind?: string } = { label: str(d.label) ?? '', bnmp: d.bnmp === true };
        put(doc, 'kind', str(d.kind));
        return [doc];
      });
      return [{ label: str(a.label) ?? '', tag: str(a.tag) ?? '', documents }];
    });
  }

  if (isObj(raw.verdict)) {
    const l = level(raw.verdict.level);
    if (l) {
      out.verdict = {
        level: l,
        reasons: list(raw.verdict.reasons).flatMap((r) => {
          if (!isObj(r)) return [];
          const code = str(r.code);
          const rl = r.level === 'warn' || r.level === 'block' ? r.level : undefined;
          return code && rl ? [{ code, level: rl, message: str(r.message) ?? '' }] : [];
        }),
      };
    }
  }

  if (Array.isArray(raw.selectorsUsed)) out.selectorsUsed = list(raw.selectorsUsed).flatMap((s) => (typeof s === 'string' ? [s.slice(0, MAX_TEXT)] : []));

  if (isObj(raw.lastDecision)) {
    const d = raw.lastDecision;
    const l = level(d.level);
    const at = str(d.at);
    if (l && at) {
      out.lastDecision = {
        at,
        level: l,
        codes: list(d.codes).flatMap((c) => (typeof c === 'string' ? [c.slice(0, 80)] : [])),
        documents: count(d.documents),
        seq: count(d.seq),
        bnmp: count(d.bnmp),
        ...(d.guardOff === true ? { guardOff: true as const } : {}),
      };
    }
  }
  if (typeof raw.attempts === 'number') out.attempts = count(raw.attempts);
  if (isObj(raw.closedShadowClick)) {
    const at = str(raw.closedShadowClick.at);
    const tag = str(raw.closedShadowClick.tag);
    if (at && tag) out.closedShadowClick = { at, tag: tag.slice(0, 60) };
  }
  const bnmpWeb = readBnmpWebDescription(raw.bnmpWeb);
  if (bnmpWeb) out.bnmpWeb = bnmpWeb;
  return out;
}
