/**
 * Sitemap: after `astro build`, writes `<outDir>/sitemap.xml` listing every
 * HTML page Astro generated (so new pages are listed without anyone editing a
 * list), as absolute URLs from `site` + `base`. The 404 page and non-HTML
 * files (raw.txt, rss.xml, JSON) are left out.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { sitemap as sitemapXml } from '../lib/feeds.ts';

/** Whether a generated page name (path relative to the base, e.g. `sources/x/`) is an HTML page to list. */
export function isListedPage(name: string): boolean {
  const clean = name.replace(/^\/+/, '');
  if (/^404(?:\.html|\/)?$/.test(clean)) return false;
  const last = clean.replace(/\/$/, '').split('/').at(-1) ?? '';
  // Endpoints (rss.xml, raw.txt, data/*.json) have a file extension.
  return !/\.[a-z0-9]+$/i.test(last) || /\.html$/i.test(last);
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'sourcebook-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        if (!site) {
          logger.info('no site URL configured: sitemap.xml not written (it needs absolute URLs)');
          return;
        }
        const urls = pages
          .map((p) => p.pathname)
          .filter(isListedPage)
          .map((name) => new URL(base + name.replace(/^\/+/, ''), site).href);
        const file = path.join(fileURLToPath(dir), 'sitemap.xml');
        await writeFile(file, sitemapXml(urls));
      },
    },
  };
}
