/** Default SAJ hosts the content script runs on (TJMS). Kept here, not in the manifest, so tests and profiles agree. */
export const DEFAULT_SAJ_MATCHES = ['*://*.tjms.jus.br/*'];
