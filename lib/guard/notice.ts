/**
 * A small, self-contained notice for when Sentinela itself fails: the page's action went through
 * (fail open) and the person must know it was not checked. Plain DOM in its own shadow root, no
 * dependencies, so it works even when the guard core could not load.
 */
import { markOwnUi } from './own-ui';

const NOTICE_MS = 12_000;

export interface NoticeText {
  title: string;
  text: string;
}

export const FAIL_OPEN_NOTICE: NoticeText = {
  title: 'Sentinela BNMP teve um erro',
  text: 'A ação da página seguiu normalmente, mas a assinatura não foi verificada. Confira sua situação no BNMP pelo ícone da extensão.',
};

/** While a held BNMP signature waits for its warning (the page is busy, the dialog still loading). */
export const CHECKING_NOTICE: NoticeText = {
  title: 'Sentinela BNMP',
  text: 'Conferindo esta assinatura antes de enviá-la: o aviso já vai aparecer. Não é preciso clicar de novo.',
};

export function showFailOpenNotice(doc: Document, notice: NoticeText = FAIL_OPEN_NOTICE): void {
  showNotice(doc, 'sentinela-bnmp-notice', notice);
}

/** The checking notice; returns how to take it away (it also goes by itself after a while). */
export function showCheckingNotice(doc: Document): () => void {
  const host = showNotice(doc, 'sentinela-bnmp-checking', CHECKING_NOTICE);
  return () => host?.remove();
}

function showNotice(doc: Document, tag: string, notice: NoticeText): Element | undefined {
  try {
    doc.querySelector(tag)?.remove(); // one notice of a kind at a time, the latest
    const host = doc.createElement(tag);
    markOwnUi(host);
    host.setAttribute('style', 'all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px');
    const root = host.attachShadow({ mode: 'open' });
    const box = doc.createElement('div');
    box.setAttribute('role', 'status');
    box.setAttribute('style', 'font:14px/1.4 system-ui,sans-serif;background:#fffbeb;color:#78350f;border:1px solid #f59e0b;border-radius:8px;padding:10px 14px;max-width:360px;box-shadow:0 4px 16px #0003');
    const title = doc.createElement('strong');
    title.textContent = notice.title;
    const text = doc.createElement('div');
    text.textContent = notice.text;
    box.append(title, text);
    root.append(box);
    (doc.body ?? doc.documentElement).append(host);
    setTimeout(() => host.remove(), NOTICE_MS);
    return host;
  } catch {
    // Nothing more we can do without risking the page.
    return undefined;
  }
}
