/**
 * The built site as the audit sees it: every HTML file under the dist folder,
 * its URL, its page type, its ids and its links, read from the files (no
 * browser), and a resolver that says whether a link lands on a file and an id.
 *
 * Settings (environment):
 *   AUDIT_DIST     the built site to audit (default SOURCEBOOK_DIST, else `dist`)
 *   AUDIT_CONTENT  the content it was built from (default SOURCEBOOK_CONTENT, else `content`)
 *   AUDIT_BASE     the base path it was built with (default: read from the home page's canonical link, else its home link)
 *   AUDIT_OUT      where to write weights.json, findings.json and screenshots/ (default test-results/audit)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.resolve(process.env.AUDIT_DIST ?? process.env.SOURCEBOOK_DIST ?? path.join(ROOT, 'dist'));
export const CONTENT = path.resolve(process.env.AUDIT_CONTENT ?? process.env.SOURCEBOOK_CONTENT ?? path.join(ROOT, 'content'));
/** Where the audit writes what it measured (weights, findings, screenshots): AUDIT_OUT, default test-results/audit. */
export const OUT = path.resolve(process.env.AUDIT_OUT ?? path.join(ROOT, 'test-results', 'audit'));

/** Folders of the dist that hold third-party assets, not pages. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

export interface Link {
  /** Where the reference was found, e.g. `a[href]`, `link[rel=canonical]`, `json-ld url`. */
  where: string;
  /** The value as written. */
  value: string;
}

export interface PageInfo {
  /** Path of the file relative to the dist, with `/` separators (e.g. `sources/x/index.html`). */
  file: string;
  /** URL path relative to the base (e.g. `sources/x/`, `404.html`, `` for home). */
  rel: string;
  /** Page type: first path segment (`home` for the home page, `404` for the not-found page). */
  type: string;
  ids: Set<string>;
  links: Link[];
  /** Where a page that only forwards an old address sends the reader (`<meta http-equiv="refresh">`), else null. */
  redirect: string | null;
  /** The page asks not to be indexed (`<meta name="robots" content="noindex">`): an old address kept for bookmarks, not for discovery. */
  noindex: boolean;
}

/** Every file under `dir` (relative paths with `/`), sorted. */
export function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...walk(full, rel));
    else out.push(rel);
  }
  return out;
}

/** HTML files of the site (every `*.html` under the dist except third-party folders), sorted. */
export function htmlFiles(): string[] {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${DIST} (index.html missing). Run \`npm run build\` first, or set AUDIT_DIST.`);
  }
  return walk(DIST).filter((f) => f.endsWith('.html') && !NOT_PAGES.has(f.split('/')[0]!));
}

/** URL path (relative to the base) a file is served at. */
export function relOf(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Page type of a URL path relative to the base. */
export function typeOf(rel: string): string {
  if (rel === '') return 'home';
  if (rel === '404.html') return '404';
  return rel.split('/')[0]!.replace(/\.html$/, '');
}

/** Base path (always starts and ends with `/`). */
export const BASE = (() => {
  const raw = process.env.AUDIT_BASE ?? process.env.SOURCEBOOK_BASE;
  if (raw !== undefined) return `/${raw.trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  try {
    const canonical = parseHTML(readFileSync(path.join(DIST, 'index.html'), 'utf8')).document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical) return new URL(canonical).pathname.replace(/\/?$/, '/');
    // No public URL configured: the header's home link is the base path.
    const home = parseHTML(readFileSync(path.join(DIST, 'index.html'), 'utf8')).document.querySelector('header a.brand')?.getAttribute('href');
    if (home?.startsWith('/')) return home.replace(/\/?$/, '/');
  } catch {
    // fall through
  }
  return '/';
})();

/**
 * The site's public root URL (site + base), from the home page's canonical link; links to it are internal.
 * A site built without a public URL publishes no absolute links to itself; `.invalid` (RFC 2606) stands in, never published.
 */
export const SITE_ROOT = (() => {
  try {
    const canonical = parseHTML(readFileSync(path.join(DIST, 'index.html'), 'utf8')).document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical) return new URL(BASE, canonical).href;
  } catch {
    // fall through
  }
  return `https://unconfigured.invalid${BASE}`;
})();

/** Reads the references a document makes to other URLs. */
export function extractLinks(document: Document): Link[] {
  const links: Link[] = [];
  const add = (where: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined) links.push({ where, value: value.trim() });
  };
  const attrs: Array<[string, string]> = [
    ['a[href]', 'href'], ['area[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'],
    ['source[src]', 'src'], ['iframe[src]', 'src'], ['video[src]', 'src'], ['audio[src]', 'src'], ['track[src]', 'src'],
    ['form[action]', 'action'], ['video[poster]', 'poster'], ['object[data]', 'data'], ['blockquote[cite]', 'cite'], ['q[cite]', 'cite'],
  ];
  for (const [selector, attr] of attrs) {
    for (const el of document.querySelectorAll(selector)) {
      const rel = selector.startsWith('link') ? `link[rel=${el.getAttribute('rel') ?? ''}]` : selector;
      add(rel, el.getAttribute(attr));
    }
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const part of (el.getAttribute('srcset') ?? '').split(',')) add('srcset', part.trim().split(/\s+/)[0]);
  }
  for (const el of document.querySelectorAll('meta[property], meta[name]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (/^(og:url|og:image|og:image:url|twitter:image|twitter:url|citation_public_url|citation_abstract_html_url|citation_fulltext_html_url|citation_pdf_url|dc\.identifier|DC\.identifier)$/i.test(key)) {
      const content = el.getAttribute('content') ?? '';
      if (/^(https?:)?\/\//.test(content) || content.startsWith('/')) add(`meta[${key}]`, content);
    }
  }
  // Pagefind's bundle path is a folder: its entry file must be there.
  for (const el of document.querySelectorAll('pagefind-config[bundle-path]')) {
    add('pagefind-config[bundle-path]', `${(el.getAttribute('bundle-path') ?? '').replace(/\/?$/, '/')}pagefind-entry.json`);
  }
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      add('json-ld (does not parse)', '#json-ld-does-not-parse');
      continue;
    }
    walkJson(data, (key, value) => {
      if (typeof value === 'string' && /^(url|@id|mainEntityOfPage|sameAs|image|logo|contentUrl|thumbnailUrl)$/.test(key) && /^(https?:)?\/\/|^\//.test(value)) {
        add(`json-ld ${key}`, value);
      }
    });
  }
  return links;
}

/** Calls `visit(key, value)` for every value in a JSON tree (arrays pass their parent key down). */
export function walkJson(value: unknown, visit: (key: string, value: unknown, parent: unknown) => void, key = '', parent: unknown = undefined): void {
  visit(key, value, parent);
  if (Array.isArray(value)) for (const item of value) walkJson(item, visit, key, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkJson(v, visit, k, value);
}

const pageCache = new Map<string, PageInfo>();

/** The page info of an HTML file (relative to the dist), parsed once per process. */
export function pageInfo(file: string): PageInfo {
  let info = pageCache.get(file);
  if (!info) {
    const { document } = parseHTML(readFileSync(path.join(DIST, file), 'utf8'));
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
    // Legacy named anchors still work as fragment targets in browsers.
    for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
    const rel = relOf(file);
    const refresh = document.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content') ?? '';
    const redirect = /url\s*=\s*(\S+)/i.exec(refresh)?.[1]?.replace(/^['"]|['"]$/g, '') ?? null;
    const noindex = /\bnoindex\b/i.test(document.querySelector('meta[name="robots" i]')?.getAttribute('content') ?? '');
    info = { file, rel, type: typeOf(rel), ids, links: extractLinks(document as unknown as Document), redirect, noindex };
    pageCache.set(file, info);
  }
  return info;
}

/** Every page of the site (one per HTML file), sorted by file. */
export function allPages(): PageInfo[] {
  return htmlFiles().map(pageInfo);
}

/** Page types and, for each, the first page of that type (the one screenshotted). */
export function representatives(): Map<string, string> {
  const reps = new Map<string, string>();
  for (const file of htmlFiles()) {
    const rel = relOf(file);
    const type = typeOf(rel);
    // Prefer a page below the type's index (a source rather than a list of sources), when one exists.
    const current = reps.get(type);
    const deeper = rel.split('/').filter(Boolean).length > 1;
    if (current === undefined || (deeper && current.split('/').filter(Boolean).length <= 1)) reps.set(type, rel);
  }
  return reps;
}

export type Resolution =
  | { kind: 'external' }
  | { kind: 'ignored' }
  | { kind: 'ok'; file: string; rel: string; fragment: string }
  | { kind: 'broken'; reason: string };

/**
 * Resolves a reference found on a page. `from` is the absolute URL the page is
 * at (public or local); `origins` are the origins that count as this site.
 */
export function resolveLink(value: string, from: string, origins: string[]): Resolution {
  if (value === '') return { kind: 'broken', reason: 'empty URL' };
  if (/^(mailto|tel|sms|data|blob):/i.test(value)) return { kind: 'ignored' };
  if (/^javascript:/i.test(value)) return { kind: 'broken', reason: 'javascript: URL' };
  let url: URL;
  try {
    url = new URL(value, from);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (!/^https?:$/.test(url.protocol)) return { kind: 'ignored' };
  if (!origins.includes(url.origin)) return { kind: 'external' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'broken', reason: 'malformed percent-encoding' };
  }
  if (!pathname.startsWith(BASE)) return { kind: 'broken', reason: `outside the site's base path ${BASE}` };
  const rel = pathname.slice(BASE.length);
  if (rel.split('/').some((s) => s === '..' || s === '.')) return { kind: 'broken', reason: 'path has dot segments' };
  let fragment = '';
  try {
    fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
  } catch {
    return { kind: 'broken', reason: 'malformed percent-encoding in the fragment' };
  }
  const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  const full = path.join(DIST, candidate);
  if (existsSync(full) && statSync(full).isFile()) return { kind: 'ok', file: candidate, rel, fragment };
  if (existsSync(path.join(DIST, rel, 'index.html'))) {
    return { kind: 'broken', reason: `no trailing slash: the page is at ${BASE}${rel}/ (works only where the host redirects)` };
  }
  return { kind: 'broken', reason: 'no such file in the built site' };
}

/**
 * Checks a reference end to end: the file exists and, when there is a
 * fragment, the target is an HTML page with that id. Returns a problem or null.
 */
export function checkLink(value: string, from: string, origins: string[]): string | null {
  const r = resolveLink(value, from, origins);
  if (r.kind === 'broken') return r.reason;
  if (r.kind !== 'ok' || r.fragment === '' || r.fragment === 'top') return null;
  if (!r.file.endsWith('.html')) return `fragment #${r.fragment} on a file that is not a page (${r.file})`;
  if (!pageInfo(r.file).ids.has(r.fragment)) return `no element with id="${r.fragment}" on ${BASE}${r.rel}`;
  return null;
}

/** Origins that count as this site when reading the built files. */
export const PUBLIC_ORIGINS = [new URL(SITE_ROOT).origin];

/** The public URL of a page given its path relative to the base. */
export function publicUrl(rel: string): string {
  return new URL(rel, SITE_ROOT).href;
}
