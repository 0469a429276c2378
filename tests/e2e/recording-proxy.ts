// A recording HTTP proxy for the privacy test: a browser pointed at it sends it every request
// it makes, from any context (tabs, extension pages, background pages the driver cannot see).
// Plain requests to the fixture server are forwarded; everything else (other hosts, HTTPS
// tunnels) is recorded and refused, so nothing leaves the machine.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  readonly port: number;
  /** Every request seen, as an absolute URL (HTTPS tunnels as https://host:port/). */
  readonly seen: readonly string[];
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 that forwards to `forwardOrigin` only. */
export async function startRecordingProxy(forwardOrigin: string): Promise<RecordingProxy> {
  const seen: string[] = [];
  const allowed = new URL(forwardOrigin);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    seen.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.host !== allowed.host || target.protocol !== 'http:') {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, socket) => {
    seen.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** Firefox preferences that send every request, localhost included, through the proxy. */
export function firefoxProxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}
