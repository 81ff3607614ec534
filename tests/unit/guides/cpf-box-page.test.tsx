// @vitest-environment happy-dom
/** The CPF box as rendered on the password guide: typing, leaving, copying, the recorded CPF shortcut. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CpfBox } from '../../../components/guides/CpfBox';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const writeText = vi.fn(async (_text: string) => undefined);

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  writeText.mockClear();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(recordedCpf?: string) {
  act(() => root.render(<CpfBox {...(recordedCpf ? { recordedCpf } : {})} />));
  const input = host.querySelector('input')!;
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  const message = () => host.querySelector('[aria-live]')!.textContent;
  return { input, button, message };
}

/** Types like a person: React listens to the native input event. */
function type(input: HTMLInputElement, value: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('CpfBox on the page', () => {
  it('copies the digits only of a formatted CPF', async () => {
    const { input, button, message } = render();
    type(input, '123.456.789-09');
    expect(message()).toBe('CPF válido. No CNJ, informe só os números: 12345678909');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    await act(async () => button('Copiar só os números')!.click());
    expect(writeText).toHaveBeenCalledWith('12345678909');
    expect(host.textContent).toContain('Copiado');
  });

  it('keeps the copy button off and marks the box invalid for wrong check digits', () => {
    const { input, button, message } = render();
    type(input, '123.456.789-00');
    expect(message()).toBe('CPF: os dígitos verificadores não conferem; confira o número');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(button('Copiar só os números')!.disabled).toBe(true);
  });

  it('says a short number is incomplete only after the person leaves the box', () => {
    const { input, message } = render();
    type(input, '1234567');
    expect(message()).toBe('7 de 11 dígitos');
    act(() => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(message()).toBe('CPF: tem 7 dígitos, deveria ter 11');
  });

  it('offers the recorded CPF masked, and fills the box with it', () => {
    const { input, button, message } = render('12345678909');
    const use = button('Usar o CPF registrado');
    expect(use!.textContent).toBe('Usar o CPF registrado (***.456.789-**)');
    act(() => use!.click());
    expect(input.value).toBe('12345678909');
    expect(message()).toContain('CPF válido');
    expect(button('Usar o CPF registrado')).toBeUndefined();
  });
});
