/**
 * The policy a tribunal's IT sets for Sentinela (Chrome/Edge `storage.managed` from enterprise policy,
 * Firefox `policies.json` → `3rdparty.Extensions`), as zod/mini schemas, one per top-level key.
 *
 * Each key is parsed on its own (./parse.ts) so one mistake never discards the rest; the Chrome
 * schema in public/managed-schema.json is generated from these (./managed-schema.ts) and a test
 * keeps the two in step.
 */
import * as z from 'zod/mini';
import type { ProfileOverride } from '../tribunals/merge';

/** Person fields IT can make read-only in the options page, plus the user's own SAJ hosts. */
export const LOCKABLE_FIELDS = [
  'name',
  'sajLogin',
  'cpf',
  'cargo',
  'tribunal',
  'cnjAccount',
  'sajRegistrations',
  'lotacoes',
  'plantoes',
  'lastReviewOn',
  'sajHosts',
] as const;
export type LockedField = (typeof LOCKABLE_FIELDS)[number];

/** What the options page calls each lockable field. */
export const LOCKED_FIELD_LABELS: Record<LockedField, string> = {
  name: 'Nome',
  sajLogin: 'Login do SAJ',
  cpf: 'CPF',
  cargo: 'Cargo',
  tribunal: 'Tribunal',
  cnjAccount: 'Conta CNJ',
  sajRegistrations: 'Cadastros no SAJ',
  lotacoes: 'Lotações',
  plantoes: 'Plantões',
  lastReviewOn: 'Última revisão',
  sajHosts: 'Endereços do SAJ adicionados pelo usuário',
};

export const GuardEnabled = z.boolean();
export const TribunalId = z.string().check(z.minLength(1), z.maxLength(40));
export const LockedFieldSchema = z.enum(LOCKABLE_FIELDS);
export const HostEntry = z.string().check(z.maxLength(300));

/** The top-level keys, in the order the docs and the Chrome schema list them. */
export const POLICY_KEYS = ['guardEnabled', 'tribunal', 'lockedFields', 'extraSajHosts', 'profiles', 'bnmpWebEnabled', 'extraBnmpWebHosts'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** A parsed policy: every key optional, every value already checked (./parse.ts). */
export interface Policy {
  /** false = the guard lets every signature through and shows nothing (IT switched it off). */
  guardEnabled?: boolean;
  /** The tribunal of this installation: default for new people and for hosts no profile names. */
  tribunal?: string;
  lockedFields?: LockedField[];
  /** Normalized match patterns (`*://host/*`) of the tribunal's other SAJ hosts. */
  extraSajHosts?: string[];
  /** Field-by-field overrides of shipped tribunal profiles, by tribunal id. */
  profiles?: Record<string, ProfileOverride>;
  /** false = BNMP 3.0 web (bnmp.pdpj.jus.br) is not guarded; SAJ still is. */
  bnmpWebEnabled?: boolean;
  /** Normalized match patterns of other BNMP web hosts to guard (a pre-production host). */
  extraBnmpWebHosts?: string[];
}

/** Text for administrators: shown by the Chrome schema and docs/deploy.md. */
export const POLICY_DESCRIPTIONS: Record<PolicyKey, { title: string; description: string }> = {
  guardEnabled: {
    title: 'Guarda ligada',
    description: 'false desliga o aviso antes das assinaturas em todos os hosts (o resto da extensão continua).',
  },
  tribunal: {
    title: 'Tribunal desta instalação',
    description: 'Identificador do perfil de tribunal (tjms, tre-rj): padrão para novas pessoas e para hosts extras.',
  },
  lockedFields: {
    title: 'Campos bloqueados',
    description:
      'Campos que o usuário não pode mudar depois de preenchidos: name, sajLogin, cpf, cargo, tribunal, cnjAccount, ' +
      'sajRegistrations, lotacoes, plantoes, lastReviewOn, sajHosts.',
  },
  extraSajHosts: {
    title: 'Hosts extras do SAJ',
    description: 'Servidores internos do SAJ a guardar, como "esaj.intranet.tjxx.jus.br" ou "*.tjxx.jus.br".',
  },
  bnmpWebEnabled: {
    title: 'Guarda no BNMP 3.0 web',
    description: 'false desliga o aviso no BNMP 3.0 web (bnmp.pdpj.jus.br); o SAJ continua guardado. Padrão: true.',
  },
  extraBnmpWebHosts: {
    title: 'Hosts extras do BNMP web',
    description: 'Outros endereços do BNMP 3.0 web a guardar, como "bnmp-preprod.pdpj.jus.br" (homologação).',
  },
  profiles: {
    title: 'Perfis de tribunal',
    description: 'Mudanças campo a campo no perfil de cada tribunal, por identificador (ex.: {"tjms": {"contacts": [...]}}).',
  },
};
