/** Default SAJ hosts the content script runs on (TJMS). Kept here, not in the manifest, so tests and profiles agree. */
export const DEFAULT_SAJ_MATCHES = ['*://*.tjms.jus.br/*'];
/**
 * BNMP 3.0 web, where pieces are issued in the browser (CNJ; national, so not a tribunal's). https only.
 * The pre-production host (bnmp-preprod.pdpj.jus.br) is IT's to add (policy `extraBnmpWebHosts`).
 */
export const DEFAULT_BNMP_WEB_MATCHES = ['https://bnmp.pdpj.jus.br/*'];
