/**
 * The offer on BNMP web: "O BNMP mostra estas unidades para você: … Atualizar minha situação?", or
 * "Marcar a conta como confirmada?". A non-modal notice in the page's corner — never a dialog, never
 * holding anything — that lists what would change before it changes. Plain DOM in an open shadow
 * root on <html> (outside Angular's tree), like the warning dialog: a page script can find the button
 * but not use it, since it acts only on the person's own (trusted) click,
 * and page texts (unit names) are set as text. Events inside stop at the host, so the app's own
 * listeners never see them.
 */
import { OFFER_HOST_TAG } from './contract';
import { markOwnUi } from '../guard/own-ui';

export interface OfferContent {
  title: string;
  intro: string;
  /** What would change, grouped: "Incluir como ativas" → unit names. Empty groups are left out. */
  changes: { heading: string; items: string[] }[];
  applyLabel: string;
  dismissLabel: string;
}

export interface OfferHandle {
  close(): void;
  readonly open: boolean;
}

const CONTAINED = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'input', 'change', 'submit'];
const HOST_STYLE = 'all: initial !important; position: fixed !important; left: 16px !important; bottom: 16px !important; z-index: 2147483646 !important; display: block !important;';
const CSS = `
.box { font: 14px/1.45 system-ui, sans-serif; color: #0f172a; background: #fff; border: 1px solid #94a3b8; border-left: 5px solid #0369a1;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(15,23,42,.22); padding: 14px 16px; width: min(420px, calc(100vw - 32px)); max-height: 70vh; overflow: auto; }
.brand { font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: #475569; margin: 0; }
h2 { font-size: 15px; margin: 2px 0 6px; }
p { margin: 0 0 8px; }
h3 { font-size: 12px; margin: 10px 0 4px; color: #334155; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; overflow-wrap: anywhere; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
button { font: inherit; border-radius: 8px; padding: 7px 12px; cursor: pointer; }
.apply { background: #0369a1; color: #fff; border: 1px solid #0369a1; font-weight: 600; }
.dismiss { background: #fff; color: #334155; border: 1px solid #cbd5e1; }
button:focus-visible { outline: 2px solid #0ea5e9; outline-offset: 2px; }
.result { margin-top: 10px; font-weight: 600; }
.result.ok { color: #166534; }
.result.fail { color: #991b1b; }
`;

/** Shows the offer; `apply` runs only for a trusted click on its button. One offer at a time per document. */
export function showOffer(
  doc: Document,
  content: OfferContent,
  apply: () => Promise<{ ok: boolean; message: string }>,
  onDismiss: () => void,
): OfferHandle {
  doc.querySelector(OFFER_HOST_TAG)?.remove();
  const host = doc.createElement(OFFER_HOST_TAG);
  markOwnUi(host);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('section');
  box.className = 'box';
  box.setAttribute('aria-label', `Sentinela BNMP: ${content.title}`);
  const text = (tag: string, value: string, className?: string) => {
    const el = doc.createElement(tag);
    el.textContent = value;
    if (className) el.className = className;
    return el;
  };
  box.append(text('p', 'Sentinela BNMP', 'brand'), text('h2', content.title), text('p', content.intro));
  for (const group of content.changes) {
    if (group.items.length === 0) continue;
    const list = doc.createElement('ul');
    for (const item of group.items) list.append(text('li', item));
    box.append(text('h3', group.heading), list);
  }
  const result = doc.createElement('p');
  result.className = 'result';
  result.setAttribute('role', 'status');
  const actions = doc.createElement('div');
  actions.className = 'actions';
  const dismiss = text('button', content.dismissLabel, 'dismiss');
  const applyButton = text('button', content.applyLabel, 'apply');
  dismiss.setAttribute('type', 'button');
  applyButton.setAttribute('type', 'button');
  actions.append(dismiss, applyButton);
  box.append(actions, result);
  root.append(style, box);

  let open = true;
  const close = () => {
    open = false;
    host.remove();
  };
  for (const type of CONTAINED) host.addEventListener(type, (event) => event.stopPropagation());
  dismiss.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    close();
    onDismiss();
  });
  let busy = false;
  applyButton.addEventListener('click', (event) => {
    // A page script can dispatch a click on the host; only the person's own click changes anything.
    if (!event.isTrusted || busy) return;
    busy = true;
    applyButton.setAttribute('disabled', '');
    void apply()
      .catch((error: unknown) => ({ ok: false, message: `A atualização falhou: ${String(error)}. Nada foi mudado.` }))
      .then((outcome) => {
        result.textContent = outcome.message;
        result.className = `result ${outcome.ok ? 'ok' : 'fail'}`;
        if (outcome.ok) {
          applyButton.remove();
          dismiss.textContent = 'Fechar';
          setTimeout(close, 8000);
        } else {
          busy = false;
          applyButton.removeAttribute('disabled');
        }
      });
  });
  doc.documentElement.append(host);
  return {
    close,
    get open() {
      return open && host.isConnected;
    },
  };
}
