/**
 * Every page of a guarded host pays for the always-on scripts the manifest declares: the shipped
 * build keeps each within 12 KB gzip (level 9, as `npm run bench` reports it). What it costs as the
 * browser measures it (ScriptDuration) is the bench's headline (docs/performance.md).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './launch';

const BUDGET = 12 * 1024;

test('each always-on content script of the shipped build is within 12 KB gzip', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  // The SAJ guard and the BNMP web guard.
  expect(files.sort()).toEqual(['bnmp.js', 'sentinela.js']);
  const sizes = Object.fromEntries(files.map((file) => [file, gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length]));
  for (const [file, size] of Object.entries(sizes)) expect(size, `${file}: ${size} bytes gzip`).toBeLessThanOrEqual(BUDGET);
});
