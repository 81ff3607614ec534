/**
 * Where each remediation leads from the popup and the options page. The engine names the fix
 * (lib/readiness); this file picks the one to offer first and resolves it to a place: a CNJ page,
 * one of Sentinela's guide pages, or the person's own record in Options.
 */
import type { ActionKind, Reason, RemediationAction } from '../readiness/types';

/** Sentinela's own pages (written alongside: guides, plantão check, diagnostics). */
export const EXTENSION_PAGES = {
  plantao: '/plantao.html',
  passwordGuide: '/guia-senha.html',
  accessGuide: '/guia-acesso.html',
  diagnostics: '/diagnostico.html',
} as const;

/** When a reason offers several fixes, the one that fixes it most directly comes first. */
const PREFERENCE: readonly ActionKind[] = ['saj-registration', 'request-access', 'reset-password', 'review-status', 'record-status', 'contact'];

export function primaryAction(reason: Reason): RemediationAction | undefined {
  // Stable sort: among equals, the engine's own order stands.
  const ranked = [...reason.actions].sort((a, b) => rank(reason, a) - rank(reason, b));
  return ranked[0];
}

function rank(reason: Reason, action: RemediationAction): number {
  // The tribunal's own channel (no address) before CNJ's page: lotações are granted by the tribunal.
  if (action.kind === 'request-access' && reason.code !== 'cnj-account-not-confirmed' && action.url) return PREFERENCE.length;
  // An account requested but not confirmed: the way out is whom seed 000 names for doubts about a request
  // already made (the Coordenadoria), right after any access request.
  if (action.kind === 'contact' && reason.code === 'cnj-account-not-confirmed') return PREFERENCE.indexOf('request-access') + 0.5;
  const i = PREFERENCE.indexOf(action.kind);
  return i === -1 ? PREFERENCE.length + 1 : i;
}

export type ActionTarget =
  | { type: 'external'; url: string }
  | { type: 'extension'; path: string }
  | { type: 'options'; personId?: string }
  | { type: 'none' };

/** Where an action leads. Only http(s) and mailto addresses are ever opened. */
export function actionTarget(action: RemediationAction, personId?: string): ActionTarget {
  switch (action.kind) {
    case 'record-status':
    case 'review-status':
      return personId ? { type: 'options', personId } : { type: 'options' };
    case 'saj-registration':
      return { type: 'extension', path: `${EXTENSION_PAGES.passwordGuide}#cadastro-saj` };
    case 'reset-password':
      return safeUrl(action.url) ? { type: 'external', url: action.url! } : { type: 'extension', path: EXTENSION_PAGES.passwordGuide };
    case 'request-access':
      return safeUrl(action.url) ? { type: 'external', url: action.url! } : { type: 'extension', path: EXTENSION_PAGES.accessGuide };
    case 'contact':
      return safeUrl(action.url) ? { type: 'external', url: action.url! } : { type: 'none' };
  }
}

export function safeUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

