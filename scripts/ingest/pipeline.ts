/**
 * The ingest, as a list of steps: discover → (per file, unless the cache has
 * it) decode → extract → clean → segment → metadata → (across files) slugs,
 * copies → emit → report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceFrontmatter, type Slug } from '../../src/schemas/source.ts';
import { IngestReport } from '../../src/schemas/ingest-report.ts';
import { discover } from './discover.ts';
import { decode } from './decode.ts';
import { extract, FORMATS } from './extract.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { readSidecar, sidecarName } from './sidecar.ts';
import { metadata, sha256, type Metadata } from './metadata.ts';
import { emit, writeAtomic, type Emittable } from './emit.ts';
import { findCopies, fingerprint } from './copies.ts';
import { IngestCache } from './cache.ts';
import { Rejection } from './types.ts';

export type IngestOptions = {
  /** Folder of article files. */
  seedsDir: string;
  /** Folder that receives sources/, raw/ and ingest-report.json. */
  outDir: string;
  /** Called after each file, for progress lines. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Reuse per-file results for unchanged inputs (outDir/.ingest-cache.json); default true. */
  cache?: boolean;
};

/** One article after the per-file stages; `fingerprint` is what copies are found by (kept with it in the cache). */
type Article = Metadata & { paragraphs: string[]; raw: string; fingerprint: string[] };

/** Ingest every article in `seedsDir` into `outDir`. Returns the report (also written as outDir/ingest-report.json). */
export async function ingest(options: IngestOptions): Promise<IngestReport & { written: string[]; removed: string[]; reused: number; processed: number }> {
  const found = await discover(options.seedsDir);
  const cache = await IngestCache.open<Article>(options.outDir, options.cache ?? true);
  const rejected = [...found.rejected];
  const articles: Article[] = [];
  let done = 0;
  for (const input of found.inputs) {
    try {
      const inputs = [input.path, path.join(options.seedsDir, sidecarName(input.file))];
      articles.push(await cache.through(input.file, inputs, () => ingestOne(input.file, input.path, FORMATS[input.ext as keyof typeof FORMATS], options.seedsDir)));
    } catch (error) {
      if (!(error instanceof Rejection)) throw new Error(`${input.file}: ${(error as Error).message}`, { cause: error });
      rejected.push({ file: input.file, reason: error.message });
    }
    options.onProgress?.(++done, found.inputs.length, input.file);
  }
  const sources = linkCopies(settleSlugs(articles), new Map(articles.map((a) => [a.file, a.fingerprint])));
  const { written, removed } = await emit(sources, options.outDir, cache.emitted);
  const report = IngestReport.parse({
    accepted: sources.map((s) => ({ file: s.frontmatter.file, slug: s.frontmatter.slug, changes: s.frontmatter.changes.length })),
    rejected: rejected.sort((a, b) => a.file.localeCompare(b.file)),
    ignored: found.ignored,
  });
  if (await writeAtomic(path.join(options.outDir, 'ingest-report.json'), `${JSON.stringify(report, null, 2)}\n`)) written.push('ingest-report.json');
  await cache.save();
  return { ...report, written, removed, ...cache.stats };
}

/** One file through the per-file stages (exported for golden tests). */
export async function ingestOne(file: string, absPath: string, format: (typeof FORMATS)[keyof typeof FORMATS], seedsDir: string): Promise<Article> {
  const bytes = await readFile(absPath);
  const decoded = await decode(bytes);
  const extracted = extract(decoded.text, format);
  const cleaned = clean({ ...extracted, changes: [...decoded.changes, ...extracted.changes] });
  const parts = segment(cleaned);
  const sidecar = await readSidecar(path.join(seedsDir, sidecarName(file)), sidecarName(file));
  return { ...metadata({ file, bytes, draft: cleaned, parts, sidecar }), paragraphs: parts.paragraphs, raw: decoded.text, fingerprint: fingerprint(parts.paragraphs) };
}

/** Mark exact and near copies as duplicates of their original (the earliest by date, else by file name). */
function linkCopies(sources: Emittable[], fingerprints: ReadonlyMap<string, string[]>): Emittable[] {
  const copyOf = findCopies(sources.map((s) => ({ key: s.frontmatter.file, paragraphs: s.paragraphs, date: s.frontmatter.date.value, shingles: fingerprints.get(s.frontmatter.file) })));
  const slugOf = new Map(sources.map((s) => [s.frontmatter.file, s.frontmatter.slug]));
  return sources.map((s) => {
    const original = copyOf.get(s.frontmatter.file);
    return { ...s, frontmatter: { ...s.frontmatter, duplicateOf: original === undefined ? null : slugOf.get(original)! } };
  });
}

/** Readable slugs, unique across the corpus: colliding titles all get a suffix from their file name, so no slug depends on which file came first. */
function settleSlugs(articles: readonly Article[]): Emittable[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.slugBase, (counts.get(a.slugBase) ?? 0) + 1);
  return articles.map(({ slugBase, paragraphs, raw, fingerprint: _, ...meta }) => ({
    frontmatter: SourceFrontmatter.parse({
      ...meta,
      slug: (counts.get(slugBase)! > 1 ? `${slugBase}-${sha256(meta.file).slice(0, 6)}` : slugBase) as Slug,
      duplicateOf: null,
    }),
    paragraphs,
    raw,
  }));
}
