import { defineBackground } from 'wxt/utils/define-background';
import { setUpOpenPage } from '../lib/background/open-page';
import { setUpReminders } from '../lib/background/set-up-reminders';
import { setUpPolicyMirror } from '../lib/background/policy-mirror';
import { setUpTabsAfterUpdate } from '../lib/background/tabs-after-update';
import { setUpVerdicts } from '../lib/background/verdicts';
import { setUpHostRegistration } from '../lib/policy/hosts';
import { createPolicyCache } from '../lib/policy/cache';

export default defineBackground(() => {
  // Wiring only: each concern is a small setUpX() in lib/, sharing one policy cache.
  const policy = createPolicyCache();
  setUpPolicyMirror(policy);
  setUpVerdicts(policy);
  setUpOpenPage();
  setUpReminders(policy);
  setUpHostRegistration(policy);
  setUpTabsAfterUpdate();
});
