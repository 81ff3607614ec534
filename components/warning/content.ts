/**
 * Turns a verdict and the tribunal profile into what the warning dialog shows: contacts with
 * whether their phones answer right now (in the tribunal's time zone), guide pages and the SAJ
 * steps as the profile documents them for the date.
 */
import { browser } from 'wxt/browser';
import type { Verdict } from '../../lib/readiness/types';
import type { TribunalProfile } from '../../lib/tribunals/schema';
import { describeOfficeStatus, officeStatus } from '../../lib/calendar/office-hours';
import { sajRegistrationSteps as documentedSteps } from '../../lib/guides/saj-registration';
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

/** The SAJ registration steps for the date (profile data: the menu and the test are the tribunal's, dated). */
export function sajRegistrationSteps(profile: TribunalProfile, now: Date): string[] {
  return documentedSteps(profile, now).map((step) => step.text);
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
      // Published hours are the phones' (seed 000: "telefones … (12h às 18h)"); the e-mail is read at any time.
      officeLine:
        contact.hours && contact.phones.length > 0
          ? `${contact.phones.length > 1 ? 'Telefones' : 'Telefone'}: ${describeOfficeStatus(officeStatus(contact.hours, profile.timeZone, now, profile.plantao))}`
          : describeOfficeStatus(officeStatus(contact.hours, profile.timeZone, now, profile.plantao)),
    })),
    guideUrls: guideUrls(),
    onOpenGuide: (kind) => {
      void browser.runtime.sendMessage({ type: 'sentinela:open-page', page: GUIDE_PAGES[kind] }).catch(() => undefined);
    },
    sajRegistrationSteps: sajRegistrationSteps(profile, now),
  };
}
