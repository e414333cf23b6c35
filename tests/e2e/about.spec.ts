/**
 * Around the sources: /about/, /about/ingest/ and its JSON, the RSS feed, the
 * sitemap, canonical URLs, the navigation and the Content-Security-Policy.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentPath } from '../../src/lib/paths.ts';
import { corpusPaths } from '../../src/lib/corpus.ts';
import { SITE as SITE_DATA } from '../../src/lib/site.ts';
import { IngestReport } from '../../src/schemas/ingest-report.ts';
import { walk } from '../audit/lib/site.ts';
import { sourcePath, sources } from './helpers.ts';
import { BASE_SITE } from './base-site.ts';

/** The public URL of the site the feeds and canonical tests read (the base-path build, which has one configured). */
const SITE = BASE_SITE.site;

/** The same page on the test server, for an absolute URL the site wrote with its configured `site` (or a site-relative one, without a site URL). */
function local(url: string, baseURL: string): string {
  if (!process.env.SOURCEBOOK_SITE && url.startsWith('/')) return new URL(url, new URL(baseURL).origin).href;
  const u = new URL(url);
  expect(`${u.origin}/`, `${url} is on the configured site`).toBe(new URL('/', SITE).href);
  return new URL(u.pathname + u.search, new URL(baseURL).origin).href;
}

/** Every `<tag>` text in an XML document. */
async function xmlValues(page: Page, xml: string, tag: string): Promise<string[]> {
  return page.evaluate(
    ([text, name]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('not well-formed XML');
      return [...doc.getElementsByTagName(name)].map((el) => el.textContent ?? '');
    },
    [xml, tag] as const,
  );
}

test.describe('about', () => {
  test('/about/ explains the site and is in the navigation', async ({ page }) => {
    await page.goto('');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('link')).toHaveText([SITE_DATA.name, 'Home', 'Briefings', 'Indexes', 'Search', 'About']);
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
    await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
    for (const heading of ['How it is made', 'What the ingest does', 'What it does not do', 'Limits of automatic extraction']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.locator('main')).toContainText('Words run together where a line break was lost are split');
  });

  test('/about/ingest/ lists the five accepted files with their changes', async ({ page }) => {
    const report = IngestReport.parse(JSON.parse(await readFile(contentPath('ingest-report.json'), 'utf8')));
    expect(report.accepted).toHaveLength(5);
    await page.goto('about/ingest/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingest report');
    const accepted = page.getByRole('table', { name: /Accepted/ }).locator('tbody tr');
    await expect(accepted).toHaveCount(5);
    const all = await sources();
    for (const a of report.accepted) {
      const row = accepted.filter({ hasText: a.file });
      await expect(row).toHaveCount(1);
      const title = all.find((s) => s.slug === a.slug)!.title;
      const link = row.getByRole('link', { name: title, exact: true });
      expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`/${sourcePath(a.slug)}$`));
      await expect(row.getByRole('link', { name: `${a.changes} change` })).toHaveAttribute('href', /#changes$/);
    }
    await expect(page.getByRole('heading', { name: 'Rejected (0)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ignored (0)' })).toBeVisible();
  });

  test('/data/ingest-report.json is the ingest report', async ({ request }) => {
    const response = await request.get('data/ingest-report.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/json/);
    expect(await response.text()).toBe(await readFile(contentPath('ingest-report.json'), 'utf8'));
  });
});

test.describe('a site built without a public URL', () => {
  test('publishes no absolute link to itself, no feed, no sitemap and no placeholder host', async ({ page, request }) => {
    await page.goto('');
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('head meta[property="og:url"]')).toHaveCount(0);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(0);
    expect((await request.get('rss.xml')).status()).toBe(404);
    expect((await request.get('sitemap.xml')).status()).toBe(404);
    await page.goto('about/');
    await expect(page.locator('main')).toContainText('no public address configured');
  });

  for (const [name, dist, allowed] of [
    ['without a public URL', corpusPaths().dist, null],
    ['with a public URL', BASE_SITE.dist, BASE_SITE.site],
  ] as const) {
    test(`no file of the site built ${name} names a placeholder host`, async () => {
      const placeholder = /\b(?:example\.(?:org|com|net)|[a-z0-9-]+\.invalid|localhost|127\.0\.0\.1)\b/i;
      const text = /\.(?:html|xml|json|csv|txt|js|webmanifest)$/;
      const found: string[] = [];
      for (const file of walk(dist).filter((f) => text.test(f) && !f.startsWith('pagefind/'))) {
        const body = await readFile(path.join(dist, file), 'utf8');
        const m = placeholder.exec(body);
        if (m) found.push(`${file}: ${m[0]}`);
        if (allowed === null && body.includes(BASE_SITE.site)) found.push(`${file}: ${BASE_SITE.site}`);
      }
      expect(found, 'placeholder hosts').toEqual([]);
      if (allowed) expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toContain(`${allowed}${BASE_SITE.base}`);
    });
  }
});

test.describe('feeds', () => {
  // The feed, the sitemap and canonical URLs need the public URL: they are read on the site built with one.
  test.use({ baseURL: BASE_SITE.url });

  test('the RSS feed lists every source and briefing, and only existing pages', async ({ page, request, baseURL }) => {
    const response = await request.get('rss.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const links = await xmlValues(page, xml, 'link');
    const [channel, ...items] = links;
    expect(local(channel!, baseURL!)).toBe(baseURL);
    const paths = items.map((l) => new URL(local(l, baseURL!)).pathname);
    const base = new URL(baseURL!).pathname;
    for (const source of await sources()) expect(paths).toContain(`${base}${sourcePath(source.slug)}`);
    expect(paths.filter((p) => p.startsWith(`${base}briefings/`))).toHaveLength(3);
    expect(new Set(paths).size).toBe(paths.length);
    for (const item of items) expect((await request.get(local(item, baseURL!))).status(), item).toBe(200);
    // Dates only where the source states one.
    const dates = await xmlValues(page, xml, 'pubDate');
    expect(dates).toEqual(['Tue, 03 Feb 2026 00:00:00 GMT']);
    // The feed is announced in every page's head.
    await page.goto('');
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${base}rss.xml`);
  });

  test('the sitemap lists every page, and only existing ones', async ({ page, request, baseURL }) => {
    const response = await request.get('sitemap.xml');
    expect(response.status()).toBe(200);
    const locs = await xmlValues(page, await response.text(), 'loc');
    const base = new URL(baseURL!).pathname;
    const paths = locs.map((l) => new URL(local(l, baseURL!)).pathname);
    for (const p of ['', 'search/', 'briefings/', 'about/', 'about/ingest/']) expect(paths).toContain(`${base}${p}`);
    for (const source of await sources()) expect(paths).toContain(`${base}${sourcePath(source.slug)}`);
    expect(paths.some((p) => p.includes('404'))).toBe(false);
    expect(paths.every((p) => p.endsWith('/')), 'only HTML pages').toBe(true);
    for (const loc of locs) expect((await request.get(local(loc, baseURL!))).status(), loc).toBe(200);
  });

  test('every page has a canonical URL from site and base', async ({ page, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    for (const p of ['', 'briefings/', 'about/ingest/', 'search/']) {
      await page.goto(p);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new URL(`${base}${p}`, SITE).href);
    }
  });
});

test.describe('Content-Security-Policy', () => {
  test('every page carries a policy that allows no inline script except by hash', async ({ page }) => {
    const pages = ['', 'search/', 'briefings/', 'about/', sourcePath((await sources())[0]!.slug)];
    for (const p of pages) {
      await page.goto(p);
      const policy = (await page.locator('head meta[http-equiv="content-security-policy" i]').getAttribute('content')) ?? '';
      const directives = new Map(
        policy
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
      );
      expect(directives.get('default-src'), p).toEqual(["'self'"]);
      const scriptSrc = directives.get('script-src') ?? [];
      expect(scriptSrc, p).toContain("'self'");
      expect(scriptSrc, p).not.toContain("'unsafe-inline'");
      expect(scriptSrc, p).not.toContain("'unsafe-eval'");
      expect(scriptSrc.filter((s) => !s.startsWith("'sha256-")), p).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directives.get('object-src'), p).toEqual(["'none'"]);
    }
  });

  test('a source page, with its citation script and JSON-LD, raises no violation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`));
    });
    const source = (await sources())[0]!;
    await page.goto(sourcePath(source.slug));
    await page.locator('#cite-source > summary').click();
    // The citation script ran (it is a module of the site's own, allowed by 'self').
    await expect(page.locator('#cite-source').getByRole('button', { name: 'Copy APA reference' })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
