/**
 * The part-of-speech hints `compromise` gives each paragraph (blocks.ts) are
 * the most expensive step of the knowledge layer. The build computes them
 * before Astro runs, on every core (scripts/tags.ts), and keeps them in
 * `<content>/.tag-cache.json`, keyed by a hash of the paragraph's text;
 * `loadKnowledge()` reads the file and tags in-process only what it lacks.
 * The file is an accelerator: without it (or with a stale one) the site
 * computes the same tags itself.
 */
import { createHash } from 'node:crypto';
import { readCacheEntries, writeCacheEntries } from '../cache-file.ts';
import nlp from 'compromise';

export const TAG_CACHE_FILE = '.tag-cache.json';

/** Changes when compromise or the way tags are computed changes (blocks.ts `TAGGING_VERSION`). */
export function tagCacheVersion(taggingVersion: number): string {
  return `compromise ${(nlp as unknown as { version: string }).version}; tagging ${taggingVersion}`;
}

/** The key of a text: a hash, so the file does not repeat the corpus. */
export function textKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}

/** The cached tags in `file` for `version` (text key → the tag bits of its tokens, base64 in the file); empty when the file is missing, unreadable or from another version. */
export async function readTagCache(file: string, version: string): Promise<Map<string, Uint8Array>> {
  return new Map(Object.entries(await readCacheEntries<string>(file, version, 'tags')).map(([key, bits]) => [key, new Uint8Array(Buffer.from(bits, 'base64'))]));
}

/** Write the cache (keys sorted, so the same tags give the same file), atomically. */
export function writeTagCache(file: string, version: string, tags: ReadonlyMap<string, Uint8Array>): Promise<void> {
  return writeCacheEntries(file, version, 'tags', new Map([...tags].map(([key, bits]) => [key, Buffer.from(bits).toString('base64')])));
}
