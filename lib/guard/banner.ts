/**
 * The non-modal banner shown while a BNMP signing screen is on display and the verdict is
 * warn/block — before any click. Plain DOM (it must appear within a frame of the screen
 * rendering, without waiting for React), in an open shadow root so page styles cannot reach it.
 * It is inserted in the page's flow at the top of <body>, pushing content down instead of
 * covering the page's controls. Dismissed, it stays away until another signing screen appears.
 */
import type { Verdict } from '../readiness/types';
import { markOwnUi } from './own-ui';
import { ellipsize } from '../text/untrusted';

export interface BannerContent {
  level: 'warn' | 'block';
  documents: string[];
  reasons: string[];
}

const STYLE = `
:host { all: initial; display: block; }
.bar { box-sizing: border-box; display: flex; gap: 12px; align-items: flex-start; margin: 0; padding: 8px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border-bottom: 2px solid; }
.bar.block { background: #fef2f2; color: #7f1d1d; border-color: #dc2626; }
.bar.warn { background: #fffbeb; color: #78350f; border-color: #d97706; }
.tag { flex: none; font-weight: 700; text-transform: uppercase; font-size: 12px; letter-spacing: .04em; padding: 2px 8px;
  border-radius: 999px; color: #fff; margin-top: 1px; }
.block .tag { background: #b91c1c; } .warn .tag { background: #b45309; }
.body { flex: 1; min-width: 0; }
.title { font-weight: 600; overflow-wrap: anywhere; }
ul { margin: 2px 0 0; padding-left: 18px; }
li { overflow-wrap: anywhere; }
button { flex: none; font: inherit; font-size: 13px; cursor: pointer; background: transparent; color: inherit;
  border: 1px solid currentColor; border-radius: 6px; padding: 2px 10px; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

/** Page text (document names) is cut shorter than our own reasons, which should read whole. */
const clip = (text: string, max = 200) => ellipsize(text, max);
const REASON_MAX = 360;

export function bannerContent(verdict: Verdict): BannerContent | undefined {
  if (verdict.level === 'ok') return undefined;
  return {
    level: verdict.level,
    documents: verdict.bnmpDocuments.map((d) => d.kind ?? d.label),
    reasons: verdict.reasons.map((r) => r.message),
  };
}

export interface Banner {
  show(content: BannerContent): void;
  hide(): void;
  /** Forget a dismissal: a new signing screen appeared. */
  reset(): void;
}

export function createBanner(doc: Document): Banner {
  let host: HTMLElement | undefined;
  let dismissed = false;
  let lastKey = '';

  const render = (content: BannerContent) => {
    if (!host) {
      host = doc.createElement('sentinela-bnmp-banner');
      markOwnUi(host);
    }
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const bar = doc.createElement('div');
    bar.className = `bar ${content.level}`;
    bar.setAttribute('role', 'status');
    bar.setAttribute('aria-label', 'Aviso do Sentinela BNMP');
    const tag = doc.createElement('span');
    tag.className = 'tag';
    tag.textContent = content.level === 'block' ? 'Bloqueio' : 'Atenção';
    const body = doc.createElement('div');
    body.className = 'body';
    const title = doc.createElement('div');
    title.className = 'title';
    const docs = [...new Set(content.documents)].map((name) => clip(name)).join(', ');
    title.textContent =
      content.level === 'block'
        ? `Sentinela BNMP: o CNJ deve recusar a assinatura de ${docs} nesta tela.`
        : `Sentinela BNMP: confira antes de assinar ${docs} nesta tela.`;
    const list = doc.createElement('ul');
    for (const reason of content.reasons.slice(0, 4)) {
      const item = doc.createElement('li');
      item.textContent = clip(reason, REASON_MAX);
      list.append(item);
    }
    body.append(title, list);
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = 'Dispensar';
    close.setAttribute('aria-label', 'Dispensar o aviso do Sentinela BNMP');
    close.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      dismissed = true;
      host?.remove();
    });
    bar.append(tag, body, close);
    root.replaceChildren(style, bar);
    const parent = doc.body ?? doc.documentElement;
    if (host.parentNode !== parent || parent.firstChild !== host) parent.prepend(host);
  };

  return {
    show(content) {
      if (dismissed) return;
      const key = JSON.stringify(content);
      if (key === lastKey && host?.isConnected) return;
      lastKey = key;
      render(content);
    },
    hide() {
      lastKey = '';
      host?.remove();
    },
    reset() {
      dismissed = false;
    },
  };
}
