// @vitest-environment happy-dom
/** The person form and the popup, rendered: messages next to their fields, nothing saved when invalid. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonEditor } from '../../../components/options/PersonEditor';
import { Popup } from '../../../components/popup/Popup';
import { emptyStatusFile, type StatusFile } from '../../../lib/status/schema';
import { blankDraft, personToDraft } from '../../../lib/ui/person-draft';
import { statusStore } from '../../../lib/ui/status-store';
import { example } from '../status/examples/v002';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const NOW = new Date('2026-11-04T15:00:00-04:00');
const byLabel = (text: string): HTMLInputElement | HTMLSelectElement => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === text);
  const control = label && host.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!control) throw new Error(`no field labelled ${text}`);
  return control;
};
const describedText = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => host.querySelector(`#${CSS.escape(id)}`)?.textContent ?? '')
    .join(' ');
function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

describe('PersonEditor', () => {
  it('shows each message next to its field and saves nothing while invalid', async () => {
    const save = vi.fn();
    act(() => root.render(<PersonEditor initial={blankDraft(NOW)} isNew file={emptyStatusFile()} now={NOW} save={save} onDone={vi.fn()} />));
    await act(async () => button('Salvar').click());

    const name = byLabel('Nome (como aparece no SAJ)');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(name)).toContain('Nome (como aparece no SAJ): não pode ficar em branco');
    expect(describedText(byLabel('Cargo'))).toContain('Cargo: escolha um dos cargos da lista');
    expect(host.querySelector('[role=alert]')?.textContent).toMatch(/Corrija os \d+ problemas abaixo; nada foi salvo/);
    expect(save).not.toHaveBeenCalled();
    expect(host.querySelector('input[type=password]')).toBeNull();
  });

  it('saves the person once the fields are right, with the CPF as digits', async () => {
    const save = vi.fn().mockResolvedValue({ ok: true, file: emptyStatusFile() });
    const onDone = vi.fn();
    act(() => root.render(<PersonEditor initial={blankDraft(NOW)} isNew file={emptyStatusFile()} now={NOW} save={save} onDone={onDone} />));
    act(() => {
      type(byLabel('Nome (como aparece no SAJ)'), 'Ana Paula Ferreira Lima');
      type(byLabel('Login do SAJ'), 'ana.lima');
      type(byLabel('CPF (opcional)'), '123.456.789-09');
      type(byLabel('Cargo'), 'chefe_de_cartorio');
      type(byLabel('Cadastro em SAJ-Dourados'), '2026-05-11');
    });
    await act(async () => button('Salvar').click());
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({
      name: 'Ana Paula Ferreira Lima',
      cpf: '12345678909',
      cargo: 'chefe_de_cartorio',
      tribunal: 'tjms',
      sajRegistrations: [{ database: 'SAJ-Dourados', registeredOn: '2026-05-11' }],
    });
    expect(onDone).toHaveBeenCalledWith('Situação de Ana Paula Ferreira Lima salva.');
  });

  it('"Confirmo que está tudo certo hoje" records today in the tribunal’s time zone and saves', async () => {
    const file = structuredClone(example) as StatusFile;
    const save = vi.fn().mockResolvedValue({ ok: true, file });
    act(() => root.render(<PersonEditor initial={personToDraft(file.people[0]!)} isNew={false} file={file} now={new Date('2026-11-05T02:00:00Z')} save={save} onDone={vi.fn()} />));
    // The CPF stays masked until "Alterar".
    expect(host.textContent).toContain('***.456.789-**');
    await act(async () => button('Confirmo que está tudo certo hoje').click());
    expect(save.mock.calls[0]![0].lastReviewOn).toBe('2026-11-04');
  });
});

describe('Popup', () => {
  it('shows the person’s readiness and the fix of each reason', () => {
    const file = structuredClone(example) as StatusFile;
    const me = file.people.find((p) => p.id === file.meId)!;
    me.cnjAccount = { ...me.cnjAccount, status: 'solicitado' };
    statusStore.setState({ hydrated: true, loaded: { state: 'ok', file } });
    const open = vi.fn();
    act(() => root.render(<Popup now={NOW} tab={{ state: 'not-saj' }} pageUrl={(p) => `ext:${p}`} open={open} />));
    expect(host.querySelector('h2')?.textContent).toBe('O CNJ deve recusar a assinatura');
    expect(host.textContent).toContain('ainda não foi confirmada');
    // Seed 000: an access already requested → the Coordenadoria, not a password reset.
    const fix = [...host.querySelectorAll('a')].find((a) => a.textContent?.includes('Falar com a Coordenadoria de Gerência de Sistemas Externos da CGJ'))!;
    act(() => fix.click());
    expect(open).toHaveBeenCalledWith({ type: 'external', url: 'mailto:cgjconvenios@tjms.jus.br' });
    expect(host.textContent).toContain('O Sentinela nunca pede nem guarda sua senha.');
  });

  it('quick links: "Abrir o BNMP" for the era in force, and "Solicitar acesso" through the tribunal’s channel first (the access guide)', () => {
    statusStore.setState({ hydrated: true, loaded: { state: 'ok', file: structuredClone(example) as StatusFile } });
    const open = vi.fn();
    act(() => root.render(<Popup now={NOW} tab={{ state: 'not-saj' }} pageUrl={(p) => `ext:${p}`} open={open} />));
    const links = [...host.querySelectorAll('nav a')] as HTMLAnchorElement[];
    const byText = (text: string) => links.find((a) => a.textContent?.startsWith(text))!;
    expect(byText('Abrir o BNMP').getAttribute('href')).toBe('https://bnmp.cnj.jus.br');
    expect(byText('Solicitar acesso').getAttribute('href')).toBe('ext:/guia-acesso.html');
    act(() => byText('Solicitar acesso').click());
    expect(open).toHaveBeenCalledWith({ type: 'extension', path: '/guia-acesso.html' });
    expect(links.some((a) => a.getAttribute('href')?.includes('cnj.jus.br/corporativo') && a.textContent?.includes('Solicitar'))).toBe(false);
  });
});
