/**
 * The build's `tag` stage: the per-article work of the knowledge layer that
 * needs nothing from other articles, computed before Astro runs, in worker
 * threads on every core, for the articles whose results are not already kept:
 *   - the part-of-speech hints of every paragraph (src/lib/knowledge/blocks.ts),
 *     kept in `.tag-cache.json` by a hash of each text (src/lib/knowledge/tag-cache.ts);
 *   - the figures of every article (src/lib/knowledge/figures.ts), kept in
 *     `.figure-cache.json` by a hash of the article (src/lib/knowledge/figure-cache.ts).
 * The knowledge stage then reads them instead of running `compromise` and the
 * figure rules on one core. Its first reading of the sources also writes the
 * parsed-source cache every later stage reads (src/lib/load-sources.ts).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadSources } from '../src/lib/load-sources.ts';
import { sourceTexts, TAGGING_VERSION, tagSource, type TaggableSource } from '../src/lib/knowledge/blocks.ts';
import { readTagCache, TAG_CACHE_FILE, tagCacheVersion, textKey, writeTagCache } from '../src/lib/knowledge/tag-cache.ts';
import { FIGURE_CACHE_FILE, figureCacheVersion, figureKey, readFigureCache, writeFigureCache, type FigureSource } from '../src/lib/knowledge/figure-cache.ts';
import type { Figure } from '../src/schemas/knowledge.ts';
import type { PackName } from '../src/schemas/corpus.ts';

/** What a worker is given: the corpus's packs, and each article with what it needs done. */
export interface TagJob {
  packs: readonly PackName[];
  sources: Array<TaggableSource & FigureSource & { tag: boolean; figures: boolean }>;
}

/** What a worker gives back: tags by text key, figures by article key. */
export interface TagJobResult {
  tags: [string, Uint8Array][];
  figures: [string, Figure[]][];
}

export interface TagResult {
  sources: number;
  /** Sources whose tags and figures were all already kept. */
  reused: number;
  workers: number;
  file: string;
}

/** Below this many sources to do, starting workers costs more than it saves. */
const MIN_PER_WORKER = 25;

/** Do a worker's share (in a worker thread, or in this one for a small job). */
export async function tagJob(job: TagJob): Promise<TagJobResult> {
  const { activatePacks } = await import('../src/lib/knowledge/packs/index.ts');
  const { extractFigures, usePrecomputedFigures } = await import('../src/lib/knowledge/figures.ts');
  activatePacks(job.packs);
  usePrecomputedFigures(new Map());
  return {
    tags: job.sources.filter((s) => s.tag).flatMap((s) => tagSource(s)),
    figures: job.sources.filter((s) => s.figures).map((s) => [figureKey(s), extractFigures(s)]),
  };
}

export async function precomputeTags(contentDir: string, options: { workers?: number; packs?: readonly PackName[] } = {}): Promise<TagResult> {
  const packs = options.packs ?? [];
  const file = path.join(contentDir, TAG_CACHE_FILE);
  const figureFile = path.join(contentDir, FIGURE_CACHE_FILE);
  const version = tagCacheVersion(TAGGING_VERSION);
  const figureVersion = figureCacheVersion(packs);
  const sources = await loadSources(path.join(contentDir, 'sources'), { updateCache: true });
  const [cached, cachedFigures] = await Promise.all([readTagCache(file, version), readFigureCache(figureFile, figureVersion)]);
  const textsOf = (s: TaggableSource) => sourceTexts(s).map((t) => t.text);
  const originals = sources.filter((s) => !s.duplicateOf);
  const todo = sources
    .map((s) => ({ s, tag: textsOf(s).some((t) => !cached.has(textKey(t))), figures: !s.duplicateOf && !cachedFigures.has(figureKey(s)) }))
    .filter((x) => x.tag || x.figures);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 4, Math.floor(todo.length / MIN_PER_WORKER)));
  const jobs: TagJob[] = Array.from({ length: workers }, () => ({ packs, sources: [] }));
  // Largest first, each to the least loaded worker: even work per thread.
  const load = new Array<number>(workers).fill(0);
  for (const { s, tag, figures } of [...todo].sort((a, b) => textsOf(b.s).join('').length - textsOf(a.s).join('').length || (a.s.slug < b.s.slug ? -1 : 1))) {
    const w = load.indexOf(Math.min(...load));
    jobs[w]!.sources.push({ slug: s.slug, paragraphs: s.paragraphs.map((p) => ({ id: p.id, text: p.text })), embeds: s.embeds.map((e) => ({ text: e.text })), tag, figures });
    load[w]! += textsOf(s).join('').length;
  }
  const results = workers === 1 ? [await tagJob(jobs[0]!)] : await Promise.all(jobs.map(runWorker));
  // Keep only the texts and articles of the current sources: the files never grow with old versions of articles.
  const keep = new Map<string, Uint8Array>();
  for (const s of sources) for (const t of textsOf(s)) if (cached.has(textKey(t))) keep.set(textKey(t), cached.get(textKey(t))!);
  const keepFigures = new Map<string, Figure[]>();
  for (const s of originals) if (cachedFigures.has(figureKey(s))) keepFigures.set(figureKey(s), cachedFigures.get(figureKey(s))!);
  for (const result of results) {
    for (const [key, bits] of result.tags) keep.set(key, bits);
    for (const [key, figures] of result.figures) keepFigures.set(key, figures);
  }
  await Promise.all([writeTagCache(file, version, keep), writeFigureCache(figureFile, figureVersion, keepFigures)]);
  return { sources: sources.length, reused: sources.length - todo.length, workers: todo.length ? workers : 0, file };
}

function runWorker(job: TagJob): Promise<TagJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tags-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (result: TagJobResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`tag worker exited with code ${code}`)));
  });
}
