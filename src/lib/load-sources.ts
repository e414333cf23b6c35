/**
 * Reads every generated `content/sources/*.mdx` into validated Source data.
 * Used by the content collection; no MDX is compiled or evaluated.
 *
 * Parsing the MDX is most of the cost (about 2 ms a file), and a build reads the
 * sources in five places (tag, knowledge and cite stages, Astro's content loader and
 * its pages). The build's tag stage therefore keeps what it parsed in
 * `<content>/.source-cache.json` (`updateCache`), keyed by a hash of each file's
 * text; every later reader takes a file's entry when the hash matches and the
 * entry passes the Source schema (cheap), and parses the file otherwise. The file
 * is an accelerator: without it, or with a stale one, the same data is parsed again.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { mdxToSource } from './source-mdx.ts';
import { Source } from '../schemas/source.ts';
import { contentPath } from './paths.ts';
import { readCacheEntries, writeCacheEntries } from './cache-file.ts';

export const SOURCE_CACHE_FILE = '.source-cache.json';
/** Changes when `mdxToSource` reads a file differently (the schema's own changes are in the cache version already). */
const PARSE_VERSION = 1;

/** A file's entry: the hash of its text and the source parsed from it. */
type SourceCacheEntry = { hash: string; source: unknown };

let version: string | undefined;
/** The cache's version: the parse version and the Source schema as JSON Schema, so a changed schema never reads old entries. */
function cacheVersion(): string {
  version ??= createHash('sha256')
    .update(`${PARSE_VERSION}\0${JSON.stringify(z.toJSONSchema(Source, { unrepresentable: 'any' }))}`)
    .digest('base64url')
    .slice(0, 32);
  return version;
}

/** The cache file of a sources folder: beside it, in the content folder. */
export function sourceCacheFile(dir: string): string {
  return path.join(path.dirname(dir), SOURCE_CACHE_FILE);
}

/**
 * Load all sources from `dir` (default: the content folder's sources/), sorted by slug. Throws naming the file on
 * invalid input. `updateCache`: write what was parsed to the cache file (the build's first reader does).
 */
export async function loadSources(dir: string = contentPath('sources'), options: { updateCache?: boolean } = {}): Promise<Source[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  } catch (error) {
    throw new Error(`Cannot read ${dir}: run \`npm run ingest\` first`, { cause: error });
  }
  const file = sourceCacheFile(dir);
  const cached = await readCacheEntries<SourceCacheEntry>(file, cacheVersion(), 'entries');
  const entries = new Map<string, SourceCacheEntry>();
  let parsed = 0;
  const sources = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      const hash = createHash('sha256').update(text).digest('base64url').slice(0, 32);
      const hit = cached[name]?.hash === hash ? Source.safeParse(cached[name]!.source) : null;
      const source = hit?.success ? hit.data : mdxToSource(text, path.join(dir, name));
      if (!hit?.success) parsed++;
      entries.set(name, { hash, source });
      return source;
    }),
  );
  // Only this folder's current files are kept: the file never grows with old versions of articles.
  if (options.updateCache && (parsed > 0 || Object.keys(cached).length !== names.length)) {
    // An accelerator only: a folder that cannot be written is read the slow way.
    await writeCacheEntries(file, cacheVersion(), 'entries', entries).catch(() => undefined);
  }
  return sources;
}
