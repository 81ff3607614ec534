// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWarning, shadowSafeCss, WARNING_HOST_TAG, type WarningChoice } from '../../../components/warning/mount';
import type { WarningDialogProps } from '../../../components/warning/WarningDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const content: Omit<WarningDialogProps, 'onProceed' | 'onCancel'> = {
  verdict: {
    level: 'block',
    reasons: [
      {
        code: 'cnj-account-not-confirmed',
        level: 'block',
        message: 'Confirme seu cadastro no CNJ antes de assinar.',
        actions: [{ kind: 'request-access', label: 'Pedir acesso', url: 'https://sso.cnj.jus.br/cas/solicitacao-acesso' }],
      },
    ],
    bnmpDocuments: [{ label: 'Alvará de Soltura - BNMP 2.0', bnmp: true }],
  },
  tribunalName: 'TJMS',
  contacts: [],
  guideUrls: {},
  sajRegistrationSteps: [],
};

const hosts = () => document.querySelectorAll(WARNING_HOST_TAG);
const shadow = () => (document.querySelector(WARNING_HOST_TAG) as HTMLElement).shadowRoot!;
const button = (name: string) => Array.from(shadow().querySelectorAll('button')).find((b) => b.textContent === name)!;

/** Mounts and lets React render; the promise is tracked so a test can see it is still pending. */
async function open(opts: { returnFocusTo?: Element | null } = {}) {
  let choice: WarningChoice | 'pending' = 'pending';
  let promise!: Promise<WarningChoice>;
  await act(async () => {
    promise = mountWarning(document, content, opts);
    void promise.then((c) => (choice = c));
  });
  return { promise, choice: () => choice };
}

/** Stands in for a real person's click, which happy-dom cannot produce. */
function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

afterEach(async () => {
  // Close whatever a test left open so the next one starts with no dialog.
  for (const host of Array.from(hosts())) await act(async () => host.remove());
  await act(async () => {});
  document.body.innerHTML = '';
});

describe('mountWarning', () => {
  it('shows the dialog in an open shadow root on a pinned host under <html>', async () => {
    await open();
    const host = document.querySelector(WARNING_HOST_TAG) as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.shadowRoot?.querySelector('style')).not.toBeNull();
    expect(host.shadowRoot?.querySelector('[role="alertdialog"]')?.textContent).toContain('Alvará de Soltura - BNMP 2.0');
    const style = host.getAttribute('style') ?? '';
    expect(style).toContain('all: initial !important');
    expect(style).toContain('z-index: 2147483647 !important');
    // Page selectors cannot reach into the shadow root.
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('resolves "cancel" on Cancelar, removes the host and gives focus back', async () => {
    const signButton = document.createElement('button');
    signButton.textContent = 'Assinar';
    document.body.append(signButton);
    const { promise } = await open({ returnFocusTo: signButton });
    expect(shadow().activeElement).toBe(button('Cancelar'));

    await act(async () => button('Cancelar').click());
    await expect(promise).resolves.toBe('cancel');
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(signButton);
  });

  it('resolves "cancel" on Escape', async () => {
    const { promise } = await open();
    await act(async () => {
      button('Cancelar').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    await expect(promise).resolves.toBe('cancel');
  });

  it('stays open after a scripted click on "Assinar mesmo assim"', async () => {
    const { choice } = await open();
    await act(async () => button('Assinar mesmo assim').click());
    expect(choice()).toBe('pending');
    expect(hosts()).toHaveLength(1);
  });

  it('resolves "proceed" on the person\'s click, without moving focus back', async () => {
    const signButton = document.createElement('button');
    document.body.append(signButton);
    const { promise } = await open({ returnFocusTo: signButton });
    await act(async () => trustedClick(button('Assinar mesmo assim')));
    await expect(promise).resolves.toBe('proceed');
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).not.toBe(signButton);
  });

  it('answers "cancel" at once to a second call while one is open, and opens again afterwards', async () => {
    const first = await open();
    let second!: Promise<WarningChoice>;
    await act(async () => {
      second = mountWarning(document, content, {});
    });
    await expect(second).resolves.toBe('cancel');
    expect(hosts()).toHaveLength(1);
    expect(first.choice()).toBe('pending');

    await act(async () => button('Cancelar').click());
    await expect(first.promise).resolves.toBe('cancel');
    const third = await open();
    expect(hosts()).toHaveLength(1);
    expect(third.choice()).toBe('pending');
  });

  it('treats a page removing the host as Cancelar', async () => {
    const { promise } = await open();
    await act(async () => document.querySelector(WARNING_HOST_TAG)!.remove());
    await expect(promise).resolves.toBe('cancel');
  });

  it("keeps clicks and keys inside the dialog from reaching the page's listeners", async () => {
    const pageListener = vi.fn();
    document.addEventListener('click', pageListener);
    document.addEventListener('keydown', pageListener);
    const { choice } = await open();
    await act(async () => {
      shadow().querySelector('h2')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button('Cancelar').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    expect(pageListener).not.toHaveBeenCalled();
    expect(choice()).toBe('pending');
    document.removeEventListener('click', pageListener);
    document.removeEventListener('keydown', pageListener);
  });
});

describe('shadowSafeCss', () => {
  it('turns rem into px so the page root font size does not shrink the dialog', () => {
    expect(shadowSafeCss('.p-4{padding:calc(var(--spacing)*4)}:host{--spacing:.25rem;--text-sm:0.875rem;--x:2rem}')).toBe(
      '.p-4{padding:calc(var(--spacing)*4)}:host{--spacing:4px;--text-sm:14px;--x:32px}',
    );
  });

  it('restates @property initial values in the lowest layer', () => {
    const css = '@layer properties;\n@property --tw-shadow { syntax: "*"; inherits: false; initial-value: 0 0 #0000; }\n@property --tw-rotate-x { syntax: "*"; inherits: false; }';
    const out = shadowSafeCss(css);
    expect(out.startsWith(css)).toBe(true);
    expect(out).toContain('@layer properties{:host,*,::before,::after,::backdrop{--tw-shadow:0 0 #0000;--tw-rotate-x:initial}}');
  });

  it('gives a registered length written as 0 its unit back, so calc(1px + var(…)) stays valid', () => {
    const out = shadowSafeCss('@property --tw-ring-offset-width{syntax:"<length>";inherits:false;initial-value:0}');
    expect(out).toContain('--tw-ring-offset-width:0px');
  });

  it('leaves a sheet without @property unchanged apart from units', () => {
    expect(shadowSafeCss('.a{color:red}')).toBe('.a{color:red}');
  });

  it('a dialog that fails to render settles as "failed", leaves no layer over the page, and the next one opens', async () => {
    const broken = { ...content, verdict: { ...content.verdict, reasons: null } } as unknown as typeof content;
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let choice: WarningChoice | 'pending' = 'pending';
    await act(async () => {
      void mountWarning(document, broken).then((c) => (choice = c));
    });
    await act(async () => {});
    expect(choice).toBe('failed');
    expect(hosts()).toHaveLength(0);
    consoleError.mockRestore();
    const next = await open();
    expect(hosts()).toHaveLength(1);
    expect(next.choice()).toBe('pending');
  });
});
