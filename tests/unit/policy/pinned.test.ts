// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pinnedSelectors } from '../../../lib/policy/pinned';
import { findSigningAction } from '../../../lib/saj/signing-action';
import { pathTo } from '../saj/fixtures';

describe('pinned selectors for the always-on script (read from the policy mirror without the parser)', () => {
  it('joins every profile\'s detector selectors, leaving out invalid and oversized ones', () => {
    const raw = {
      profiles: {
        tjms: { selectors: { signingAction: '.sds-icon-assinar', documentType: '[data-tipo]', user: '#usuario' } },
        'tre-rj': { selectors: { signingAction: 'button[[', documentRow: 'div.linha' } },
        outro: { selectors: { signingAction: `.${'x'.repeat(600)}` } },
      },
    };
    expect(pinnedSelectors(raw)).toEqual({ signingAction: '.sds-icon-assinar', documentRow: 'div.linha', documentType: '[data-tipo]' });
  });

  it('nothing pinned, or not a policy at all: undefined', () => {
    for (const raw of [undefined, null, 'x', [], {}, { profiles: [] }, { profiles: { tjms: { selectors: 'x' } } }]) {
      expect(pinnedSelectors(raw)).toBeUndefined();
    }
  });

  it('a pinned control with no signing word is a signing action for the detector', () => {
    document.body.innerHTML = '<span class="sds-icon-assinar" id="t" role="img"></span>';
    const pinned = pinnedSelectors({ profiles: { tjms: { selectors: { signingAction: '.sds-icon-assinar' } } } });
    expect(findSigningAction(pathTo(document.getElementById('t')!))).toBeNull();
    expect(findSigningAction(pathTo(document.getElementById('t')!), pinned)).toBe(document.getElementById('t'));
  });
});
