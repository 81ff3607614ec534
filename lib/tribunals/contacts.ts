/** Contacts shared by every tribunal profile. */
import type { Contact } from './schema';

/** CNJ BNMP FAQ [C]. CNJ publishes no hours for it, so `hours` is absent on purpose. */
export const CNJ_CONTACT: Contact = {
  name: 'CNJ — Sistemas Nacionais',
  article: 'o',
  purpose: 'dúvidas sobre o sistema BNMP no CNJ',
  topics: ['sistema-bnmp'],
  emails: ['sistemasnacionais@cnj.jus.br'],
  phones: ['(61) 2326-5353'],
  source: { source: 'cnj-faq-bnmp2', at: 'canal único de atendimento' },
};
