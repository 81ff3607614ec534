/** Contacts shared by every tribunal profile. */
import type { Contact } from './schema';

/** CNJ BNMP FAQ [C]. CNJ publishes no hours for it, so `hours` is absent on purpose. */
export const CNJ_CONTACT: Contact = {
  name: 'CNJ — Sistemas Nacionais',
  purpose: 'dúvidas sobre o BNMP no CNJ',
  emails: ['sistemasnacionais@cnj.jus.br'],
  phones: ['(61) 2326-5353'],
};
