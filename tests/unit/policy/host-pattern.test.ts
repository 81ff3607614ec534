import { describe, expect, it } from 'vitest';
import { hostOfPattern, normalizeHostPattern, patternCovers } from '../../../lib/policy/host-pattern';

describe('normalizeHostPattern: what IT or the user may type for a SAJ host', () => {
  it.each([
    ['esaj.intranet.tjxx.jus.br', '*://esaj.intranet.tjxx.jus.br/*'],
    ['  ESAJ.TJXX.JUS.BR  ', '*://esaj.tjxx.jus.br/*'],
    ['https://esaj.tjxx.jus.br/esaj/portal.do?servico=1', '*://esaj.tjxx.jus.br/*'],
    ['http://saj-hml.tjxx.jus.br:8080/', '*://saj-hml.tjxx.jus.br/*'],
    ['esaj.tjxx.jus.br:8443/sajcas', '*://esaj.tjxx.jus.br/*'],
    ['*://esaj.tjxx.jus.br/*', '*://esaj.tjxx.jus.br/*'],
    ['https://esaj.tjxx.jus.br/esaj/*', '*://esaj.tjxx.jus.br/*'],
    ['*.tjxx.jus.br', '*://*.tjxx.jus.br/*'],
    ['*.tribunal.intra', '*://*.tribunal.intra/*'],
    ['esaj', '*://esaj/*'],
    ['10.20.30.40', '*://10.20.30.40/*'],
    ['esaj.tjxx.jus.br.', '*://esaj.tjxx.jus.br/*'],
  ])('%j → %s', (input, pattern) => {
    expect(normalizeHostPattern(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['<all_urls>', /amplo demais/],
    ['*://*/*', /amplo demais/],
    ['*', /amplo demais/],
    ['*.jus.br', /abrange servidores demais/],
    ['*.gov.br', /abrange servidores demais/],
    ['*.br', /abrange servidores demais/],
    ['*.com', /abrange servidores demais/],
    ['esaj.*.jus.br', /asterisco só pode abrir/],
    ['*.10.0.0.1', /asterisco não se aplica/],
    ['ftp://esaj.tjxx.jus.br', /http ou https/],
    ['file:///etc/passwd', /http ou https/],
    ['user@esaj.tjxx.jus.br', /sem usuário/],
    ['[::1]', /sem usuário nem IPv6/],
    ['esaj_tjxx.jus.br', /nome de servidor inválido/],
    ['-esaj.jus.br', /nome de servidor inválido/],
    ['', /em branco/],
    [42, /como texto/],
    [null, /como texto/],
  ])('%j is refused, saying why', (input, message) => {
    const result = normalizeHostPattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('patternCovers: hosts the manifest already guards', () => {
  it.each([
    ['*://*.tjms.jus.br/*', '*://esaj.tjms.jus.br/*', true],
    ['*://*.tjms.jus.br/*', '*://tjms.jus.br/*', true],
    ['*://*.tjms.jus.br/*', '*://*.intra.tjms.jus.br/*', true],
    ['*://*.tjms.jus.br/*', '*://esaj.tjmsx.jus.br/*', false],
    ['*://*.tjms.jus.br/*', '*://tjms.jus.br.evil.example/*', false],
    ['*://esaj.tjxx.jus.br/*', '*://esaj.tjxx.jus.br/*', true],
    ['*://esaj.tjxx.jus.br/*', '*://*.tjxx.jus.br/*', false],
    ['https://*.tjxx.jus.br/*', '*://esaj.tjxx.jus.br/*', false],
    ['not a pattern', '*://esaj.tjxx.jus.br/*', false],
  ])('%s covers %s: %s', (outer, inner, covers) => {
    expect(patternCovers(outer, inner)).toBe(covers);
  });

  it('hostOfPattern gives the host part', () => {
    expect(hostOfPattern('*://*.tjms.jus.br/*')).toBe('*.tjms.jus.br');
  });
});
