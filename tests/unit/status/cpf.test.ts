import { describe, expect, it } from 'vitest';
import { cpfDigits, cpfError, formatCpf, maskCpf } from '../../../lib/status/cpf';
import { CpfDigits } from '../../../lib/status/schema';

describe('cpfDigits', () => {
  it.each([
    ['123.456.789-09', '12345678909'],
    ['123 456 789 09', '12345678909'],
    [' 12345678909 ', '12345678909'],
    ['123456789/09', '12345678909'],
    ['', ''],
  ])('%j → %j', (input, digits) => {
    expect(cpfDigits(input)).toBe(digits);
  });
});

describe('cpfError', () => {
  it.each(['123.456.789-09', '12345678909', '123 456 789 09'])('accepts %j', (input) => {
    expect(cpfError(input)).toBeUndefined();
  });

  it.each([
    ['', /informe os 11 dígitos/],
    ['123.456.789-0', /tem 10 dígitos, deveria ter 11/],
    ['1', /tem 1 dígito,/],
    ['123.456.789-091', /tem 12 dígitos/],
    ['123.456.789-00', /dígitos verificadores não conferem/],
    ['111.111.111-11', /dígitos verificadores não conferem/],
    ['123.456.789-O9', /só números/],
  ])('rejects %j in pt-BR', (input, message) => {
    expect(cpfError(input)).toMatch(message);
  });

  it('agrees with the stored format: what it accepts, once reduced to digits, the schema accepts', () => {
    for (const input of ['123.456.789-09', '529.982.247-25', '123.456.789-00']) {
      expect(CpfDigits.safeParse(cpfDigits(input)).success).toBe(cpfError(input) === undefined);
    }
  });
});

describe('formatCpf and maskCpf', () => {
  it('formats 11 digits whatever the input punctuation', () => {
    expect(formatCpf('12345678909')).toBe('123.456.789-09');
    expect(formatCpf('123 456 789 09')).toBe('123.456.789-09');
  });

  it('leaves an incomplete CPF as typed', () => {
    expect(formatCpf('123.45')).toBe('123.45');
  });

  it('shows only the middle digits', () => {
    expect(maskCpf('12345678909')).toBe('***.456.789-**');
    expect(maskCpf('123.456.789-09')).toBe('***.456.789-**');
  });

  it('shows no digit at all of something that is not a CPF', () => {
    expect(maskCpf('1234567')).toBe('***.***.***-**');
  });
});
