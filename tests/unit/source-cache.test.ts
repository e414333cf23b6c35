/**
 * The parsed-source cache (src/lib/load-sources.ts): the build's tag stage keeps
 * the sources it parsed in <content>/.source-cache.json, and every later reader
 * (knowledge, cite, Astro) takes them from there instead of parsing the MDX again.
 * What a reader gets must be exactly what parsing gives, whatever the file holds.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources, SOURCE_CACHE_FILE, sourceCacheFile } from '../../src/lib/load-sources.ts';
import { mdxToSource } from '../../src/lib/source-mdx.ts';

const golden = path.join(import.meta.dirname, '..', '..', 'content', 'sources');
let dir = '';
let sourcesDir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-source-cache-'));
  sourcesDir = path.join(dir, 'sources');
  await cp(golden, sourcesDir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const parsedFromMdx = async () => {
  const { readdir } = await import('node:fs/promises');
  const names = (await readdir(sourcesDir)).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(names.map(async (n) => mdxToSource(await readFile(path.join(sourcesDir, n), 'utf8'), n)));
};

describe('the parsed-source cache', () => {
  it('is written only when asked, beside the sources folder, and gives exactly what parsing gives', async () => {
    const plain = await loadSources(sourcesDir);
    expect(existsSync(sourceCacheFile(sourcesDir))).toBe(false);
    expect(plain).toEqual(await parsedFromMdx());
    await loadSources(sourcesDir, { updateCache: true });
    expect(sourceCacheFile(sourcesDir)).toBe(path.join(dir, SOURCE_CACHE_FILE));
    expect(await loadSources(sourcesDir)).toEqual(plain);
  });

  it('is what a later reader takes: an entry whose file did not change is read from the cache', async () => {
    await loadSources(sourcesDir, { updateCache: true });
    const file = sourceCacheFile(sourcesDir);
    const data = JSON.parse(await readFile(file, 'utf8'));
    const [name] = Object.keys(data.entries);
    data.entries[name!].source.title = 'Marked by the test';
    await writeFile(file, JSON.stringify(data));
    const read = await loadSources(sourcesDir);
    expect(read.find((s) => `${s.slug}.mdx` === name)!.title).toBe('Marked by the test');
  });

  it('is never used for a file that changed, an entry that fails the schema, another version or a damaged file', async () => {
    await loadSources(sourcesDir, { updateCache: true });
    const file = sourceCacheFile(sourcesDir);
    const data = JSON.parse(await readFile(file, 'utf8'));
    const [first, second] = Object.keys(data.entries);
    // The first file is edited after the cache was written; the second's entry is no longer a Source.
    const mdx = path.join(sourcesDir, first!);
    const text = await readFile(mdx, 'utf8');
    await writeFile(mdx, text.replace(/^title: .*$/m, 'title: Edited by hand'));
    data.entries[second!].source = { slug: 42 };
    await writeFile(file, JSON.stringify(data));
    const fresh = await parsedFromMdx();
    expect(fresh.some((s) => s.title === 'Edited by hand')).toBe(true);
    expect(await loadSources(sourcesDir)).toEqual(fresh);
    await writeFile(file, JSON.stringify({ ...data, version: 'another' }));
    expect(await loadSources(sourcesDir)).toEqual(fresh);
    await writeFile(file, '{"version": ');
    expect(await loadSources(sourcesDir)).toEqual(fresh);
    // The build's reader mends it.
    await loadSources(sourcesDir, { updateCache: true });
    expect(JSON.parse(await readFile(file, 'utf8')).entries[first!].source.title).toBe('Edited by hand');
  });

  it('forgets a file that was removed', async () => {
    await loadSources(sourcesDir, { updateCache: true });
    const file = sourceCacheFile(sourcesDir);
    const [first] = Object.keys(JSON.parse(await readFile(file, 'utf8')).entries);
    await rm(path.join(sourcesDir, first!));
    const read = await loadSources(sourcesDir, { updateCache: true });
    expect(read.map((s) => `${s.slug}.mdx`)).not.toContain(first);
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).entries)).not.toContain(first);
  });
});
