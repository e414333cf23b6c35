/**
 * The site's addresses, measured on a built site: every page, every anchor of
 * the cross-reference indexes (/figures/#f-…, /quotes/#qg-…, /events/#…,
 * /discrepancies/#…), and the largest HTML pages. A list saved from one build
 * (a fixture) is checked against a later build, so a change of layout cannot
 * quietly break a link someone saved: every page still exists, and every
 * anchor of the split indexes resolves — on the index page itself, or through
 * the index's id → page lookup to the page that now lists the item, which must
 * have the anchor — as src/components/xref/AnchorLookup.astro does it in the browser.
 *
 *   node scripts/bench/anchors.ts save  <dist> <file.json>   write the list of a build
 *   node scripts/bench/anchors.ts check <dist> <file.json>   check a build against a saved list
 *   node scripts/bench/anchors.ts sizes <dist> [limit KB]    the HTML pages over the limit (default 300 KB)
 *   node scripts/bench/anchors.ts layout <dist>              the offline precache and the pages over 300 KB, as JSON
 *   node scripts/bench/anchors.ts legacy <dist> [file.json]   the anchors the single-page indexes gave this build's items
 *                                                            (from its /data/*.json), checked against the build; saved when a file is named
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { htmlPages } from '../../src/integrations/site-files.ts';
import { resolveAnchor } from '../../src/lib/pages/parts.ts';

/** The index pages whose anchors are permalinks (element ids other than the page's own furniture). */
export const ANCHORED_INDEXES = ['figures/', 'quotes/', 'events/', 'discrepancies/'] as const;

/** What a build published: its pages (site paths such as `/figures/`) and the anchors of each index. */
export interface AddressList {
  pages: string[];
  anchors: Record<string, string[]>;
}

/** Every HTML file under `dir` (the search bundle left out), as paths relative to it. */
export const htmlFiles = htmlPages;

/** Site path of a built file: `figures/index.html` → `/figures/`. */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The ids of the elements of an HTML page. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/** The addresses of the build in `dist`. */
export async function collectAddresses(dist: string): Promise<AddressList> {
  const pages = (await htmlFiles(dist)).map(pathOf);
  const anchors: Record<string, string[]> = {};
  for (const index of ANCHORED_INDEXES) {
    const file = path.join(dist, index, 'index.html');
    if (existsSync(file)) anchors[`/${index}`] = idsOf(await readFile(file, 'utf8'));
  }
  return { pages, anchors };
}

/**
 * The anchors the previous layout — one page per index — gave the items of the build in `dist`: every figure
 * (`/figures/#f-…`), quote group (`/quotes/#qg-…` and its `-heading`), event (`/events/#<id>` and its `-name`) and
 * discrepancy (`/discrepancies/#d-…`) of its /data exports. A list saved from an old build names the items *that*
 * build found; this one names every item of this build, so a check of it shows whether any old-style link to
 * anything the site publishes now fails to resolve.
 */
export async function legacyAddresses(dist: string): Promise<AddressList> {
  const data = async <T>(name: string): Promise<T[]> => {
    const file = path.join(dist, 'data', `${name}.json`);
    return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as T[]) : [];
  };
  const figures = (await data<{ id: string }>('figures')).map((f) => f.id);
  const groups = [...new Set((await data<{ group: string | null }>('quotes')).map((q) => q.group).filter((g): g is string => !!g))];
  const events = (await data<{ id: string }>('events')).map((e) => e.id);
  const discrepancies = (await data<{ id: string }>('discrepancies')).map((d) => d.id);
  return {
    pages: ANCHORED_INDEXES.map((index) => `/${index}`),
    anchors: {
      '/figures/': figures,
      '/quotes/': groups.flatMap((g) => [g, `${g}-heading`]),
      '/events/': events.flatMap((e) => [e, `${e}-name`]),
      '/discrepancies/': discrepancies,
    },
  };
}

/** Read a saved list (gzip-compressed JSON when the name ends in `.gz`). */
export async function readAddresses(file: string): Promise<AddressList> {
  const data = await readFile(file);
  return JSON.parse((file.endsWith('.gz') ? gunzipSync(data) : data).toString('utf8')) as AddressList;
}

/** Write a list (gzip-compressed when the name ends in `.gz`). */
export async function writeAddresses(file: string, list: AddressList): Promise<void> {
  const json = JSON.stringify(list);
  await writeFile(file, file.endsWith('.gz') ? gzipSync(json) : json);
}

/** HTML pages larger than `limit` bytes, largest first. */
export async function largePages(dist: string, limit: number): Promise<Array<{ path: string; bytes: number }>> {
  const out: Array<{ path: string; bytes: number }> = [];
  for (const file of await htmlFiles(dist)) {
    const { size } = await stat(path.join(dist, file));
    if (size > limit) out.push({ path: pathOf(file), bytes: size });
  }
  return out.sort((a, b) => b.bytes - a.bytes);
}

/** The file of a site path (`/figures/` → `<dist>/figures/index.html`). */
const fileOf = (dist: string, page: string) => path.join(dist, page.endsWith('/') ? `${page}index.html` : page);

/** What does not resolve, one line each (empty when everything does). */
export async function checkAddresses(dist: string, list: AddressList): Promise<string[]> {
  const problems: string[] = [];
  for (const page of list.pages) if (!existsSync(fileOf(dist, page))) problems.push(`page ${page} is gone`);
  const idsCache = new Map<string, Set<string>>();
  const ids = async (page: string) => {
    let set = idsCache.get(page);
    if (!set) {
      const file = fileOf(dist, page);
      set = new Set(existsSync(file) ? idsOf(await readFile(file, 'utf8')) : []);
      idsCache.set(page, set);
    }
    return set;
  };
  for (const [page, anchors] of Object.entries(list.anchors)) {
    const shards = new Map<number, Record<string, string>>();
    const shard = async (n: number) => {
      if (!shards.has(n)) {
        const file = path.join(dist, page, 'where', `${n}.json`);
        shards.set(n, existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Record<string, string>) : {});
      }
      return shards.get(n)!;
    };
    for (const anchor of anchors) {
      if ((await ids(page)).has(anchor)) continue;
      const target = await resolveAnchor(anchor, shard);
      // A retired id is sent to its successor's anchor (`quotes/m/#qg-new`).
      const [targetPage, targetAnchor = anchor] = (target ?? '').split('#');
      if (!target) problems.push(`${page}#${anchor}: not on the page and not in its lookup`);
      else if (!(await ids(`/${targetPage}`)).has(targetAnchor)) problems.push(`${page}#${anchor}: the lookup sends it to /${target}, which has no such anchor`);
    }
  }
  return problems;
}

/** What a reader's phone downloads for offline use, and the largest pages: measured on a built site for the benchmark. */
export interface SiteLayout {
  /** Precached by the service worker on the first visit. */
  precache: { files: number; bytes: number };
  /** The whole site, kept only when the reader asks (offline.json). */
  wholeSite: { files: number; bytes: number } | null;
  /** HTML pages over PAGE_LIMIT bytes, source pages apart (a very long article is one page). */
  largePages: Array<{ path: string; bytes: number }>;
  /** Source pages over the limit. */
  largeSourcePages: number;
  /** The largest HTML page of any kind. */
  largest: { path: string; bytes: number } | null;
  /** Whether the precache holds Pagefind's index chunks (the search index offline after one visit). */
  indexPrecached: boolean;
  /** The previous layout's anchors of this build's items (legacyAddresses): how many, and those that do not resolve. */
  oldAnchors: { checked: number; unresolved: string[] };
}

/** The size no page other than a very long article's should exceed. */
export const PAGE_LIMIT = 300 * 1024;

/** Measure the precache (from sw.js and the files it lists) and the large pages of the build in `dist`. */
export async function siteLayout(dist: string, base = '/'): Promise<SiteLayout> {
  const sw = existsSync(path.join(dist, 'sw.js')) ? await readFile(path.join(dist, 'sw.js'), 'utf8') : '';
  const urls = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)?.[1] ?? '[]') as string[];
  let bytes = 0;
  for (const url of urls) {
    const rel = decodeURIComponent(url.slice(base.length));
    bytes += (await stat(path.join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel))).size;
  }
  const summary = path.join(dist, 'offline.json');
  const wholeSite = existsSync(summary) ? (JSON.parse(await readFile(summary, 'utf8')) as { files: number; bytes: number }) : null;
  const large = await largePages(dist, PAGE_LIMIT);
  const all = await largePages(dist, 0);
  const legacy = await legacyAddresses(dist);
  return {
    indexPrecached: urls.some((url) => url.slice(base.length).startsWith('pagefind/index/')),
    oldAnchors: { checked: Object.values(legacy.anchors).reduce((n, a) => n + a.length, 0), unresolved: await checkAddresses(dist, legacy) },
    precache: { files: urls.length, bytes },
    wholeSite,
    largePages: large.filter((p) => !p.path.startsWith('/sources/')),
    largeSourcePages: large.filter((p) => p.path.startsWith('/sources/')).length,
    largest: all[0] ?? null,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, dist, arg] = process.argv.slice(2);
  if (command === 'save' && dist && arg) {
    const list = await collectAddresses(dist);
    await writeAddresses(arg, list);
    console.log(`${list.pages.length} pages, ${Object.values(list.anchors).reduce((n, a) => n + a.length, 0)} anchors → ${arg}`);
  } else if (command === 'legacy' && dist) {
    const list = await legacyAddresses(dist);
    if (arg) await writeAddresses(arg, list);
    const problems = await checkAddresses(dist, list);
    for (const p of problems.slice(0, 50)) console.log(p);
    console.log(`${problems.length} of ${Object.values(list.anchors).reduce((n, a) => n + a.length, 0)} anchors of the single-page layout do not resolve in ${dist}`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } else if (command === 'layout' && dist) {
    console.log(JSON.stringify(await siteLayout(dist), null, 1));
  } else if (command === 'sizes' && dist) {
    const limit = Number(arg ?? 300) * 1024;
    const large = await largePages(dist, limit);
    for (const p of large) console.log(`${(p.bytes / 1024).toFixed(0).padStart(7)} KB  ${p.path}`);
    console.log(`${large.length} page(s) over ${limit / 1024} KB`);
  } else if (command === 'check' && dist && arg) {
    const problems = await checkAddresses(dist, await readAddresses(arg));
    for (const p of problems.slice(0, 50)) console.log(p);
    console.log(`${problems.length} address(es) of ${arg} do not resolve in ${dist}`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } else {
    console.error('usage: node scripts/bench/anchors.ts save|check <dist> <file.json[.gz]> | legacy <dist> [file.json[.gz]] | sizes|layout <dist> [KB]');
    process.exitCode = 2;
  }
}
