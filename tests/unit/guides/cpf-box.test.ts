import { describe, expect, it } from 'vitest';
import { cpfBoxMessage, cpfToCopy, readCpfBox } from '../../../lib/guides/cpf-box';

describe('the CPF box accepts any formatting and copies the digits only', () => {
  it.each([
    ['123.456.789-09', '12345678909'],
    ['12345678909', '12345678909'],
    [' 123 456 789 09 ', '12345678909'],
    ['123.456.789/09', '12345678909'],
    ['123.456.789-09\t', '12345678909'],
  ])('%j → valid, copies %s', (input, digits) => {
    const box = readCpfBox(input);
    expect(box).toEqual({ state: 'valid', digits, formatted: '123.456.789-09' });
    expect(cpfToCopy(box)).toBe(digits);
    expect(cpfBoxMessage(box, true)).toEqual({ tone: 'ok', text: `CPF válido. No CNJ, informe só os números: ${digits}` });
  });

  it.each([
    ['123.456.789-00', 'CPF: os dígitos verificadores não conferem; confira o número'],
    ['111.111.111-11', 'CPF: os dígitos verificadores não conferem; confira o número'],
    ['123.456.789-091', 'CPF: tem 12 dígitos, deveria ter 11'],
    ['CPF 123.456.789-09', 'CPF: use só números (pontos e traço são aceitos)'],
    ['abc', 'CPF: use só números (pontos e traço são aceitos)'],
  ])('%j → invalid: %s; nothing to copy', (input, message) => {
    const box = readCpfBox(input);
    expect(box).toMatchObject({ state: 'invalid', message });
    expect(cpfToCopy(box)).toBeUndefined();
    expect(cpfBoxMessage(box, false)).toEqual({ tone: 'error', text: message });
  });

  it('a short number is "still typing" until the person leaves the box, then an error', () => {
    const box = readCpfBox('123.456');
    expect(box).toEqual({ state: 'typing', digits: '123456', count: 6 });
    expect(cpfBoxMessage(box, false)).toEqual({ tone: 'hint', text: '6 de 11 dígitos' });
    expect(cpfBoxMessage(box, true)).toEqual({ tone: 'error', text: 'CPF: tem 6 dígitos, deveria ter 11' });
    expect(cpfBoxMessage(readCpfBox('1'), true).text).toBe('CPF: tem 1 dígito, deveria ter 11');
    expect(cpfToCopy(box)).toBeUndefined();
  });

  it('an empty box asks for the CPF without an error', () => {
    expect(readCpfBox('   ')).toEqual({ state: 'empty' });
    expect(cpfBoxMessage(readCpfBox(''), true).tone).toBe('hint');
  });
});
