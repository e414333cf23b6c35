/**
 * The build's `cite` stage: every source's citations (src/lib/cite.ts
 * `citeSource`: the facts, the source's formats, the paragraph template),
 * formatted before Astro runs, in worker threads on every core, for the
 * sources `.cite-cache.json` does not already hold for this site URL and base
 * path. The source page then reads them instead of running citeproc on one
 * core (src/lib/cite-cache.ts).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Source } from '../src/schemas/source.ts';
import type { SourceCitations } from '../src/lib/cite.ts';
import { registerRawImports } from './raw-imports.ts';

/** What a worker is given: the site, and each source to cite (as its citations read it) with its cache key. */
export interface CiteJob {
  site: string | undefined;
  base: string;
  sources: Array<[key: string, source: Source]>;
}

export interface CiteResult {
  sources: number;
  /** Sources whose citations were already in the cache. */
  reused: number;
  workers: number;
  file: string;
}

/** Below this many sources to cite, starting workers (each loads citation-js) costs more than it saves. */
const MIN_PER_WORKER = 25;

/** Format the citations of a worker's share (in a worker thread, or in this one for a small job). */
export async function citeJob(job: CiteJob): Promise<Array<[string, SourceCitations]>> {
  registerRawImports();
  const { citeSource } = await import('../src/lib/cite.ts');
  return job.sources.map(([key, source]) => [key, citeSource(source, job.site, job.base)]);
}

/** Cite every source in `<contentDir>/sources` for the site at `site` (none: no absolute URLs) under `base` (e.g. `/` or `/sourcebook/`). */
export async function precomputeCitations(contentDir: string, site: string | undefined, base: string, options: { workers?: number } = {}): Promise<CiteResult> {
  // cite.ts reads its CSL styles as Vite raw imports: the hook gives them their text here (and in each worker).
  registerRawImports();
  const { loadSources } = await import('../src/lib/load-sources.ts');
  const { CITE_CACHE_FILE, citableSource, citeCacheKey, readCiteCache, validCitations, writeCiteCache } = await import('../src/lib/cite-cache.ts');
  const file = path.join(contentDir, CITE_CACHE_FILE);
  const sources = await loadSources(path.join(contentDir, 'sources'));
  const cached = await readCiteCache(file);
  // Only this build's entries are kept: the file never grows with old versions of articles or other sites.
  const keep = new Map<string, SourceCitations>();
  const todo: Array<[string, Source]> = [];
  for (const source of sources) {
    const key = citeCacheKey(source, site, base);
    const hit = cached.has(key) ? validCitations(cached.get(key)) : null;
    if (hit) keep.set(key, hit);
    else todo.push([key, citableSource(source)]);
  }
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 4, Math.floor(todo.length / MIN_PER_WORKER)));
  // Round robin: citeproc's cost per source hardly depends on its length.
  const jobs: CiteJob[] = Array.from({ length: workers }, () => ({ site, base, sources: [] }));
  todo.forEach((entry, i) => jobs[i % workers]!.sources.push(entry));
  const results = workers === 1 ? [await citeJob(jobs[0]!)] : await Promise.all(jobs.map(runWorker));
  for (const list of results) for (const [key, citations] of list) keep.set(key, citations);
  await writeCiteCache(file, keep);
  return { sources: sources.length, reused: sources.length - todo.length, workers: todo.length ? workers : 0, file };
}

function runWorker(job: CiteJob): Promise<Array<[string, SourceCitations]>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./cite-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (entries: Array<[string, SourceCitations]>) => resolve(entries));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`cite worker exited with code ${code}`)));
  });
}
