/**
 * Brings a stored or imported status file of any known version up to CURRENT_VERSION, one
 * step at a time (one file per step in ./migrations, each tested against a frozen example of
 * its version). Validation is not done here: parse.ts validates the result.
 */
import { CURRENT_VERSION, FORMAT_ID } from './schema';
import type { FieldError } from './field-errors';
import { v1ToV2 } from './migrations/v1-to-v2';

type Json = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n file into a version-(n+1) file. */
export const MIGRATIONS: Readonly<Record<number, (old: Json) => Json>> = {
  1: v1ToV2,
};

export type MigrationResult = { ok: true; value: unknown; from: number } | { ok: false; errors: FieldError[] };

/**
 * `from` is the version the file had (CURRENT_VERSION when nothing was done). Fails, in pt-BR,
 * when the value is not a Sentinela status file or its version is unknown.
 */
export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('', 'O conteúdo não é um arquivo de situação do Sentinela: esperado um objeto JSON { … }');
  }
  const file = raw as Json;
  if (file.format !== FORMAT_ID) {
    return fail('format', `Formato: esperado "${FORMAT_ID}"; este arquivo não é uma situação de acesso exportada pelo Sentinela`);
  }
  const from = file.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return fail('version', `Versão: esperado um número de 1 a ${CURRENT_VERSION}`);
  }
  if (from > CURRENT_VERSION) {
    return fail(
      'version',
      `Versão: o arquivo é da versão ${from}, feita por um Sentinela mais novo; atualize a extensão (esta lê até a versão ${CURRENT_VERSION})`,
    );
  }
  let value: Json = file;
  for (let version = from; version < CURRENT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return fail('version', `Versão: não há conversão da versão ${version} para a ${version + 1}`);
    value = step(value);
  }
  return { ok: true, value, from };
}

function fail(path: string, message: string): MigrationResult {
  return { ok: false, errors: [{ path, message }] };
}
