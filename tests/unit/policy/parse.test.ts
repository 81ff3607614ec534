import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePolicy } from '../../../lib/policy/parse';
import { POLICY_KEYS } from '../../../lib/policy/schema';

describe('parsePolicy: valid values apply', () => {
  it('reads every key of a correct policy without a notice', () => {
    const { policy, notices } = parsePolicy({
      guardEnabled: false,
      tribunal: 'tre-rj',
      lockedFields: ['tribunal', 'cargo', 'lotacoes', 'cargo'],
      extraSajHosts: ['esaj.intranet.tjxx.jus.br', 'https://esaj.intranet.tjxx.jus.br/esaj'],
      profiles: { tjms: { reviewIntervalMonths: 3, rules: { magistrateAnyUnitFrom: null } } },
    });
    expect(notices).toEqual([]);
    expect(policy).toEqual({
      guardEnabled: false,
      tribunal: 'tre-rj',
      lockedFields: ['tribunal', 'cargo', 'lotacoes'],
      extraSajHosts: ['*://esaj.intranet.tjxx.jus.br/*'],
      profiles: { tjms: { reviewIntervalMonths: 3, rules: { magistrateAnyUnitFrom: null } } },
    });
  });

  it.each([
    [undefined, {}],
    [null, {}],
    [{}, {}],
  ])('no policy (%j) is an empty policy, silently', (raw, policy) => {
    expect(parsePolicy(raw)).toEqual({ policy, notices: [] });
  });

  it.each([
    [1, true],
    [0, false],
  ])('guardEnabled as a Windows REG_DWORD %s reads as %s', (value, enabled) => {
    expect(parsePolicy({ guardEnabled: value }).policy.guardEnabled).toBe(enabled);
  });
});

describe('parsePolicy: invalid values are ignored one by one, each with a pt-BR notice', () => {
  it.each([
    [{ guardEnabled: 'não' }, 'guardEnabled', /use true .* ou false/, {}],
    [{ guardEnabled: 2 }, 'guardEnabled', /use true/, {}],
    [{ tribunal: 'tjsp' }, 'tribunal', /Tribunal desconhecido: "tjsp". Use um de: tjms, tre-rj/, {}],
    [{ tribunal: 7 }, 'tribunal', /identificador de um tribunal/, {}],
    [{ lockedFields: 'cargo' }, 'lockedFields', /lista de campos/, {}],
    [{ lockedFields: ['cargo', 'senha'] }, 'lockedFields', /2º item ignorado: campo desconhecido "senha"/, { lockedFields: ['cargo'] }],
    [{ extraSajHosts: 'esaj.tjxx.jus.br' }, 'extraSajHosts', /lista de endereços/, {}],
    [
      { extraSajHosts: ['*.jus.br', 'esaj.tjxx.jus.br'] },
      'extraSajHosts',
      /1º item ignorado \("\*\.jus\.br"\): .*abrange servidores demais/,
      { extraSajHosts: ['*://esaj.tjxx.jus.br/*'] },
    ],
    [{ profiles: [] }, 'profiles', /um perfil por tribunal/, {}],
    [{ profiles: { tjsp: {} } }, 'profiles.tjsp', /tribunal desconhecido "tjsp"/, { profiles: {} }],
    [{ profiles: { tjms: 'x' } }, 'profiles.tjms', /objeto com os campos a mudar/, { profiles: {} }],
    [{ profiles: { tjms: { id: 'outro' } } }, 'profiles.tjms.id', /não pode ser mudado/, { profiles: {} }],
    [{ AutoSave: true }, 'AutoSave', /Campo desconhecido/, {}],
  ])('%j → notice at %s', (raw, path, message, policy) => {
    const result = parsePolicy(raw);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]!.path).toBe(path);
    expect(result.notices[0]!.message).toMatch(message);
    expect(result.policy).toEqual(policy);
  });

  it('reports a bad profile field by its full path and keeps the good ones of the same profile', () => {
    const { policy, notices } = parsePolicy({
      profiles: {
        tjms: {
          reviewIntervalMonths: 48,
          plantao: { startsAt: '25:00', endsAt: '07:00' },
          contacts: [{ name: 'Plantão STI', emails: [], phones: ['(67) 3314-0000'], hours: { days: [1], from: '8h', to: '18:00' } }],
          sajHosts: ['esaj.intranet.tjms.jus.br', '*.br'],
        },
      },
    });
    expect(notices.map((n) => n.path)).toEqual([
      'profiles.tjms.sajHosts',
      'profiles.tjms.reviewIntervalMonths',
      'profiles.tjms.plantao.startsAt',
      'profiles.tjms.contacts',
    ]);
    expect(notices.find((n) => n.path === 'profiles.tjms.contacts')!.message).toMatch(/\[1º item\]\.hours\.from: Horário: use HH:MM/);
    // Kept for the merge, which applies endsAt and skips the rejected fields again.
    expect(policy.profiles?.tjms?.plantao).toEqual({ startsAt: '25:00', endsAt: '07:00' });
    expect(policy.profiles?.tjms?.sajHosts).toEqual(['*://esaj.intranet.tjms.jus.br/*']);
  });

  it.each([[42], ['{"guardEnabled":false}'], [[{ guardEnabled: false }]]])('a policy that is not an object (%j) is ignored whole', (raw) => {
    const result = parsePolicy(raw);
    expect(result.policy).toEqual({});
    expect(result.notices).toEqual([{ path: '', message: expect.stringMatching(/esperado um objeto/) }]);
  });

  it('never throws, whatever the browser hands over, and keeps only known keys', () => {
    const anyPolicy = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...POLICY_KEYS, '__proto__', 'x'), fc.anything()),
      fc.record({ profiles: fc.dictionary(fc.constantFrom('tjms', 'tre-rj', 'constructor'), fc.anything()) }),
    );
    fc.assert(
      fc.property(anyPolicy, (raw) => {
        const { policy, notices } = parsePolicy(raw);
        for (const key of Object.keys(policy)) expect(POLICY_KEYS).toContain(key);
        for (const notice of notices) expect(typeof notice.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('a "__proto__" key pollutes nothing', () => {
    const raw = JSON.parse('{"__proto__": {"guardEnabled": false}, "profiles": {"__proto__": {"x": 1}}}');
    const { policy, notices } = parsePolicy(raw);
    expect(policy.guardEnabled).toBeUndefined();
    expect(({} as Record<string, unknown>).guardEnabled).toBeUndefined();
    expect(notices.map((n) => n.path)).toEqual(['__proto__', 'profiles.__proto__']);
  });
});
