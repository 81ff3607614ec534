/**
 * "Posso assinar agora?": each person's last choice, as the popup and the check page see it. Read
 * before the first paint (lib/ui/boot.ts), so the defaults never jump; followed as other pages
 * change it; written through lib/storage/settings (pruned to the people still recorded).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { readRememberedChoices, withRememberedChoice, type SigningChoices } from '../check/signing-check';
import { checkChoicesItem } from '../storage/items';
import { saveCheckChoices } from '../storage/settings';

export const checkChoicesStore = createStore<{ remembered: Record<string, SigningChoices> }>()(() => ({ remembered: {} }));

export function useRememberedChoice(personId: string | undefined): SigningChoices | undefined {
  return useStore(checkChoicesStore, (s) => (personId === undefined ? undefined : s.remembered[personId]));
}

/** Reads the stored choices into the store and follows their changes. Returns the unwatch function. */
export async function hydrateCheckChoices(): Promise<() => void> {
  const raw = await checkChoicesItem.getValue().catch(() => ({}));
  checkChoicesStore.setState({ remembered: readRememberedChoices(raw) });
  return checkChoicesItem.watch((next) => checkChoicesStore.setState({ remembered: readRememberedChoices(next) }));
}

/**
 * Remembers `choices` for `personId`; entries of people no longer in `knownIds` are dropped. Nothing
 * is written when the choice is already the remembered one.
 */
export async function rememberChoice(personId: string, choices: SigningChoices, knownIds: readonly string[]): Promise<void> {
  const current = checkChoicesStore.getState().remembered;
  const next = withRememberedChoice(current, personId, choices, knownIds);
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  checkChoicesStore.setState({ remembered: next });
  await saveCheckChoices(next);
}
