/**
 * The sources every profile may cite by id — CNJ's acts and pages, federal law, and the tribunal guide
 * pages that document CNJ's own screens (the TJMS GPS describes the SCA reset every tribunal used) —
 * and how a citation is resolved and written. Sources only one tribunal cites (its provimentos,
 * portarias, acts) live in its profile (`profile.sources`), where IT can update them; a profile source
 * with the same id as one here replaces it for that tribunal. Each source is written once.
 *
 * `date` is what the source itself says (signed, published, updated); `checkedOn` is when Sentinela's
 * content was last compared with it. A test (tests/unit/tribunals/sources.test.ts) fails when anything
 * cites an id that does not exist here or in a shipped profile.
 */
import type { Citation, Source, TribunalProfile } from './schema';

/** Seed 000 and its sibling page, as compared with this product on `checkedOn`. */
export const TJMS_GPS_URL = 'https://sti.tjms.jus.br/confluence/pages/viewpage.action?pageId=152898271';

export const SOURCES: readonly Source[] = [
  {
    // Where no document decides, Sentinela decides as a TJMS clerk or judge would want, and writes the
    // decision down (D1…): a rule resting on a decision cites it like any other source.
    id: 'sentinela-decisoes',
    short: 'Decisões do Sentinela (docs/rules.md)',
    title: 'Sentinela BNMP, docs/rules.md, “Decisions taken where the issue was silent”',
  },
  {
    id: 'tjms-gps-acesso-bnmp2',
    short: 'GPS TJMS “Acesso ao BNMP 2.0”',
    title:
      'TJMS, GPS (Confluence da STI, pageId 152898271) “Acesso ao BNMP 2.0”: aviso de 14/08/2020, 1. Solicitação de acesso pela Intranet, 2. Redefinição de senha, contatos',
    // "atualizado em 12/08/2021", as the page said when it was collected.
    date: '2021-08-12',
    checkedOn: '2026-11-29',
    url: TJMS_GPS_URL,
  },
  {
    id: 'tjms-gps-cadastro-saj',
    short: 'GPS TJMS “Cadastro de Usuário no BNMP 2.0 para Assinatura de Peças no SAJ”',
    title:
      'TJMS, GPS (Confluence da STI, pageId 191890088) “Cadastro de Usuário no BNMP 2.0 para Assinatura de Peças no SAJ”: menu Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…, refazer após alterar a senha',
    checkedOn: '2026-11-29',
    url: 'https://sti.tjms.jus.br/confluence/pages/viewpage.action?pageId=191890088',
  },
  {
    id: 'tjsp-comunicado-195-2021',
    short: 'Comunicado Conjunto TJSP nº 195/2021',
    title: 'TJSP, Comunicado Conjunto nº 195/2021: acesso ao BNMP em bnmp2.cnj.jus.br com login (CPF) e senha; “Assinar Documento” e “Assina Servidor”',
    url: 'https://portal.tjsp.jus.br/Corregedoria/Comunicados/Comunicado?codigoComunicado=20241&pagina=129',
  },
  {
    id: 'res-cnj-251-2018',
    short: 'Res. CNJ 251/2018',
    title: 'Resolução CNJ nº 251, de 04/09/2018 — institui e regulamenta o BNMP 2.0 (art. 289-A do CPP)',
    date: '2018-09-04',
  },
  {
    id: 'res-cnj-417-2021',
    short: 'Res. CNJ 417/2021',
    title: 'Resolução CNJ nº 417/2021 — institui o BNMP 3.0 (Banco Nacional de Medidas Penais e Prisões) e revoga a Res. 251/2018 (art. 47)',
    date: '2021-09-20',
    url: 'https://atos.cnj.jus.br/atos/detalhar/4115',
  },
  {
    id: 'res-cnj-554-2024',
    short: 'Res. CNJ 554/2024',
    title: 'Resolução CNJ nº 554/2024 — altera o art. 2º, § 2º, da Res. 417/2021: lotações “Plantão Judiciário 1º Grau” e “Plantão Judiciário 2º Grau”',
  },
  {
    id: 'cnj-noticia-pdpj-2021',
    short: 'CNJ, notícia de 15/08/2021',
    title: 'CNJ: integração do BNMP ao sistema de acesso da Plataforma Digital do Poder Judiciário (PDPJ) — CNJ Corporativo substitui o SCA; magistrados atuam em qualquer unidade do tribunal',
    date: '2021-08-15',
  },
  {
    id: 'cnj-noticia-bloqueio-2022',
    short: 'CNJ, notícia de 07/06/2022',
    title: 'CNJ: a conta é bloqueada após a 5ª senha errada seguida; a redefinição pelo link enviado ao e-mail a desbloqueia',
    date: '2022-06-07',
  },
  {
    id: 'cnj-faq-bnmp2',
    short: 'FAQ do BNMP 2.0 (CNJ)',
    title: 'CNJ — BNMP 2.0, Perguntas frequentes: canal único de atendimento sistemasnacionais@cnj.jus.br, (61) 2326-5353',
    url: 'https://www.cnj.jus.br/xwiki/wiki/bnmp2/view/BNMP%202.0/FAQ/',
  },
  {
    id: 'cnj-faq-bnmp3',
    short: 'FAQ do BNMP 3.0 (CNJ)',
    title: 'CNJ — BNMP 3.0, Perguntas frequentes: em produção desde 13–14/08/2024; endereço bnmp.cnj.jus.br; não se expede mais no BNMP 2.0',
  },
  {
    id: 'pje-servico-bnmp2',
    short: 'Documentação do PJe, “Serviço BNMP2”',
    title: 'PJe — Serviço BNMP2: “Solicitar Acesso”, no canto inferior esquerdo do login do CNJ (sso.cnj.jus.br/cas/solicitacao-acesso)',
  },
  {
    id: 'softplan-12943928422551',
    short: 'Central de ajuda Softplan, artigo 12943928422551',
    title: 'Softplan: a partir do SAJ 20.2 cada signatário usa o próprio login do BNMP; lotação não vinculada ao login é recusada pelo CNJ',
  },
  {
    id: 'tjes-oficio-circular-2324939-2024',
    short: 'Ofício Circular CGJES 2324939/2024',
    title: 'TJES, Ofício Circular CGJES 2324939/2024 — “Plantão Judiciário 1° Grau” subdividido por região (“Plantão Judiciário 1° Grau – 1ª Região” … “– 7ª Região”), citando a Res. CNJ 417/2021, art. 2º, § 2º',
  },
  {
    id: 'res-cnj-71-2009',
    short: 'Res. CNJ 71/2009',
    title: 'Resolução CNJ nº 71/2009 — regime de plantão judiciário em primeiro e segundo graus, fora do expediente forense',
    date: '2009-03-31',
  },
  {
    id: 'lei-5010-1966',
    short: 'Lei 5.010/1966',
    title: 'Lei nº 5.010/1966, art. 62 — feriados da Justiça Federal: I, 20/12 a 06/01; II, Semana Santa (quarta-feira a Domingo de Páscoa); III, segunda e terça-feira de Carnaval; IV, 11/08, 1º e 2/11 e 08/12',
    date: '1966-05-30',
  },
  {
    id: 'leis-feriados-nacionais',
    short: 'Leis 662/1949, 6.802/1980 e 14.759/2023',
    title: 'Feriados nacionais de data fixa (Lei 662/1949, Lei 6.802/1980; 20/11 pela Lei 14.759/2023)',
  },
];

/** The source with `id`: the profile's own first (IT may update a tribunal's), then the shared ones. */
export function findSource(profile: Pick<TribunalProfile, 'sources'> | undefined, id: string): Source | undefined {
  return profile?.sources.find((s) => s.id === id) ?? SOURCES.find((s) => s.id === id);
}

/** "Ato Conjunto TRE-RJ nº 16/2020, art. 7º, III"; an id nobody defines is shown as given. */
export function citationText(profile: Pick<TribunalProfile, 'sources'> | undefined, citation: Citation): string {
  const name = findSource(profile, citation.source)?.short ?? citation.source;
  return citation.at ? `${name}, ${citation.at}` : name;
}

/** Several citations, each source named once: "GPS TJMS, itens 1 e 2; Res. CNJ 417/2021". */
export function citationsText(profile: Pick<TribunalProfile, 'sources'> | undefined, citations: readonly Citation[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of citations) {
    const text = citationText(profile, c);
    if (seen.has(text)) continue;
    seen.add(text);
    parts.push(text);
  }
  return parts.join('; ');
}

/** Every citation inside a profile (wherever it sits), with its path: "contacts[0].source". */
export function citationsIn(value: unknown, path = ''): { path: string; citation: Citation }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citationsIn(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (typeof record.source === 'string' && keys.every((k) => k === 'source' || k === 'at')) return [{ path, citation: record as Citation }];
  return keys.flatMap((k) => citationsIn(record[k], path ? `${path}.${k}` : k));
}

/**
 * What a profile states without a source, and what it cites that no source defines. Empty for a
 * sound profile; the shipped ones are checked by a test, and IT's overrides can be checked the same way.
 */
export function citationProblems(profile: TribunalProfile, resolves: (id: string) => boolean = (id) => findSource(profile, id) !== undefined): string[] {
  const problems: string[] = [];
  const need = (cited: unknown, what: string) => {
    if (cited === undefined || (Array.isArray(cited) && cited.length === 0)) problems.push(`sem fonte: ${what}`);
  };
  profile.contacts.forEach((c, i) => need(c.source, `contacts[${i}] (${c.name})`));
  const channels = [profile.accessRequest, ...(profile.accessRequest.otherChannels ?? [])];
  channels.forEach((c, i) => need(c.source, `canal de acesso ${i + 1} (${c.channel})`));
  if (profile.allowedCargos) need(profile.allowedCargosSource, 'allowedCargos');
  if (profile.reviewDuty) need(profile.reviewDuty.source, 'reviewDuty');
  profile.sajProcedures.forEach((p, i) => need(p.source, `sajProcedures[${i}]`));
  need(profile.plantao.sources, 'plantao');
  profile.cnjEras.forEach((era) => {
    need(era.sources, `era ${era.id}`);
    if (era.plantaoJudiciarioLotacoes) need(era.plantaoJudiciarioLotacoes.source, `era ${era.id}: plantaoJudiciarioLotacoes`);
  });
  for (const id of profile.guidance?.sources ?? []) if (!resolves(id)) problems.push(`fonte inexistente: ${id} (guidance)`);
  for (const { path, citation } of citationsIn(profile)) {
    if (!resolves(citation.source)) problems.push(`fonte inexistente: ${citation.source} (${path})`);
  }
  return problems;
}
