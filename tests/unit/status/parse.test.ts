import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, parseStatusFile, parseStatusJson, serializeStatusFile } from '../../../lib/status/parse';
import type { StatusFile } from '../../../lib/status/schema';
import { statusFileArb } from './arbitraries';
import { example } from './examples/v002';

const file = (): StatusFile => structuredClone(example) as StatusFile;
type Mutable = Record<string, any>;

/** The example with one change applied, as an import would hand it over. */
function broken(change: (f: Mutable) => void): unknown {
  const f = file() as Mutable;
  change(f);
  return JSON.parse(JSON.stringify(f));
}

const ENGLISH = /\b(invalid|expected|received|unrecognized|required|input|must|string|array|object)\b/i;

describe('parseStatusFile: errors name the field and say, in pt-BR, what is expected', () => {
  it.each<[string, (f: Mutable) => void, string, RegExp]>([
    ['a lotação status outside the list', (f) => (f.people[0].lotacoes[2].status = 'ok'), 'people[0].lotacoes[2].status', /situação deve ser ativa, solicitada/],
    ['a missing name', (f) => delete f.people[1].name, 'people[1].name', /Nome \(como aparece no SAJ\): campo obrigatório/],
    ['a blank SAJ login', (f) => (f.people[0].sajLogin = '   '), 'people[0].sajLogin', /Login do SAJ: não pode ficar em branco/],
    ['people that is not a list', (f) => (f.people = 'Ana'), 'people', /Pessoas: esperado uma lista \[ … \], mas veio o texto "Ana"/],
    ['a missing lotações list', (f) => delete f.people[0].lotacoes, 'people[0].lotacoes', /Lotações: campo obrigatório; esperado uma lista/],
    ['a lotação that is a text', (f) => (f.people[2].lotacoes[0] = 'Vara Criminal - Aquidauana'), 'people[2].lotacoes[0]', /Lotação: esperado um objeto/],
    ['a CPF with formatting', (f) => (f.people[0].cpf = '123.456.789-09'), 'people[0].cpf', /CPF: informe os 11 dígitos, só números/],
    ['a CPF with wrong check digits', (f) => (f.people[0].cpf = '12345678900'), 'people[0].cpf', /dígitos verificadores/],
    ['a Brazilian-style date', (f) => (f.people[0].lotacoes[0].grantedOn = '06/09/2021'), 'people[0].lotacoes[0].grantedOn', /Lotação, data da concessão: use uma data no formato AAAA-MM-DD/],
    ['an impossible date', (f) => (f.people[0].lastReviewOn = '2026-02-30'), 'people[0].lastReviewOn', /AAAA-MM-DD/],
    ['a date-time without time zone', (f) => (f.people[0].plantoes[0].start = '2026-11-20T19:00:00'), 'people[0].plantoes[0].start', /com fuso/],
    ['a plantão ending before it starts', (f) => (f.people[0].plantoes[0].end = '2026-11-20T18:00:00-04:00'), 'people[0].plantoes[0].end', /o fim deve ser depois do início/],
    ['an unknown cargo', (f) => (f.people[1].cargo = 'juiz'), 'people[1].cargo', /escolha um dos cargos/],
    ['an unknown account system', (f) => (f.people[1].cnjAccount.system = 'pdpj'), 'people[1].cnjAccount.system', /SCA\/CNJ ou CNJ Corporativo/],
    ['a version given as text', (f) => (f.version = '2'), 'version', /esperado um número/],
    ['a dangling "eu"', (f) => (f.meId = 'p-maria'), 'meId', /não corresponde a nenhuma pessoa/],
    ['two people with one id', (f) => (f.people[1].id = 'p-ana'), 'people', /identificadores repetidos/],
    ['an id with spaces', (f) => (f.people[1].id = 'p carlos'), 'people[1].id', /letras, números, - ou _/],
    ['an unknown field', (f) => (f.people[0].observacoes = 'x'), 'people[0].observacoes', /campo não permitido: observacoes/],
    ['a boolean plantão (version 1 style) in a version 2 file', (f) => (f.people[0].lotacoes[2].plantao = true), 'people[0].lotacoes[2].plantao', /região, circunscrição ou Plantão Judiciário/],
    ['a lotação code too long', (f) => (f.people[0].lotacoes[0].code = 'x'.repeat(41)), 'people[0].lotacoes[0].code', /no máximo 40 caracteres/],
  ])('%s', (_what, change, path, message) => {
    const result = parseStatusFile(broken(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === path);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error?.message).toMatch(message);
    for (const e of result.errors) expect(e.message).not.toMatch(ENGLISH);
  });

  it('lists every problem at once, not only the first', () => {
    const result = parseStatusFile(
      broken((f) => {
        f.people[0].cargo = 'x';
        f.people[2].lotacoes[1].status = 'y';
      }),
    );
    expect(result.ok || result.errors.map((e) => e.path)).toEqual(['people[0].cargo', 'people[2].lotacoes[1].status']);
  });

  it('never echoes a long value back', () => {
    const result = parseStatusFile(broken((f) => (f.people = 'x'.repeat(500))));
    expect(result.ok || result.errors[0]?.message.length).toBeLessThan(120);
  });

  it('trims the spaces around texts', () => {
    const result = parseStatusFile(broken((f) => (f.people[0].name = '  Ana Paula Ferreira Lima ')));
    expect(result.ok && result.value.people[0]?.name).toBe('Ana Paula Ferreira Lima');
  });
});

describe('passwords are never accepted', () => {
  it.each<[string, (f: Mutable) => void, string]>([
    ['at the top', (f) => (f.senha = 'x'), 'senha'],
    ['in a person', (f) => (f.people[1].password = 'x'), 'people[1].password'],
    ['in the CNJ account', (f) => (f.people[0].cnjAccount.senha = 'x'), 'people[0].cnjAccount.senha'],
    ['in a SAJ registration', (f) => (f.people[0].sajRegistrations[1].senhaSCA = 'x'), 'people[0].sajRegistrations[1].senhaSCA'],
    ['in a lotação', (f) => (f.people[2].lotacoes[3].Password = 'x'), 'people[2].lotacoes[3].Password'],
    ['in a plantão', (f) => (f.people[0].plantoes[0].senha = ''), 'people[0].plantoes[0].senha'],
  ])('a password field %s is rejected and named', (_where, change, path) => {
    const result = parseStatusJson(JSON.stringify(broken(change)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path,
      message: expect.stringMatching(/^campo não permitido: \w+\. O Sentinela nunca aceita nem guarda senhas/),
    });
  });

  it('whatever object of a valid file the password is put in (property)', () => {
    fc.assert(
      fc.property(
        statusFileArb,
        fc.nat(),
        fc.constantFrom('senha', 'password', 'Senha', 'PASSWORD', 'senhaCnj', 'passwd'),
        (valid, pick, key) => {
          const target = structuredClone(valid) as Mutable;
          const objects = allObjects(target);
          const object = objects[pick % objects.length] as Mutable;
          object[key] = 'segredo';
          const result = parseStatusJson(JSON.stringify(target));
          return !result.ok && result.errors.some((e) => e.path.endsWith(key) && e.message.includes('nunca aceita nem guarda senhas'));
        },
      ),
    );
  });
});

function allObjects(value: unknown, found: object[] = []): object[] {
  if (Array.isArray(value)) value.forEach((v) => allObjects(v, found));
  else if (typeof value === 'object' && value !== null) {
    found.push(value);
    Object.values(value).forEach((v) => allObjects(v, found));
  }
  return found;
}

describe('parseStatusJson', () => {
  it('accepts an exported file', () => {
    expect(parseStatusJson(serializeStatusFile(file()))).toEqual({ ok: true, value: example });
  });

  it('accepts a file saved with a byte-order mark (Windows Notepad)', () => {
    expect(parseStatusJson(`\uFEFF${serializeStatusFile(file())}`).ok).toBe(true);
  });

  it.each([
    ['', /O arquivo está vazio/],
    ['  \n ', /O arquivo está vazio/],
    ['{\n  "format": "sentinela-bnmp-status",\n  "version": 2,\n}', /linha 4, coluna 1, caractere inesperado “}”/],
    ["{\n  'format': 1\n}", /linha 2, coluna 3, caractere inesperado “'”/],
    ['{"format": "sentinela-bnmp-status", "people": [', /linha 1, coluna 48, o texto termina antes da hora/],
    ['Ana Paula;ana.lima;12345678909', /linha 1, coluna 1, caractere inesperado “A”/],
    ['{"a": 1} {"b": 2}', /linha 1, coluna 10, caractere inesperado “{”/],
  ])('explains invalid JSON %j in pt-BR with its position', (text, message) => {
    const result = parseStatusJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(message);
  });

  it('validates what it parsed', () => {
    const result = parseStatusJson('{"format":"sentinela-bnmp-status","version":2,"people":[{}]}');
    expect(result.ok || result.errors.map((e) => e.path)).toContain('people[0].name');
  });

  it('converts a version 1 export', async () => {
    const { testSeries } = await import('./examples/v001');
    const result = parseStatusJson(JSON.stringify(testSeries['juiz-corporativo']));
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});

describe('jsonErrorOffset agrees with JSON.parse', () => {
  const parses = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };

  it('finds no error in valid JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === undefined));
  });

  it('finds an error exactly when JSON.parse fails, on near-JSON text', () => {
    const nearJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', '\n', '01', '-', '.5', '\u0001'))
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i);
      });
    fc.assert(fc.property(nearJson, (text) => (jsonErrorOffset(text) === undefined) === parses(text)));
  });
});

describe('serializeStatusFile', () => {
  it('writes 2-space JSON with the fields in the documented order', () => {
    const text = serializeStatusFile(file());
    expect(text.startsWith('{\n  "format": "sentinela-bnmp-status",\n  "version": 2,\n  "people": [\n    {\n      "id": "p-ana",\n      "name"')).toBe(true);
    expect(text.endsWith('  "meId": "p-ana",\n  "updatedAt": "2026-11-20T16:45:00-04:00"\n}\n')).toBe(true);
  });

  it('gives the same text whatever order the object was built in', () => {
    const reversed = reverseKeys(file()) as StatusFile;
    expect(Object.keys(reversed)[0]).toBe('updatedAt');
    expect(serializeStatusFile(reversed)).toBe(serializeStatusFile(file()));
  });

  it('never writes a field the format does not have, even if a caller slipped one in', () => {
    const f = file() as Mutable;
    f.senha = 'segredo';
    f.people[0].cnjAccount.password = 'segredo';
    f.people[0].sessionCookie = 'abc';
    const text = serializeStatusFile(f as StatusFile);
    expect(text).not.toMatch(/senha"|password|segredo|sessionCookie/);
    expect(parseStatusJson(text)).toEqual({ ok: true, value: example });
  });

  it('round-trips any valid file (property)', () => {
    fc.assert(
      fc.property(statusFileArb, (valid) => {
        expect(parseStatusFile(valid)).toEqual({ ok: true, value: valid });
        expect(parseStatusJson(serializeStatusFile(valid))).toEqual({ ok: true, value: valid });
      }),
      { numRuns: 200 },
    );
  });

  it('is stable: serializing what was parsed gives the same text (property)', () => {
    fc.assert(
      fc.property(statusFileArb, (valid) => {
        const once = serializeStatusFile(valid);
        const parsed = parseStatusJson(once);
        return parsed.ok && serializeStatusFile(reverseKeys(parsed.value) as StatusFile) === once;
      }),
    );
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}
