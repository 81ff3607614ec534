import { describe, expect, it } from 'vitest';
import { EMPTY_POLICY, resolvePolicy } from '../../../lib/policy/effective';
import { policyPanel } from '../../../lib/policy/options-model';

describe('policyPanel: what the options page says about IT\'s policy', () => {
  it('says nothing without a policy', () => {
    expect(policyPanel(EMPTY_POLICY).visible).toBe(false);
  });

  it('lists what the policy changes, the locked fields and the managed profile fields', () => {
    const panel = policyPanel(
      resolvePolicy(
        {
          guardEnabled: false,
          tribunal: 'tjms',
          lockedFields: ['tribunal', 'lotacoes'],
          extraSajHosts: ['esaj.intranet.tjxx.jus.br'],
          profiles: { tjms: { reviewIntervalMonths: 3 } },
        },
        'managed',
      ),
    );
    expect(panel).toEqual({
      visible: true,
      heading: 'Configurado pela TI do tribunal',
      lines: [
        'O aviso antes das assinaturas está desligado pelo tribunal.',
        'Tribunal definido pela TI: TJMS, para todas as pessoas registradas.',
        'Endereços do SAJ adicionados pela TI: esaj.intranet.tjxx.jus.br.',
      ],
      locked: ['Tribunal', 'Lotações'],
      managedProfileFields: [{ tribunal: 'TJMS', fields: ['reviewIntervalMonths'] }],
      notices: [],
    });
  });

  it('shows every ignored value, even when nothing else applied', () => {
    const panel = policyPanel(resolvePolicy({ guardEnabled: 'não' }, 'managed'));
    expect(panel.visible).toBe(true);
    expect(panel.notices).toEqual([{ where: 'guardEnabled', message: expect.stringMatching(/use true/) }]);
    expect(policyPanel(resolvePolicy(7, 'managed')).notices[0]!.where).toBe('política');
  });

  it('names the test seam for what it is, so it cannot pass for IT\'s policy', () => {
    expect(policyPanel(resolvePolicy({ guardEnabled: false }, 'test-seam')).heading).toMatch(/teste local/);
  });

  it('a profile rule switching the guard off is said too', () => {
    const panel = policyPanel(resolvePolicy({ profiles: { tjms: { rules: { guardEnabled: false } } } }, 'managed'));
    expect(panel.lines).toEqual(['O aviso está desligado para TJMS no perfil do tribunal.']);
  });
});
