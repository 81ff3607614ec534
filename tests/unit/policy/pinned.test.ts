// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pinnedSelectors } from '../../../lib/policy/pinned';
import { EMPTY_POLICY, resolvePolicy } from '../../../lib/policy/effective';
import { findSigningAction } from '../../../lib/saj/signing-action';
import { pathTo } from '../saj/fixtures';

describe('the selectors IT pinned, as the page\'s detector gets them with every verdict', () => {
  it('joins every profile\'s detector selectors, leaving out invalid ones', () => {
    const policy = resolvePolicy(
      { profiles: { tjms: { selectors: { signingAction: '.sds-icon-assinar', documentType: '[data-tipo]', user: '#usuario' } }, 'tre-rj': { selectors: { signingAction: 'button[[', documentRow: 'div.linha' } } } },
      'managed',
    );
    expect(pinnedSelectors(policy)).toEqual({ signingAction: '.sds-icon-assinar', documentRow: 'div.linha', documentType: '[data-tipo]' });
  });

  it('nothing pinned: undefined', () => {
    expect(pinnedSelectors(EMPTY_POLICY)).toBeUndefined();
  });

  it('a pinned control with no signing word is a signing action for the detector', () => {
    document.body.innerHTML = '<span class="sds-icon-assinar" id="t" role="img"></span>';
    const pinned = pinnedSelectors(resolvePolicy({ profiles: { tjms: { selectors: { signingAction: '.sds-icon-assinar' } } } }, 'managed'));
    expect(findSigningAction(pathTo(document.getElementById('t')!))).toBeNull();
    expect(findSigningAction(pathTo(document.getElementById('t')!), pinned)).toBe(document.getElementById('t'));
  });
});
