import { describe, expect, it } from 'vitest';
import {
  LOCKOUT_ATTEMPTS,
  passwordGuide,
  recordPasswordChange,
  recordSajRegistration,
  registrationsAfterChange,
  sameDatabase,
} from '../../../lib/guides/password-reset';
import { checklistSummary, supportChecklist } from '../../../lib/guides/support-checklist';
import { validateStatusFile } from '../../../lib/status/parse';
import { TRIBUNALS } from '../../../lib/tribunals';
import { TJMS, cg, fileOf, person } from './builders';

describe('which reset steps: chosen by the tribunal profile dates', () => {
  it('BNMP 2.0 with SCA/CNJ (until 14/08/2021): the seed 000 steps, CPF digits only, e-mail to the work address', () => {
    const guide = passwordGuide(TJMS, cg('2021-03-01T10:00'));
    expect(guide.system).toBe('SCA/CNJ');
    expect(guide.resetUrl).toBe('https://sso.cnj.jus.br/cas/login');
    expect(guide.steps).toHaveLength(6);
    expect(guide.steps[1]).toEqual({
      text: 'Clique em “Esqueci a senha”, no canto inferior esquerdo da tela.',
      source: { source: 'tjms-gps-acesso-bnmp2', at: 'item 2, passo 2' },
    });
    expect(guide.steps[2]?.text).toContain('CPF (sem traços ou pontos)');
    expect(guide.steps[3]?.text).toContain('xxxx@tjms.jus.br');
    expect(guide.asksCpf).toBe(true);
    expect(guide.eraNote).toBeUndefined();
    // Seed 000 item 1: the voluntary change in SCA, "clicando sobre a figura da engrenagem no canto superior direito".
    expect(guide.changeSteps.map((s) => s.text).join(' ')).toContain('engrenagem, no canto superior direito');
    expect(guide.loginUrl).toBe('https://sso.cnj.jus.br/cas/login');
  });

  it('CNJ Corporativo after 15/08/2021, and a note that the old guide no longer applies', () => {
    const guide = passwordGuide(TJMS, cg('2022-05-02T10:00'));
    expect(guide.system).toBe('CNJ Corporativo');
    expect(guide.resetUrl).toBe('https://www.cnj.jus.br/corporativo/');
    expect(guide.steps[0]?.text).toContain('“Esqueceu sua senha?”');
    expect(guide.changeSteps.map((s) => s.text).join(' ')).toContain('“Mudança de Senha”');
    expect(guide.loginUrl).toBe('https://bnmp2.cnj.jus.br');
    expect(guide.asksCpf).toBe(false);
    expect(guide.eraNote).toBe(
      'Desde 15/08/2021 a senha é a do CNJ Corporativo. Guias antigos falam do SCA/CNJ e do “Esqueci a senha” do BNMP 2.0: aquela tela não vale mais.',
    );
    // BNMP 3.0 keeps CNJ Corporativo: the note still dates the switch to 2021, not to 2024.
    expect(passwordGuide(TJMS, cg('2026-11-21T10:00')).eraNote).toContain('Desde 15/08/2021');
    // "Abrir o BNMP": BNMP 3.0 today.
    expect(passwordGuide(TJMS, cg('2026-11-21T10:00')).loginUrl).toBe('https://bnmp.cnj.jus.br');
  });

  it('the switch happens at midnight in Campo Grande, not in UTC', () => {
    expect(passwordGuide(TJMS, new Date('2021-08-15T03:30:00Z')).system).toBe('SCA/CNJ'); // 23:30 on 14/08 there
    expect(passwordGuide(TJMS, new Date('2021-08-15T04:00:00Z')).system).toBe('CNJ Corporativo');
  });

  it(`warns that ${LOCKOUT_ATTEMPTS} wrong passwords lock the account and the reset link unlocks it`, () => {
    expect(passwordGuide(TJMS, cg('2026-11-21T10:00')).lockout).toBe(
      'Depois de 5 senhas erradas seguidas, a conta do CNJ Corporativo fica bloqueada. Se isso já aconteceu, a redefinição pelo link enviado ao e-mail também desbloqueia a conta.',
    );
  });

  it('afterwards: the SAJ registration in each database (TJMS); none where signing is in BNMP web (TRE-RJ)', () => {
    // In the BNMP 2.0 era the GPS menu is today's menu.
    const then = passwordGuide(TJMS, cg('2022-05-02T10:00'));
    expect(then.sajSteps[0]).toEqual({
      text: 'Entre no SAJ (PG5) e abra o menu Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…',
      source: { source: 'tjms-gps-cadastro-saj', at: 'item 1' },
    });
    expect(then.sajSteps.map((s) => s.text)).toContain('Salve e faça o “teste de comunicação com o BNMP 2.0”.');
    // In BNMP 3.0 the same menu is given as what the GPS, written for BNMP 2.0, says.
    const tjms = passwordGuide(TJMS, cg('2026-11-21T10:00'));
    expect(tjms.sajDatabases).toEqual(['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']);
    expect(tjms.sajSteps[0]?.text).toBe(
      'Entre no SAJ (PG5) e abra a tela de cadastro de usuário do BNMP. O GPS, escrito antes de 14/08/2024, indica o menu ' +
        'Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…; se o seu SAJ mostrar outro nome, siga o GPS.',
    );
    expect(tjms.sajSteps.at(-1)?.text).toContain('SAJ-Campo Grande, SAJ-Dourados, SAJ-Interior');
    expect(tjms.sajSteps.map((s) => s.text).join(' ')).toContain('o Sentinela nunca pede senha');
    const treRj = passwordGuide(TRIBUNALS['tre-rj']!, cg('2026-11-21T10:00'));
    expect(treRj.sajDatabases).toEqual([]);
    expect(treRj.sajSteps).toEqual([]);
  });
});

describe('recording the password change and the re-registrations', () => {
  const now = new Date('2026-11-22T02:00:00Z'); // Saturday 21/11 22:00 in Campo Grande

  it('records the tribunal date as the last password change; every older registration becomes stale', () => {
    const file = recordPasswordChange(fileOf(person()), 'maria', TJMS, now);
    const maria = file.people[0]!;
    expect(maria.cnjAccount.lastPasswordChangeOn).toBe('2026-11-21');
    expect(file.updatedAt).toBe(now.toISOString());
    expect(validateStatusFile(file).ok).toBe(true);
    expect(registrationsAfterChange(TJMS, maria)).toEqual([
      { database: 'SAJ-Campo Grande', state: 'stale', registeredOn: '2026-05-11' },
      { database: 'SAJ-Dourados', state: 'stale', registeredOn: '2026-05-11' },
      { database: 'SAJ-Interior', state: 'missing' },
    ]);
  });

  it('a re-registration today replaces the database’s record (same day as the change counts as done)', () => {
    let file = recordPasswordChange(fileOf(person()), 'maria', TJMS, now);
    file = recordSajRegistration(file, 'maria', 'SAJ-Dourados', TJMS, now);
    file = recordSajRegistration(file, 'maria', 'SAJ-Interior', TJMS, now);
    const maria = file.people[0]!;
    expect(maria.sajRegistrations).toEqual([
      { database: 'SAJ-Campo Grande', registeredOn: '2026-05-11' },
      { database: 'SAJ-Dourados', registeredOn: '2026-11-21' },
      { database: 'SAJ-Interior', registeredOn: '2026-11-21' },
    ]);
    expect(registrationsAfterChange(TJMS, maria).map((r) => r.state)).toEqual(['stale', 'fresh', 'fresh']);
    expect(validateStatusFile(file).ok).toBe(true);
  });

  it('matches database names however written', () => {
    const p = person({ sajRegistrations: [{ database: 'saj campo grande', registeredOn: '2026-06-01' }] });
    expect(registrationsAfterChange(TJMS, p)[0]).toEqual({ database: 'SAJ-Campo Grande', state: 'fresh', registeredOn: '2026-06-01' });
    expect(sameDatabase('SAJ-Campo Grande', 'Campo Grande')).toBe(true);
    expect(sameDatabase('SAJ-Dourados', 'SAJ-Interior')).toBe(false);
    expect(sameDatabase('', '')).toBe(false);
  });

  it('leaves the file alone for an unknown person', () => {
    const file = fileOf(person());
    expect(recordPasswordChange(file, 'ninguem', TJMS, now)).toBe(file);
    expect(recordSajRegistration(file, 'ninguem', 'SAJ-Interior', TJMS, now)).toBe(file);
  });
});

describe('support mode checklist', () => {
  const now = cg('2026-11-23T14:05');
  const guide = passwordGuide(TJMS, now);
  const items = supportChecklist(TJMS, guide);

  it('walks before → reset → after, with each SAJ database and the recording step', () => {
    expect(items.map((i) => i.group)).toEqual([...items.map((i) => i.group)].sort((a, b) => ['antes', 'redefinir', 'depois'].indexOf(a) - ['antes', 'redefinir', 'depois'].indexOf(b)));
    const titles = items.map((i) => i.title);
    expect(titles).toContain('Pergunte se houve 5 tentativas erradas seguidas (conta bloqueada).');
    for (const db of ['SAJ-Campo Grande', 'SAJ-Dourados', 'SAJ-Interior']) {
      expect(titles).toContain(
        `Refazer o cadastro na base ${db}: no SAJ, na tela de cadastro de usuário do BNMP (o guia do tribunal, escrito antes de 14/08/2024, indica o menu Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…)`,
      );
    }
    expect(titles).toContain('Fazer o “teste de comunicação com o BNMP 2.0” no SAJ.');
    expect(titles.at(-1)).toContain('“Troquei a senha hoje”');
    // Seed 000 item 2: the reset goes to the Coordenadoria, with its article.
    expect(items.find((i) => i.id === 'email')?.detail).toContain('peça o reset à Coordenadoria de Gerência de Sistemas Externos da CGJ (cgjconvenios@tjms.jus.br)');
    // The CNJ Corporativo steps already say where to go; the SCA ones do not, so the analyst gets the address.
    expect(items.some((i) => i.id === 'abrir')).toBe(false);
    expect(supportChecklist(TJMS, passwordGuide(TJMS, cg('2021-03-01T10:00'))).find((i) => i.id === 'abrir')?.title).toBe(
      'Peça para abrir https://sso.cnj.jus.br/cas/login',
    );
  });

  it('the ticket summary marks done and pending steps, with the tribunal time and no personal data', () => {
    const summary = checklistSummary(items, new Set(['bloqueio', 'passo-1']), { profile: TJMS, guide, now });
    expect(summary.split('\n').slice(0, 4)).toEqual([
      'Atendimento Sentinela BNMP — redefinição de senha',
      'Tribunal: TJMS · Sistema: CNJ Corporativo (BNMP 3.0)',
      'Data: 23/11/2026 14:05',
      `Concluídos: 2 de ${items.length}`,
    ]);
    expect(summary).toContain('[x] Pergunte se houve 5 tentativas erradas seguidas (conta bloqueada).');
    expect(summary).toContain('[ ] Confirme a tela de senha alterada com sucesso.');
    expect(summary).not.toMatch(/\d{3}\.?\d{3}\.?\d{3}-?\d{2}|@tjms/);
  });
});
