/**
 * Links, read from the built files: a crawl from the home page and the
 * sitemap reaches every page; every internal reference on every page (links,
 * stylesheets, scripts, canonical and Open Graph URLs, JSON-LD) lands on a file
 * and, with a #fragment, on an element with that id; the sitemap and feeds list
 * only pages that exist (and the sitemap every page); /data/*.json parse and
 * their paths and paragraph citations resolve; url() in the site's CSS resolves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Findings } from './lib/findings.ts';
import {
  BASE, DIST, PUBLIC_ORIGINS, allPages, checkLink, htmlFiles, pageInfo, publicUrl, resolveLink, walk, walkJson,
} from './lib/site.ts';

const label = (rel: string) => `${BASE}${rel}`;
/** Whether the site was built with a public URL (its home page then has a canonical link). */
const HAS_SITE_URL = /<link rel="canonical"/.test(readFileSync(path.join(DIST, 'index.html'), 'utf8'));

test('a crawl from the home page and the sitemap reaches every page', async ({ page }, testInfo) => {
  const findings = new Findings(testInfo);
  const files = new Set(htmlFiles());
  const seen = new Set<string>();
  const queue: string[] = ['index.html'];
  const sitemap = await readXml(page, 'sitemap.xml');
  if (sitemap) {
    for (const loc of sitemap.locs) {
      const r = resolveLink(loc, publicUrl(''), PUBLIC_ORIGINS);
      if (r.kind === 'ok' && r.file.endsWith('.html')) queue.push(r.file);
    }
  }
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !files.has(file)) continue;
    seen.add(file);
    const info = pageInfo(file);
    for (const link of info.links) {
      const r = resolveLink(link.value, publicUrl(info.rel), PUBLIC_ORIGINS);
      if (r.kind === 'ok' && r.file.endsWith('.html') && !seen.has(r.file)) queue.push(r.file);
    }
  }
  for (const file of files) {
    // The not-found page is served for missing URLs, not linked; a page that forwards an old address, or says that what
    // was there is gone (noindex), exists for bookmarks.
    if (file === '404.html' || pageInfo(file).redirect !== null || pageInfo(file).noindex) continue;
    if (!seen.has(file)) findings.add('links: page not reachable', label(pageInfo(file).rel), 'no link from the home page, the sitemap or any page reached from them leads here');
  }
  findings.save();
  testInfo.annotations.push({ type: 'crawl', description: `${seen.size} of ${files.size} pages reached` });
  findings.expectNone('links: page not reachable');
});

test('every internal link and #fragment on every page resolves', async ({}, testInfo) => {
  const findings = new Findings(testInfo);
  let checked = 0;
  for (const info of allPages()) {
    const from = publicUrl(info.rel);
    const seen = new Set<string>();
    for (const link of info.links) {
      const key = `${link.where} ${link.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const problem = checkLink(link.value, from, PUBLIC_ORIGINS);
      if (resolveLink(link.value, from, PUBLIC_ORIGINS).kind !== 'external') checked += 1;
      if (problem) findings.add('links: broken', label(info.rel), `${link.where} “${link.value}”: ${problem}`);
    }
  }
  findings.save();
  testInfo.annotations.push({ type: 'checked', description: `${checked} distinct internal references` });
  findings.expectNone('links: broken');
});

test('the sitemap lists every page and only pages that exist', async ({ page }, testInfo) => {
  const findings = new Findings(testInfo);
  const sitemap = await readXml(page, 'sitemap.xml');
  test.skip(sitemap === null, 'the site has no sitemap.xml');
  if (sitemap!.error) findings.add('sitemap', `${BASE}sitemap.xml`, `not well-formed XML: ${sitemap!.error}`);
  if (sitemap!.root !== 'urlset' && sitemap!.root !== 'sitemapindex') findings.add('sitemap', `${BASE}sitemap.xml`, `root element is <${sitemap!.root}>, not <urlset>`);
  const listed = new Set<string>();
  for (const loc of sitemap!.locs) {
    if (!/^https?:\/\//.test(loc)) findings.add('sitemap', `${BASE}sitemap.xml`, `<loc>${loc}</loc> is not an absolute URL`);
    if (listed.has(loc)) findings.add('sitemap', `${BASE}sitemap.xml`, `${loc} is listed twice`);
    const r = resolveLink(loc, publicUrl(''), PUBLIC_ORIGINS);
    if (r.kind === 'ok') listed.add(r.file);
    const problem = r.kind === 'external' ? 'not on this site' : checkLink(loc, publicUrl(''), PUBLIC_ORIGINS);
    if (problem) findings.add('sitemap', `${BASE}sitemap.xml`, `${loc}: ${problem}`);
  }
  for (const file of htmlFiles()) {
    if (file !== '404.html' && !listed.has(file)) findings.add('sitemap', `${BASE}sitemap.xml`, `page ${label(pageInfo(file).rel)} is not listed`);
  }
  if (listed.has('404.html')) findings.add('sitemap', `${BASE}sitemap.xml`, 'lists the not-found page');
  findings.save();
  findings.expectNone('sitemap');
});

test('every feed is well-formed and its links resolve', async ({ page }, testInfo) => {
  const findings = new Findings(testInfo);
  // Feeds: every XML file of the site that is not a sitemap, and every feed a page announces.
  const feeds = new Set(walk(DIST).filter((f) => f.endsWith('.xml') && !f.startsWith('pagefind/')));
  for (const info of allPages()) {
    for (const link of info.links) {
      if (!/^link\[rel=alternate\]$/.test(link.where)) continue;
      const r = resolveLink(link.value, publicUrl(info.rel), PUBLIC_ORIGINS);
      if (r.kind === 'ok') feeds.add(r.file);
    }
  }
  let items = 0;
  for (const file of [...feeds].sort()) {
    const feed = await readXml(page, file);
    if (!feed) {
      findings.add('feeds', label(file), 'announced by a page but missing');
      continue;
    }
    if (feed.root === 'urlset' || feed.root === 'sitemapindex') continue;
    if (feed.error) findings.add('feeds', label(file), `not well-formed XML: ${feed.error}`);
    if (feed.root !== 'rss' && feed.root !== 'feed') findings.add('feeds', label(file), `root element is <${feed.root}>, not <rss> or <feed>`);
    for (const link of feed.links) {
      items += 1;
      // Without a configured site URL the site writes no absolute URL of its own (and never a placeholder host):
      // its feed links are then site-relative, which most readers resolve against the feed's address.
      if (!/^https?:\/\//.test(link.value)) {
        const relative = !HAS_SITE_URL && link.value.startsWith('/');
        findings.add('feeds', label(file), `${link.where} “${link.value}” is not an absolute URL (feed readers need one${relative ? '; no site URL is configured' : ''})`, relative);
      }
      const problem = checkLink(link.value, publicUrl(''), PUBLIC_ORIGINS);
      if (problem) findings.add('feeds', label(file), `${link.where} “${link.value}”: ${problem}`);
    }
    for (const date of feed.dates) {
      if (Number.isNaN(Date.parse(date.value))) findings.add('feeds', label(file), `${date.where} “${date.value}” is not a date`);
    }
  }
  findings.save();
  testInfo.annotations.push({ type: 'checked', description: `${feeds.size} feed/sitemap file(s), ${items} feed link(s)` });
  findings.expectNone('feeds');
});

test('/data/*.json parse, and their paths and paragraph citations resolve', async ({}, testInfo) => {
  const findings = new Findings(testInfo);
  const files = walk(DIST).filter((f) => /^data\/.*\.json$/.test(f));
  let citations = 0;
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(DIST, file), 'utf8'));
    } catch (error) {
      findings.add('data files', label(file), `does not parse as JSON: ${(error as Error).message}`);
      continue;
    }
    const reported = new Set<string>();
    const report = (detail: string) => {
      if (reported.has(detail)) return;
      reported.add(detail);
      findings.add('data files', label(file), detail);
    };
    walkJson(data, (key, value, parent) => {
      // Site paths and URLs: `path`, `url`, `href`, `link`, `permalink` …
      if (typeof value === 'string' && /^(path|url|href|link|permalink|page|uri)$/i.test(key) && (value.startsWith('/') || PUBLIC_ORIGINS.some((o) => value.startsWith(`${o}/`)))) {
        // Paths in data are written from the site root or from the base: accept either.
        const href = value.startsWith('/') && !value.startsWith(BASE) ? `${BASE}${value.slice(1)}` : value;
        const problem = checkLink(href, publicUrl(''), PUBLIC_ORIGINS);
        if (problem) report(`${key} “${value}”: ${problem}`);
      }
      // Paragraph citations: { source: <slug>, paragraph: <id> | null }.
      if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>).source === 'string' && 'paragraph' in value) {
        const { source, paragraph } = value as { source: string; paragraph: unknown };
        citations += 1;
        const target = typeof paragraph === 'string' && paragraph ? `${BASE}sources/${source}/#${paragraph}` : `${BASE}sources/${source}/`;
        const problem = checkLink(target, publicUrl(''), PUBLIC_ORIGINS);
        if (problem) report(`citation of source “${source}”${typeof paragraph === 'string' ? ` paragraph ${paragraph}` : ''}: ${problem}`);
      }
      // Lists of source slugs: { sources: [<slug>, …] }.
      if (key === 'sources' && typeof value === 'string' && Array.isArray(parent)) {
        const problem = checkLink(`${BASE}sources/${value}/`, publicUrl(''), PUBLIC_ORIGINS);
        if (problem) report(`source “${value}”: ${problem}`);
      }
    });
  }
  findings.save();
  testInfo.annotations.push({ type: 'checked', description: `${files.length} JSON files, ${citations} paragraph citations` });
  expect(files.length, 'the site publishes no /data/*.json').toBeGreaterThan(0);
  findings.expectNone('data files');
});

test('url() references in the site’s CSS resolve', async ({}, testInfo) => {
  const findings = new Findings(testInfo);
  for (const file of walk(DIST).filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'))) {
    const css = readFileSync(path.join(DIST, file), 'utf8');
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const href = m[2]!.trim();
      if (/^(data|#)/.test(href)) continue;
      const problem = checkLink(href, publicUrl(file), PUBLIC_ORIGINS);
      if (problem) findings.add('links: broken', label(file), `url(${href}): ${problem}`);
    }
  }
  findings.save();
  findings.expectNone('links: broken');
});

interface Xml {
  root: string;
  error: string | null;
  locs: string[];
  links: Array<{ where: string; value: string }>;
  dates: Array<{ where: string; value: string }>;
}

/** Parses an XML file of the dist with the browser's XML parser (null when the file is missing). */
async function readXml(page: Page, file: string): Promise<Xml | null> {
  let text: string;
  try {
    text = readFileSync(path.join(DIST, file), 'utf8');
  } catch {
    return null;
  }
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const err = doc.getElementsByTagName('parsererror')[0];
    const byName = (name: string) => [...doc.getElementsByTagName('*')].filter((e) => e.localName === name);
    const links: Array<{ where: string; value: string }> = [];
    const dates: Array<{ where: string; value: string }> = [];
    const root = doc.documentElement?.localName ?? '';
    if (root === 'rss') {
      for (const channel of byName('channel')) {
        const link = [...channel.children].find((c) => c.localName === 'link' && !c.namespaceURI?.includes('Atom'));
        if (link) links.push({ where: '<channel><link>', value: link.textContent?.trim() ?? '' });
      }
      for (const item of byName('item')) {
        const title = [...item.children].find((c) => c.localName === 'title')?.textContent?.trim().slice(0, 60) ?? '';
        for (const c of item.children) {
          if (c.localName === 'link') links.push({ where: `<item> “${title}” <link>`, value: c.textContent?.trim() ?? '' });
          if (c.localName === 'guid' && c.getAttribute('isPermaLink') !== 'false') links.push({ where: `<item> “${title}” <guid>`, value: c.textContent?.trim() ?? '' });
          if (c.localName === 'pubDate') dates.push({ where: `<item> “${title}” <pubDate>`, value: c.textContent?.trim() ?? '' });
        }
      }
    }
    // Atom links (the RSS self link, or an Atom feed's links).
    for (const l of byName('link')) {
      if (l.getAttribute('href') !== null) links.push({ where: `<atom:link rel=${l.getAttribute('rel') ?? 'alternate'}>`, value: l.getAttribute('href') ?? '' });
    }
    for (const name of ['updated', 'published']) for (const d of byName(name)) dates.push({ where: `<${name}>`, value: d.textContent?.trim() ?? '' });
    return {
      root,
      error: err ? (err.textContent ?? 'parse error').trim().slice(0, 300) : null,
      locs: byName('loc').map((l) => l.textContent?.trim() ?? ''),
      links,
      dates,
    };
  }, text);
}
