/**
 * Every reason the engine can give, as data: where it is shown, the levels it may have, and the sources
 * it rests on (ids in lib/tribunals/sources.ts or a shipped profile). docs/rules.md is the reviewers'
 * prose view of this table; tests check that the two agree, that every cited id exists, and that what a
 * message claims matches its level: only a `block` says the CNJ will refuse, a `warn` says so only
 * conditionally ("se esta assinatura for…"), and a note about the record never says so.
 */
import type { Citation } from '../tribunals/schema';
import type { ReasonCode } from './types';

export interface RuleSpec {
  /**
   * `signature`: in the verdict the guard acts on (a refusal, or Sentinela cannot tell). `record`: a
   * note about the person's record no refusal follows from (popup, badge, options; `statusNotices`).
   */
  shownAt: 'signature' | 'record';
  levels: readonly ('block' | 'warn')[];
  sources: readonly Citation[];
}

const GPS_AVISO: Citation = { source: 'tjms-gps-acesso-bnmp2', at: 'aviso de 14/08/2020' };
const decision = (at: string): Citation => ({ source: 'sentinela-decisoes', at });

export const RULES: Record<ReasonCode, RuleSpec> = {
  'status-unknown': { shownAt: 'signature', levels: ['warn'], sources: [decision('D1')] },
  'status-unreadable': { shownAt: 'signature', levels: ['warn'], sources: [decision('D1')] },
  'cnj-account-not-confirmed': {
    shownAt: 'signature',
    levels: ['block'],
    sources: [GPS_AVISO, { source: 'tjms-gps-acesso-bnmp2', at: 'item 1' }, { source: 'cnj-noticia-pdpj-2021' }],
  },
  'saj-registration-missing': {
    shownAt: 'signature',
    levels: ['block'],
    sources: [GPS_AVISO, { source: 'tjms-gps-cadastro-saj', at: 'item 1' }, { source: 'softplan-12943928422551' }, decision('D3')],
  },
  'saj-registration-stale': {
    shownAt: 'signature',
    levels: ['block', 'warn'],
    sources: [{ source: 'tjms-gps-cadastro-saj', at: 'item 1' }, { source: 'tjms-sti-125600036' }, decision('D3'), decision('D4')],
  },
  'lotacao-not-active': {
    shownAt: 'signature',
    levels: ['block'],
    sources: [GPS_AVISO, { source: 'softplan-12943928422551' }, { source: 'cnj-noticia-pdpj-2021' }, decision('D5'), decision('D6')],
  },
  'lotacao-unknown-on-page': { shownAt: 'signature', levels: ['warn'], sources: [decision('D5')] },
  'plantao-lotacao-not-active': {
    shownAt: 'signature',
    levels: ['block', 'warn'],
    sources: [
      GPS_AVISO,
      { source: 'tjms-provimento-306-2014', at: 'art. 10' },
      { source: 'tjms-portaria-1019-2020' },
      { source: 'res-cnj-417-2021', at: 'art. 2º, § 2º' },
      { source: 'res-cnj-554-2024' },
      decision('D7'),
      decision('D8'),
    ],
  },
  'plantao-lotacao-unknown': {
    shownAt: 'signature',
    levels: ['warn'],
    sources: [{ source: 'tjms-provimento-306-2014', at: 'art. 10' }, decision('D9')],
  },
  'cargo-not-allowed': {
    shownAt: 'record',
    levels: ['warn'],
    sources: [{ source: 'tre-rj-ato-conjunto-16-2020', at: 'arts. 3º, 4º, 6º, II, e 7º, II e IV' }, GPS_AVISO, decision('D11')],
  },
  'review-overdue': {
    shownAt: 'record',
    levels: ['warn'],
    sources: [{ source: 'tre-rj-ato-conjunto-16-2020', at: 'art. 7º, III' }, decision('D12')],
  },
};
