/**
 * SAJ host patterns given by IT (policy `extraSajHosts`, a profile's `sajHosts`) or by the user
 * (options): what we accept, and the one match pattern each becomes. Pure.
 *
 * Every accepted entry becomes `*://<host>/*`: the guard covers a whole host (SAJ screens live under
 * many paths), over http and https (intranet SAJ servers often still serve http), on any port
 * (Firefox match patterns cannot name a port). A wildcard must stay inside one organisation:
 * `*.tjxx.jus.br` is accepted, `*.jus.br` (every court in Brazil) is not.
 */

export type HostPatternResult = { ok: true; pattern: string } | { ok: false; message: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const PATTERN = /^(\*|https?):\/\/([^/]+)\/.*$/;

/**
 * `"esaj.tjxx.jus.br"`, `"https://esaj.tjxx.jus.br/esaj/portal.do"`, `"*.tjxx.jus.br"` or
 * `"*://esaj.tjxx.jus.br/*"` → `{ ok: true, pattern: "*://esaj.tjxx.jus.br/*" }`; anything broader
 * or malformed → a pt-BR message saying what to write instead.
 */
export function normalizeHostPattern(input: unknown): HostPatternResult {
  if (typeof input !== 'string') return fail('informe o endereço como texto, por exemplo "esaj.tjxx.jus.br"');
  const text = input.trim().toLowerCase();
  if (text === '') return fail('endereço em branco');
  if (text === '<all_urls>' || /^(\*|https?):\/\/\*\//.test(text) || text === '*') {
    return fail('endereço amplo demais: informe o servidor do SAJ, por exemplo "esaj.tjxx.jus.br"');
  }
  let host: string;
  const asPattern = PATTERN.exec(text);
  if (asPattern) {
    host = asPattern[2]!;
  } else if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    if (!/^https?:\/\//.test(text)) return fail('use um endereço http ou https');
    try {
      host = new URL(text).hostname;
    } catch {
      return fail('endereço inválido');
    }
  } else {
    host = text.split('/')[0]!;
  }
  host = host.replace(/:\d{1,5}$/, '').replace(/\.$/, '');
  if (host.includes('@') || host.includes('[')) return fail('informe só o nome do servidor, sem usuário nem IPv6');
  const wildcard = host.startsWith('*.');
  const name = wildcard ? host.slice(2) : host;
  if (name.length === 0 || name.length > 253) return fail('nome de servidor inválido');
  if (name.includes('*')) return fail('o asterisco só pode abrir o nome, como em "*.tjxx.jus.br"');
  if (IPV4.test(name)) {
    if (wildcard) return fail('asterisco não se aplica a um endereço IP');
    return { ok: true, pattern: `*://${name}/*` };
  }
  const labels = name.split('.');
  if (!labels.every((l) => LABEL.test(l))) return fail(`nome de servidor inválido: "${name}"`);
  if (wildcard) {
    // *.jus.br, *.gov.br, *.com.br… would reach every court or company of the country.
    const minimum = name.endsWith('.br') ? 3 : 2;
    if (labels.length < minimum) return fail(`"*.${name}" abrange servidores demais: use o domínio do tribunal, como "*.tjxx.jus.br"`);
  }
  return { ok: true, pattern: `*://${host}/*` };
}

function fail(message: string): HostPatternResult {
  return { ok: false, message };
}

/** The host part of a normalized pattern (`*.tjms.jus.br` for `*://*.tjms.jus.br/*`). */
export function hostOfPattern(pattern: string): string {
  return PATTERN.exec(pattern)?.[2] ?? pattern;
}

/**
 * Whether every URL `inner` matches is also matched by `outer` (both as produced by
 * `normalizeHostPattern`, or the manifest's own `*://*.x/*` patterns).
 */
export function patternCovers(outer: string, inner: string): boolean {
  const o = PATTERN.exec(outer);
  const i = PATTERN.exec(inner);
  if (!o || !i) return false;
  if (o[1] !== '*' && o[1] !== i[1]) return false;
  const outerHost = o[2]!;
  const innerHost = i[2]!;
  if (outerHost === innerHost) return true;
  if (!outerHost.startsWith('*.')) return false;
  const domain = outerHost.slice(2);
  const innerName = innerHost.startsWith('*.') ? innerHost.slice(2) : innerHost;
  return innerName === domain || innerName.endsWith(`.${domain}`);
}
