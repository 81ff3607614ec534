/**
 * FROZEN: status files of format version 2. The series with an id also in v001.ts are what
 * those v1 files convert to; `equipe-tjms` is the complete example printed in
 * docs/data-format.md (a test checks they match). When version 3 comes, add v003.ts and leave
 * this file alone. Synthetic data only (domain.md §7); 12345678909 is a test CPF.
 */
export const testSeries: Record<string, unknown> = {
  'chefe-de-cartorio-sca': {
    format: 'sentinela-bnmp-status',
    version: 2,
    people: [
      {
        id: 'eu',
        name: 'Ana Paula Ferreira Lima',
        sajLogin: 'ana.lima',
        cpf: '12345678909',
        cargo: 'chefe_de_cartorio',
        tribunal: 'tjms',
        cnjAccount: {
          system: 'sca',
          status: 'confirmado',
          requestedOn: '2020-08-17',
          confirmedOn: '2020-08-20',
          lastPasswordChangeOn: '2020-08-20',
        },
        sajRegistrations: [{ database: 'SAJ-Campo Grande', registeredOn: '2020-08-21' }],
        lotacoes: [
          { name: '1ª Vara do Tribunal do Júri - Campo Grande', status: 'ativa', requestedOn: '2020-08-17', grantedOn: '2020-08-24' },
          {
            name: 'Plantão Judiciário - Região de Campo Grande',
            status: 'ativa',
            requestedOn: '2020-08-17',
            grantedOn: '2020-08-26',
            plantao: 'regiao',
          },
          { name: '2ª Vara Criminal - Três Lagoas', status: 'solicitada', requestedOn: '2021-02-03' },
        ],
        plantoes: [{ start: '2021-03-05T19:00:00-04:00', end: '2021-03-08T12:00:00-04:00', comarca: 'Campo Grande' }],
        lastReviewOn: '2021-03-01',
      },
    ],
    meId: 'eu',
  },
  'juiz-corporativo': {
    format: 'sentinela-bnmp-status',
    version: 2,
    people: [
      {
        id: 'eu',
        name: 'Carlos Eduardo Nogueira',
        sajLogin: 'carlos.nogueira',
        cargo: 'juiz_de_direito',
        tribunal: 'tjms',
        cnjAccount: { system: 'corporativo', status: 'confirmado', requestedOn: '2021-08-10', confirmedOn: '2021-08-16' },
        sajRegistrations: [{ database: 'SAJ-Interior', registeredOn: '2021-08-17' }],
        lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa', grantedOn: '2021-08-16' }],
        plantoes: [],
      },
    ],
    meId: 'eu',
  },
  'solicitada-no-sca': {
    format: 'sentinela-bnmp-status',
    version: 2,
    people: [
      {
        id: 'eu',
        name: 'Márcia Oliveira Santos',
        sajLogin: 'marcia.santos',
        cargo: 'analista_judiciario',
        tribunal: 'tjms',
        cnjAccount: { system: 'sca', status: 'solicitado', requestedOn: '2021-05-02' },
        sajRegistrations: [],
        lotacoes: [{ name: 'Vara Criminal - Aquidauana', status: 'solicitada', requestedOn: '2021-05-02' }],
        plantoes: [],
      },
    ],
    meId: 'eu',
  },
  'conta-nao-solicitada': {
    format: 'sentinela-bnmp-status',
    version: 2,
    people: [
      {
        id: 'eu',
        name: 'João Batista Sá',
        sajLogin: 'joao.sa',
        cargo: 'tecnico_judiciario',
        tribunal: 'tjms',
        cnjAccount: { system: 'corporativo', status: 'nao_solicitado' },
        sajRegistrations: [],
        lotacoes: [{ name: '2ª Vara - Miranda', status: 'nao_solicitada', plantao: 'regiao' }],
        plantoes: [],
      },
    ],
    meId: 'eu',
  },
  'equipe-tjms': {
    format: 'sentinela-bnmp-status',
    version: 2,
    people: [
      {
        id: 'p-ana',
        name: 'Ana Paula Ferreira Lima',
        sajLogin: 'ana.lima',
        cpf: '12345678909',
        cargo: 'chefe_de_cartorio',
        tribunal: 'tjms',
        cnjAccount: {
          system: 'corporativo',
          status: 'confirmado',
          requestedOn: '2021-09-01',
          confirmedOn: '2021-09-03',
          lastPasswordChangeOn: '2026-08-10',
        },
        sajRegistrations: [
          { database: 'SAJ-Campo Grande', registeredOn: '2026-08-10' },
          { database: 'SAJ-Interior', registeredOn: '2026-08-11' },
        ],
        lotacoes: [
          {
            name: '1ª Vara do Tribunal do Júri - Campo Grande',
            code: '0001-JURI1',
            status: 'ativa',
            requestedOn: '2021-09-01',
            grantedOn: '2021-09-06',
          },
          {
            name: '1ª Vara de Execução Penal do Interior - Campo Grande',
            status: 'ativa',
            requestedOn: '2023-02-13',
            grantedOn: '2023-02-15',
          },
          {
            name: 'Plantão Judiciário 1º Grau',
            status: 'ativa',
            requestedOn: '2024-08-14',
            grantedOn: '2024-08-16',
            plantao: 'plantao_judiciario',
          },
        ],
        plantoes: [{ start: '2026-11-20T19:00:00-04:00', end: '2026-11-23T12:00:00-04:00', comarca: 'Campo Grande' }],
        lastReviewOn: '2026-10-01',
      },
      {
        id: 'p-carlos',
        name: 'Carlos Eduardo Nogueira',
        sajLogin: 'carlos.nogueira',
        cargo: 'juiz_de_direito',
        tribunal: 'tjms',
        cnjAccount: { system: 'corporativo', status: 'confirmado', requestedOn: '2021-08-10', confirmedOn: '2021-08-16' },
        sajRegistrations: [{ database: 'SAJ-Interior', registeredOn: '2021-08-17' }],
        lotacoes: [
          { name: '2ª Vara Criminal - Três Lagoas', status: 'ativa', grantedOn: '2021-08-16' },
          {
            name: 'Plantão - 4ª Circunscrição (Três Lagoas)',
            status: 'solicitada',
            requestedOn: '2026-11-18',
            plantao: 'circunscricao',
          },
        ],
        plantoes: [],
        lastReviewOn: '2026-06-15',
      },
      {
        id: 'p-joao',
        name: 'João Batista Sá',
        sajLogin: 'joao.sa',
        cargo: 'tecnico_judiciario',
        tribunal: 'tjms',
        cnjAccount: { system: 'corporativo', status: 'solicitado', requestedOn: '2026-11-03' },
        sajRegistrations: [],
        lotacoes: [
          { name: 'Vara Criminal - Aquidauana', status: 'solicitada', requestedOn: '2026-11-03' },
          { name: '2ª Vara - Miranda', status: 'revogada', requestedOn: '2025-02-03', grantedOn: '2025-02-10', revokedOn: '2026-06-30' },
          { name: '2ª Vara Criminal - Três Lagoas', status: 'negada', requestedOn: '2026-09-15' },
          { name: 'Plantão Judiciário - Região de Aquidauana', status: 'nao_solicitada', plantao: 'regiao' },
        ],
        plantoes: [],
      },
    ],
    meId: 'p-ana',
    updatedAt: '2026-11-20T16:45:00-04:00',
  },
};

/** The complete example of docs/data-format.md. */
export const example = testSeries['equipe-tjms'];
