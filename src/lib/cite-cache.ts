/**
 * The build's cite stage (scripts/cite.ts) formats every source's citations
 * once, before Astro runs, in worker threads, and keeps them in
 * `<content>/.cite-cache.json`, each under a key made of everything the
 * citations are made from: what the formatter reads of the source
 * (`citableSource`), the site URL and base path, the citation code's version
 * and the text of its CSL styles and locale. The source page reads its entry,
 * validated (src/schemas/citation.ts), and formats the citations itself when
 * there is none for that key (no file, a stale one, `astro dev`). The file is
 * data, parsed as JSON: nothing in it runs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeAtomic } from './cache-file.ts';
import { CiteCacheFile, SourceCitations as SourceCitationsSchema } from '../schemas/citation.ts';
import type { Source } from '../schemas/source.ts';
import { CITATION_VERSION, citationStyleTexts, citeSource, type SourceCitations } from './cite.ts';
import { contentPath } from './paths.ts';
import { basePath } from './url.ts';

export const CITE_CACHE_FILE = '.cite-cache.json';

const UNKNOWN = { value: null, from: null } as const;

/**
 * The source as its citations read it (csl/facts.ts `citeFacts` and cite.ts `cslItem`): slug, title and how it was
 * found, standfirst and paragraphs (the sentence-case title reads the text), author, publisher, date, URL,
 * republication date, language and content hash. Everything else is left empty, so the cache key changes only when
 * the citations can; the unit tests check that the citations of this are those of the whole source.
 */
export function citableSource(source: Source): Source {
  const value = (field: { value: string | null }) => ({ value: field.value, from: null });
  return {
    slug: source.slug,
    file: '',
    title: source.title,
    ...(source.titleTruncated === undefined ? {} : { titleTruncated: source.titleTruncated }),
    titleFrom: source.titleFrom,
    standfirst: source.standfirst,
    publisher: value(source.publisher),
    date: value(source.date),
    ...(source.republished === undefined ? {} : { republished: { by: UNKNOWN, date: value(source.republished.date) } }),
    dateline: UNKNOWN,
    url: value(source.url),
    author: value(source.author),
    lang: source.lang,
    dir: 'ltr',
    wordCount: 0,
    contentHash: source.contentHash,
    duplicateOf: null,
    embeds: [],
    changes: [],
    paragraphs: source.paragraphs.map(({ id, n, text }) => ({ id, n, text })),
  };
}

let stylesDigest: string | undefined;

/** The key of a source's citations on a site (`site`: its URL or none; `base`: its base path, e.g. `/` or `/sourcebook/`). */
export function citeCacheKey(source: Source, site: URL | string | undefined, base: string): string {
  stylesDigest ??= createHash('sha256').update(citationStyleTexts().join('\0')).digest('base64url');
  const input = [CITATION_VERSION, stylesDigest, site ? new URL(site).href : null, basePath(base), citableSource(source)];
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url').slice(0, 32);
}

/** The entries of the cache file (key → unvalidated citations); empty when the file is missing, unreadable or from another version. */
export async function readCiteCache(file: string): Promise<Map<string, unknown>> {
  try {
    const data = CiteCacheFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return data.success && data.data.version === CITATION_VERSION ? new Map(Object.entries(data.data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** A cached entry when it is valid citations, else null. */
export function validCitations(entry: unknown): SourceCitations | null {
  const parsed = SourceCitationsSchema.safeParse(entry);
  return parsed.success ? parsed.data : null;
}

/** Write the cache (keys sorted, so the same citations give the same file), atomically. */
export async function writeCiteCache(file: string, entries: ReadonlyMap<string, SourceCitations>): Promise<void> {
  const data: CiteCacheFile = { version: CITATION_VERSION, entries: Object.fromEntries([...entries.keys()].sort().map((key) => [key, entries.get(key)!])) };
  await writeAtomic(file, JSON.stringify(data));
}

let cached: Promise<Map<string, unknown>> | null = null;

/**
 * A source's citations for the source page: the build's, from the content folder's cache, when it holds them for
 * this source, site and base path; else formatted here (cite.ts `citeSource`), which gives the same.
 */
export async function loadCitations(source: Source, site: URL | string | undefined, base: string = basePath()): Promise<SourceCitations> {
  cached ??= readCiteCache(contentPath(CITE_CACHE_FILE));
  const hit = (await cached).get(citeCacheKey(source, site, base));
  return (hit === undefined ? null : validCitations(hit)) ?? citeSource(source, site, base);
}
