// A local HTTP server for generated pages (the benchmark's and the measuring scripts'): each
// page at its path, anything else 404. Loopback only, on a free port.
import { createServer } from 'node:http';

export interface PageServer {
  /** The address of the page served at `path` ("/page.html"). */
  url(path: string): string;
  close(): Promise<void>;
}

export async function servePages(byPath: ReadonlyMap<string, string>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const html = byPath.get(req.url ?? '');
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return { url: (path) => `http://127.0.0.1:${port}${path}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}
