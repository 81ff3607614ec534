/** Writes of the small settings items (./items.ts): language, the user's SAJ hosts, reminders, the policy mirror. */
import type { UiLanguage } from '../ui/i18n';
import type { Reminders } from '../background/reminders';
import type { PolicyMirror } from '../policy/cache';
import { policyMirrorItem, remindersItem, uiLanguageItem, userSajHostsItem } from './items';

export const saveUiLanguage = (language: UiLanguage): Promise<void> => uiLanguageItem.setValue(language);

export const saveUserSajHosts = (patterns: string[]): Promise<void> => userSajHostsItem.setValue(patterns);

export const saveReminders = (reminders: Reminders): Promise<void> => remindersItem.setValue(reminders);

export const savePolicyMirror = (mirror: PolicyMirror): Promise<void> => policyMirrorItem.setValue(mirror);
