/**
 * Offline support: writes `<distDir>/sw.js`, a service worker that keeps a
 * copy of the site's shell and its search index in the browser (Cache API),
 * and every page the reader opens, so that after one visit search and the
 * pages visited keep working with the network off — without filling a phone
 * with a site of thousands of pages it was not asked for.
 *
 * Run after Pagefind (scripts/build.ts), because the list of files is read
 * from the finished site. Precached on install (the shell, a few MB whatever
 * the size of the corpus, at most PRECACHE_BUDGET):
 *   - the home, search and 404 pages, the site's CSS/JS (`_astro/`), the favicon;
 *   - Pagefind's loader, worker, WebAssembly, metadata and filter chunks, the
 *     Component UI and the highlight script;
 *   - Pagefind's index chunks, unless with them the precache would exceed the
 *     budget (about 5,000 articles): then a chunk is cached when a search
 *     first fetches it, and all of them with the whole site;
 *   - Pagefind's page fragments (one per indexed page, needed to show a
 *     result) when they add up to at most FRAGMENT_PRECACHE_LIMIT bytes and
 *     the precache with them to at most PRECACHE_BUDGET; on a bigger site
 *     they are cached as searches fetch them.
 * Every other page, and everything else in scope (raw.txt, /data/ exports,
 * feeds), is cached when first fetched. Keeping the whole site offline is the
 * reader's explicit choice (the search page offers it, stating its size from
 * `offline.json`): the worker then fetches every page and fragment listed in
 * `offline-files.json`.
 *
 * Versioned: the cache is named after a hash of the precache list, every
 * listed file's content and this worker's code, so any change to the build
 * gives a new `sw.js`; the browser installs it, it fills a new cache and
 * deletes the old one. Honours the site's base path (SOURCEBOOK_BASE): the
 * worker lives at `<base>sw.js`, controls `<base>` only, and only touches
 * caches named for that base.
 *
 * Strategy: page loads (navigations) and `pagefind-entry.json` go to the
 * network first, so an online reader always gets the current build, and fall
 * back to the cache offline (ignoring the query string: `?q=`, `?highlight=`);
 * everything else is answered from the cache first.
 *
 *   node src/integrations/service-worker.ts dist [base]
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteBase } from '../lib/corpus.ts';
import { listFiles } from './site-files.ts';
import { OfflineSummary } from '../schemas/offline.ts';

/** Pagefind fragments are precached when all of them together are at most this many bytes (else cached lazily)… */
export const FRAGMENT_PRECACHE_LIMIT = 2 * 1024 * 1024;
/**
 * What a first visit may download, on a phone: the shell always; then the search index if the precache stays within
 * this many bytes with it (else its chunks are cached as searches fetch them); then the fragments, likewise.
 */
export const PRECACHE_BUDGET = 5 * 1024 * 1024;

/** Pages precached on install (the shell); every other page is kept when visited, or with the whole site when the reader asks. */
const SHELL_PAGES = new Set(['index.html', 'search/index.html', '404.html']);

/** The summary of the whole-site copy (files, bytes), read by the search page to state its size. */
export const OFFLINE_SUMMARY = 'offline.json';
/** The list of every file of the whole-site copy, read by the worker when the reader asks for it. */
export const OFFLINE_LIST = 'offline-files.json';

/** Pagefind bundle files the site never loads (the other UIs): neither precached nor counted. */
const UNUSED = /^pagefind\/pagefind-(?:ui|modular-ui)\.(?:js|css)$/;

/** What `writeServiceWorker` wrote. */
export interface ServiceWorkerResult {
  /** The cache name, e.g. `sourcebook:/:3f2a…`. */
  cache: string;
  /** Files precached on install. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** Whether Pagefind's fragments are precached (false: cached as searches fetch them). */
  fragmentsPrecached: boolean;
  /** Whether Pagefind's index chunks are precached (false: a very large index, cached as searches fetch its chunks). */
  indexPrecached: boolean;
  /** The whole site, precache included, as kept when the reader asks for it: files and bytes. */
  site: { files: number; bytes: number };
  /** Path of the written worker. */
  path: string;
}

/** Base path as Astro is given it (astro.config.mjs): always starts and ends with `/`. */
export const normalizeBase = siteBase;

/** The URL a file is served at: `about/index.html` → `<base>about/`. */
export function fileUrl(rel: string, base: string): string {
  const pathPart = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return base + pathPart.split('/').map(encodeURIComponent).join('/');
}

type Role = 'precache' | 'index' | 'fragment' | 'page' | 'runtime';

/** Which files are precached, kept with the whole site, or only when fetched. */
function roleOf(rel: string): Role {
  if (rel === 'sw.js' || rel === OFFLINE_SUMMARY || rel === OFFLINE_LIST || UNUSED.test(rel)) return 'runtime';
  if (rel.endsWith('.html')) return SHELL_PAGES.has(rel) ? 'precache' : 'page';
  if (rel.startsWith('_astro/') || rel === 'favicon.svg') return 'precache';
  if (rel.startsWith('pagefind/fragment/')) return 'fragment';
  if (rel.startsWith('pagefind/index/')) return 'index';
  if (rel.startsWith('pagefind/')) return 'precache';
  return 'runtime';
}

/** The service worker's code, for cache `cache` and the listed URLs. */
function workerSource(cache: string, prefix: string, base: string, urls: string[]): string {
  return `// Generated by src/integrations/service-worker.ts at build time. Do not edit.
// Keeps this build of the site and its search index in the Cache API for offline use.
const CACHE = ${JSON.stringify(cache)};
const PREFIX = ${JSON.stringify(prefix)};
const BASE = ${JSON.stringify(base)};
const PRECACHE = ${JSON.stringify(urls)};
const ENTRY = BASE + 'pagefind/pagefind-entry.json';
const NOT_FOUND = BASE + '404.html';
const SITE_LIST = BASE + ${JSON.stringify(OFFLINE_LIST)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** Store a good same-origin response in this build's cache; a page under its address without the query (\`?highlight=\`). */
async function keep(request, response) {
  const url = new URL(request.url);
  const page = request.mode === 'navigate';
  if (response.ok && response.type === 'basic' && !response.redirected && (page || !url.search)) {
    url.search = '';
    url.hash = '';
    const cache = await caches.open(CACHE);
    await cache.put(page ? url.href : request, response.clone());
  }
  return response;
}

/** The whole site, at the reader's request: every page and search fragment listed at build time, a few at a time, reporting progress. */
async function keepAll(client) {
  const tell = (message) => client && client.postMessage({ type: 'sourcebook:offline', ...message });
  try {
    const list = await (await fetch(SITE_LIST, { cache: 'no-store' })).json();
    const cache = await caches.open(CACHE);
    const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    const todo = list.urls.filter((url) => !have.has(url));
    let done = list.urls.length - todo.length;
    for (let i = 0; i < todo.length; i += 8) {
      await cache.addAll(todo.slice(i, i + 8));
      done += Math.min(8, todo.length - i);
      tell({ state: 'progress', done, total: list.urls.length });
    }
    tell({ state: 'done', done, total: list.urls.length });
  } catch (error) {
    tell({ state: 'failed', message: String(error && error.message || error) });
  }
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'sourcebook:keep-all') event.waitUntil(keepAll(event.source));
});

/** Network first (current build online), else this build's copy. */
async function networkFirst(request, fallback) {
  try {
    return await keep(request, await fetch(request));
  } catch (error) {
    const cache = await caches.open(CACHE);
    const copy = await cache.match(request, { ignoreSearch: true });
    if (copy) return copy;
    const missing = fallback ? await cache.match(fallback) : undefined;
    if (missing) return new Response(missing.body, { status: 404, statusText: 'Not Found', headers: missing.headers });
    throw error;
  }
}

/** This build's copy first, else the network (and keep what it gives). */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(request, { ignoreSearch: request.url.includes('/pagefind/') });
  return copy ?? keep(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.headers.has('range')) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, NOT_FOUND));
  else if (url.pathname === ENTRY) event.respondWith(networkFirst(request));
  else event.respondWith(cacheFirst(request));
});
`;
}

/**
 * Write `<distDir>/sw.js` for the site built in `distDir` (after Pagefind ran)
 * and served under `base` (default: SOURCEBOOK_BASE, as astro.config.mjs).
 */
export async function writeServiceWorker(distDir: string, base: string = normalizeBase()): Promise<ServiceWorkerResult> {
  const dist = path.resolve(distDir);
  const siteBase = normalizeBase(base);
  const files = await listFiles(dist);
  if (!files.includes('pagefind/pagefind-entry.json')) {
    throw new Error(`Cannot write the service worker: ${dist} has no Pagefind index (run Pagefind first)`);
  }
  const sizes = new Map(await Promise.all(files.map(async (rel) => [rel, (await stat(path.join(dist, rel))).size] as const)));
  const fragments = files.filter((rel) => roleOf(rel) === 'fragment');
  const fragmentBytes = fragments.reduce((sum, rel) => sum + (sizes.get(rel) ?? 0), 0);
  const bytesOf = (role: Role) => files.filter((rel) => roleOf(rel) === role).reduce((sum, rel) => sum + (sizes.get(rel) ?? 0), 0);
  const shellBytes = bytesOf('precache');
  const indexBytes = bytesOf('index');
  const indexPrecached = shellBytes + indexBytes <= PRECACHE_BUDGET;
  const fragmentsPrecached = indexPrecached && fragmentBytes <= FRAGMENT_PRECACHE_LIMIT && shellBytes + indexBytes + fragmentBytes <= PRECACHE_BUDGET;
  const precached = files.filter(
    (rel) => roleOf(rel) === 'precache' || (indexPrecached && roleOf(rel) === 'index') || (fragmentsPrecached && roleOf(rel) === 'fragment'),
  );
  const whole = files.filter((rel) => roleOf(rel) !== 'runtime');
  const site = { files: whole.length, bytes: whole.reduce((sum, rel) => sum + (sizes.get(rel) ?? 0), 0) };

  // Version: the list and every listed file's bytes (and the worker's own code, via a template hash below).
  const hash = createHash('sha256');
  for (const rel of precached) {
    hash.update(`${rel}\0`);
    hash.update(await readFile(path.join(dist, rel)));
    hash.update('\0');
  }
  hash.update(workerSource('', '', siteBase, []));
  const prefix = `sourcebook:${siteBase}:`;
  const cache = `${prefix}${hash.digest('hex').slice(0, 16)}`;
  const urls = precached.map((rel) => fileUrl(rel, siteBase));
  const out = path.join(dist, 'sw.js');
  await writeFile(out, workerSource(cache, prefix, siteBase, urls));
  const summary = OfflineSummary.parse({ ...site, searchOffline: indexPrecached && fragmentsPrecached, searchBytes: indexBytes + fragmentBytes });
  await writeFile(path.join(dist, OFFLINE_SUMMARY), JSON.stringify(summary));
  await writeFile(path.join(dist, OFFLINE_LIST), JSON.stringify({ urls: whole.map((rel) => fileUrl(rel, siteBase)) }));
  return {
    cache,
    files: precached.length,
    bytes: precached.reduce((sum, rel) => sum + (sizes.get(rel) ?? 0), 0),
    fragmentsPrecached,
    indexPrecached,
    site,
    path: out,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await writeServiceWorker(process.argv[2] ?? 'dist', process.argv[3] ?? normalizeBase());
  console.log(`Service worker: ${result.files} files (${(result.bytes / 1024).toFixed(0)} KB) precached as ${result.cache} → ${result.path}; the whole site offline: ${result.site.files} files (${(result.site.bytes / 1024).toFixed(0)} KB)`);
}
