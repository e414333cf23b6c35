/**
 * Offline: after one visit, the service worker (dist/sw.js, written by
 * src/integrations/service-worker.ts) has cached the site and its search
 * index, so pages and search work with the network off.
 *
 * The site is served by a small static server of this test's own, on its own
 * port (its own origin, so its own service worker), which the test shuts down
 * to take the network away for real; the browser is also set offline.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sources } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.resolve(ROOT, process.env.SOURCEBOOK_DIST ?? 'dist');
const BASE = `/${(process.env.SOURCEBOOK_BASE ?? '').trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Serve DIST under BASE on a free port, like a static host: `/dir/` → `dir/index.html`, else 404.html with status 404. */
async function serve(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = url.pathname.startsWith(BASE) ? decodeURIComponent(url.pathname.slice(BASE.length)) : null;
    let file = rel === null ? null : path.join(DIST, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    if (file && !file.startsWith(DIST)) file = null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(readFileSync(path.join(DIST, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** Stop the server and cut every open connection. */
function shutDown(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

test.describe('offline', () => {
  test.skip(!existsSync(path.join(DIST, 'sw.js')), 'the site was built without its service worker');

  test('after one visit, search and the pages visited work with the network off; the whole site only when the reader asks', async ({ browser }) => {
    test.setTimeout(90_000);
    const { origin, server } = await serve();
    const site = `${origin}${BASE}`;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const all = await sources();
    try {
      const page = await context.newPage();
      // One visit, online: a search, and the article it finds first.
      await page.goto(`${site}search/?q=Reko+Diq&kind=source`);
      const first = page.locator('pagefind-results a.pf-result-link').first();
      await expect(first).toBeVisible();
      // The worker installs (filling its cache) and takes control of the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const visited = new URL(page.url()).pathname;
      const cached = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith('sourcebook:'));
        const cache = await caches.open(names[0]!);
        return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
      });
      expect(cached.names, 'one versioned cache for this site').toHaveLength(1);
      expect(cached.names[0]).toMatch(new RegExp(`^sourcebook:${BASE}:[0-9a-f]{16}$`));
      expect(cached.urls).toContain(`${BASE}search/`);
      expect(cached.urls).toContain(`${BASE}pagefind/pagefind.js`);
      expect(cached.urls.some((u) => u.startsWith(`${BASE}pagefind/index/`))).toBe(true);
      expect(cached.urls, 'the page visited is kept').toContain(visited);
      const unvisited = all.find((s) => !visited.includes(`/sources/${s.slug}/`))!;
      expect(cached.urls, 'a page never opened is not downloaded').not.toContain(`${BASE}sources/${unvisited.slug}/`);

      // Network off: the server is gone and the browser is offline.
      await shutDown(server);
      await context.setOffline(true);

      // A new search, by link, works from the cache.
      const response = await page.goto(`${site}search/?q=Reko+Diq&kind=source`);
      expect(response?.fromServiceWorker()).toBe(true);
      const results = page.locator('pagefind-results a.pf-result-link');
      await expect(results.first()).toBeVisible();
      await expect(page.locator('pagefind-summary')).toContainText(/\d+ results? for Reko Diq/);

      // Its result, visited before, opens at the paragraph with the words marked.
      await results.first().click();
      await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/\?highlight=reko&highlight=diq#p-[0-9a-f]{8}/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.para:target mark.pagefind-highlight').first()).toBeVisible();

      // A source page never visited is not there: the site's not-found page says so.
      const missing = await page.goto(`${site}sources/${unvisited.slug}/`);
      expect(missing?.status()).toBe(404);
    } finally {
      await context.close();
      if (server.listening) await shutDown(server);
    }
  });

  test('keeping the whole site offline is a choice that states its size, and then every page works offline', async ({ browser }) => {
    test.setTimeout(120_000);
    const { origin, server } = await serve();
    const site = `${origin}${BASE}`;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const summary = JSON.parse(readFileSync(path.join(DIST, 'offline.json'), 'utf8')) as { files: number; bytes: number };
    try {
      const page = await context.newPage();
      await page.goto(`${site}search/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      const mb = (summary.bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
      const keep = page.getByRole('button', { name: `Keep the whole site offline (${mb} MB)` });
      await expect(keep).toBeVisible();
      await keep.click();
      await expect(page.locator('#offline-status')).toContainText(`The whole site is kept on this device (${summary.files} files)`, { timeout: 60_000 });

      await shutDown(server);
      await context.setOffline(true);
      const unvisited = (await sources()).at(-1)!;
      await page.goto(`${site}sources/${unvisited.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(unvisited.title);
    } finally {
      await context.close();
      if (server.listening) await shutDown(server);
    }
  });

  test('on a site whose search index is too large for a first visit, the search page says what works offline and what it takes to search anything', async ({ page }) => {
    // The seeds' index is precached; a 5,000-article site's is not (offline.json says so). Play the large site's summary.
    const summary = JSON.parse(readFileSync(path.join(DIST, 'offline.json'), 'utf8')) as { files: number; bytes: number; searchOffline: boolean };
    expect(summary.searchOffline).toBe(true);
    await expect(async () => {
      await page.goto('search/');
      await expect(page.locator('#offline-what')).toContainText('After your first visit, search and every page you open work without a connection.');
    }).toPass();
    await page.route('**/offline.json', (route) => route.fulfill({ json: { ...summary, searchOffline: false, searchBytes: 15.4 * 1024 * 1024 } }));
    await page.reload();
    const what = page.locator('#offline-what');
    await expect(what).toContainText('every page you open works without a connection, and so do the searches you have already made');
    await expect(what).toContainText('The search index (15.4 MB) is too large to download on a first visit');
    await expect(what).not.toContainText('search and every page you open work');
    await expect(what.locator('#offline-size')).toHaveText(/^[\d.]+ MB in [\d,]+ files$/);
  });

  test('the worker is versioned and scoped to the site', () => {
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const cache = /const CACHE = "([^"]+)"/.exec(sw)?.[1];
    expect(cache).toMatch(new RegExp(`^sourcebook:${BASE}:[0-9a-f]{16}$`));
    const precache = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)?.[1] ?? '[]') as string[];
    // The shell and the search index, all under the base path.
    expect(precache).toContain(BASE);
    expect(precache).toContain(`${BASE}search/`);
    expect(precache).toContain(`${BASE}pagefind/pagefind-entry.json`);
    expect(precache.every((u) => u.startsWith(BASE))).toBe(true);
    expect(precache).not.toContain(`${BASE}sw.js`);
    // What one visit downloads stays small whatever the size of the corpus (a phone's data plan, its storage).
    const file = (url: string) => path.join(DIST, decodeURIComponent(url.slice(BASE.length)).replace(/(^|\/)$/, '$1index.html'));
    const bytes = precache.reduce((sum, url) => sum + statSync(file(url)).size, 0);
    console.log(`precache after one visit: ${precache.length} files, ${(bytes / 1024).toFixed(0)} KB`);
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});
