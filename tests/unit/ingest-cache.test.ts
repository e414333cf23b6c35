/**
 * The ingest's content-hash cache: unchanged inputs are not re-ingested, a changed article or
 * sidecar is, and the output is byte for byte what an ingest without the cache writes.
 */
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { CACHE_FILE } from '../../scripts/ingest/cache.ts';
import { findCopies, fingerprint, COPY_SHARE, type Comparable } from '../../scripts/ingest/copies.ts';
import { generateCorpus } from '../../scripts/bench/generate.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let seeds: string;
let out: string;

/** Everything the ingest writes except the cache itself. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const sub of ['sources', 'raw']) {
    for (const name of (await readdir(path.join(folder, sub)).catch(() => [] as string[])).sort()) files[`${sub}/${name}`] = await readFile(path.join(folder, sub, name), 'utf8');
  }
  files['ingest-report.json'] = await readFile(path.join(folder, 'ingest-report.json'), 'utf8');
  return files;
}

const slugOf = async (file: string) => (await ingest({ seedsDir: seeds, outDir: out })).accepted.find((a) => a.file === file)!.slug;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-cache-'));
  seeds = path.join(dir, 'seeds');
  out = path.join(dir, 'content');
  await cp(path.join(root, 'seeds'), seeds, { recursive: true });
  // A few messy fixtures too: web page, Markdown with front matter, clutter.
  for (const name of await readdir(path.join(root, 'tests/fixtures/corpus'))) await cp(path.join(root, 'tests/fixtures/corpus', name), path.join(seeds, name));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('ingest cache', () => {
  it('re-ingests nothing when nothing changed, and writes the same bytes', async () => {
    const first = await ingest({ seedsDir: seeds, outDir: out });
    expect(first.processed).toBe(first.accepted.length + first.rejected.length);
    expect(first.reused).toBe(0);
    const before = await snapshot(out);
    const second = await ingest({ seedsDir: seeds, outDir: out });
    expect(second.reused).toBe(first.processed);
    expect(second.processed).toBe(0);
    expect(second.written).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
  });

  it('gives the same output as an ingest without the cache', async () => {
    await ingest({ seedsDir: seeds, outDir: out });
    await ingest({ seedsDir: seeds, outDir: out }); // from the cache
    const uncached = path.join(dir, 'uncached');
    const run = await ingest({ seedsDir: seeds, outDir: uncached, cache: false });
    expect(run.reused).toBe(0);
    expect(await snapshot(out)).toEqual(await snapshot(uncached));
    await expect(readFile(path.join(uncached, CACHE_FILE))).rejects.toThrow();
  });

  it('re-ingests a changed article and only that one', async () => {
    const first = await ingest({ seedsDir: seeds, outDir: out });
    const total = first.processed;
    const file = '000_87b10f4467543cc7.txt';
    const slug = first.accepted.find((a) => a.file === file)!.slug;
    await appendFile(path.join(seeds, file), '\nThe ministry said on Friday that a review of the proposals would take another month.\n');
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(1);
    expect(run.reused).toBe(total - 1);
    expect(run.written.map((f) => path.relative(out, f)).sort()).toEqual([`raw/${slug}.txt`, `sources/${slug}.mdx`]);
    expect(await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8')).toContain('a review of the proposals would take another month');
  });

  it('uses the cached result for an unchanged file (the stages do not run)', async () => {
    await ingest({ seedsDir: seeds, outDir: out });
    // Tamper with the cached title of one unchanged article: if the output shows it, decode → metadata did not run.
    const cacheFile = path.join(out, CACHE_FILE);
    const cache = JSON.parse(await readFile(cacheFile, 'utf8'));
    cache.entries['002_63c00f03cbfa2f43.txt'].article.title = 'A title only the cache knows';
    await writeFile(cacheFile, JSON.stringify(cache));
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(0);
    const slug = run.accepted.find((a) => a.file === '002_63c00f03cbfa2f43.txt')!.slug;
    expect(await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8')).toContain('title: A title only the cache knows');
  });

  it('re-ingests an article whose sidecar changed, appeared or went away', async () => {
    const file = '001_4f9bc7997759fc66.txt';
    const slug = await slugOf(file);
    const sidecar = path.join(seeds, `${file}.meta.yaml`);
    await writeFile(sidecar, 'publisher: Another Paper\n');
    let run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(1);
    expect(await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8')).toMatch(/publisher:\n {2}value: Another Paper\n {2}from: sidecar/);
    await rm(sidecar);
    run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(1);
    expect(await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8')).not.toContain('Another Paper');
    // A sidecar where there was none.
    await writeFile(path.join(seeds, '000_87b10f4467543cc7.txt.meta.yaml'), 'publisher: Brand New\n');
    run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(1);
  });

  it('remembers rejections, and re-checks them when the input changes', async () => {
    await writeFile(path.join(seeds, 'empty.txt'), '');
    const first = await ingest({ seedsDir: seeds, outDir: out });
    expect(first.rejected).toEqual([{ file: 'empty.txt', reason: 'empty file' }]);
    const second = await ingest({ seedsDir: seeds, outDir: out });
    expect(second.processed).toBe(0);
    expect(second.rejected).toEqual(first.rejected);
    await writeFile(path.join(seeds, 'empty.txt'), 'KARACHI: Now there is an article here, with enough words to be one.\n');
    const third = await ingest({ seedsDir: seeds, outDir: out });
    expect(third.processed).toBe(1);
    expect(third.rejected).toEqual([]);
  });

  it('ignores a damaged cache or one written by another version of the ingest', async () => {
    const first = await ingest({ seedsDir: seeds, outDir: out });
    const before = await snapshot(out);
    const cacheFile = path.join(out, CACHE_FILE);
    const cache = JSON.parse(await readFile(cacheFile, 'utf8'));
    await writeFile(cacheFile, JSON.stringify({ ...cache, version: 'an older ingest' }));
    expect((await ingest({ seedsDir: seeds, outDir: out })).processed).toBe(first.processed);
    await writeFile(cacheFile, '{"format": 1, "version": tru');
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(first.processed);
    expect(await snapshot(out)).toEqual(before);
    // A cache written by a killed run leaves no temporary file behind.
    await writeFile(path.join(out, `${CACHE_FILE}.999.tmp`), 'half');
    await ingest({ seedsDir: seeds, outDir: out });
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('rewrites a generated file that was edited by hand even when its article is unchanged', async () => {
    const file = '000_87b10f4467543cc7.txt';
    const slug = await slugOf(file);
    const mdx = path.join(out, 'sources', `${slug}.mdx`);
    const good = await readFile(mdx, 'utf8');
    await writeFile(mdx, good.replace('Aurangzeb', 'Someone Else'));
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.processed).toBe(0);
    expect(run.written).toEqual([mdx]);
    expect(await readFile(mdx, 'utf8')).toBe(good);
  });
});

/** The copy finder as it was before candidate pairs were narrowed down: every pair sharing a 5-gram is compared. */
function findCopiesReference(articles: readonly Comparable[]): Map<string, string> {
  const sets = articles.map((a) => new Set(fingerprint(a.paragraphs)));
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => set.forEach((s) => (index.get(s) ?? index.set(s, []).get(s)!).push(i)));
  const order = (i: number, j: number) => {
    const a = articles[i]!;
    const b = articles[j]!;
    if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
    return a.key < b.key ? -1 : 1;
  };
  const copyOf = new Map<string, string>();
  sets.forEach((set, i) => {
    if (set.size < 3) return;
    const shared = new Map<number, number>();
    for (const s of set) for (const j of index.get(s)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    const originals = [...shared].filter(([j, n]) => n / Math.min(set.size, sets[j]!.size) >= COPY_SHARE && order(j, i) < 0).map(([j]) => j).sort(order);
    if (originals.length > 0) copyOf.set(articles[i]!.key, articles[originals[0]!]!.key);
  });
  for (const [copy, original] of copyOf) {
    let r = original;
    while (copyOf.has(r)) r = copyOf.get(r)!;
    copyOf.set(copy, r);
  }
  return copyOf;
}

describe('copies at scale', () => {
  it('finds exactly the copies that comparing every pair finds', () => {
    const { articles } = generateCorpus(600, 2);
    const comparable: Comparable[] = articles.map((a) => ({ key: a.file, paragraphs: a.paragraphs, date: null }));
    // Near copies too: an article with one paragraph dropped, and one made mostly of stock phrases.
    const stock = 'The agreement covers copper, gold and zinc, with a processing plant planned near Quetta.';
    comparable.push({ key: 'zz-near-copy', paragraphs: articles[5]!.paragraphs.slice(1), date: null });
    for (let i = 0; i < 70; i++) comparable.push({ key: `zz-stock-${i}`, paragraphs: [stock, stock.replace('Quetta', `Quetta ${i}`), `${stock} Officials said ${i}.`], date: null });
    const fast = findCopies(comparable);
    expect(fast).toEqual(findCopiesReference(comparable));
    expect(fast.get('zz-near-copy')).toBe(articles[5]!.file);
    expect(fast.get('zz-stock-1')).toBe('zz-stock-0'); // found through the boilerplate path
    expect(articles.filter((a) => a.copyOf !== null).every((a) => fast.has(a.file))).toBe(true);
  });

  it('accepts fingerprints computed beforehand (as the cache keeps them)', () => {
    const { articles } = generateCorpus(200, 9);
    const plain = articles.map((a) => ({ key: a.file, paragraphs: a.paragraphs, date: null }));
    const withPrints = plain.map((a) => ({ ...a, shingles: fingerprint(a.paragraphs) }));
    expect(findCopies(withPrints)).toEqual(findCopies(plain));
  });

  it('reuses the steps across files only when no input changed, and then writes what they would', async () => {
    const big = path.join(dir, 'big');
    await mkdir(big);
    // Generated articles share outlets' clutter and syndicated copies: the steps across files change what each one publishes.
    for (const f of generateCorpus(30, 7).files) await writeFile(path.join(big, f.name), f.data);
    await ingest({ seedsDir: big, outDir: out });
    const second = await ingest({ seedsDir: big, outDir: out });
    const third = await ingest({ seedsDir: big, outDir: out });
    // The second run is the first to read the slugs the first one published.
    expect(third.corpusReused).toBe(true);
    expect(third.written).toEqual([]);
    expect(second.accepted).toEqual(third.accepted);
    const fresh = async () => {
      const other = path.join(dir, `fresh-${Math.random().toString(36).slice(2)}`);
      await ingest({ seedsDir: big, outDir: other, cache: false });
      return snapshot(other);
    };
    expect(await snapshot(out)).toEqual(await fresh());
    // One article changed, one removed: everything across files is worked out again.
    const names = (await readdir(big)).filter((n) => !n.includes('.meta.')).sort();
    await appendFile(path.join(big, names[3]!), '\n\nOfficials said the review would take six weeks.\n');
    await rm(path.join(big, names[5]!));
    const changed = await ingest({ seedsDir: big, outDir: out });
    expect(changed.corpusReused).toBe(false);
    expect(await snapshot(out)).toEqual(await fresh());
  }, 120_000);
});
