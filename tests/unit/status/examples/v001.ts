/**
 * FROZEN: status files of format version 1 (the early single-person draft), as they were
 * stored. Never edit them to follow the schema: they are what old installs hold. Each series
 * id has its converted twin in v002.ts. Synthetic data only (domain.md §7); 12345678909 is a
 * test CPF.
 */
export const testSeries: Record<string, unknown> = {
  'chefe-de-cartorio-sca': {
    format: 'sentinela-bnmp-status',
    version: 1,
    person: {
      name: 'Ana Paula Ferreira Lima',
      sajLogin: 'ana.lima',
      cpf: '12345678909',
      cargo: 'chefe_de_cartorio',
      tribunal: 'tjms',
      cnjAccount: {
        status: 'confirmado',
        requestedOn: '2020-08-17',
        confirmedOn: '2020-08-20',
        lastPasswordChangeOn: '2020-08-20',
      },
      sajRegistrations: [{ database: 'SAJ-Campo Grande', registeredOn: '2020-08-21' }],
      lotacoes: [
        {
          name: '1ª Vara do Tribunal do Júri - Campo Grande',
          status: 'ativa',
          requestedOn: '2020-08-17',
          grantedOn: '2020-08-24',
          plantao: false,
        },
        {
          name: 'Plantão Judiciário - Região de Campo Grande',
          status: 'ativa',
          requestedOn: '2020-08-17',
          grantedOn: '2020-08-26',
          plantao: true,
        },
        { name: '2ª Vara Criminal - Três Lagoas', status: 'solicitada', requestedOn: '2021-02-03' },
      ],
      plantoes: [{ start: '2021-03-05T19:00:00-04:00', end: '2021-03-08T12:00:00-04:00', comarca: 'Campo Grande' }],
      lastReviewOn: '2021-03-01',
    },
  },
  'juiz-corporativo': {
    format: 'sentinela-bnmp-status',
    version: 1,
    person: {
      name: 'Carlos Eduardo Nogueira',
      sajLogin: 'carlos.nogueira',
      cargo: 'juiz_de_direito',
      tribunal: 'tjms',
      cnjAccount: { status: 'confirmado', requestedOn: '2021-08-10', confirmedOn: '2021-08-16' },
      sajRegistrations: [{ database: 'SAJ-Interior', registeredOn: '2021-08-17' }],
      lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa', grantedOn: '2021-08-16' }],
      plantoes: [],
    },
  },
  'solicitada-no-sca': {
    format: 'sentinela-bnmp-status',
    version: 1,
    person: {
      name: 'Márcia Oliveira Santos',
      sajLogin: 'marcia.santos',
      cargo: 'analista_judiciario',
      tribunal: 'tjms',
      cnjAccount: { status: 'solicitado', requestedOn: '2021-05-02' },
      sajRegistrations: [],
      lotacoes: [{ name: 'Vara Criminal - Aquidauana', status: 'solicitada', requestedOn: '2021-05-02', plantao: false }],
      plantoes: [],
    },
  },
  'conta-nao-solicitada': {
    format: 'sentinela-bnmp-status',
    version: 1,
    person: {
      name: 'João Batista Sá',
      sajLogin: 'joao.sa',
      cargo: 'tecnico_judiciario',
      tribunal: 'tjms',
      cnjAccount: { status: 'nao_solicitado' },
      sajRegistrations: [],
      lotacoes: [{ name: '2ª Vara - Miranda', status: 'nao_solicitada', plantao: true }],
      plantoes: [],
    },
  },
};
