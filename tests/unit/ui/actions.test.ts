/** The one fix offered for each reason, and where it leads. */
import { describe, expect, it } from 'vitest';
import { evaluateReadiness, statusNotices } from '../../../lib/readiness/engine';
import type { Reason, RemediationAction } from '../../../lib/readiness/types';
import { actionTarget, primaryAction } from '../../../lib/ui/actions';
import { TJMS } from '../../../lib/tribunals/tjms';
import { TRE_RJ } from '../../../lib/tribunals/tre-rj';
import { WORKING_AFTERNOON, lotacao, person, statusOf } from '../readiness/fixtures';

const bnmp = [{ label: 'Mandado de Prisão', bnmp: true, kind: 'mandado de prisão' }];
const reasonsFor = (who: ReturnType<typeof person> | undefined, screen: Record<string, unknown> = {}): Reason[] =>
  evaluateReadiness({ status: who ? statusOf(who) : { state: 'empty' }, screen: { documents: bnmp, ...screen }, profile: TJMS, now: WORKING_AFTERNOON }).reasons;

describe('primaryAction', () => {
  it.each([
    ['nothing recorded', reasonsFor(undefined), 'record-status'],
    ['lotação on the page not granted', reasonsFor(person(), { lotacao: '1ª Vara Criminal - Dourados' }), 'request-access'],
    ['SAJ registration stale', reasonsFor(person({ cnjAccount: { system: 'corporativo', status: 'confirmado', lastPasswordChangeOn: '2026-04-01' } })), 'saj-registration'],
    ['account never requested', reasonsFor(person({ cnjAccount: { system: 'corporativo', status: 'nao_solicitado' } })), 'request-access'],
    // Seed 000: doubts about an access already requested go to the Coordenadoria; a reset cannot confirm an account.
    ['account requested, e-mail pending', reasonsFor(person({ cnjAccount: { system: 'corporativo', status: 'solicitado' } })), 'contact'],
    ['review overdue (TRE-RJ art. 7º, III)', statusNotices(person({ tribunal: 'TRE-RJ', cargo: 'chefe_de_cartorio', lastReviewOn: '2025-01-01' }), TRE_RJ, WORKING_AFTERNOON), 'review-status'],
  ])('%s → %s', (_, reasons, kind) => {
    expect(reasons.length).toBeGreaterThan(0);
    expect(primaryAction(reasons[0]!)?.kind).toBe(kind);
  });

  it('for a lotação, the tribunal’s own channel comes before CNJ’s page', () => {
    const reason: Reason = {
      code: 'lotacao-not-active',
      level: 'block',
      message: '…',
      actions: [
        { kind: 'request-access', label: 'Solicitar acesso no CNJ Corporativo', url: 'https://www.cnj.jus.br/corporativo/' },
        { kind: 'request-access', label: 'Solicitar acesso: Intranet → Corregedoria → Solicitação de Acesso' },
      ],
    };
    expect(primaryAction(reason)?.label).toMatch(/Intranet/);
  });

  it('an account requested but not confirmed leads to the Coordenadoria’s e-mail, never to a password reset', () => {
    const [reason] = reasonsFor(person({ cnjAccount: { system: 'corporativo', status: 'solicitado' } }));
    expect(primaryAction(reason!)).toMatchObject({ kind: 'contact', url: 'mailto:cgjconvenios@tjms.jus.br' });
    expect(reason!.actions.some((a) => a.kind === 'reset-password')).toBe(false);
  });
});

describe('actionTarget', () => {
  const a = (kind: RemediationAction['kind'], url?: string): RemediationAction => ({ kind, label: kind, ...(url ? { url } : {}) });
  it.each([
    [a('record-status'), { type: 'options', personId: 'ana' }],
    [a('review-status'), { type: 'options', personId: 'ana' }],
    [a('saj-registration'), { type: 'extension', path: '/guia-senha.html#cadastro-saj' }],
    [a('reset-password', 'https://www.cnj.jus.br/corporativo/'), { type: 'external', url: 'https://www.cnj.jus.br/corporativo/' }],
    [a('request-access'), { type: 'extension', path: '/guia-acesso.html' }],
    [a('contact', 'mailto:cgjconvenios@tjms.jus.br'), { type: 'external', url: 'mailto:cgjconvenios@tjms.jus.br' }],
    [a('contact'), { type: 'none' }],
    // A hostile or broken address is never opened.
    [a('reset-password', 'javascript:alert(1)'), { type: 'extension', path: '/guia-senha.html' }],
    [a('contact', 'file:///etc/passwd'), { type: 'none' }],
  ])('%o → %o', (action, target) => {
    expect(actionTarget(action, 'ana')).toEqual(target);
  });
});
