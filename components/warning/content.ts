/**
 * Turns a verdict and the tribunal profile into what the warning dialog shows: contacts with
 * whether they answer right now (in the tribunal's time zone), guide pages and the SAJ steps.
 */
import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/readiness/types';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { describeOfficeStatus, officeStatus } from '../../lib/calendar/office-hours';
import type { GuideKind, WarningDialogProps } from './WarningDialog';

/** The extension page that explains each fix (built by entrypoints/<page>/). */
export const GUIDE_PAGES: Record<GuideKind, 'guia-senha' | 'guia-acesso' | 'options'> = {
  'reset-password': 'guia-senha',
  'request-access': 'guia-acesso',
  'saj-registration': 'guia-senha',
  'record-status': 'options',
  'review-status': 'options',
};

function guideUrls(): WarningContent['guideUrls'] {
  const urls: WarningContent['guideUrls'] = {};
  for (const [kind, page] of Object.entries(GUIDE_PAGES) as [GuideKind, string][]) urls[kind] = browser.runtime.getURL(`/${page}.html` as '/options.html');
  return urls;
}

export type WarningContent = Omit<WarningDialogProps, 'onProceed' | 'onCancel'>;

export function sajRegistrationSteps(profile: TribunalProfile): string[] {
  const databases = profile.sajDatabases.length ? profile.sajDatabases.join(', ') : 'cada base do SAJ que você usa';
  return [
    'No SAJ (PG5), abra o menu Criminal → BNMP 2.0 → “Cadastro de Usuário no BNMP…”.',
    'O campo Usuário já vem com o seu usuário do SAJ. Informe o seu login do CNJ e a sua senha do CNJ (digitada só no SAJ — o Sentinela nunca pede senha).',
    'Salve e use o “teste de comunicação com o BNMP 2.0” para confirmar.',
    `Repita em cada base do SAJ: ${databases}. Refaça sempre que trocar a senha no CNJ.`,
  ];
}

export function warningContent(verdict: Verdict, profile: TribunalProfile, now: Date): WarningContent {
  return {
    verdict,
    tribunalName: profile.shortName,
    contacts: profile.contacts.map((contact) => ({
      name: contact.name,
      ...(contact.purpose ? { purpose: contact.purpose } : {}),
      emails: contact.emails,
      phones: contact.phones,
      officeLine: describeOfficeStatus(officeStatus(contact.hours, profile.timeZone, now, profile.plantao)),
    })),
    guideUrls: guideUrls(),
    onOpenGuide: (kind) => {
      void browser.runtime.sendMessage({ type: 'sentinela:open-page', page: GUIDE_PAGES[kind] }).catch(() => undefined);
    },
    sajRegistrationSteps: sajRegistrationSteps(profile),
  };
}
