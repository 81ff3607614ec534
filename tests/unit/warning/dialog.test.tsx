// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningDialog, type WarningDialogProps } from '../../../components/warning/WarningDialog';
import { clampLabel, emailHref, isUserActivation, phoneHref, safeLinkHref } from '../../../components/warning/dialog-helpers';
import type { Reason, Verdict } from '../../../lib/readiness/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const lotacaoReason: Reason = {
  code: 'lotacao-not-active',
  level: 'block',
  lotacao: '2ª Vara Criminal - Três Lagoas',
  message: 'A lotação 2ª Vara Criminal - Três Lagoas não está liberada no seu acesso ao BNMP.',
  actions: [
    { kind: 'request-access', label: 'Como pedir acesso à lotação' },
    { kind: 'contact', label: 'Quem libera o acesso' },
  ],
};
const staleReason: Reason = {
  code: 'saj-registration-stale',
  level: 'warn',
  message: 'Refaça o Cadastro de Usuário no BNMP depois da troca de senha.',
  actions: [
    { kind: 'saj-registration', label: 'Refazer o cadastro no SAJ', database: 'SAJ-Dourados' },
    { kind: 'reset-password', label: 'Redefinir a senha no BNMP', url: 'https://sso.cnj.jus.br/cas/login' },
  ],
};

function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    level: 'block',
    reasons: [staleReason, lotacaoReason],
    bnmpDocuments: [{ label: 'PJMS - Mandado de Prisão - BNMP 2.0', bnmp: true, kind: 'mandado de prisão' }],
    ...overrides,
  };
}

function baseProps(overrides: Partial<WarningDialogProps> = {}): WarningDialogProps {
  return {
    verdict: verdict(),
    tribunalName: 'TJMS',
    contacts: [
      {
        name: 'Coordenadoria de Gerência de Sistemas Externos',
        purpose: 'Acesso ao BNMP',
        emails: ['cgjconvenios@tjms.jus.br'],
        phones: ['(67) 3314-1465'],
        officeLine: 'Atendimento aberto agora — fecha às 18h',
      },
    ],
    guideUrls: { 'request-access': 'chrome-extension://abc/guide.html#acesso' },
    sajRegistrationSteps: ['Abra Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP...', 'Digite o login do CNJ e a senha nova.'],
    onProceed: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
}

let root: Root | null = null;
let container: HTMLElement | null = null;

function render(props: WarningDialogProps) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<WarningDialog {...props} />));
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
});

const dialogOf = (c: HTMLElement) => c.querySelector<HTMLElement>('[role="alertdialog"]')!;
const buttonNamed = (c: HTMLElement, name: string) =>
  Array.from(c.querySelectorAll('button')).find((b) => b.textContent === name)!;
const press = (target: Element, key: string, shiftKey = false) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });

describe('WarningDialog', () => {
  it.each([
    ['block', 'O CNJ deve recusar esta assinatura'],
    ['warn', 'Confira antes de assinar'],
  ] as const)('is a modal alertdialog named by its %s title and described by the summary', (level, title) => {
    const c = render(baseProps({ verdict: verdict({ level }) }));
    const dialog = dialogOf(c);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(c.querySelector(`[id="${dialog.getAttribute('aria-labelledby')}"]`)?.textContent).toBe(title);
    expect(c.querySelector(`[id="${dialog.getAttribute('aria-describedby')}"]`)?.textContent).toContain('neste documento do BNMP');
    expect(dialog.textContent).toContain('TJMS');
  });

  it('shows a hostile document label as literal text, creating no element from it', () => {
    const label = '<img src=x onerror=alert(1)>Mandado';
    const c = render(baseProps({ verdict: verdict({ bnmpDocuments: [{ label, bnmp: true }] }) }));
    expect(c.textContent).toContain(label);
    expect(c.querySelector('img')).toBeNull();
  });

  it('cuts a 20,000-character label to at most 200 characters ending in "…"', () => {
    const c = render(baseProps({ verdict: verdict({ bnmpDocuments: [{ label: 'M'.repeat(20_000), bnmp: true }] }) }));
    const shown = Array.from(c.querySelectorAll('li')).map((li) => li.textContent ?? '').find((t) => t.startsWith('MMM'))!;
    expect(shown.length).toBeLessThanOrEqual(200);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('lists every document of a batch in one dialog, folding those after the fourth', () => {
    const labels = Array.from({ length: 7 }, (_, i) => `Alvará de Soltura ${i + 1}`);
    const c = render(baseProps({ verdict: verdict({ bnmpDocuments: labels.map((label) => ({ label, bnmp: true })) }) }));
    expect(c.querySelectorAll('[role="alertdialog"]')).toHaveLength(1);
    for (const label of labels) expect(c.textContent).toContain(label);
    expect(c.textContent).toContain('7 documentos enviados ao BNMP');
    expect(c.querySelector('details summary')?.textContent).toBe('Ver mais 3 documentos');
  });

  it('puts blocking reasons first and marks each with a word, not only a colour', () => {
    const c = render(baseProps());
    const text = dialogOf(c).textContent!;
    expect(text.indexOf('Bloqueio')).toBeGreaterThan(-1);
    expect(text.indexOf('Bloqueio')).toBeLessThan(text.indexOf('Atenção'));
    expect(text.indexOf(lotacaoReason.message)).toBeLessThan(text.indexOf(staleReason.message));
  });

  it('links an external CNJ action in a new tab without opener or referrer', () => {
    const c = render(baseProps());
    const link = Array.from(c.querySelectorAll('a')).find((a) => a.textContent?.includes('Redefinir a senha no BNMP'))!;
    expect(link.getAttribute('href')).toBe('https://sso.cnj.jus.br/cas/login');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });

  it('links an action to its guide page, and shows it as plain text when there is no guide', () => {
    const withGuide = render(baseProps());
    const link = Array.from(withGuide.querySelectorAll('a')).find((a) => a.textContent?.includes('Como pedir acesso'));
    expect(link?.getAttribute('href')).toBe('chrome-extension://abc/guide.html#acesso');
    act(() => root!.unmount());
    withGuide.remove();

    const c = render(baseProps({ guideUrls: {} }));
    expect(c.textContent).toContain('Como pedir acesso à lotação');
    expect(Array.from(c.querySelectorAll('a')).some((a) => a.textContent?.includes('Como pedir acesso'))).toBe(false);
  });

  it('never renders a javascript: address as a link', () => {
    const reason: Reason = { ...staleReason, actions: [{ kind: 'reset-password', label: 'Redefinir', url: 'javascript:alert(1)' }] };
    const c = render(baseProps({ verdict: verdict({ reasons: [reason] }) }));
    expect(Array.from(c.querySelectorAll('a')).some((a) => a.getAttribute('href')?.startsWith('javascript'))).toBe(false);
    expect(c.textContent).toContain('Redefinir');
  });

  it('shows the SAJ registration steps inline, naming the database to redo it in', () => {
    const c = render(baseProps());
    const details = Array.from(c.querySelectorAll('details')).find((d) => d.textContent?.includes('Refazer o cadastro no SAJ'))!;
    expect(details.querySelector('summary')?.textContent).toContain('SAJ-Dourados');
    expect(Array.from(details.querySelectorAll('ol li')).map((li) => li.textContent)).toEqual(baseProps().sajRegistrationSteps);
    expect(details.textContent).toContain('Entre no SAJ pela base SAJ-Dourados');
  });

  it('lists contacts once with tel: and mailto: links and the office line', () => {
    const both = verdict({ reasons: [lotacaoReason, { ...lotacaoReason, code: 'plantao-lotacao-not-active' }] });
    const c = render(baseProps({ verdict: both }));
    const names = Array.from(c.querySelectorAll('p')).filter((p) => p.textContent === 'Coordenadoria de Gerência de Sistemas Externos');
    expect(names).toHaveLength(1);
    expect(c.querySelector('a[href="tel:+556733141465"]')?.textContent).toBe('(67) 3314-1465');
    expect(c.querySelector('a[href="mailto:cgjconvenios@tjms.jus.br"]')?.textContent).toBe('cgjconvenios@tjms.jus.br');
    expect(c.textContent).toContain('Atendimento aberto agora — fecha às 18h');
    expect(c.textContent).toContain('Quem libera o acesso — veja os contatos abaixo');
  });

  it('has exactly two buttons: "Assinar mesmo assim" and "Cancelar"', () => {
    const c = render(baseProps());
    expect(Array.from(c.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Assinar mesmo assim', 'Cancelar']);
  });

  it('ignores a scripted click on "Assinar mesmo assim"', () => {
    const props = baseProps();
    const c = render(props);
    act(() => buttonNamed(c, 'Assinar mesmo assim').click());
    act(() => {
      buttonNamed(c, 'Assinar mesmo assim').dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    });
    expect(props.onProceed).not.toHaveBeenCalled();
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  it('hears an Escape pressed the moment it appears (before a frame could pass), and cancels', async () => {
    // As the page sees it: rendered by the scheduler, not inside act(), and Escape dispatched as soon
    // as the dialog is in the DOM (a mutation observer's microtask, before any later task).
    const props = baseProps();
    const host = document.createElement('div');
    document.body.append(host);
    const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    flag.IS_REACT_ACT_ENVIRONMENT = false;
    const early = createRoot(host);
    try {
      const pressed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!host.querySelector('[role="alertdialog"]')) return;
          observer.disconnect();
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
          resolve();
        });
        observer.observe(host, { childList: true, subtree: true });
      });
      early.render(<WarningDialog {...props} />);
      await pressed;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(props.onCancel).toHaveBeenCalledTimes(1);
      expect(props.onProceed).not.toHaveBeenCalled();
    } finally {
      early.unmount();
      host.remove();
      flag.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });

  it('cancels on "Cancelar" and on Escape, answering only once', () => {
    const props = baseProps();
    const c = render(props);
    press(buttonNamed(c, 'Cancelar'), 'Escape');
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    act(() => buttonNamed(c, 'Cancelar').click());
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    expect(props.onProceed).not.toHaveBeenCalled();

    const fresh = baseProps();
    act(() => root!.render(<WarningDialog key="again" {...fresh} />));
    act(() => buttonNamed(c, 'Cancelar').click());
    expect(fresh.onCancel).toHaveBeenCalledTimes(1);
  });

  it('starts focus on "Cancelar" and keeps Tab and Shift+Tab inside the dialog', () => {
    const c = render(baseProps());
    const cancel = buttonNamed(c, 'Cancelar');
    expect(document.activeElement).toBe(cancel);

    press(cancel, 'Tab');
    const first = document.activeElement!;
    expect(first).not.toBe(cancel);
    expect(dialogOf(c).contains(first)).toBe(true);

    press(first, 'Tab', true);
    expect(document.activeElement).toBe(cancel);
  });

  it('takes focus back when the page moves it elsewhere', () => {
    const c = render(baseProps());
    const pageButton = document.createElement('button');
    document.body.append(pageButton);
    act(() => pageButton.focus());
    expect(document.activeElement).toBe(buttonNamed(c, 'Cancelar'));
    pageButton.remove();
  });
});

describe('isUserActivation', () => {
  it.each<[{ isTrusted: boolean; detail?: number }, boolean, string]>([
    [{ isTrusted: true, detail: 1 }, true, 'a mouse click'],
    [{ isTrusted: true, detail: 0 }, true, 'Enter or Space on the focused button'],
    [{ isTrusted: true }, true, 'a trusted event without detail'],
    [{ isTrusted: true, detail: 2 }, false, 'the second click of a double-click'],
    [{ isTrusted: false, detail: 1 }, false, 'element.click() or dispatchEvent from a page script'],
  ])('%o → %s (%s)', (event, expected) => {
    expect(isUserActivation(event)).toBe(expected);
  });
});

describe('clampLabel', () => {
  it.each([
    ['Mandado de Prisão', 'Mandado de Prisão'],
    ['  Alvará\n\tde   Soltura ', 'Alvará de Soltura'],
    ['a'.repeat(200), 'a'.repeat(200)],
    ['a'.repeat(201), `${'a'.repeat(199)}…`],
    ['🔒'.repeat(300), `${'🔒'.repeat(199)}…`],
  ])('%j → %j', (label, expected) => {
    expect(clampLabel(label)).toBe(expected);
  });
});

describe('contact and link hrefs', () => {
  it.each([
    ['(67) 3314-1465', 'tel:+556733141465'],
    ['(67) 98465-3821', 'tel:+5567984653821'],
    ['+55 61 2326-5353', 'tel:+556123265353'],
    ['0800 123 4567', 'tel:08001234567'],
    ['ramal', null],
  ])('phone %j → %j', (phone, expected) => {
    expect(phoneHref(phone)).toBe(expected);
  });

  it.each([
    ['cgjconvenios@tjms.jus.br', 'mailto:cgjconvenios@tjms.jus.br'],
    ['a@b.br?bcc=x@y.br', null],
    ['sem arroba', null],
  ])('e-mail %j → %j', (email, expected) => {
    expect(emailHref(email)).toBe(expected);
  });

  it.each([
    ['https://sso.cnj.jus.br/cas/login', 'https://sso.cnj.jus.br/cas/login'],
    ['chrome-extension://abc/guide.html', 'chrome-extension://abc/guide.html'],
    ['moz-extension://abc/guide.html', 'moz-extension://abc/guide.html'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['não é endereço', null],
    [undefined, null],
  ])('link %j → %j', (url, expected) => {
    expect(safeLinkHref(url)).toBe(expected);
  });
});
