/**
 * Who is signing and from where, as the SAJ page shows it: user, lotação, SAJ database, plantão,
 * grau and comarca. Anything not shown stays absent: the engine then says it could not tell.
 * All values are untrusted page text: cleaned, bounded, never evaluated.
 */
import type { SigningScreen } from '../readiness/types';
import type { SajSelectors } from '../tribunals/schema';
import { documentsForAction } from './documents';
import { labelAt, walkText, type Labelled } from './labels';
import { signingWindowOf } from './signing-action';
import { clean, fold, safeQuery, usable, valueOf } from './text';

export type PageContext = Omit<SigningScreen, 'documents'>;

const CONTEXT_LABELS =
  /^(usuari[oa](?: logad[oa])?|lotacao(?: atual)?|unidade(?: judiciaria)?|cartorio|vara|foro|comarca|base(?: de dados)?|banco(?: de dados)?)\s*(?::.*)?$/;
const LABEL_START = /^\s*(?:usu|lota|unid|cart|vara|foro|comarca|base|banco)/i;
const CERTIFICATE_WINDOW = /^\s*sele[cç][aã]o de certificado digital/i;
const HEADER = 'header,[role=banner],#header,.header,#cabecalho,.cabecalho,#topo';
// "SAJ-Campo Grande": upper-case then lower-case Latin letters (accents included), as tribunals write them.
const DATABASE = /(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ-])SAJ ?[-–] ?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)/;
const SEGUNDO_GRAU = /\b(?:2\s?[ºo°ª]?|segundo) grau\b|\b(?:2a|segunda) instancia\b/;
const MAX = 200;

/** The page's signer context, read from one document. */
export function readPageContext(doc: Document, pinned?: SajSelectors): PageContext {
  const selectors = usable(pinned);
  const context: PageContext = {};
  const body = doc.body ?? doc.documentElement;
  if (!body) return context;

  const labels: Labelled[] = [];
  let database = '';
  let certificateWindow = false;
  walkText(body, (text) => {
    const raw = text.nodeValue ?? '';
    if (raw.length > 250) return;
    // Raw-text prefilters first: folding every text node of a page would cost more than the rest.
    const labelled = LABEL_START.test(raw) && labelAt(text, CONTEXT_LABELS);
    if (labelled) labels.push(labelled);
    if (!database && raw.includes('SAJ')) database = DATABASE.exec(raw)?.[1] ?? '';
    certificateWindow ||= CERTIFICATE_WINDOW.test(raw);
  });
  const pick = (...keys: RegExp[]) => {
    for (const inHeader of [true, false])
      for (const key of keys) {
        const hit = labels.find((label) => key.test(label.key) && (!inHeader || !!label.at.closest(HEADER)));
        if (hit) return hit.value;
      }
    return undefined;
  };

  const user = pinnedText(doc, selectors?.user) || identificacao(doc) || pick(/^usuari/);
  const foro = pick(/^(?:foro|comarca)/);
  const lotacao = pinnedText(doc, selectors?.lotacao) || pick(/^lotacao/, /^unidade/, /^cartorio/, /^vara/, /^foro|^comarca/) || lotacaoSelect(doc);
  const base = pinnedText(doc, selectors?.database) || pick(/^(?:base|banco)/) || '';
  database = DATABASE.exec(base)?.[1] ?? database;

  if (user) context.user = user;
  if (lotacao) context.lotacao = lotacao;
  if (database) context.database = `SAJ-${database}`;
  else if (base) context.database = base;
  if ([lotacao, foro].some((value) => value && fold(value).includes('plantao'))) context.plantaoHint = true;
  if (certificateWindow || [lotacao, foro, base].some((value) => value && SEGUNDO_GRAU.test(fold(value)))) context.grau = 2;
  const comarca = foro && comarcaOf(foro);
  if (comarca) context.comarca = comarca;
  return context;
}

/**
 * Who signs and from where, for the signature this action would make. The context comes from the
 * action's document; a same-origin frame without a header borrows it from its parent/top page or a
 * sibling frame (SAJ framesets put the header in its own frame).
 */
export function readSigningContext(action: Element, selectors?: SajSelectors): PageContext {
  const doc = action.ownerDocument;
  const context = readPageContext(doc, selectors);
  for (const other of relatedDocuments(doc)) {
    if (context.user && context.lotacao) break;
    const more = readPageContext(other, selectors);
    for (const key of Object.keys(more) as (keyof PageContext)[]) if (context[key] === undefined) Object.assign(context, { [key]: more[key] });
  }
  if (signingWindowOf(action)?.certificate) context.grau = 2;
  return context;
}

/** Everything the engine needs about the signature this action would make. */
export function readSigningScreen(action: Element, selectors?: SajSelectors): SigningScreen {
  return { documents: documentsForAction(action, selectors), ...readSigningContext(action, selectors) };
}

/** Parent and top documents, then the top page's other frames; cross-origin ones are skipped. */
function relatedDocuments(doc: Document): Document[] {
  const found: Document[] = [];
  const add = (get: () => Document | null | undefined) => {
    try {
      const other = get();
      if (other && other !== doc && !found.includes(other)) found.push(other);
    } catch {
      // Cross-origin frame: not ours to read.
    }
  };
  const win = doc.defaultView;
  if (!win || win === win.top) return found;
  add(() => win.parent.document);
  add(() => win.top?.document);
  for (let i = 0; i < 8; i++) add(() => (win.top?.frames[i] as Window | undefined)?.document);
  return found;
}

function pinnedText(doc: Document, selector: string | undefined): string {
  const el = safeQuery(doc, selector);
  return el ? valueOf(el, MAX) : '';
}

/** e-SAJ's header: `<span id="identificacao"><strong>Nome</strong> (LOGIN)</span>`; "Identificar-se" = nobody. */
function identificacao(doc: Document): string {
  const span = doc.getElementById('identificacao');
  if (!span) return '';
  const text = valueOf(span, MAX);
  if (!text || fold(text).includes('identificar-se')) return '';
  const name = span.querySelector('strong,b');
  const login = /\(([^()]{1,40})\)[^()]*$/.exec(text)?.[1];
  return name ? clean(`${valueOf(name, MAX)}${login ? ` (${login})` : ''}`, MAX) : text;
}

/** A unit picker without a visible label: `<select name="lotacao">`. */
function lotacaoSelect(doc: Document): string {
  const select = doc.querySelector('select[name*=otacao],select[id*=otacao],select[aria-label*=otação],select[aria-label*=otacao]');
  return select ? valueOf(select, MAX) : '';
}

/** "Foro de Campo Grande" → "Campo Grande"; "Plantão da Comarca de Dourados" → "Dourados". */
function comarcaOf(foro: string): string {
  const name = /(?:comarca|foro)(?: (?:central|regional|distrital))?(?: (?:criminal|c[ií]vel))?(?: d[aeo]s?)? ([^-–|(]+)/i.exec(foro)?.[1];
  return clean(name ?? foro, 100);
}
