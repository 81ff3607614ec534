/**
 * The only way into and out of a status file: parse (with migration) for what storage or an
 * import hands us, serialize for the export. Pure and light: the content script reaches it
 * through `interpretStoredStatus` (storage-interpret.ts).
 */
import type * as z from 'zod/mini';
import { CURRENT_VERSION, StatusFile } from './schema';
import { type FieldError, ptBrErrorMap, toFieldErrors } from './field-errors';
import { migrate } from './migrate';

export type { FieldError } from './field-errors';

export type ParseResult = { ok: true; value: StatusFile; migratedFrom?: number } | { ok: false; errors: FieldError[] };

/** Validates a value that must already be of the current version (what the options page saves). */
export function validateStatusFile(value: unknown): { ok: true; value: StatusFile } | { ok: false; errors: FieldError[] } {
  const result = StatusFile.safeParse(value, { error: ptBrErrorMap });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error.issues) };
}

/** Any version, from storage or an import: migrated to the current version, then validated. */
export function parseStatusFile(raw: unknown): ParseResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = validateStatusFile(migrated.value);
  const from = migrated.from;
  if (result.ok) return from === CURRENT_VERSION ? result : { ...result, migratedFrom: from };
  if (from === CURRENT_VERSION) return result;
  return {
    ok: false,
    errors: [
      {
        path: '',
        message: `O arquivo é da versão ${from} e foi convertido para a versão ${CURRENT_VERSION} antes da verificação: os caminhos abaixo seguem a versão ${CURRENT_VERSION}`,
      },
      ...result.errors,
    ],
  };
}

/** Imports hand us text: invalid JSON gets a pt-BR error with line and column. */
export function parseStatusJson(text: string): ParseResult {
  // Windows editors may prepend a byte-order mark; JSON.parse refuses it.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return jsonFail('O arquivo está vazio: escolha o arquivo .json exportado pelo Sentinela');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return jsonFail(describeJsonError(body));
  }
  return parseStatusFile(raw);
}

/**
 * The export: 2-space JSON, keys in the schema's order whatever order the object was built in.
 * Only keys the schema knows are written, so nothing a caller smuggled in (a secret, a
 * session detail) can leave through an export.
 */
export function serializeStatusFile(file: StatusFile): string {
  return `${JSON.stringify(inSchemaOrder(file, StatusFile), null, 2)}\n`;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
}

function inSchemaOrder(value: unknown, schema: z.core.$ZodType): unknown {
  const def = schema._zod.def as SchemaDef;
  if (def.innerType) return inSchemaOrder(value, def.innerType);
  if (def.type === 'pipe' && def.in) return inSchemaOrder(value, def.in);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.map((item) => inSchemaOrder(item, element));
  }
  if (def.type === 'object' && def.shape && typeof value === 'object' && value !== null) {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(def.shape)) {
      if (source[key] !== undefined) out[key] = inSchemaOrder(source[key], fieldSchema);
    }
    return out;
  }
  return value;
}

function jsonFail(message: string): ParseResult {
  return { ok: false, errors: [{ path: '', message }] };
}

function describeJsonError(text: string): string {
  const offset = jsonErrorOffset(text);
  const advice = 'Use o arquivo exportado pelo Sentinela, sem edições';
  if (offset === undefined) return `O arquivo não é um JSON válido. ${advice}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = text[offset];
  const what =
    found === undefined ? 'o texto termina antes da hora (falta fechar uma chave } ou um colchete ]?)' : `caractere inesperado “${found}”`;
  return `O arquivo não é um JSON válido: linha ${line}, coluna ${column}, ${what}. ${advice}`;
}

/**
 * Offset of the first JSON syntax error. Engines word (and place) their errors differently
 * (Node 20 gives no position for most), so we find it ourselves; only runs when JSON.parse failed.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  function failAt(at: number): never {
    throw new JsonSyntaxError(at);
  }
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (literal: string) => {
    for (const ch of literal) {
      if (text[i] !== ch) failAt(i);
      i++;
    }
  };
  const string = () => {
    expect('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') failAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) failAt(i + 2);
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else failAt(i + 1);
      } else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return expect('true');
    if (ch === 'f') return expect('false');
    if (ch === 'n') return expect('null');
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) failAt(i);
    else i += match[0].length;
  };
  try {
    value();
    skipSpace();
    return i < text.length ? i : undefined;
  } catch (error) {
    // A RangeError (absurd nesting) leaves us without a position; say so without one.
    return error instanceof JsonSyntaxError ? error.offset : undefined;
  }
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}
