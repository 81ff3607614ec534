/// <reference types="chrome" />
/**
 * The help pages around the signature, in the built extension: password reset guide (and its
 * support mode), access request helper, plantão check with its reminder badge, diagnostics on a
 * SAJ fixture page, and the background's `sentinela:open-page`. Each test also writes the page's
 * screenshot to docs/screenshots/.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import type { StatusFile } from '../../lib/status/schema';
import { POLICY_SEAM_KEY } from '../../lib/policy/keys';
import { screenshotPath } from './screenshots';


/** The tribunal's (Campo Grande) date `days` from today, AAAA-MM-DD. */
function campoGrandeDate(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Campo_Grande' }).format(d);
}

async function storedStatus(serviceWorker: Worker): Promise<StatusFile> {
  return serviceWorker.evaluate(async () => (await chrome.storage.local.get('status')).status as never);
}

/** What the page last put on the clipboard (clipboard permissions cannot be granted to extension origins, so writes are recorded). */
async function clipboardOf(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
}

async function openPage(context: import('@playwright/test').BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void ((window as unknown as { __copied?: string }).__copied = text) },
    });
  });
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** The id of the tab whose content script reports `url` (tab URLs are hidden without the "tabs" permission). */
async function tabIdOf(serviceWorker: Worker, url: string): Promise<number | undefined> {
  return serviceWorker.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      const answer = (await chrome.tabs.sendMessage(tab.id!, { type: 'sentinela:ping' }, { frameId: 0 }).catch(() => undefined)) as { url?: string } | undefined;
      if (answer?.url === wanted) return tab.id;
    }
    return undefined;
  }, url);
}

test.describe('password reset guide', () => {
  test('CNJ Corporativo steps, CPF box, contacts, and recording the change and the SAJ re-registration', async ({
    context,
    extensionId,
    serviceWorker,
    setStoredStatus,
  }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await openPage(context, extensionId, 'guia-senha.html');

    await expect(page.getByRole('heading', { level: 1, name: 'Redefinir a senha do CNJ Corporativo' })).toBeVisible();
    await expect(page.getByText('Esqueceu sua senha?', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Depois de 5 senhas erradas seguidas, a conta do CNJ Corporativo fica bloqueada.', { exact: false })).toBeVisible();
    await expect(page.getByText(/a redefinição pelo link enviado ao e-mail também desbloqueia a conta/)).toBeVisible();
    await expect(page.getByText('Desde 15/08/2021 a senha é a do CNJ Corporativo.', { exact: false })).toBeVisible();

    // CPF box: any formatting, check digits, digits only on the clipboard.
    const cpf = page.getByLabel('CPF (para conferir e copiar só os números)');
    const copy = page.getByRole('button', { name: 'Copiar só os números' });
    await cpf.fill('123.456.789-00');
    await cpf.blur();
    await expect(page.getByText('CPF: os dígitos verificadores não conferem; confira o número')).toBeVisible();
    await expect(copy).toBeDisabled();
    await cpf.fill(' 123 456 789-09 ');
    await expect(page.getByText('CPF válido. No CNJ, informe só os números: 12345678909')).toBeVisible();
    await copy.click();
    await expect(page.getByText('Copiado')).toBeVisible();
    expect(await clipboardOf(page)).toBe('12345678909');

    // "Abrir o BNMP": the era in force (BNMP 3.0).
    await expect(page.getByRole('link', { name: /^Abrir o BNMP/ })).toHaveAttribute('href', 'https://bnmp.cnj.jus.br');

    // A voluntary change, next to the reset (seed 000; CNJ Corporativo's "Mudança de Senha").
    const change = page.locator('#troca');
    await expect(change.getByRole('heading', { name: 'Trocar a senha que você sabe' })).toBeVisible();
    await expect(change.getByText('“Mudança de Senha”', { exact: false })).toBeVisible();
    await expect(change.getByText('o cadastro no SAJ feito com a senha antiga deixa de valer', { exact: false })).toBeVisible();

    // "Não recebi o e-mail": only the CGJ desk (seed 000 item 2), whose phones answer 12h–18h; the e-mail at any time.
    const contacts = page.locator('#sem-email');
    await expect(contacts.getByText('Coordenadoria de Gerência de Sistemas Externos da CGJ')).toBeVisible();
    await expect(contacts.getByText(/(Atendimento aberto agora — fecha às 18h|Fechado agora — abre .+ às 12h)$/)).toBeVisible();
    await expect(contacts.getByText('Telefones: 12h às 18h, de segunda a sexta · e-mail a qualquer hora')).toBeVisible();
    await expect(contacts.getByRole('link', { name: 'cgjconvenios@tjms.jus.br' })).toHaveAttribute('href', 'mailto:cgjconvenios@tjms.jus.br');
    await expect(contacts.getByText('STI do TJMS')).toHaveCount(0);
    await expect(contacts.getByText('CNJ — Sistemas Nacionais')).toHaveCount(0);

    // The tribunal's GPS closes the page, with when it was last checked.
    const guidance = page.getByRole('region', { name: /consulte sempre o GPS/ });
    await expect(guidance.getByRole('link', { name: /GPS TJMS “Acesso ao BNMP 2\.0”/ })).toHaveAttribute('href', /sti\.tjms\.jus\.br\/confluence/);
    await expect(guidance.getByText('conferido pelo Sentinela em 29/11/2026', { exact: false }).first()).toBeVisible();

    // Afterwards: record the change; every SAJ database now needs the registration again.
    const after = page.locator('#cadastro-saj');
    await expect(after.getByText('Criminal → BNMP 2.0 → Cadastro de Usuário no BNMP…', { exact: false })).toBeVisible();
    await expect(after.getByText(/^Em dia — cadastro de 11\/05\/2026$/)).toHaveCount(3);
    await after.getByRole('button', { name: 'Troquei a senha hoje' }).click();
    const today = campoGrandeDate();
    const todayBr = today.split('-').reverse().join('/');
    await expect(after.getByText(`Troca de senha registrada em ${todayBr}.`)).toBeVisible();
    expect((await storedStatus(serviceWorker)).people[0]!.cnjAccount.lastPasswordChangeOn).toBe(today);
    await expect(after.getByText(/^Refazer — cadastro de 11\/05\/2026, anterior à troca de senha$/)).toHaveCount(3);

    await after.locator('li', { hasText: 'SAJ-Dourados' }).getByRole('button', { name: 'Refiz nesta base hoje' }).click();
    await expect(after.locator('li', { hasText: 'SAJ-Dourados' }).getByText(`Em dia — cadastro de ${todayBr}`)).toBeVisible();
    const registrations = (await storedStatus(serviceWorker)).people[0]!.sajRegistrations;
    expect(registrations.find((r) => r.database === 'SAJ-Dourados')?.registeredOn).toBe(today);
    expect(registrations.filter((r) => r.registeredOn === '2026-05-11').map((r) => r.database).sort()).toEqual(['SAJ-Campo Grande', 'SAJ-Interior']);

    await page.setViewportSize({ width: 1000, height: 800 });
    await page.screenshot({ path: screenshotPath('guia-senha.png'), fullPage: true });
  });

  test('support mode: a checklist the analyst ticks, and a summary without personal data', async ({ context, extensionId, setStoredStatus }) => {
    await setStoredStatus(statusOf(completePerson()));
    const page = await openPage(context, extensionId, 'guia-senha.html?modo=suporte');
    const checklist = page.locator('#atendimento');
    await expect(checklist.getByRole('heading', { name: 'Atendimento passo a passo' })).toBeVisible();
    const boxes = checklist.getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(8);
    await checklist.getByLabel(/Pergunte se houve 5 tentativas erradas seguidas/).check();
    await checklist.getByLabel(/Refazer o cadastro na base SAJ-Interior/).check();
    await expect(checklist.getByText(`2 de ${total} concluídos`, { exact: false })).toBeVisible();
    await checklist.getByRole('button', { name: 'Copiar resumo do atendimento' }).click();
    const summary = await clipboardOf(page);
    expect(summary).toContain('Tribunal: TJMS · Sistema: CNJ Corporativo');
    expect(summary).toContain('[x] Pergunte se houve 5 tentativas erradas seguidas');
    expect(summary).toContain('[ ] Refazer o cadastro na base SAJ-Campo Grande');
    expect(summary).not.toMatch(/Maria|Souza|MSOUZA|12345678909|123\.456/);

    await page.setViewportSize({ width: 1000, height: 800 });
    await checklist.screenshot({ path: screenshotPath('guia-senha-suporte.png') });

    // The toggle leaves support mode.
    await page.getByLabel('Modo atendimento (suporte)').uncheck();
    await expect(checklist).toHaveCount(0);
  });
});

test('access request helper: where and who, the missing lotações with the plantão one, and the text to copy', async ({
  context,
  extensionId,
  setStoredStatus,
}) => {
  const tomorrow = campoGrandeDate(1);
  await setStoredStatus(
    statusOf(
      completePerson({
        cargo: 'tecnico_judiciario',
        lotacoes: [
          { name: '1ª Vara do Tribunal do Júri - Campo Grande', status: 'ativa', grantedOn: '2022-02-10' },
          { name: '2ª Vara Criminal - Três Lagoas', status: 'revogada', revokedOn: '2026-02-01' },
          { name: 'Vara Criminal - Aquidauana', status: 'solicitada', requestedOn: '2026-11-03' },
        ],
        plantoes: [{ start: `${tomorrow}T19:00:00-04:00`, end: `${campoGrandeDate(2)}T12:00:00-04:00`, comarca: 'Três Lagoas' }],
      }),
    ),
  );
  const page = await openPage(context, extensionId, 'guia-acesso.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Pedir acesso às lotações' })).toBeVisible();
  const where = page.locator('#onde');
  await expect(where.getByText('Intranet → Corregedoria → Solicitação de Acesso', { exact: true })).toBeVisible();
  await expect(where.getByText('O magistrado ou o chefe de cartório', { exact: true })).toBeVisible();
  await expect(where.getByText('O pedido é feito pela chefia', { exact: false })).toBeVisible();
  // Seed 000 item 1: the servidor's own request on the CGJ page, and what comes after the release.
  await expect(where.getByText('Página da Corregedoria-Geral de Justiça, menu Sistemas → Solicitação de Acessos').first()).toBeVisible();
  await expect(where.getByText('Ofício-Circular nº 126.768.075.0001/2018', { exact: false })).toBeVisible();
  await expect(where.getByText('você receberá um e-mail com o login e a senha de acesso ao sistema', { exact: false })).toBeVisible();
  await expect(where.getByText('é de suma importância que o usuário guarde a senha de acesso', { exact: false })).toBeVisible();
  await expect(where.getByRole('link', { name: /^Abrir o BNMP/ })).toHaveAttribute('href', 'https://bnmp.cnj.jus.br');
  await expect(page.getByText('Quem atua em mais de uma vara precisa de acesso a todas as lotações', { exact: false })).toBeVisible();
  // BNMP 3.0: the plantão advice names "Plantão Judiciário 1º Grau", not the old região/circunscrição pair.
  await expect(page.getByText('documentos de plantão só são emitidos nessas lotações', { exact: false })).toBeVisible();
  await expect(page.getByText('da circunscrição (recesso forense)', { exact: false })).toHaveCount(0);

  const what = page.locator('#o-que-pedir');
  await expect(what.getByLabel('Faço plantão')).toBeChecked();
  await expect(what.getByLabel('Comarca do plantão')).toHaveValue('Três Lagoas');
  await expect(what.getByRole('checkbox', { name: /2ª Vara Criminal - Três Lagoas/ })).toBeChecked();
  await expect(what.getByRole('checkbox', { name: /Vara Criminal - Aquidauana/ })).not.toBeChecked();
  await expect(what.getByRole('checkbox', { name: /Plantão Judiciário 1º Grau/ })).toBeChecked();

  const text = page.getByLabel('Pedido pronto para copiar');
  await expect(text).toContainText('1. 2ª Vara Criminal - Três Lagoas (acesso revogado em 01/02/2026)');
  await expect(text).toContainText('2. Plantão Judiciário 1º Grau (todos os plantões: fins de semana, feriados e recesso)');
  await expect(text).toContainText('Nome: Maria Aparecida Souza');
  await expect(text).toContainText('Atuo em mais de uma lotação');
  await expect(text).not.toContainText('1ª Vara do Tribunal do Júri');

  // Adding another unit and leaving one out changes the text.
  await what.getByLabel('Outra lotação').fill('2ª Vara - Miranda');
  await what.getByRole('button', { name: 'Incluir' }).click();
  await what.getByRole('checkbox', { name: /2ª Vara Criminal - Três Lagoas/ }).uncheck();
  await expect(text).not.toContainText('2ª Vara Criminal - Três Lagoas');
  await expect(text).toContainText('2. 2ª Vara - Miranda (ainda não solicitada)');

  await page.getByRole('button', { name: 'Copiar o pedido' }).click();
  const copied = await clipboardOf(page);
  expect(copied).toContain('Solicitação de acesso ao BNMP — TJMS');
  expect(copied).toContain('1. Plantão Judiciário 1º Grau');
  await what.getByRole('checkbox', { name: /2ª Vara Criminal - Três Lagoas/ }).check();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.screenshot({ path: screenshotPath('guia-acesso.png'), fullPage: true });
});

test('plantão check: the lotação needed that day, whether it is active, and the reminder badge the day before', async ({
  context,
  extensionId,
  serviceWorker,
  setStoredStatus,
}) => {
  await setStoredStatus(
    statusOf(
      completePerson({
        lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa', grantedOn: '2021-09-03' }],
      }),
    ),
  );
  const page = await openPage(context, extensionId, 'plantao.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Lotação de plantão' })).toBeVisible();
  const tomorrow = campoGrandeDate(1);
  await page.getByLabel('Data').fill(tomorrow);
  await page.getByLabel('na comarca').fill('Tres Lagoas');
  const result = page.locator('#resultado');
  await expect(result.getByText('Plantão Judiciário 1º Grau', { exact: true })).toBeVisible();
  await expect(result.getByText('Você não tem essa lotação ativa')).toBeVisible();
  await expect(result.getByRole('link', { name: 'montar o pedido' })).toHaveAttribute('href', 'guia-acesso.html');

  // 2nd instance → the 2º Grau lotação.
  await page.getByLabel('Instância').selectOption('2');
  await expect(result.getByText('Plantão Judiciário 2º Grau', { exact: true })).toBeVisible();
  await page.getByLabel('Instância').selectOption('1');

  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  await result.getByRole('button', { name: 'Registrar este plantão' }).click();
  await expect(result.getByText('Plantão registrado.', { exact: false })).toBeVisible();
  const plantoes = (await storedStatus(serviceWorker)).people[0]!.plantoes;
  expect(plantoes).toHaveLength(1);
  expect(plantoes[0]!.comarca).toBe('Três Lagoas');
  await expect(page.locator('#registrados').getByText('falta a lotação')).toBeVisible();

  // The background recomputes on the status change: the plantão is tomorrow and the lotação is missing.
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  expect(await serviceWorker.evaluate(() => chrome.action.getTitle({}))).toContain('falta a lotação de plantão “Plantão Judiciário 1º Grau”');
  // The reminder names a lotação: it is shown, not kept.
  expect(await serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get('reminders')))).toEqual([]);

  await page.setViewportSize({ width: 1000, height: 800 });
  await page.screenshot({ path: screenshotPath('plantao.png'), fullPage: true });

  // Holding the lotação clears the badge.
  const file = await storedStatus(serviceWorker);
  file.people[0]!.lotacoes.push({ name: 'Plantão Judiciário 1º Grau', status: 'ativa', plantao: 'plantao_judiciario' });
  await serviceWorker.evaluate(async (f) => chrome.storage.local.set({ status: f }), file);
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  await expect(result.getByText('Você tem essa lotação ativa')).toBeVisible();
});

test('diagnostics on a SAJ fixture page: what the detector sees, and a support copy without personal data', async ({
  context,
  extensionId,
  serviceWorker,
  setStoredStatus,
  sajUrl,
}) => {
  // The fixture's signer, recorded without the lotação the page shows: the verdict blocks.
  await setStoredStatus(
    statusOf(
      completePerson({
        name: 'Ana Paula Ribeiro',
        sajLogin: 'APRIBEIRO',
        cpf: '12345678909',
        lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'ativa' }],
      }),
    ),
  );
  const saj = await context.newPage();
  await saj.goto(sajUrl('saj/documento-unico.html'));
  await expect(saj.getByRole('heading', { name: 'Assinatura de documento' })).toBeVisible();
  const tabId = await tabIdOf(serviceWorker, saj.url());
  expect(tabId).toBeDefined();

  const page = await openPage(context, extensionId, `diagnostico.html?tab=${tabId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnóstico da tela do SAJ' })).toBeVisible();
  const frame = page.locator('#quadro-1');
  await expect(frame.getByText('detector ativo')).toBeVisible({ timeout: 10_000 });
  await expect(frame.getByText('Ana Paula Ribeiro (APRIBEIRO)')).toBeVisible();
  await expect(frame.getByText('1ª Vara de Execução Penal do Interior - Campo Grande', { exact: true })).toBeVisible();
  await expect(frame.getByText('SAJ-Campo Grande', { exact: true })).toBeVisible();
  await expect(frame.getByText('“Assinar”', { exact: false })).toBeVisible();
  await expect(frame.getByText(/^BNMP: Alvará de Soltura/).first()).toBeVisible();
  await expect(frame.getByText('lotacao-not-active')).toBeVisible();

  const report = page.getByLabel('Texto para o suporte');
  await expect(report).toContainText('Perfil do tribunal: tjms');
  await expect(report).toContainText('Veredito: block');
  await expect(report).toContainText('lotacao-not-active (block)');
  await expect(report).toContainText('BNMP: Alvará de Soltura');
  await expect(report).toContainText('Lotação na página: encontrada (omitida)');
  const text = (await report.textContent()) ?? '';
  for (const secret of ['Ana Paula', 'Ribeiro', 'APRIBEIRO', '12345678909', '0814194-90.2022.8.12.0001', 'Execução Penal', 'Fulano']) {
    expect(text, secret).not.toContain(secret);
  }
  expect(text).not.toMatch(/\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}/);
  expect(text).toContain(await serviceWorker.evaluate(() => chrome.runtime.getManifest().version));

  await page.getByLabel('Incluir a lotação e a comarca mostradas na página').check();
  await expect(report).toContainText('Lotação na página: “1ª Vara de Execução Penal do Interior - Campo Grande”');
  await expect(report).not.toContainText('APRIBEIRO');
  await page.getByRole('button', { name: 'Copiar para o suporte' }).click();
  expect(await clipboardOf(page)).toContain('Lotação incluída: sim');
  await page.getByLabel('Incluir a lotação e a comarca mostradas na página').uncheck();

  await page.setViewportSize({ width: 1000, height: 800 });
  await page.screenshot({ path: screenshotPath('diagnostico.png'), fullPage: true });
});

test('diagnostics without ?tab says to open the SAJ screen, then finds it on its own once it loads', async ({
  context,
  extensionId,
  sajUrl,
  setStoredStatus,
}) => {
  await setStoredStatus(undefined);
  const lonely = await openPage(context, extensionId, 'diagnostico.html');
  await expect(lonely.getByText('Abra a tela do SAJ')).toBeVisible();

  // No click: the analyst opens the SAJ screen and the diagnostics page picks it up by itself.
  const saj = await context.newPage();
  await saj.goto(sajUrl('saj/fila-assinatura.html'));
  await expect(lonely.locator('#quadro-1').getByText('detector ativo')).toBeVisible({ timeout: 10_000 });
  await expect(lonely.getByRole('combobox', { name: 'Aba' })).toContainText('fila-assinatura.html');
  await expect(lonely.getByText('Abra a tela do SAJ')).toBeHidden();

  // "Atualizar" looks again and finds the same tab.
  await lonely.getByRole('button', { name: 'Atualizar' }).click();
  await expect(lonely.locator('#quadro-1').getByText('detector ativo')).toBeVisible({ timeout: 10_000 });

  // The SAJ tab closes: back to "open the SAJ screen" after the next look.
  await saj.close();
  await lonely.getByRole('button', { name: 'Atualizar' }).click();
  await expect(lonely.getByText('Abra a tela do SAJ')).toBeVisible();
});

test('asked while the SAJ page is still loading, the content script answers about the parsed page', async ({ context, serviceWorker, sajUrl }) => {
  const saj = await context.newPage();
  const url = sajUrl('saj/documento-unico.html?slow=3000');
  const t0 = Date.now();
  await saj.goto(url, { waitUntil: 'commit' });
  console.log('commit', Date.now() - t0, await saj.evaluate(() => document.readyState));
  // The head has arrived, the body has not: the content script (document_start) already answers pings.
  let tabId: number | undefined;
  await expect.poll(async () => { tabId = await tabIdOf(serviceWorker, url); console.log('poll', Date.now() - t0, tabId, await saj.evaluate(() => document.readyState + document.documentElement.outerHTML.length)); return tabId; }).toBeDefined();
  const answer = (await serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'sentinela:describe' }, { frameId: 0 }),
    tabId!,
  )) as { core: boolean; signingActions?: { label: string }[] };
  console.log('answer', Date.now() - t0, JSON.stringify(answer).slice(0, 200));
  console.log('readyState', await saj.evaluate(() => document.readyState), Date.now() - t0);
  expect(answer.core).toBe(true);
  expect(answer.signingActions?.map((a) => a.label)).toContain('Assinar');
});

test('the background opens a guide on "sentinela:open-page", and only for known pages', async ({ context, extensionId }) => {
  const page = await openPage(context, extensionId, 'guia-senha.html');
  const opened = context.waitForEvent('page');
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'sentinela:open-page', page: 'plantao' }));
  expect(answer).toEqual({ ok: true });
  const guide = await opened;
  await expect(guide).toHaveURL(`chrome-extension://${extensionId}/plantao.html`);
  await expect(guide.getByRole('heading', { level: 1, name: 'Lotação de plantão' })).toBeVisible();

  const before = context.pages().length;
  const refused = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'sentinela:open-page', page: '../../evil' }).then(
      (a) => a ?? 'no answer',
      () => 'no answer',
    ),
  );
  expect(refused).toBe('no answer');
  expect(context.pages().length).toBe(before);
});

test('accessibility: axe finds no violations on the four pages', async ({ context, extensionId, serviceWorker, setStoredStatus, sajUrl }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await setStoredStatus(
    statusOf(
      completePerson({
        lotacoes: [{ name: '2ª Vara Criminal - Três Lagoas', status: 'revogada' }],
        plantoes: [{ start: `${campoGrandeDate(1)}T19:00:00-04:00`, end: `${campoGrandeDate(2)}T12:00:00-04:00`, comarca: 'Três Lagoas' }],
      }),
    ),
  );
  const saj = await context.newPage();
  await saj.goto(sajUrl('saj/fila-assinatura.html'));
  const tabId = await tabIdOf(serviceWorker, saj.url());
  for (const [path, ready] of [
    ['guia-senha.html?modo=suporte', 'Atendimento passo a passo'],
    ['guia-acesso.html', 'Texto do pedido'],
    ['plantao.html', 'Plantões registrados'],
    [`diagnostico.html?tab=${tabId}`, 'Copiar para o suporte'],
  ] as const) {
    const page = await openPage(context, extensionId, path);
    await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  }
});

test('the guides show the tribunal as IT configured it (managed policy)', async ({ context, extensionId, serviceWorker, setStoredStatus }) => {
  await setStoredStatus(statusOf(completePerson()));
  const helpDesk = { name: 'Central de Atendimento BNMP', emails: ['central.bnmp@tjms.jus.br'], phones: ['(67) 3314-9999'] };
  await serviceWorker.evaluate(
    async ([key, policy]) => chrome.storage.local.set({ [key]: policy }),
    [POLICY_SEAM_KEY, { profiles: { tjms: { contacts: [helpDesk], accessRequest: { channel: 'Portal do Servidor → Acessos → BNMP' } } } }] as const,
  );
  try {
    const senha = await openPage(context, extensionId, 'guia-senha.html');
    await expect(senha.getByText('Central de Atendimento BNMP').first()).toBeVisible();
    await expect(senha.getByText('cgjconvenios@tjms.jus.br')).toHaveCount(0);
    const acesso = await openPage(context, extensionId, 'guia-acesso.html');
    await expect(acesso.getByText('Portal do Servidor → Acessos → BNMP')).toBeVisible();
    await expect(acesso.getByText('Intranet → Corregedoria → Solicitação de Acesso')).toHaveCount(0);
  } finally {
    await serviceWorker.evaluate(async (key) => chrome.storage.local.remove(key), POLICY_SEAM_KEY);
  }
});
