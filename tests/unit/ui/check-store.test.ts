/** The remembered "Posso assinar agora?" choices: read before the first paint, kept per person, written only when they change. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkChoicesStore, hydrateCheckChoices, rememberChoice } from '../../../lib/ui/check-store';
import type { SigningChoices } from '../../../lib/check/signing-check';

const choice = (over: Partial<SigningChoices> = {}): SigningChoices => ({ unit: '2ª Vara Criminal - Três Lagoas', database: 'SAJ-Interior', plantao: false, grau: 1, ...over });
const stored = async () => (await fakeBrowser.storage.local.get('signingCheckChoices')).signingCheckChoices;

beforeEach(() => {
  fakeBrowser.reset();
  checkChoicesStore.setState({ remembered: {} });
});

describe('check choices', () => {
  it('reads what is stored, leaving out entries that do not validate', async () => {
    await fakeBrowser.storage.local.set({ signingCheckChoices: { eu: choice(), outra: { unit: 1 } } });
    const unwatch = await hydrateCheckChoices();
    expect(checkChoicesStore.getState().remembered).toEqual({ eu: choice() });
    unwatch();
  });

  it('stores each person’s last choice and drops people no longer recorded', async () => {
    await rememberChoice('gone', choice(), ['gone']);
    await rememberChoice('eu', choice({ plantao: true }), ['eu']);
    expect(await stored()).toEqual({ eu: choice({ plantao: true }) });
  });

  it('does not write again when the choice is the remembered one', async () => {
    await rememberChoice('eu', choice(), ['eu']);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await rememberChoice('eu', choice(), ['eu']);
    expect(set).not.toHaveBeenCalled();
    await rememberChoice('eu', choice({ grau: 2 }), ['eu']);
    expect(set).toHaveBeenCalledTimes(1);
  });
});
