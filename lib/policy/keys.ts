/**
 * Names shared by the policy code, the E2E tests and the docs: storage keys and the registered
 * content script's id. Pure (tests running in Node import it without a browser).
 */

/** storage.local key of the test seam (lib/policy/cache.ts, docs/security.md). */
export const POLICY_SEAM_KEY = 'policyForTests';

/**
 * storage.local key of the policy mirror: the policy in force as the background last read it
 * (`{ raw, source, at }`), so pages and content scripts need not wait for Chromium's slow first
 * `storage.managed` read of a session (lib/policy/cache.ts).
 */
export const POLICY_MIRROR_KEY = 'policyMirror';

/** storage.local key of the SAJ hosts the user added (normalized match patterns). */
export const USER_SAJ_HOSTS_KEY = 'userSajHosts';

/** Id of the content script registered for run-time hosts (lib/policy/hosts.ts). */
export const HOSTS_SCRIPT_ID = 'sentinela-saj-hosts';

/** Where WXT writes entrypoints/sentinela.ts, the always-on guard the manifest declares. */
export const CONTENT_SCRIPT_FILE = 'sentinela.js';

/** Firefox add-on id (manifest browser_specific_settings.gecko.id): what IT names in policies.json. */
export const FIREFOX_ID = 'sentinela-bnmp@sentinela.bnmp';

/** Id of the content script registered for BNMP web hosts IT adds (lib/policy/bnmp-web-hosts.ts). */
export const BNMP_WEB_HOSTS_SCRIPT_ID = 'sentinela-bnmp-web-hosts';

/** Where WXT writes entrypoints/bnmp.ts, BNMP web's always-on guard the manifest declares. */
export const BNMP_WEB_CONTENT_SCRIPT_FILE = 'bnmp.js';
