/**
 * Test helpers: a BNMP-like fixture page (tests/fixtures/bnmp) in happy-dom's document without its
 * scripts, put in the states the fixture's own script would make — the late shell rendered, a view
 * shown, a dialog or the órgão list open in the CDK overlay container — by cloning the page's own
 * templates, so the markup under test is the markup the E2E tests click.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandRepeats } from '../../e2e/server';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/bnmp');

export function loadBnmpFixture(name: string, options: { view?: string; unit?: string } = {}): Document {
  const html = expandRepeats(readFileSync(resolve(FIXTURES, name), 'utf8'), 20)
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const attr of [...document.body.attributes]) document.body.removeAttribute(attr.name);
  for (const attr of [...parsed.body.attributes]) document.body.setAttribute(attr.name, attr.value);
  const shell = document.getElementById('app-shell') as HTMLTemplateElement | null;
  if (shell) document.querySelector('app-root')!.append(shell.content.cloneNode(true));
  const unit = options.unit ?? document.body.dataset.orgao ?? '';
  for (const el of document.querySelectorAll('[data-orgao-valor]')) el.textContent = unit;
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-orgao-nativo]')) {
    for (const u of JSON.parse(document.body.dataset.orgaos ?? '[]') as string[]) {
      const option = document.createElement('option');
      option.value = option.textContent = u;
      select.append(option);
    }
    select.value = unit;
  }
  const view = options.view ?? document.body.dataset.view;
  if (view) showView(view);
  return document;
}

export function showView(view: string): Element {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-view="${view}"]`)!;
  const outlet = document.querySelector('[data-outlet]')!;
  const fresh = document.createElement('app-route-view');
  fresh.append(template.content.cloneNode(true));
  outlet.replaceChildren(fresh);
  return fresh;
}

function overlayContainer(): Element {
  let container = document.querySelector('.cdk-overlay-container');
  if (!container) {
    container = document.createElement('div');
    container.className = 'cdk-overlay-container';
    document.body.append(container);
  }
  return container;
}

/** Opens template#dlg-<name> in the overlay, as the fixture's script does; returns the dialog element. */
export function openDialog(name: string, fill: { unit?: string; tipo?: string } = {}): Element {
  const template = document.getElementById(`dlg-${name}`) as HTMLTemplateElement;
  const content = template.content.cloneNode(true) as DocumentFragment;
  for (const slot of content.querySelectorAll('[data-slot=unidade]')) slot.textContent = fill.unit ?? document.body.dataset.orgao ?? '';
  for (const slot of content.querySelectorAll('[data-slot=tipo]')) slot.textContent = fill.tipo ?? 'peça';
  const pane = document.createElement('div');
  pane.className = 'cdk-overlay-pane';
  pane.append(content);
  const wrapper = document.createElement('div');
  wrapper.className = 'cdk-global-overlay-wrapper';
  wrapper.append(pane);
  overlayContainer().append(wrapper);
  return pane.firstElementChild!;
}

/** Opens the órgão list the way the fixture's script does, for a Material select or a menu button. */
export function openOrgaoList(trigger: Element, units: string[]): Element {
  const menu = trigger.getAttribute('data-orgao-trigger') === 'menu';
  const panel = document.createElement('div');
  panel.setAttribute('role', menu ? 'menu' : 'listbox');
  trigger.setAttribute('aria-expanded', 'true');
  if (!menu) {
    panel.id = `${trigger.id}-panel`;
    trigger.setAttribute('aria-controls', panel.id);
  }
  for (const unit of units) {
    const option = document.createElement(menu ? 'button' : 'mat-option');
    option.setAttribute('role', menu ? 'menuitem' : 'option');
    option.innerHTML = '<span class="mdc-list-item__primary-text"></span>';
    option.firstElementChild!.textContent = unit;
    panel.append(option);
  }
  const pane = document.createElement('div');
  pane.className = 'cdk-overlay-pane';
  pane.append(panel);
  overlayContainer().append(pane);
  return panel;
}

/** `event.composedPath()` of an event dispatched at `target`. */
export function pathTo(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const listener = (event: Event) => {
    path = event.composedPath();
  };
  window.addEventListener('probe', listener, { capture: true });
  target.dispatchEvent(new Event('probe', { bubbles: true, composed: true }));
  window.removeEventListener('probe', listener, { capture: true });
  return path;
}

export const button = (root: ParentNode, text: RegExp): Element => {
  const found = [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${text}`);
  return found;
};
