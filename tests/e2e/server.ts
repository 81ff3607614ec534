/**
 * A static server for the SAJ-like fixture pages. Chromium resolves the real tribunal host names
 * to it (--host-resolver-rules), so the manifest's real `matches` are what decides where the
 * content script runs.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { generatedPage } from '../fixtures/generated';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export async function startFixtureServer(root = FIXTURES_DIR): Promise<{ server: Server; port: number }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const generated = generatedPage(path.replace(/\\/g, '/'), url.searchParams);
    if (generated !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(generated);
      return;
    }
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      // `?slow=<ms>` (HTML only): send up to <body>, wait, then the rest — a page caught while still loading.
      const slow = Number(url.searchParams.get('slow'));
      const cut = body.indexOf('<body');
      if (slow > 0 && extname(file) === '.html' && cut > 0) {
        res.write(body.subarray(0, cut));
        setTimeout(() => res.end(body.subarray(cut)), Math.min(slow, 10_000));
        return;
      }
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return { server, port: address.port };
}
