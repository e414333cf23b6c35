/**
 * A small static file server for the built site, like a plain static host:
 * the dist folder is served under the base path, `dir/` serves `dir/index.html`,
 * `dir` (no slash) redirects to `dir/`, anything else missing is a 404 with the
 * site's 404.html. Listens on 127.0.0.1 on a free port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** URL of the site root (origin + base), ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export function serveStatic(dist: string, base: string): Promise<StaticServer> {
  const root = path.resolve(dist);
  const send = (res: import('node:http').ServerResponse, status: number, file: string | null, method: string) => {
    const type = file ? (TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(file ? { 'content-length': statSync(file).size } : {}) });
    if (method === 'HEAD' || !file) res.end(file ? undefined : 'Not found');
    else createReadStream(file).pipe(res);
  };
  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const notFound = () => {
      const page = path.join(root, '404.html');
      send(res, 404, existsSync(page) ? page : null, method);
    };
    let pathname: string;
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(base)) return notFound();
    const rel = pathname.slice(base.length);
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${req.url?.split('?')[0] ?? ''}/` }).end();
        return;
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(res, 200, index, method) : notFound();
    }
    if (existsSync(file)) return send(res, 200, file, method);
    return notFound();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('no server address'));
      resolve({
        url: `http://127.0.0.1:${address.port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
