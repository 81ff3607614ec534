/**
 * What Sentinela stores about people's BNMP access: the single source of truth.
 * Types are inferred from these schemas; storage, import and export all go through them
 * (docs/data-format.md). Written with `zod/mini` so the content script can validate what it
 * reads from storage for a few KB.
 *
 * Deliberately absent: any password field. The format cannot hold one (STATUS_FILE rejects
 * unknown keys), so neither an import nor a bug can make us keep one.
 */
import * as z from 'zod/mini';
import { isValidCpf } from '@brazilian-utils/brazilian-utils';

export const FORMAT_ID = 'sentinela-bnmp-status';
export const CURRENT_VERSION = 2;

/** A missing field says so; a wrong one says what is expected. */
const expecting = (what: string, expected: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${what}: campo obrigatório; ${expected}` : `${what}: ${expected}`;
const isoDate = (what: string) =>
  z.iso.date({ error: expecting(what, 'use uma data no formato AAAA-MM-DD') });
const isoDateTime = (what: string) =>
  z.iso.datetime({ offset: true, error: expecting(what, 'use data e hora com fuso, como 2026-11-21T19:00:00-04:00') });
const text = (what: string, max = 300) =>
  z.string({ error: expecting(what, 'informe um texto') }).check(
    z.trim(),
    z.minLength(1, `${what}: não pode ficar em branco`),
    z.maxLength(max, `${what}: no máximo ${max} caracteres`),
  );

export const CARGOS = [
  'juiz_de_direito',
  'juiz_substituto',
  'desembargador',
  'juiz_eleitoral',
  'chefe_de_cartorio',
  'chefe_de_cartorio_substituto',
  'analista_judiciario',
  'tecnico_judiciario',
  'assessor',
  'outro',
] as const;
export const Cargo = z.enum(CARGOS, { error: 'Cargo: escolha um dos cargos da lista' });
export type Cargo = z.infer<typeof Cargo>;

/** Cargos that are magistrates (CNJ lets them act in any unit of their tribunal after 15/08/2021). */
export const MAGISTRATE_CARGOS: readonly Cargo[] = ['juiz_de_direito', 'juiz_substituto', 'desembargador', 'juiz_eleitoral'];

export const CARGO_LABELS: Record<Cargo, string> = {
  juiz_de_direito: 'Juiz(a) de Direito',
  juiz_substituto: 'Juiz(a) de Direito Substituto(a)',
  desembargador: 'Desembargador(a)',
  juiz_eleitoral: 'Juiz(a) Eleitoral',
  chefe_de_cartorio: 'Chefe de Cartório',
  chefe_de_cartorio_substituto: 'Chefe de Cartório substituto(a)',
  analista_judiciario: 'Analista Judiciário',
  tecnico_judiciario: 'Técnico Judiciário',
  assessor: 'Assessor(a) de Juiz',
  outro: 'Outro',
};

export const CpfDigits = z.string().check(
  z.regex(/^\d{11}$/, 'CPF: informe os 11 dígitos, só números'),
  z.refine((v) => isValidCpf(v), 'CPF: os dígitos verificadores não conferem'),
);

export const CNJ_ACCOUNT_STATUSES = ['nao_solicitado', 'solicitado', 'confirmado'] as const;
export const CnjAccount = z.strictObject({
  /** SCA/CNJ until 15/08/2021, CNJ Corporativo after. */
  system: z.enum(['sca', 'corporativo'], { error: 'Conta CNJ: escolha SCA/CNJ ou CNJ Corporativo' }),
  status: z.enum(CNJ_ACCOUNT_STATUSES, { error: 'Conta CNJ: situação deve ser não solicitado, solicitado ou confirmado' }),
  requestedOn: z.optional(isoDate('Conta CNJ, data da solicitação')),
  confirmedOn: z.optional(isoDate('Conta CNJ, data da confirmação')),
  /** Date of the last password change at CNJ: SAJ registrations older than it are stale. */
  lastPasswordChangeOn: z.optional(isoDate('Conta CNJ, última troca de senha')),
});
export type CnjAccount = z.infer<typeof CnjAccount>;

/** "Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…", done once per SAJ database. */
export const SajRegistration = z.strictObject({
  database: text('Cadastro no SAJ, base', 80),
  registeredOn: isoDate('Cadastro no SAJ, data'),
});
export type SajRegistration = z.infer<typeof SajRegistration>;

export const LOTACAO_STATUSES = ['ativa', 'solicitada', 'negada', 'revogada', 'nao_solicitada'] as const;
export const LotacaoStatus = z.enum(LOTACAO_STATUSES, {
  error: 'Lotação: situação deve ser ativa, solicitada, negada, revogada ou não solicitada',
});
export type LotacaoStatus = z.infer<typeof LotacaoStatus>;

export const PLANTAO_KINDS = ['regiao', 'circunscricao', 'plantao_judiciario'] as const;
export const Lotacao = z.strictObject({
  name: text('Lotação, nome', 200),
  code: z.optional(z.string().check(z.maxLength(40, 'Lotação, código: no máximo 40 caracteres'))),
  status: LotacaoStatus,
  requestedOn: z.optional(isoDate('Lotação, data da solicitação')),
  grantedOn: z.optional(isoDate('Lotação, data da concessão')),
  revokedOn: z.optional(isoDate('Lotação, data da revogação')),
  /** Set when this lotação is a plantão one: região (weekends/holidays), circunscrição (recesso) or BNMP 3.0's "Plantão Judiciário". */
  plantao: z.optional(z.enum(PLANTAO_KINDS, { error: 'Lotação de plantão: região, circunscrição ou Plantão Judiciário' })),
  /** Set when BNMP 3.0 web's órgão list did not show this active lotação (the person agreed to record it): to be reviewed, never deleted. */
  missingInBnmpOn: z.optional(isoDate('Lotação, não mostrada no BNMP em')),
});
export type Lotacao = z.infer<typeof Lotacao>;

export const PlantaoAssignment = z
  .strictObject({
    start: isoDateTime('Plantão, início'),
    end: isoDateTime('Plantão, fim'),
    comarca: text('Plantão, comarca', 120),
  })
  .check(z.refine((p) => Date.parse(p.end) > Date.parse(p.start), { message: 'Plantão: o fim deve ser depois do início', path: ['end'] }));
export type PlantaoAssignment = z.infer<typeof PlantaoAssignment>;

export const Person = z.strictObject({
  /** Local identifier, never shown; stable across edits. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Pessoa, identificador: letras, números, - ou _')),
  /** The name as SAJ shows it in its header. */
  name: text('Nome (como aparece no SAJ)', 200),
  sajLogin: text('Login do SAJ', 80),
  cpf: z.optional(CpfDigits),
  cargo: Cargo,
  tribunal: text('Tribunal', 40),
  cnjAccount: CnjAccount,
  sajRegistrations: z.array(SajRegistration),
  lotacoes: z.array(Lotacao),
  plantoes: z.array(PlantaoAssignment),
  /** Last time the person confirmed all of this is still true (Ato Conjunto TRE-RJ 16/2020 art. 7 III). */
  lastReviewOn: z.optional(isoDate('Última revisão')),
});
export type Person = z.infer<typeof Person>;

export const StatusFile = z.strictObject({
  format: z.literal(FORMAT_ID, { error: `Formato: esperado "${FORMAT_ID}"` }),
  version: z.literal(CURRENT_VERSION, { error: `Versão: esperada ${CURRENT_VERSION}` }),
  people: z.array(Person).check(
    z.refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'Pessoas: há identificadores repetidos'),
  ),
  /** The id of the person who uses this browser most ("eu"). */
  meId: z.optional(z.string()),
  updatedAt: z.optional(isoDateTime('Atualizado em')),
}).check(
  // A dangling "eu" would silently make every unnamed screen "status unknown"; say so instead.
  z.refine((f) => f.meId === undefined || f.people.some((p) => p.id === f.meId), {
    message: 'Pessoa "eu": não corresponde a nenhuma pessoa cadastrada',
    path: ['meId'],
  }),
);
export type StatusFile = z.infer<typeof StatusFile>;

export const emptyStatusFile = (): StatusFile => ({ format: FORMAT_ID, version: CURRENT_VERSION, people: [] });
