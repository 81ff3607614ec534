/**
 * CPF helpers for the options page and the export: people paste CPFs in any formatting, the
 * stored format keeps the 11 digits only (CNJ's "Esqueci a senha" wants digits only too), and
 * screens show it masked so a shoulder-surfer or a screenshot does not leak it.
 */
import { formatCpf as formatCpfDigits, isValidCpf } from '@brazilian-utils/brazilian-utils';

/** The digits of whatever was typed or pasted: "123.456.789-09" → "12345678909". */
export function cpfDigits(input: string): string {
  return input.replace(/\D/g, '');
}

/** pt-BR reason why `input` is not a CPF, or undefined when it is one (formatting is ignored). */
export function cpfError(input: string): string | undefined {
  const digits = cpfDigits(input);
  if (digits.length === 0) return 'CPF: informe os 11 dígitos';
  if (/[^\d\s.\-/]/.test(input)) return 'CPF: use só números (pontos e traço são aceitos)';
  if (digits.length !== 11) {
    return `CPF: tem ${digits.length} ${digits.length === 1 ? 'dígito' : 'dígitos'}, deveria ter 11`;
  }
  if (!isValidCpf(digits)) return 'CPF: os dígitos verificadores não conferem; confira o número';
  return undefined;
}

/** "12345678909" → "123.456.789-09". Anything that is not 11 digits is returned as typed. */
export function formatCpf(input: string): string {
  const digits = cpfDigits(input);
  return digits.length === 11 ? formatCpfDigits(digits) : input;
}

/**
 * "12345678909" → "***.456.789-**": only the middle six digits, the usual way Brazilian
 * public bodies show a CPF (enough to tell two people apart, not enough to use it).
 * Anything that is not 11 digits is fully masked rather than shown.
 */
export function maskCpf(input: string): string {
  const digits = cpfDigits(input);
  return digits.length === 11 ? formatCpfDigits(digits, { obfuscate: true }) : '***.***.***-**';
}
