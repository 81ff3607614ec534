/**
 * Messages the background answers, typed in one place. Web pages (the warning dialog lives in a
 * SAJ page) cannot link to extension pages, so they ask the background to open them.
 * Pure: no `browser.*` here, so the content script, the popup and tests can import it for free.
 */

/** Extension pages that can be opened by name; each but 'options' is an unlisted page `/<name>.html`. */
export const EXTENSION_PAGES = ['guia-senha', 'guia-acesso', 'plantao', 'diagnostico', 'options'] as const;
export type ExtensionPage = (typeof EXTENSION_PAGES)[number];

export const OPEN_PAGE = 'sentinela:open-page';

/** `browser.runtime.sendMessage({ type: 'sentinela:open-page', page: 'guia-senha' })` → `{ ok: true }`. */
export interface OpenPageMessage {
  type: typeof OPEN_PAGE;
  page: ExtensionPage;
}

export interface OpenPageAnswer {
  ok: boolean;
}

export function isOpenPageMessage(message: unknown): message is OpenPageMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, page } = message as { type?: unknown; page?: unknown };
  return type === OPEN_PAGE && typeof page === 'string' && (EXTENSION_PAGES as readonly string[]).includes(page);
}

/** Query parameters the pages understand (see docs/guides.md). */
export interface PageParams {
  /** Diagnostics: the tab to inspect (the popup passes the active tab). */
  tab?: number;
  /** Guides: the recorded person to show (local id), instead of "eu". */
  pessoa?: string;
  /** Password guide: open in support mode (help-desk checklist). */
  modo?: 'suporte';
}

/**
 * The path of an extension page, for `browser.runtime.getURL`:
 * `pagePath('diagnostico', { tab: 12 })` → "/diagnostico.html?tab=12".
 */
export function pagePath(page: ExtensionPage, params: PageParams = {}): `/${ExtensionPage}.html${string}` {
  const query = new URLSearchParams();
  if (params.tab !== undefined && Number.isInteger(params.tab) && params.tab >= 0) query.set('tab', String(params.tab));
  if (params.pessoa) query.set('pessoa', params.pessoa);
  if (params.modo) query.set('modo', params.modo);
  const search = query.toString();
  return `/${page}.html${search ? `?${search}` : ''}`;
}
