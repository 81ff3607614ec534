/**
 * `npm run demo` is the first command of the README: its headless walk-through must keep working and
 * must keep showing something (a blank popup shot once went unnoticed). Runs the demo script against
 * the build the E2E suite already made, into a temporary folder.
 */
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

test('the demo walks through its seven screens and writes a non-trivial PNG of each', async () => {
  test.setTimeout(120_000);
  const out = await mkdtemp(join(tmpdir(), 'sentinela-demo-'));
  const { stdout } = await run(join(ROOT, 'node_modules/.bin/vite-node'), ['tests/demo/run-demo.ts'], {
    cwd: ROOT,
    env: { ...process.env, DEMO_HEADLESS: '1', DEMO_OUT: out },
    timeout: 110_000,
  });
  expect(stdout).toContain(`7 screenshots written to ${out}`);
  const files = (await readdir(out)).sort();
  expect(files).toEqual([
    '1-fila-com-aviso.png',
    '2-aviso-antes-de-assinar.png',
    '3-documento-unico.png',
    '4-finalizacao-de-documentos.png',
    '5-popup.png',
    '6-opcoes.png',
    '7-bnmp-web.png',
  ]);
  // A blank 400×640 page compresses to a few KB; every real screen here is well above 20 KB.
  for (const file of files) expect((await stat(join(out, file))).size, file).toBeGreaterThan(20_000);
});
