/** fast-check generators of valid status files (current version), for the property tests. */
import fc from 'fast-check';
import { CARGOS, CNJ_ACCOUNT_STATUSES, FORMAT_ID, LOTACAO_STATUSES, PLANTAO_KINDS, type StatusFile } from '../../../lib/status/schema';

/** A CPF with correct check digits (not all digits equal, which the Receita reserves). */
export const cpfArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .filter((d) => new Set(d).size > 1)
  .map((base) => {
    const check = (digits: number[]) => {
      const sum = digits.reduce((acc, d, i) => acc + d * (digits.length + 1 - i), 0);
      const rest = (sum * 10) % 11;
      return rest === 10 ? 0 : rest;
    };
    const first = check(base);
    const second = check([...base, first]);
    return [...base, first, second].join('');
  });

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const offset = fc.constantFrom('Z', '-04:00', '-03:00', '+00:00');
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });

/** Texts as the schema keeps them: trimmed, non-empty, any characters (accents, quotes, emoji). */
const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: Math.min(max, 24), unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0 && s.length <= max);

const plantaoAssignment = fc
  .record({ start: instant, minutes: fc.integer({ min: 1, max: 60 * 24 * 5 }), offset, comarca: text(120) })
  .map(({ start, minutes, offset: zone, comarca }) => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + zone;
    // Same offset on both ends, so "end after start" holds in real time too.
    return { start: iso(start), end: iso(start + minutes * 60_000), comarca };
  });

const lotacao = fc.record(
  {
    name: text(200),
    code: fc.string({ maxLength: 40 }),
    status: fc.constantFrom(...LOTACAO_STATUSES),
    requestedOn: day,
    grantedOn: day,
    revokedOn: day,
    plantao: fc.constantFrom(...PLANTAO_KINDS),
    missingInBnmpOn: day,
  },
  { requiredKeys: ['name', 'status'] },
);

const person = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: text(200),
      sajLogin: text(80),
      cpf: cpfArb,
      cargo: fc.constantFrom(...CARGOS),
      tribunal: text(40),
      cnjAccount: fc.record(
        {
          system: fc.constantFrom('sca' as const, 'corporativo' as const),
          status: fc.constantFrom(...CNJ_ACCOUNT_STATUSES),
          requestedOn: day,
          confirmedOn: day,
          lastPasswordChangeOn: day,
        },
        { requiredKeys: ['system', 'status'] },
      ),
      sajRegistrations: fc.array(fc.record({ database: text(80), registeredOn: day }), { maxLength: 3 }),
      lotacoes: fc.array(lotacao, { maxLength: 4 }),
      plantoes: fc.array(plantaoAssignment, { maxLength: 2 }),
      lastReviewOn: day,
    },
    { requiredKeys: ['id', 'name', 'sajLogin', 'cargo', 'tribunal', 'cnjAccount', 'sajRegistrations', 'lotacoes', 'plantoes'] },
  );

export const statusFileArb: fc.Arbitrary<StatusFile> = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { maxLength: 4 })
  .chain((ids) =>
    fc.record(
      {
        format: fc.constant(FORMAT_ID),
        version: fc.constant(2 as const),
        people: ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(person)),
        meId: ids.length === 0 ? fc.constant(undefined) : fc.constantFrom(...ids),
        updatedAt: fc.tuple(instant, offset).map(([ms, zone]) => new Date(ms).toISOString().slice(0, 19) + zone),
      },
      { requiredKeys: ['format', 'version', 'people'] },
    ),
  )
  .map((file) => {
    // fc.record may still give `meId: undefined` for an empty list; the stored form omits it.
    if (file.meId === undefined) delete file.meId;
    return file as StatusFile;
  });
