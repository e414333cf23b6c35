/**
 * Published pages never vanish: after `astro build` (before Pagefind), every page in the page ledger
 * (`<content>/pages.json`, src/schemas/pages.ts) that this build did not make gets a small page at its old address
 * that sends the reader on to the nearest page that exists — its parent, or the parent's parent — with a refresh
 * and a link, and asks search engines not to index it. Then the ledger gains this build's pages.
 *
 * A page goes when what it listed shrank: the second page of a person's mentions after sources naming them were
 * removed, a year of events, a part of a split index. Events and entities whose ids were retired already have
 * pages of their own that name their successor (src/pages/[...retired].astro); this covers every other address.
 *
 * The moved page is the site's 404 page (its header, footer, styles and content security policy) with another
 * title and message, so it needs no template of its own. Nothing from an article goes into it: only site paths.
 *
 *   node src/integrations/moved-pages.ts <dist> <content>
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { siteBase } from '../lib/corpus.ts';
import { PageLedger } from '../schemas/pages.ts';
import { htmlPages } from './site-files.ts';

/** The ledger's file name in the content folder. */
export const PAGE_LEDGER_FILE = 'pages.json';

/** What `keepPublishedPages` did. */
export interface KeptPages {
  /** Pages this build made. */
  pages: number;
  /** Old addresses given a moved page. */
  moved: number;
  /** Whether the ledger changed (new pages). */
  ledgerWritten: boolean;
}

/** Every HTML page of the site as a site path (`people/x/index.html` → `people/x/`); the 404 page is not one. */
async function sitePages(dir: string): Promise<string[]> {
  return (await htmlPages(dir)).filter((rel) => rel === 'index.html' || rel.endsWith('/index.html')).map((rel) => rel.slice(0, -'index.html'.length));
}

/** The nearest existing page above `page` (`people/x/mentions/3/` → `people/x/` when `people/x/mentions/` is not a page); the home page at worst. */
export function nearestPage(page: string, exists: ReadonlySet<string>): string {
  const parts = page.split('/').filter(Boolean);
  for (let n = parts.length - 1; n > 0; n--) {
    const up = `${parts.slice(0, n).join('/')}/`;
    if (exists.has(up)) return up;
  }
  return '';
}

/** The moved page for `from`, sending the reader to `to` (site paths), made from the site's 404 page (its DOM, so nothing needs escaping by hand). */
export function movedPage(notFound: string, from: string, to: string, base: string): string {
  const { document } = parseHTML(notFound);
  const main = document.querySelector('main');
  const title = document.querySelector('title');
  const charset = document.querySelector('meta[charset]');
  if (!main || !title || !charset) throw new Error('the site’s 404 page has no <main>, <title> or charset to make a moved page from');
  const href = `${base}${to}`;
  const meta = (attributes: Record<string, string>) => {
    const el = document.createElement('meta');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };
  charset.after(meta({ name: 'robots', content: 'noindex' }), meta({ 'http-equiv': 'refresh', content: `0; url=${href}` }));
  // The site's name after the page's title (`Page not found · Bridge collapse` → `This page has moved · Bridge collapse`).
  title.textContent = `This page has moved${/ · .*$/.exec(title.textContent ?? '')?.[0] ?? ''}`;
  document.querySelector('meta[property="og:title"]')?.setAttribute('content', 'This page has moved');
  const h1 = document.createElement('h1');
  h1.textContent = 'This page has moved';
  const p = document.createElement('p');
  const code = document.createElement('code');
  code.textContent = `${base}${from}`;
  const link = document.createElement('a');
  link.setAttribute('href', href);
  link.textContent = href;
  p.append('The page that was at ', code, ' is no longer published on its own: what it listed is now on ', link, '.');
  main.replaceChildren(h1, p);
  return document.toString();
}

/** Give every page of the ledger this build did not make a moved page, and add this build's pages to the ledger. */
export async function keepPublishedPages(distDir: string, contentDir: string, base: string = siteBase()): Promise<KeptPages> {
  const dist = path.resolve(distDir);
  const file = path.join(path.resolve(contentDir), PAGE_LEDGER_FILE);
  const made = await sitePages(dist);
  const exists = new Set(made);
  let ledger: PageLedger = { version: 1, pages: [] };
  if (existsSync(file)) {
    const parsed = PageLedger.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} is not a page ledger (${parsed.error.issues[0]?.message}); move it away to start a new one`);
    ledger = parsed.data;
  }
  const gone = ledger.pages.filter((page) => !exists.has(page));
  if (gone.length > 0) {
    const notFound = await readFile(path.join(dist, '404.html'), 'utf8');
    for (const page of gone) {
      const out = path.join(dist, page, 'index.html');
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, movedPage(notFound, page, nearestPage(page, exists), base));
    }
  }
  const pages = [...new Set([...ledger.pages, ...made])].sort();
  const ledgerWritten = pages.length !== ledger.pages.length || !existsSync(file);
  if (ledgerWritten) await writeFile(file, `${JSON.stringify({ version: 1, pages } satisfies PageLedger, null, 1)}\n`);
  return { pages: made.length, moved: gone.length, ledgerWritten };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, content] = process.argv.slice(2);
  if (!dist || !content) {
    console.error('usage: node src/integrations/moved-pages.ts <dist> <content>');
    process.exitCode = 2;
  } else {
    const r = await keepPublishedPages(dist, content);
    console.log(`${r.pages} pages made; ${r.moved} old address(es) sent on to the nearest page${r.ledgerWritten ? '; page ledger updated' : ''}`);
  }
}
