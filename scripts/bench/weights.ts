/**
 * What a visitor downloads: page weight per page type (HTML, CSS, JS, read
 * from the built files) and, in a real browser, the bytes the first search
 * query fetches from /pagefind/.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './anchors.ts';

export type Weight = { bytes: number; gzip: number };
export type PageType = {
  /** e.g. "home", "sources/*", "search", "404". */
  type: string;
  pages: number;
  /** The page measured (median HTML size of its type). */
  example: string;
  html: Weight & { min: number; max: number };
  css: Weight & { files: number };
  js: Weight & { files: number };
  total: Weight;
};

const weigh = (data: Buffer | string): Weight => ({ bytes: Buffer.byteLength(data), gzip: gzipSync(data).length });
const add = (a: Weight, b: Weight): Weight => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip });
const ZERO: Weight = { bytes: 0, gzip: 0 };

/** URL path of a built file: "sources/x/index.html" → "/sources/x/". */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Page type from the URL: its first path segment ("home" for "/"); a segment under it
 * that is one of many siblings (a slug) becomes "*", so "/sources/<slug>/cite/" is "sources/*\/cite".
 */
export function pageTypes(files: readonly string[]): Map<string, string[]> {
  const segments = files.map((f) => urlOf(f).split('/').filter(Boolean));
  const siblings = new Map<string, Set<string>>();
  for (const segs of segments) {
    for (let i = 1; i < segs.length; i++) {
      const parent = segs.slice(0, i).join('/');
      (siblings.get(parent) ?? siblings.set(parent, new Set()).get(parent)!).add(segs[i]!);
    }
  }
  const types = new Map<string, string[]>();
  files.forEach((file, k) => {
    const segs = segments[k]!;
    let type: string;
    if (segs.length === 0) type = 'home';
    else {
      const parts = [segs[0]!.replace(/\.html$/, '')];
      for (let i = 1; i < segs.length; i++) {
        const parent = segs.slice(0, i).join('/');
        parts.push((siblings.get(parent)?.size ?? 0) > 5 ? '*' : segs[i]!.replace(/\.html$/, ''));
      }
      type = parts.join('/');
    }
    (types.get(type) ?? types.set(type, []).get(type)!).push(file);
  });
  return types;
}

/** Resolve an href found in `pageUrl` to a file in `dist` (null for other sites and data: URLs). */
function resolveAsset(dist: string, pageUrl: string, href: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return null;
  const url = new URL(href, `http://site${pageUrl}`);
  const file = path.join(dist, decodeURIComponent(url.pathname));
  return file.startsWith(dist) ? file : null;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined) ?? null;

/** JS modules reachable from `file` through static and dynamic relative imports. */
async function jsClosure(dist: string, file: string, seen: Set<string>): Promise<void> {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  for (const m of code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+)["'`]([^"'`]+\.m?js)["'`]/g)) {
    const spec = m[1]!;
    const target = spec.startsWith('/') ? path.join(dist, spec) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
    if (target) await jsClosure(dist, target, seen);
  }
}

/** HTML, CSS and JS a page pulls in (files it links, and what those import). */
async function pageAssets(dist: string, file: string) {
  const html = await readFile(path.join(dist, file), 'utf8');
  const pageUrl = urlOf(file);
  const css = new Set<string>();
  const js = new Set<string>();
  let inlineCss = '';
  let inlineJs = '';
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    const target = href ? resolveAsset(dist, pageUrl, href) : null;
    if (!target || !existsSync(target)) continue;
    if (rel.split(/\s+/).includes('stylesheet')) css.add(target);
    else if (rel === 'modulepreload') await jsClosure(dist, target, js);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(`<script ${m[1]}>`, 'src');
    const type = (attr(`<script ${m[1]}>`, 'type') ?? '').toLowerCase();
    if (src) {
      const target = resolveAsset(dist, pageUrl, src);
      if (target) await jsClosure(dist, target, js);
    } else if (!type || type === 'module' || type.includes('javascript')) {
      inlineJs += m[2];
      // Inline modules may import files too.
      for (const i of m[2]!.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+)["'`]([^"'`]+\.m?js)["'`]/g)) {
        const target = resolveAsset(dist, pageUrl, i[1]!);
        if (target) await jsClosure(dist, target, js);
      }
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += m[1];
  const files = async (set: Set<string>) => {
    let w = ZERO;
    for (const f of set) if (existsSync(f) && (await stat(f)).isFile()) w = add(w, weigh(await readFile(f)));
    return w;
  };
  return {
    html: weigh(html),
    css: { ...add(await files(css), inlineCss ? weigh(inlineCss) : ZERO), files: css.size },
    js: { ...add(await files(js), inlineJs ? weigh(inlineJs) : ZERO), files: js.size },
  };
}

/** Weight of one page of every type in a built site (the page with the median HTML size of its type). */
export async function pageWeights(dist: string): Promise<PageType[]> {
  const files = await htmlFiles(dist);
  const out: PageType[] = [];
  for (const [type, pages] of pageTypes(files)) {
    const sizes = await Promise.all(pages.map(async (p) => ({ p, size: (await stat(path.join(dist, p))).size })));
    sizes.sort((a, b) => a.size - b.size || (a.p < b.p ? -1 : 1));
    const example = sizes[Math.floor((sizes.length - 1) / 2)]!.p;
    const a = await pageAssets(dist, example);
    out.push({
      type, pages: pages.length, example: urlOf(example),
      html: { ...a.html, min: sizes[0]!.size, max: sizes.at(-1)!.size },
      css: a.css, js: a.js,
      total: add(add(a.html, a.css), a.js),
    });
  }
  return out.sort((a, b) => b.pages - a.pages || (a.type < b.type ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// The first search, in a real browser
// ---------------------------------------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

/** A static file server for `dir` on 127.0.0.1 (random port), without compression: bytes sent are the files' bytes. */
export async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        let file = path.join(root, pathname);
        if (!file.startsWith(root)) throw new Error('outside');
        if (pathname.endsWith('/')) file = path.join(file, 'index.html');
        const info = await stat(file).catch(() => null);
        if (info?.isDirectory()) {
          res.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        if (!info) {
          const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
          res.writeHead(404, { 'content-type': TYPES['.html']! }).end(notFound);
          return;
        }
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store' }).end(body);
      } catch {
        res.writeHead(400).end();
      }
    })();
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export type SearchBytes = {
  query: string;
  results: number;
  /** From navigation to the first result link shown. */
  msToFirstResult: number;
  /** Everything fetched under /pagefind/ until the results settled. */
  pagefind: { requests: number; bytes: number; body: number };
  /** The same, by kind: the UI and engine (JS, CSS, WebAssembly, entry) vs the index (meta, index chunks, fragments, filters). */
  byKind: Record<string, { requests: number; bytes: number }>;
  /** The search page itself (HTML, CSS, JS outside /pagefind/). */
  page: { requests: number; bytes: number };
  requests: Array<{ path: string; bytes: number }>;
};

function pagefindKind(p: string): string {
  const ext = path.extname(p);
  if (p.includes('/fragment/') || ext === '.pf_fragment') return 'fragments';
  if (ext === '.pf_index') return 'index chunks';
  if (ext === '.pf_meta') return 'meta';
  if (ext === '.pf_filter') return 'filters';
  if (p.endsWith('.wasm') || p.includes('wasm.')) return 'wasm';
  if (ext === '.js') return 'js';
  if (ext === '.css') return 'css';
  return 'other';
}

/**
 * Serve `dist`, open /search/?q=<query> in Chromium, wait for the results, and sum the bytes
 * transferred (response headers + body) for requests under /pagefind/.
 */
export async function firstSearchBytes(dist: string, query: string, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<SearchBytes> {
  const { chromium } = await import('playwright-core');
  const { server, origin } = await serveStatic(dist);
  const browser = await chromium.launch({
    ...(existsSync(executablePath) ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const requests: Array<{ path: string; bytes: number; body: number }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then(
          (s) => {
            requests.push({ path: new URL(request.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize, body: s.responseBodySize });
          },
          () => undefined,
        ),
      );
    });
    const started = performance.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('pagefind-results a.pf-result-link').first().waitFor({ state: 'visible', timeout: 60_000 });
    const msToFirstResult = performance.now() - started;
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    const results = await page.locator('pagefind-results a.pf-result-link').count();
    await Promise.all(pending);
    const pf = requests.filter((r) => r.path.startsWith('/pagefind/'));
    const byKind: SearchBytes['byKind'] = {};
    for (const r of pf) {
      const k = (byKind[pagefindKind(r.path)] ??= { requests: 0, bytes: 0 });
      k.requests++;
      k.bytes += r.bytes;
    }
    const other = requests.filter((r) => !r.path.startsWith('/pagefind/'));
    return {
      query, results, msToFirstResult,
      pagefind: { requests: pf.length, bytes: pf.reduce((s, r) => s + r.bytes, 0), body: pf.reduce((s, r) => s + r.body, 0) },
      byKind,
      page: { requests: other.length, bytes: other.reduce((s, r) => s + r.bytes, 0) },
      requests: requests.map(({ path: p, bytes }) => ({ path: p, bytes })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
  } finally {
    await browser.close().catch(() => undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }
}
