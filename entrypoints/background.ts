import { defineBackground } from 'wxt/utils/define-background';
import { setUpOpenPage } from '../lib/background/open-page';
import { setUpReminders } from '../lib/background/set-up-reminders';
import { setUpPolicyMirror } from '../lib/background/policy-mirror';
import { setUpTabsAfterUpdate } from '../lib/background/tabs-after-update';
import { setUpHostRegistration } from '../lib/policy/hosts';
import { createPolicyCache } from '../lib/policy/cache';

export default defineBackground(() => {
  // Wiring only: each concern is a small setUpX() in lib/, sharing one policy cache.
  const policy = createPolicyCache();
  setUpPolicyMirror(policy);
  setUpOpenPage();
  setUpReminders(policy);
  setUpHostRegistration(policy);
  setUpTabsAfterUpdate();
});
