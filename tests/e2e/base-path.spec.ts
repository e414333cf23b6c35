/**
 * The site published under a sub-path (Astro `base`, `npm run build:base`):
 * a crawl from the home page reaches pages only through links under the base,
 * and every page, asset, feed entry and fragment resolves there.
 */
import { expect, test } from '@playwright/test';
import { BASE_SITE } from './base-site.ts';

test('a site built under /sourcebook/ links only within its base, and every link resolves', async ({ request }) => {
  test.setTimeout(300_000);
  const origin = new URL(BASE_SITE.url).origin;
  const seen = new Map<string, string>();
  const queue = [BASE_SITE.url];
  const fragments: Array<[string, string, string]> = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const response = await request.get(url);
    expect(response.status(), `${url}`).toBe(200);
    const type = response.headers()['content-type'] ?? '';
    const body = type.includes('html') || type.includes('xml') ? await response.text() : '';
    seen.set(url, body);
    for (const m of body.matchAll(/(?:href|src)="([^"]+)"|<loc>([^<]+)<\/loc>|<link>([^<]+)<\/link>/g)) {
      const raw = (m[1] ?? m[2] ?? m[3]!).replaceAll('&amp;', '&');
      if (/^(?:mailto:|data:|javascript:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== origin && target.origin !== new URL(BASE_SITE.site).origin) continue;
      const local = new URL(target.pathname + target.search, origin);
      expect(local.pathname.startsWith(BASE_SITE.base), `${raw} on ${url} is outside the base`).toBe(true);
      if (target.hash.length > 1) fragments.push([url, local.href, decodeURIComponent(target.hash.slice(1))]);
      const next = local.href.split('#')[0]!;
      if (!seen.has(next) && !queue.includes(next) && !/\.(?:csv)$/.test(local.pathname)) queue.push(next);
    }
  }
  expect(seen.size).toBeGreaterThan(20);
  for (const [from, page, id] of fragments) {
    const html = seen.get(page) ?? (await (await request.get(page)).text());
    expect(html.includes(`id="${id}"`), `#${id} on ${page} (linked from ${from})`).toBe(true);
  }
});
