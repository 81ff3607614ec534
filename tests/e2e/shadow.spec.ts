/**
 * Signing panels rendered whole inside web components' open shadow roots (tests/fixtures/saj/
 * painel-sombra.html): the document's name and the "Assinar" control in the component's tree, only
 * the header in the light DOM. Clicks, keys and form submissions are judged alike; a closed shadow
 * root is the stated limit, and the diagnostics say when a click came from one.
 */
import { test, expect } from './fixtures';
import { completePerson, statusOf } from './status-builders';
import { arrive, banner, cancelButton, decisionsSeen, describeGuard, failOpenNotice, pageLog, proceedButton, warningDialog } from './guard-helpers';

/** The fixture header's vara is not among this person's lotações: every BNMP signature there is refused. */
const notHeld = () => statusOf(completePerson({ lotacoes: [{ name: '1ª Vara do Tribunal do Júri - Campo Grande', status: 'ativa' }] }));
const panel = (name: string) => `saj/painel-sombra.html?painel=${name}`;
/** A control inside a shadow root, by its role and name (Playwright's role queries pierce open roots). */
const assinar = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^Assinar/ }).first();

test.beforeEach(async ({ setStoredStatus }) => setStoredStatus(notHeld()));

test('a click on "Assinar" inside a panel rendered in a shadow root is stopped, naming the document', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('unico')));
  await assinar(page).click();
  await expect(warningDialog(page)).toBeVisible();
  await expect(warningDialog(page)).toContainText('Ordem de Liberação');
  await expect(warningDialog(page)).toContainText('2ª Vara Criminal - Três Lagoas');
  await cancelButton(page).click();
  await expect(warningDialog(page)).toHaveCount(0);
  expect(await pageLog(page)).toEqual([]);
});

test('nested components (heading in one, button in another): stopped, and "Assinar mesmo assim" signs once', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('aninhado')));
  await assinar(page).click();
  await expect(warningDialog(page)).toContainText('Alvará de Soltura');
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Alvará de Soltura']);
  await assinar(page).click(); // a new attempt is judged again
  await expect(warningDialog(page)).toBeVisible();
  expect(await pageLog(page)).toEqual(['assinado: Alvará de Soltura']);
});

test('Enter in a field of a form inside a shadow root (implicit submission) is stopped, then submits once', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('formulario')));
  await page.getByLabel('Observação').fill('urgente');
  await page.getByLabel('Observação').press('Enter');
  await expect(warningDialog(page)).toContainText('Mandado de Prisão Preventiva');
  expect(await pageLog(page)).toEqual([]);
  await proceedButton(page).click();
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Mandado de Prisão Preventiva']);
});

test('Enter on a role=button inside a shadow root is stopped like a click', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('teclado')));
  await assinar(page).focus();
  await page.keyboard.press('Enter');
  await expect(warningDialog(page)).toContainText('Contramandado de Prisão');
  await page.keyboard.press('Escape');
  await expect(warningDialog(page)).toHaveCount(0);
  expect(await pageLog(page)).toEqual([]);
});

test('a Despacho in the same kind of panel signs at once — the guard looked and said ok', async ({ context, sajUrl, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('despacho')));
  const before = await decisionsSeen(serviceWorker, page);
  await assinar(page).click();
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Despacho - Mero expediente']);
  const seen = await describeGuard(serviceWorker, page);
  expect(seen.lastDecision).toMatchObject({ seq: before + 1, level: 'ok', bnmp: 0, documents: 1 });
  await expect(warningDialog(page)).toHaveCount(0);
  await expect(failOpenNotice(page)).toHaveCount(0);
});

test('a panel that renders its shadow content late still brings the banner', async ({ context, sajUrl }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('tardio')));
  await arrive(page);
  await expect(banner(page)).toContainText('Mandado de Internação');
});

test('a closed shadow root is out of reach: the click goes through, and the diagnostics say where it came from', async ({ context, sajUrl, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(sajUrl(panel('fechado')));
  // Playwright cannot reach into a closed root either: click where the component draws its button.
  const box = (await page.locator('sds-painel-documento').boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + box.height - 24);
  await expect.poll(() => pageLog(page)).toEqual(['assinado: Ordem de Liberação']);
  const seen = await describeGuard(serviceWorker, page);
  expect(seen.closedShadowClick).toMatchObject({ tag: 'sds-painel-documento' });
});
