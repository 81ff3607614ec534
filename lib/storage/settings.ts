/** Writes of the small settings items (./items.ts): language, the user's SAJ hosts, the policy mirror, the check's last choices. */
import type { UiLanguage } from '../ui/i18n';
import type { PolicyMirror } from '../policy/cache';
import type { SigningChoices } from '../check/signing-check';
import { FORMER_REMINDERS_KEY, checkChoicesItem, policyMirrorItem, uiLanguageItem, userSajHostsItem } from './items';
import { storage } from 'wxt/utils/storage';

export const saveUiLanguage = (language: UiLanguage): Promise<void> => uiLanguageItem.setValue(language);

export const saveUserSajHosts = (patterns: string[]): Promise<void> => userSajHostsItem.setValue(patterns);


export const savePolicyMirror = (mirror: PolicyMirror): Promise<void> => policyMirrorItem.setValue(mirror);

/** The whole map person id → last "Posso assinar agora?" choice (built by `withRememberedChoice`). */
export const saveCheckChoices = (choices: Record<string, SigningChoices>): Promise<void> => checkChoicesItem.setValue(choices);

/** Removes the reminders older versions stored (they name a lotação; nothing reads them). */
export const forgetFormerReminders = (): Promise<void> => storage.removeItem(FORMER_REMINDERS_KEY);
