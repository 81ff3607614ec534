/** Writes of the small settings items (./items.ts): language, the user's SAJ hosts, reminders, the policy mirror, the check's last choices. */
import type { UiLanguage } from '../ui/i18n';
import type { Reminders } from '../background/reminders';
import type { PolicyMirror } from '../policy/cache';
import type { SigningChoices } from '../check/signing-check';
import { checkChoicesItem, policyMirrorItem, remindersItem, uiLanguageItem, userSajHostsItem } from './items';

export const saveUiLanguage = (language: UiLanguage): Promise<void> => uiLanguageItem.setValue(language);

export const saveUserSajHosts = (patterns: string[]): Promise<void> => userSajHostsItem.setValue(patterns);

export const saveReminders = (reminders: Reminders): Promise<void> => remindersItem.setValue(reminders);

export const savePolicyMirror = (mirror: PolicyMirror): Promise<void> => policyMirrorItem.setValue(mirror);

/** The whole map person id → last "Posso assinar agora?" choice (built by `withRememberedChoice`). */
export const saveCheckChoices = (choices: Record<string, SigningChoices>): Promise<void> => checkChoicesItem.setValue(choices);
