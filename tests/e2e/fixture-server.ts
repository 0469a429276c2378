// A static file server for the fixture pages on 127.0.0.1 (random free port, correct content
// types). /__e2e__/* answers a blank page: the test build's background replaces such tabs with
// extension pages (see utils/e2e-hooks.ts). A page `x.html` is sent with the extra response
// headers listed in `x.html.headers.json` when there is one (e.g. a strict Content-Security-Policy),
// and `<!-- include: y.html -->` in a page is replaced by the file y.html beside it (pages that
// share a story without copying it).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { PAGES_DIR } from './config';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** The headers a fixture asks for in its `<file>.headers.json` (none when there is no such file). */
async function extraHeaders(file: string): Promise<Record<string, string>> {
  const raw = await readFile(`${file}.headers.json`, 'utf8').catch(() => null);
  if (raw === null) return {};
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}.headers.json: not an object`);
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The page with each `<!-- include: name.html -->` replaced by that file of the same folder. */
async function withIncludes(file: string): Promise<string> {
  const html = await readFile(file, 'utf8');
  const names = [...new Set(Array.from(html.matchAll(/<!-- include: ([\w.-]+\.html) -->/g), (m) => m[1]!))];
  const parts = new Map(await Promise.all(names.map(async (n) => [n, await readFile(resolve(dirname(file), n), 'utf8')] as const)));
  return html.replace(/<!-- include: ([\w.-]+\.html) -->/g, (_, n: string) => parts.get(n)!);
}

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `dir` (default tests/fixtures/pages) on 127.0.0.1 at a random free port. */
export async function startFixtureServer(dir = PAGES_DIR): Promise<FixtureServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/__e2e__/')) {
      // The test build's background replaces this tab with an extension page.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>opening</title>');
      return;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = extname(file) === '.html' ? await withIncludes(file) : await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(await extraHeaders(file)),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
