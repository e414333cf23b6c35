/**
 * Published pages never vanish (src/integrations/moved-pages.ts): a page of the page ledger that a later build does
 * not make answers with a page sending the reader on to the nearest page that exists; the ledger only grows.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_LEDGER_FILE, keepPublishedPages, nearestPage } from '../../src/integrations/moved-pages.ts';

const NOT_FOUND = [
  '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Page not found · Bridge collapse</title>',
  '<meta property="og:title" content="Page not found"></head><body><header>site</header>',
  '<main id="main" tabindex="-1"><h1>Page not found</h1><p>There is no page at this address.</p></main><footer>f</footer></body></html>',
].join('');

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function site(pages: string[]): Promise<{ dist: string; content: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'sourcebook-pages-'));
  dirs.push(root);
  const dist = path.join(root, 'dist');
  const content = path.join(root, 'content');
  await mkdir(content, { recursive: true });
  await mkdir(dist, { recursive: true });
  await writeFile(path.join(dist, '404.html'), NOT_FOUND);
  for (const page of pages) {
    await mkdir(path.join(dist, page), { recursive: true });
    await writeFile(path.join(dist, page, 'index.html'), `<p>${page}</p>`);
  }
  return { dist, content };
}

describe('published pages', () => {
  it('finds the nearest page that exists above an address', () => {
    const exists = new Set(['', 'people/', 'people/jane-doe/', 'events/2024/']);
    expect(nearestPage('people/jane-doe/mentions/3/', exists)).toBe('people/jane-doe/');
    expect(nearestPage('events/2024/5/', exists)).toBe('events/2024/');
    expect(nearestPage('figures/money/2/', exists)).toBe('');
  });

  it('sends the reader on from a page a later build no longer makes, and keeps every address in the ledger', async () => {
    const pages = ['', 'people/', 'people/jane-doe/', 'people/jane-doe/mentions/2/', 'events/', 'events/2024/', 'events/2024/2/'];
    const { dist, content } = await site(pages);
    const first = await keepPublishedPages(dist, content, '/news/');
    expect(first).toEqual({ pages: pages.length, moved: 0, ledgerWritten: true });
    const ledger = JSON.parse(await readFile(path.join(content, PAGE_LEDGER_FILE), 'utf8')) as { pages: string[] };
    expect(ledger.pages).toEqual([...pages].sort());

    // Sources were removed: Jane Doe's mentions fit one page, 2024's events too.
    const later = await site(['', 'people/', 'people/jane-doe/', 'events/', 'events/2024/', 'places/']);
    await writeFile(path.join(later.content, PAGE_LEDGER_FILE), await readFile(path.join(content, PAGE_LEDGER_FILE)));
    const second = await keepPublishedPages(later.dist, later.content, '/news/');
    expect(second).toEqual({ pages: 6, moved: 2, ledgerWritten: true });
    const page = async (rel: string) => parseHTML(await readFile(path.join(later.dist, rel, 'index.html'), 'utf8')).document;
    const moved = await page('people/jane-doe/mentions/2/');
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/news/people/jane-doe/');
    expect(moved.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(moved.title).toBe('This page has moved · Bridge collapse');
    expect(moved.querySelector('main a')?.getAttribute('href')).toBe('/news/people/jane-doe/');
    expect(moved.querySelector('main code')?.textContent).toBe('/news/people/jane-doe/mentions/2/');
    expect(moved.querySelector('header')?.textContent).toBe('site');
    expect(moved.toString()).not.toContain('Page not found');
    expect((await page('events/2024/2/')).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/news/events/2024/');
    // The ledger keeps the old addresses and gains the new page; a build of the same site writes nothing new.
    const grown = JSON.parse(await readFile(path.join(later.content, PAGE_LEDGER_FILE), 'utf8')) as { pages: string[] };
    expect(grown.pages).toEqual([...new Set([...pages, 'places/'])].sort());
    const bytes = await readFile(path.join(later.content, PAGE_LEDGER_FILE));
    expect((await keepPublishedPages(later.dist, later.content, '/news/')).ledgerWritten).toBe(false);
    expect(await readFile(path.join(later.content, PAGE_LEDGER_FILE))).toEqual(bytes);
  });

  it('refuses a ledger that names a path outside the site, saying which file', async () => {
    const { dist, content } = await site(['']);
    await writeFile(path.join(content, PAGE_LEDGER_FILE), JSON.stringify({ version: 1, pages: ['../../outside/'] }));
    await expect(keepPublishedPages(dist, content, '/')).rejects.toThrow(PAGE_LEDGER_FILE);
    expect(existsSync(path.join(dist, '..', '..', 'outside'))).toBe(false);
  });
});
