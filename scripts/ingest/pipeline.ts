/**
 * The ingest, as a list of steps: discover → (per file, unless the cache has
 * it) decode → extract → clean → segment → metadata → (across files) slugs,
 * copies, corpus evidence (boilerplate lines, the corpus's own vocabulary) → emit → report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceFrontmatter, type Change, type Slug } from '../../src/schemas/source.ts';
import { IngestReport } from '../../src/schemas/ingest-report.ts';
import { ruleCatalog } from './rules/catalog.ts';
import { discover, type Discovered } from './discover.ts';
import { openStage, publishStage, recover } from './publish.ts';
import { createHash } from 'node:crypto';
import { emit, writeAtomic, type Emittable } from './emit.ts';
import { findCopies } from './copies.ts';
import { applyCorpusEvidence } from './corpus.ts';
import { IngestCache } from './cache.ts';
import { failure, FORMATS, Rejection } from './types.ts';
import type { Article } from './one.ts';
import { Sandbox, TIME_LIMIT_MS } from './sandbox.ts';
import { availableParallelism } from 'node:os';

/** At most this many files are processed at once (one worker each), and a worker is started for each this many files. */
const MAX_LANES = 4;
const FILES_PER_LANE = 16;

export type IngestOptions = {
  /** Folder of article files. */
  seedsDir: string;
  /** Folder that receives sources/, raw/ and ingest-report.json. */
  outDir: string;
  /** Called after each file, for progress lines. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Reuse per-file results for unchanged inputs (outDir/.ingest-cache.json); default true. */
  cache?: boolean;
  /** Longest any one file may take in the per-file stages, in ms, before it is rejected; default TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /**
   * Write into a stage and swap it in (default true). The dev server passes false: its file watcher
   * follows the content folder's directories, which a swap replaces; there a half-written run only
   * shows until the next reload.
   */
  atomic?: boolean;
  /** At most this many files at once, each in its own worker (default: one per core, up to MAX_LANES). */
  workers?: number;
};


/** Ingest every article in `seedsDir` into `outDir`. Returns the report (also written as outDir/ingest-report.json). */
export async function ingest(options: IngestOptions): Promise<IngestReport & { written: string[]; removed: string[]; reused: number; processed: number; corpusReused: boolean; workers: number }> {
  const found = await discover(options.seedsDir);
  if (options.atomic === false) {
    await recover(options.outDir);
    return ingestInto(found, options.outDir, options);
  }
  // Everything is written into a stage beside outDir and swapped in at the end (see publish.ts).
  const stage = await openStage(options.outDir);
  const result = await ingestInto(found, stage, options);
  await publishStage(options.outDir);
  const shown = (file: string) => path.join(options.outDir, path.relative(stage, file));
  return { ...result, written: result.written.map((f) => (path.isAbsolute(f) ? shown(f) : f)), removed: result.removed.map(shown) };
}

async function ingestInto(found: Discovered, outDir: string, options: IngestOptions): Promise<IngestReport & { written: string[]; removed: string[]; reused: number; processed: number; corpusReused: boolean; workers: number }> {
  const published = await publishedSlugs(outDir);
  const cache = await IngestCache.open<Article>(outDir, options.cache ?? true);
  const rejected = [...found.rejected];
  // The per-file stages run in workers that are stopped when a file takes too long (a parser's worst case on a
  // crafted input), so no one file can hang or stall the ingest; several at once on a large corpus (a worker starts
  // only when a file is not in the cache). Results are kept in the order of the inputs, whatever order they finish in.
  const lanes = Math.max(1, Math.min(options.workers ?? availableParallelism(), MAX_LANES, Math.floor(found.inputs.length / FILES_PER_LANE)));
  const sandboxes = Array.from({ length: lanes }, () => new Sandbox(options.timeLimitMs ?? TIME_LIMIT_MS));
  const results: Array<{ article: Article } | { rejected: { file: string; reason: string } }> = [];
  let nextInput = 0;
  let done = 0;
  const working = new Set<Sandbox>();
  const lane = async (sandbox: Sandbox) => {
    for (let i = nextInput++; i < found.inputs.length; i = nextInput++) {
      const input = found.inputs[i]!;
      try {
        if (input.sidecar && 'error' in input.sidecar) throw new Rejection(input.sidecar.error);
        const sidecar = input.sidecar?.path ?? null;
        const inputs = sidecar ? [input.path, sidecar] : [input.path];
        const run = () => {
          working.add(sandbox);
          return sandbox.run({ file: input.file, path: input.path, format: FORMATS[input.ext as keyof typeof FORMATS], sidecar });
        };
        results[i] = { article: await cache.through(input.file, inputs, run) };
      } catch (error) {
        // Whatever goes wrong with one file is that file's rejection, never the end of the ingest.
        results[i] = { rejected: { file: input.file, reason: error instanceof Rejection ? error.message : failure(error) } };
      }
      options.onProgress?.(++done, found.inputs.length, input.file);
    }
  };
  try {
    await Promise.all(sandboxes.map(lane));
  } finally {
    await Promise.all(sandboxes.map((s) => s.close()));
  }
  const articles: Article[] = [];
  for (const r of results) {
    if ('article' in r) articles.push(r.article);
    else rejected.push(r.rejected);
  }
  // Evidence across the corpus comes after copies are linked (a copy is no evidence of boilerplate). Kept without the
  // raw text (each article's own, unchanged by these steps) and reused when no input changed: the steps read the
  // articles, the order copies are looked for in (published files first) and each file's published slug.
  const rawOf = new Map(articles.map((a) => [a.file, a.raw]));
  const slugsIn = Object.fromEntries(articles.map((a) => [a.file, published.get(a.file) ?? null]));
  const across = cache.corpus(
    [articles, copyOrder(articles.map((a) => a.file), published)],
    slugsIn,
    (result) => Object.fromEntries(result.map((s) => [s.frontmatter.file, s.frontmatter.slug as string])),
    () => applyCorpusEvidence(linkCopies(settleSlugs(articles, published), new Map(articles.map((a) => [a.file, a.fingerprint])), published)).map(({ raw: _raw, ...rest }) => rest),
  );
  const sources: Emittable[] = across.map((s) => ({ ...s, raw: rawOf.get(s.frontmatter.file)! }));
  const { written, removed } = await emit(sources, outDir, cache.emitted);
  const report = IngestReport.parse({
    accepted: sources.map((s) => ({ file: s.frontmatter.file, slug: s.frontmatter.slug, changes: s.frontmatter.changes.length })),
    rejected: rejected.sort((a, b) => a.file.localeCompare(b.file)),
    ignored: found.ignored,
    rules: ruleCatalog(),
  });
  if (await writeAtomic(path.join(outDir, 'ingest-report.json'), `${JSON.stringify(report, null, 2)}\n`)) written.push('ingest-report.json');
  await cache.save();
  return { ...report, written, removed, ...cache.stats, workers: working.size };
}

/** Slugs published by the last ingest into `outDir`, by file (from its ingest-report.json): they never move. */
async function publishedSlugs(outDir: string): Promise<Map<string, string>> {
  try {
    const report = IngestReport.parse(JSON.parse(await readFile(path.join(outDir, 'ingest-report.json'), 'utf8')));
    return new Map(report.accepted.map((a) => [a.file, a.slug]));
  } catch {
    return new Map();
  }
}

/** The order copies are looked for in: files published before first (a published source stays the original), then by name. */
const copyKey = (file: string, published: ReadonlyMap<string, string>) => `${published.has(file) ? 0 : 1}${file}`;
function copyOrder(files: readonly string[], published: ReadonlyMap<string, string>): string[] {
  return files.map((f) => copyKey(f, published)).sort().map((k) => k.slice(1));
}

/**
 * Mark exact and near copies as duplicates of their original: the earliest by date, else one already
 * published before one that is new (a copy added later never demotes it), else by file name.
 */
function linkCopies(sources: Emittable[], fingerprints: ReadonlyMap<string, string[]>, published: ReadonlyMap<string, string>): Emittable[] {
  const key = (file: string) => copyKey(file, published);
  const copyOf = findCopies(sources.map((s) => ({ key: key(s.frontmatter.file), paragraphs: s.paragraphs, date: s.frontmatter.date.value, shingles: fingerprints.get(s.frontmatter.file) })));
  const slugOf = new Map(sources.map((s) => [key(s.frontmatter.file), s.frontmatter.slug]));
  return sources.map((s) => {
    const original = copyOf.get(key(s.frontmatter.file));
    return { ...s, frontmatter: { ...s.frontmatter, duplicateOf: original === undefined ? null : slugOf.get(original)! } };
  });
}

/**
 * Readable slugs, unique across the corpus, that never move. In order: a source keeps the slug
 * it was last published under (while that slug still comes from its title or sidecar); a sidecar's
 * slug is granted if free; a title's slug goes to the first file (by name) that wants it. Any other
 * claimant gets the slug plus a suffix from a hash of its own file name, lengthened if even that is
 * taken. So adding, removing or copying another file never renames a published source.
 */
function settleSlugs(articles: readonly Article[], published: ReadonlyMap<string, string>): Emittable[] {
  const taken = new Set<string>();
  const chosen = new Map<string, string>();
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const claim = (a: Article, slug: string) => {
    taken.add(slug);
    chosen.set(a.file, slug);
  };
  for (const a of sorted) {
    const last = published.get(a.file);
    if (last !== undefined && (last === a.slugBase || last.startsWith(`${a.slugBase}-`)) && !taken.has(last)) claim(a, last);
  }
  for (const pass of [true, false]) {
    for (const a of sorted) if (!chosen.has(a.file) && a.slugFromSidecar === pass && !taken.has(a.slugBase)) claim(a, a.slugBase);
  }
  for (const a of sorted) {
    if (chosen.has(a.file)) continue;
    const hash = createHash('sha256').update(a.file).digest('hex');
    let length = 6;
    while (taken.has(`${a.slugBase}-${hash.slice(0, length)}`)) length += 2;
    claim(a, `${a.slugBase}-${hash.slice(0, length)}`);
  }
  // Logged on every run the suffix stands, so a re-ingest writes the same bytes.
  const note = (a: { file: string; slugBase: string }): Change[] => (chosen.get(a.file) === a.slugBase ? [] : [{ rule: 'slug-taken', before: a.slugBase, after: chosen.get(a.file)! }]);
  return articles.map(({ slugBase, slugFromSidecar: _s, paragraphs, raw, fingerprint: _, ...meta }) => ({
    frontmatter: SourceFrontmatter.parse({
      ...meta,
      changes: [...meta.changes, ...note({ file: meta.file, slugBase })],
      slug: chosen.get(meta.file)! as Slug,
      duplicateOf: null,
    }),
    paragraphs,
    raw,
  }));
}
