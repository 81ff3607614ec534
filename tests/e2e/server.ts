/**
 * A static server for the SAJ-like and BNMP-like fixture pages. Chromium resolves the real host names
 * to it (--host-resolver-rules), so the manifest's real `matches` are what decides where the content
 * script runs. BNMP 3.0 web is https-only: `startHttpsFixtureServer` serves the same files over TLS
 * with a self-signed certificate made by `openssl` for this run (Chromium is started with
 * --ignore-certificate-errors, see launch.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** Host names the https server's certificate is made for (BNMP 3.0 and its pre-production host). */
export const BNMP_HOSTS = ['bnmp.pdpj.jus.br', 'bnmp-preprod.pdpj.jus.br'];

/**
 * `<!--repeat:N-->…<!--/repeat-->` in an HTML fixture is sent N times (`?rows=` overrides N), with
 * `{{i}}` numbered from 0: a large DOM delivered as HTML, from a small file.
 */
export function expandRepeats(html: string, rows?: number): string {
  return html.replace(/<!--repeat:(\d+)-->([\s\S]*?)<!--\/repeat-->/g, (_, count: string, block: string) => {
    const n = Math.max(0, Math.min(100_000, rows ?? Number(count)));
    let out = '';
    for (let i = 0; i < n; i++) out += block.replaceAll('{{i}}', String(i));
    return out;
  });
}

function fixtureHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
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
      let body = await readFile(file);
      if (extname(file) === '.html' && body.includes('<!--repeat:')) {
        const rows = url.searchParams.has('rows') ? Number(url.searchParams.get('rows')) : undefined;
        body = Buffer.from(expandRepeats(body.toString('utf8'), Number.isFinite(rows) ? rows : undefined));
      }
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
  };
}

async function listen(server: Server): Promise<{ server: Server; port: number }> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return { server, port: address.port };
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<{ server: Server; port: number }> {
  return listen(createServer(fixtureHandler(root)));
}

/** A self-signed certificate for `hosts`, made now with openssl (valid 2 days), never written outside a temp folder. */
function selfSignedCertificate(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sentinela-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${hosts[0]}`, '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The same fixtures over https, for BNMP 3.0 web's real host names. */
export async function startHttpsFixtureServer(root = FIXTURES_DIR): Promise<{ server: Server; port: number }> {
  const server = createHttpsServer(selfSignedCertificate(BNMP_HOSTS), fixtureHandler(root));
  return listen(server as unknown as Server);
}
