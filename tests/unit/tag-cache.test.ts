/**
 * The build's tag stage (scripts/tags.ts): part-of-speech hints computed in
 * worker threads before Astro runs and kept in <content>/.tag-cache.json.
 * The knowledge built from them must be exactly the knowledge built without.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precomputeTags } from '../../scripts/tags.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { forgetTags, TAGGING_VERSION, tagSource, usePrecomputedTags } from '../../src/lib/knowledge/blocks.ts';
import { readTagCache, TAG_CACHE_FILE, tagCacheVersion, textKey } from '../../src/lib/knowledge/tag-cache.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import { extractFigures, usePrecomputedFigures } from '../../src/lib/knowledge/figures.ts';
import { FIGURE_CACHE_FILE, figureCacheVersion, figureKey, readFigureCache } from '../../src/lib/knowledge/figure-cache.ts';
import type { Source } from '../../src/schemas/source.ts';

let dir = '';
let content = '';
let sources: Source[] = [];
const version = tagCacheVersion(TAGGING_VERSION);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-tags-'));
  content = path.join(dir, 'content');
  // Enough articles for more than one worker thread.
  const corpus = generateCorpus(80, 5);
  for (const f of corpus.files) await writeFile(path.join(dir, f.name), f.data);
  await ingest({ seedsDir: dir, outDir: content });
  sources = await loadSources(path.join(content, 'sources'));
}, 120_000);
afterAll(async () => {
  forgetTags();
  await rm(dir, { recursive: true, force: true });
});

describe('the tag stage', () => {
  it('tags every paragraph on several threads, with the tags the site would compute itself', async () => {
    const result = await precomputeTags(content, { workers: 2 });
    expect(result).toMatchObject({ sources: sources.length, reused: 0, workers: 2 });
    const cached = await readTagCache(path.join(content, TAG_CACHE_FILE), version);
    for (const source of sources) {
      for (const [key, bits] of tagSource(source)) expect(cached.get(key), source.slug).toEqual(bits);
    }
  });

  it('gives the same knowledge as tagging in process, and is what the knowledge layer reads', async () => {
    const cached = await readTagCache(path.join(content, TAG_CACHE_FILE), version);
    forgetTags();
    const without = buildKnowledge(sources, []);
    forgetTags();
    usePrecomputedTags(cached);
    const withTags = buildKnowledge(sources, []);
    expect(withTags).toEqual(without);
    // Tags that say nothing (every bit clear) change what is found: the cached tags are the ones used.
    forgetTags();
    usePrecomputedTags(new Map([...cached].map(([key, bits]) => [key, new Uint8Array(bits.length)])));
    const names = (k: ReturnType<typeof buildKnowledge>) => k.entities.map((e) => `${e.type}:${e.name}`).sort();
    expect(names(buildKnowledge(sources, []))).not.toEqual(names(without));
    forgetTags();
  });

  it('reuses what it has, and keeps only the texts of the current sources', async () => {
    const again = await precomputeTags(content);
    expect(again).toMatchObject({ reused: sources.length, workers: 0 });
    // One article removed: its texts leave the file.
    const gone = sources.find((s) => s.paragraphs.some((p) => !sources.some((o) => o !== s && o.paragraphs.some((q) => q.text === p.text))))!;
    const only = gone.paragraphs.find((p) => !sources.some((o) => o !== gone && o.paragraphs.some((q) => q.text === p.text)))!;
    await rm(path.join(content, 'sources', `${gone.slug}.mdx`));
    await precomputeTags(content);
    const cached = await readTagCache(path.join(content, TAG_CACHE_FILE), version);
    expect(cached.has(textKey(only.text))).toBe(false);
    expect(cached.size).toBeGreaterThan(0);
  });

  it('ignores a cache from another version of the tagger, or a damaged one', async () => {
    const file = path.join(content, TAG_CACHE_FILE);
    expect((await readTagCache(file, `${version} (other)`)).size).toBe(0);
    await writeFile(file, '{"version": ');
    expect((await readTagCache(file, version)).size).toBe(0);
    const redone = await precomputeTags(content);
    expect(redone.reused).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(version);
  });
});

describe('the figures the tag stage finds', () => {
  const figureFile = () => path.join(content, FIGURE_CACHE_FILE);
  const originals = () => sources.filter((s) => !s.duplicateOf);
  // The tests above removed an article.
  beforeAll(async () => {
    sources = await loadSources(path.join(content, 'sources'));
  });

  it('are the figures the knowledge layer would find itself, for every article but copies', async () => {
    await rm(figureFile(), { force: true });
    const result = await precomputeTags(content, { workers: 2 });
    expect(result.workers).toBe(2);
    const cached = await readFigureCache(figureFile(), figureCacheVersion([]));
    expect(cached.size).toBe(originals().length);
    usePrecomputedFigures(new Map());
    for (const source of originals()) expect(cached.get(figureKey(source)), source.slug).toEqual(extractFigures(source));
  });

  it('give the same knowledge as finding them in process, and are what the knowledge layer reads', async () => {
    const cached = await readFigureCache(figureFile(), figureCacheVersion([]));
    usePrecomputedFigures(new Map());
    const without = buildKnowledge(sources, []);
    usePrecomputedFigures(cached);
    expect(buildKnowledge(sources, [])).toEqual(without);
    // A figure marked in the file shows in the knowledge: the kept figures are the ones used.
    const marked = new Map([...cached].map(([key, list]) => [key, list.map((f) => ({ ...f, of: 'marked by the test' }))]));
    usePrecomputedFigures(marked);
    expect(buildKnowledge(sources, []).figures.every((f) => f.of === 'marked by the test')).toBe(true);
    usePrecomputedFigures(new Map());
  });

  it('are found again only for an article that changed, and not read under other packs', async () => {
    await precomputeTags(content);
    const before = await readFigureCache(figureFile(), figureCacheVersion([]));
    const edited = originals()[0]!;
    const mdx = path.join(content, 'sources', `${edited.slug}.mdx`);
    const text = await readFile(mdx, 'utf8');
    const last = edited.paragraphs.at(-1)!;
    await writeFile(mdx, text.replace(last.text, `${last.text} The fund holds $12 million.`));
    const again = await precomputeTags(content);
    expect(again).toMatchObject({ reused: sources.length - 1, workers: 1 });
    const after = await readFigureCache(figureFile(), figureCacheVersion([]));
    expect(after.size).toBe(before.size);
    expect(before.has(figureKey(edited))).toBe(true);
    expect(after.has(figureKey(edited))).toBe(false);
    const [changed] = (await loadSources(path.join(content, 'sources'))).filter((s) => s.slug === edited.slug);
    expect(after.get(figureKey(changed!))!.some((f) => f.text.includes('$12 million'))).toBe(true);
    await writeFile(mdx, text);
    expect((await readFigureCache(figureFile(), figureCacheVersion(['minerals']))).size).toBe(0);
  });
});
