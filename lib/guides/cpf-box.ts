/**
 * The CPF box of the password guide. CNJ's "Esqueci a senha" wants the 11 digits without dots or
 * dash (seed 000, step 3); people paste "123.456.789-09", "123 456 789 09" or a copy with a stray
 * tab. The box accepts any of those, checks the check digits, and copies the digits only.
 * Nothing typed here is stored.
 */
import { cpfDigits, cpfError, formatCpf } from '../status/cpf';

export type CpfBoxState =
  | { state: 'empty' }
  /** Still typing: fewer than 11 digits and nothing wrong yet; no error shown. */
  | { state: 'typing'; digits: string; count: number }
  | { state: 'invalid'; digits: string; message: string }
  | { state: 'valid'; digits: string; formatted: string };

export function readCpfBox(input: string): CpfBoxState {
  const digits = cpfDigits(input);
  if (input.trim() === '') return { state: 'empty' };
  // Letters are wrong at once (even with no digit yet); a short number is only "not finished"
  // until the person leaves the box.
  if (/[^\d\s.\-/]/.test(input)) return { state: 'invalid', digits, message: 'CPF: use só números (pontos e traço são aceitos)' };
  const error = cpfError(input);
  if (error === undefined) return { state: 'valid', digits, formatted: formatCpf(digits) };
  if (digits.length > 0 && digits.length < 11) return { state: 'typing', digits, count: digits.length };
  return { state: 'invalid', digits, message: error };
}

/** What the person sees under the box once they leave it (a short number is an error then). */
export function cpfBoxMessage(box: CpfBoxState, finished: boolean): { tone: 'ok' | 'error' | 'hint'; text: string } {
  switch (box.state) {
    case 'empty':
      return { tone: 'hint', text: 'Digite ou cole o CPF, com ou sem pontos e traço.' };
    case 'typing':
      return finished
        ? { tone: 'error', text: `CPF: tem ${box.count} ${box.count === 1 ? 'dígito' : 'dígitos'}, deveria ter 11` }
        : { tone: 'hint', text: `${box.count} de 11 dígitos` };
    case 'invalid':
      return { tone: 'error', text: box.message };
    case 'valid':
      return { tone: 'ok', text: `CPF válido. No CNJ, informe só os números: ${box.digits}` };
  }
}

/** What "Copiar" puts on the clipboard: the 11 digits, or nothing while the CPF is not valid. */
export function cpfToCopy(box: CpfBoxState): string | undefined {
  return box.state === 'valid' ? box.digits : undefined;
}
