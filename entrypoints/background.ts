import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only: each concern is a small setUpX() in lib/.
});
