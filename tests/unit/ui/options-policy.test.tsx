// @vitest-environment happy-dom
/**
 * The options page and the popup under IT's policy, rendered: the notice, locked fields read-only
 * and kept on save, the tribunal IT fixed, the SAJ addresses (the browser's prompt asked from
 * within the click), the changelog link.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp, type OptionsActions } from '../../../components/options/OptionsApp';
import { PersonEditor } from '../../../components/options/PersonEditor';
import { PolicyNotice } from '../../../components/options/PolicyNotice';
import { SajHostsSection, type HostActions } from '../../../components/options/SajHostsSection';
import { Popup } from '../../../components/popup/Popup';
import { EMPTY_POLICY, resolvePolicy, type EffectivePolicy } from '../../../lib/policy/effective';
import { addUserSajHost, type HostState } from '../../../lib/policy/hosts';
import type { StatusFile } from '../../../lib/status/schema';
import { CATALOGS } from '../../../lib/ui/i18n';
import { personToDraft } from '../../../lib/ui/person-draft';
import { policyStore } from '../../../lib/ui/policy-store';
import { statusStore } from '../../../lib/ui/status-store';
import { example } from '../status/examples/v002';

/** The hint next to a locked field, as the pt-BR catalog says it (the options page shows it read-only). */
const LOCKED_HINT = 'Definido pelo tribunal: não pode ser mudado aqui.';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  policyStore.setState({ effective: EMPTY_POLICY });
  statusStore.setState({ hydrated: false, loaded: { state: 'empty' }, history: [], quarantine: [] });
});

const NOW = new Date('2026-11-04T15:00:00-04:00');
const policy = (raw: unknown): EffectivePolicy => resolvePolicy(raw, 'managed');
const team = () => structuredClone(example) as StatusFile;
const control = (text: string): HTMLInputElement | HTMLSelectElement => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === text);
  const found = label && host.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!found) throw new Error(`no field labelled ${text}`);
  return found;
};
const describedText = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => host.querySelector(`#${CSS.escape(id)}`)?.textContent ?? '')
    .join(' ');
const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('the locked hint', () => {
  it('is the policy\'s own words in pt-BR', () => {
    expect(CATALOGS.pt_BR.lockedHint?.message).toBe(LOCKED_HINT);
  });
});

describe('PersonEditor under a policy', () => {
  const render = (effective: EffectivePolicy, save = vi.fn().mockResolvedValue({ ok: true, file: team() })) => {
    const file = team();
    const person = file.people[0]!;
    act(() =>
      root.render(<PersonEditor initial={personToDraft(person, effective)} isNew={false} file={file} now={NOW} save={save} onDone={vi.fn()} effective={effective} />),
    );
    return { person, save };
  };

  it('shows a filled locked field read-only, says why, and saves the stored value', async () => {
    const { person, save } = render(policy({ lockedFields: ['cargo'] }));
    const cargo = control('Cargo');
    expect(cargo).toBeInstanceOf(HTMLInputElement);
    expect((cargo as HTMLInputElement).readOnly).toBe(true);
    expect(cargo.value).toBe('Chefe de Cartório');
    expect(describedText(cargo)).toContain(LOCKED_HINT);
    // The other fields stay editable.
    expect((control('Login do SAJ') as HTMLInputElement).readOnly).toBe(false);
    await act(async () => button('Salvar')!.click());
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].cargo).toBe(person.cargo);
  });

  it('locks a whole group: its controls disabled, no way to add or remove a row', () => {
    render(policy({ lockedFields: ['lotacoes'] }));
    expect(button('Adicionar lotação')).toBeUndefined();
    expect(button('Remover lotação')).toBeUndefined();
    const name = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Nome da lotação')!;
    const input = host.querySelector<HTMLInputElement>(`#${CSS.escape(name.htmlFor)}`)!;
    expect(input.closest('fieldset[disabled]')).not.toBeNull();
    expect(host.textContent).toContain(LOCKED_HINT);
  });

  it('with the tribunal fixed by IT, shows it in a disabled select and saves it', async () => {
    const { save } = render(policy({ tribunal: 'tre-rj', lockedFields: ['tribunal'] }));
    const tribunal = control('Tribunal') as HTMLSelectElement;
    expect(tribunal.disabled).toBe(true);
    expect(tribunal.value).toBe('tre-rj');
    expect(describedText(tribunal)).toContain(LOCKED_HINT);
    await act(async () => button('Salvar')!.click());
    expect(save.mock.calls[0]?.[0]?.tribunal).toBe('tre-rj');
  });

  it('shows the refusal when storage names locked fields (a policy changed while the form was open)', async () => {
    const save = vi.fn().mockResolvedValue({ ok: false, errors: [{ path: '', message: 'Nada foi salvo: o tribunal não permite mudar Cargo.' }] });
    render(EMPTY_POLICY, save);
    await act(async () => button('Salvar')!.click());
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Nada foi salvo: o tribunal não permite mudar Cargo.');
  });
});

describe('PolicyNotice', () => {
  it('says nothing without a policy', () => {
    act(() => root.render(<PolicyNotice effective={EMPTY_POLICY} />));
    expect(host.textContent).toBe('');
  });

  it('says the guard is off, lists the locked fields and every ignored value with where it is', () => {
    const effective = policy({ guardEnabled: false, lockedFields: ['cargo', 'cpf', 'campo-novo'], profiles: { tjms: { reviewIntervalMonths: 3 } } });
    act(() => root.render(<PolicyNotice effective={effective} />));
    expect(host.querySelector('h2')?.textContent).toBe('Configurado pela TI do tribunal');
    expect(host.textContent).toContain('O aviso antes das assinaturas está desligado pelo tribunal.');
    expect(host.textContent).toContain('Campos que só a TI muda: Cargo, CPF');
    expect(host.textContent).toContain('Perfil do TJMS ajustado pela TI: reviewIntervalMonths');
    const ignored = [...host.querySelectorAll('li')].find((li) => li.textContent?.includes('campo desconhecido'));
    expect(ignored?.querySelector('code')?.textContent).toBe('lockedFields');
  });
});

describe('SajHostsSection', () => {
  const INTRA = '*://esaj.intranet.tjxx.jus.br/*';
  const OUTRO = '*://esaj.outro.tjxx.jus.br/*';
  const states: HostState[] = [
    { pattern: INTRA, from: ['policy'], granted: false },
    { pattern: OUTRO, from: ['user'], granted: true },
  ];
  const actions = (overrides: Partial<HostActions> = {}): HostActions => ({
    list: vi.fn().mockResolvedValue(states),
    allow: vi.fn(() => new Promise<boolean>(() => undefined)),
    add: vi.fn().mockResolvedValue({ ok: true, pattern: OUTRO }),
    remove: vi.fn().mockResolvedValue({ ok: true }),
    watch: vi.fn(() => () => undefined),
    ...overrides,
  });
  const render = async (effective: EffectivePolicy, hostActions: HostActions) => {
    await act(async () => root.render(<SajHostsSection effective={effective} actions={hostActions} announce={vi.fn()} />));
  };

  it('lists each host, who asked for it and whether it is guarded', async () => {
    await render(EMPTY_POLICY, actions());
    const items = [...host.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('esaj.intranet.tjxx.jus.br');
    expect(items[0]).toContain('da TI');
    expect(items[0]).toContain('Aguardando permissão');
    expect(items[1]).toContain('adicionado por você');
    expect(items[1]).toContain('Protegido');
  });

  it('"Permitir" asks the browser for the waiting hosts within the click itself', async () => {
    const hostActions = actions();
    await render(EMPTY_POLICY, hostActions);
    // No act/await between the click and the check: the request must already have been made.
    button('Permitir')!.click();
    expect(hostActions.allow).toHaveBeenCalledWith([INTRA]);
  });

  it('"Adicionar" asks the browser within the click; a broad wildcard is refused in pt-BR, asking nothing', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => new Promise(() => undefined));
    await render(EMPTY_POLICY, actions({ add: addUserSajHost }));
    const input = control('Adicionar um servidor do SAJ') as HTMLInputElement;

    act(() => type(input, '*.jus.br'));
    await act(async () => button('Adicionar')!.click());
    expect(request).not.toHaveBeenCalled();
    expect(host.querySelector('[role=alert]')?.textContent).toMatch(/^Endereço não aceito: .*abrange servidores demais/);
    expect(input.getAttribute('aria-invalid')).toBe('true');

    act(() => type(input, 'esaj.novo.tjxx.jus.br'));
    button('Adicionar')!.click();
    expect(request).toHaveBeenCalledWith({ origins: ['*://esaj.novo.tjxx.jus.br/*'] });
  });

  it('Enter in the field adds, asking the browser within the key press', async () => {
    const hostActions = actions({ add: vi.fn(() => new Promise<never>(() => undefined)) });
    await render(EMPTY_POLICY, hostActions);
    const input = control('Adicionar um servidor do SAJ') as HTMLInputElement;
    act(() => type(input, 'esaj.novo.tjxx.jus.br'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(hostActions.add).toHaveBeenCalledWith('esaj.novo.tjxx.jus.br', EMPTY_POLICY);
  });

  it('"Remover" removes only the user\'s own hosts', async () => {
    const hostActions = actions();
    await render(EMPTY_POLICY, hostActions);
    expect(host.querySelector('button[aria-label="Remover esaj.intranet.tjxx.jus.br"]')).toBeNull();
    await act(async () => host.querySelector<HTMLButtonElement>('button[aria-label="Remover esaj.outro.tjxx.jus.br"]')!.click());
    expect(hostActions.remove).toHaveBeenCalledWith(OUTRO, EMPTY_POLICY);
  });

  it('with the list locked by IT: no adding, no removing, and the reason', async () => {
    await render(policy({ lockedFields: ['sajHosts'] }), actions());
    expect(host.querySelector('input')).toBeNull();
    expect(button('Remover')).toBeUndefined();
    expect(host.textContent).toContain(LOCKED_HINT);
    // Access to IT's hosts can still be granted.
    expect(button('Permitir')).toBeDefined();
  });
});

describe('OptionsApp', () => {
  const optionsActions = (): OptionsActions => ({
    save: vi.fn(),
    remove: vi.fn(),
    makeMe: vi.fn(),
    importText: vi.fn(),
    clearHistory: vi.fn(),
    restoreDefaults: vi.fn(),
    copy: vi.fn(),
    setLanguage: vi.fn(),
  });
  const hostActions: HostActions = {
    list: async () => [],
    allow: async () => true,
    add: async () => ({ ok: false, message: '' }),
    remove: async () => ({ ok: true }),
    watch: () => () => undefined,
  };
  const render = async () => {
    await act(async () =>
      root.render(<OptionsApp now={NOW} language="pt_BR" pageUrl={(p) => p} actions={optionsActions()} hostActions={hostActions} version="1.4.0" />),
    );
  };

  it('links to the changelog with the installed version', async () => {
    await render();
    const link = [...host.querySelectorAll('a')].find((a) => a.getAttribute('href') === '/changelog.html');
    expect(link?.textContent).toBe('Novidades (versão 1.4.0)');
  });

  it('shows the policy notice, and a new person starts with the installation\'s tribunal', async () => {
    policyStore.setState({ effective: policy({ tribunal: 'tre-rj' }) });
    await render();
    expect(host.querySelector('#politica')?.textContent).toContain('Tribunal padrão desta instalação: TRE-RJ.');
    await act(async () => button('Registrar minha situação')!.click());
    const tribunal = control('Tribunal') as HTMLSelectElement;
    expect(tribunal.value).toBe('tre-rj');
    expect(tribunal.disabled).toBe(false);
  });

  it('each person\'s card shows the tribunal IT fixed', async () => {
    statusStore.setState({ hydrated: true, loaded: { state: 'ok', file: team() } });
    policyStore.setState({ effective: policy({ tribunal: 'tre-rj', lockedFields: ['tribunal'] }) });
    await render();
    const cards = [...host.querySelectorAll('article')].map((a) => a.textContent ?? '');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card).toContain('TRE-RJ');
  });
});

describe('Popup under a policy', () => {
  it('says the guard is off and uses the tribunal IT fixed', () => {
    statusStore.setState({ hydrated: true, loaded: { state: 'ok', file: team() } });
    policyStore.setState({ effective: policy({ guardEnabled: false, tribunal: 'tre-rj', lockedFields: ['tribunal'] }) });
    act(() => root.render(<Popup now={NOW} tab={{ state: 'not-saj' }} pageUrl={(p) => p} open={vi.fn()} />));
    expect(host.textContent).toContain('O tribunal desligou o aviso antes das assinaturas neste navegador.');
    expect(host.querySelector('header')?.textContent).toContain('TRE-RJ');
  });

  it('says nothing of the kind without a policy', () => {
    statusStore.setState({ hydrated: true, loaded: { state: 'ok', file: team() } });
    act(() => root.render(<Popup now={NOW} tab={{ state: 'not-saj' }} pageUrl={(p) => p} open={vi.fn()} />));
    expect(host.textContent).not.toContain('desligou o aviso');
    expect(host.querySelector('header')?.textContent).toContain('TJMS');
  });
});
