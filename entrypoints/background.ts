import { defineBackground } from 'wxt/utils/define-background';
import { setUpOpenPage } from '../lib/background/open-page';
import { setUpReminders } from '../lib/background/set-up-reminders';
import { setUpHostRegistration } from '../lib/policy/hosts';

export default defineBackground(() => {
  // Wiring only: each concern is a small setUpX() in lib/.
  setUpOpenPage();
  setUpReminders();
  setUpHostRegistration();
});
