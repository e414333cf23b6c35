/**
 * The build's cite stage (scripts/cite.ts) and the cache the source page reads
 * (src/lib/cite-cache.ts): the cached citations are exactly what the page
 * would format itself, for the site URL and base path of the build, and are
 * used only for that source, site and base path; a damaged entry is never used.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { citeSource } from '../../src/lib/cite.ts';
import { CITE_CACHE_FILE, citableSource, citeCacheKey, loadCitations, readCiteCache, validCitations, writeCiteCache } from '../../src/lib/cite-cache.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import type { Source } from '../../src/schemas/source.ts';
import { precomputeCitations } from '../../scripts/cite.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sources = await loadSources(path.join(root, 'content/sources'));
const SITE = 'https://sourcebook.test';
const BASE = '/sourcebook/';
const tmp = await mkdtemp(path.join(tmpdir(), 'sourcebook-cite-cache-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('the cache key', () => {
  it('covers everything the citations read: citing what the key is made of gives the same citations as citing the whole source', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const [site, base] of [[SITE, '/'], [SITE, BASE], [undefined, '/']] as const) {
      for (const source of sources) expect(citeSource(citableSource(source), site, base), source.slug).toEqual(citeSource(source, site, base));
    }
    // A republished copy and a cut headline are read too.
    const source = sources[0]!;
    const odd: Source = { ...source, titleTruncated: true, republished: { by: { value: 'Commons Daily', from: 'text' }, date: { value: '2025-03-02', from: 'text' } } };
    expect(citeSource(citableSource(odd), SITE, '/')).toEqual(citeSource(odd, SITE, '/'));
  });

  it('changes with the site URL, the base path and what is cited; not with what the citations never read', () => {
    const source = sources[0]!;
    const key = citeCacheKey(source, SITE, '/');
    expect(citeCacheKey(source, `${SITE}/`, '/')).toBe(key);
    expect(citeCacheKey(source, new URL(SITE), '')).toBe(key);
    expect(citeCacheKey(source, 'https://elsewhere.test', '/')).not.toBe(key);
    expect(citeCacheKey(source, undefined, '/')).not.toBe(key);
    expect(citeCacheKey(source, SITE, BASE)).not.toBe(key);
    expect(citeCacheKey({ ...source, title: `${source.title} (updated)` }, SITE, '/')).not.toBe(key);
    expect(citeCacheKey({ ...source, author: { value: 'Someone Else', from: 'sidecar' } }, SITE, '/')).not.toBe(key);
    expect(citeCacheKey({ ...source, paragraphs: source.paragraphs.slice(1) }, SITE, '/')).not.toBe(key);
    expect(citeCacheKey({ ...source, changes: [], embeds: [], wordCount: 1, dateline: { value: 'LAHORE', from: 'text' } }, SITE, '/')).toBe(key);
  });
});

describe('the cite stage', () => {
  it('writes every source’s citations for the site URL and base path, as the page would format them, and reuses them when nothing changed', async () => {
    const content = path.join(tmp, 'content');
    await cp(path.join(root, 'content/sources'), path.join(content, 'sources'), { recursive: true });
    const first = await precomputeCitations(content, SITE, BASE);
    expect(first).toMatchObject({ sources: sources.length, reused: 0 });
    const entries = await readCiteCache(path.join(content, CITE_CACHE_FILE));
    expect(entries.size).toBe(sources.length);
    for (const source of sources) {
      const cached = validCitations(entries.get(citeCacheKey(source, new URL(SITE), BASE)));
      expect(cached, source.slug).toEqual(citeSource(source, SITE, BASE));
      expect(cached!.source.permalink).toBe(`${SITE}${BASE}sources/${source.slug}/`);
      expect(cached!.source.localHref).toBe(`${BASE}sources/${source.slug}/`);
    }
    const bytes = await readFile(path.join(content, CITE_CACHE_FILE), 'utf8');
    expect(await precomputeCitations(content, SITE, BASE)).toMatchObject({ sources: sources.length, reused: sources.length });
    expect(await readFile(path.join(content, CITE_CACHE_FILE), 'utf8')).toBe(bytes);
    // Another site: none reused, and the file holds only that site's citations.
    expect(await precomputeCitations(content, undefined, '/')).toMatchObject({ reused: 0 });
    const other = await readCiteCache(path.join(content, CITE_CACHE_FILE));
    expect(other.size).toBe(sources.length);
    for (const source of sources) expect(other.has(citeCacheKey(source, SITE, BASE))).toBe(false);
  });
});

describe('the cite stage on several threads', () => {
  it('gives every source the citations the page would format itself', async () => {
    const seeds = path.join(tmp, 'generated');
    const content = path.join(tmp, 'generated-content');
    // Enough articles for more than one worker thread.
    const corpus = generateCorpus(60, 3);
    await mkdir(seeds, { recursive: true });
    for (const f of corpus.files) await writeFile(path.join(seeds, f.name), f.data);
    await ingest({ seedsDir: seeds, outDir: content });
    const generated = await loadSources(path.join(content, 'sources'));
    const result = await precomputeCitations(content, SITE, BASE, { workers: 2 });
    expect(result).toMatchObject({ sources: generated.length, reused: 0, workers: 2 });
    const entries = await readCiteCache(path.join(content, CITE_CACHE_FILE));
    for (const source of generated) expect(validCitations(entries.get(citeCacheKey(source, SITE, BASE))), source.slug).toEqual(citeSource(source, SITE, BASE));
  }, 240_000);
});

describe('the source page’s citations (loadCitations)', () => {
  it('come from the cache when it holds this source for this site and base path; otherwise, or when the entry is damaged, are formatted in process', async () => {
    const content = path.join(tmp, 'page-content');
    await mkdir(content, { recursive: true });
    const [a, b] = [sources[0]!, sources[1]!];
    const fromCache = structuredClone(citeSource(a, SITE, '/'));
    fromCache.facts.title = 'Marked as read from the cache';
    const damaged = { ...citeSource(b, SITE, '/'), paragraphTemplate: [{ id: 'apa', text: '<script>alert(1)</script>' }] };
    await writeCiteCache(path.join(content, CITE_CACHE_FILE), new Map([[citeCacheKey(a, SITE, '/'), fromCache]]));
    const file = JSON.parse(await readFile(path.join(content, CITE_CACHE_FILE), 'utf8'));
    file.entries[citeCacheKey(b, SITE, '/')] = damaged;
    await writeFile(path.join(content, CITE_CACHE_FILE), JSON.stringify(file));
    const before = process.env.SOURCEBOOK_CONTENT;
    process.env.SOURCEBOOK_CONTENT = content;
    onTestFinished(() => {
      if (before === undefined) delete process.env.SOURCEBOOK_CONTENT;
      else process.env.SOURCEBOOK_CONTENT = before;
    });
    expect((await loadCitations(a, new URL(SITE), '/')).facts.title).toBe('Marked as read from the cache');
    // Another base path or site: not that entry.
    expect(await loadCitations(a, new URL(SITE), BASE)).toEqual(citeSource(a, SITE, BASE));
    expect(await loadCitations(a, undefined, '/')).toEqual(citeSource(a, undefined, '/'));
    // The damaged entry fails validation and is not used.
    expect(await loadCitations(b, new URL(SITE), '/')).toEqual(citeSource(b, SITE, '/'));
  });
});
