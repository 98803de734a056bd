/**
 * A static server on 127.0.0.1 for fixture pages. Routes can override a path's body and headers
 * (for example a strict Content-Security-Policy).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES_DIR } from './paths';

export interface Route {
  body: string;
  headers?: Record<string, string>;
  status?: number;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes.get(path);
      if (route) {
        res.writeHead(route.status ?? 200, { 'content-type': TYPES['.html']!, ...route.headers });
        res.end(route.body);
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    route: (path, route) => routes.set(`/${path.replace(/^\//, '')}`, route),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
