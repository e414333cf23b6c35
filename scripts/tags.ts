/**
 * The build's `tag` stage: the part-of-speech hints the knowledge layer needs
 * for every paragraph (src/lib/knowledge/blocks.ts), computed before Astro
 * runs, in worker threads on every core, for the texts `.tag-cache.json`
 * does not already hold. Astro's build then reads them instead of running
 * `compromise` on one core (src/lib/knowledge/tag-cache.ts).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadSources } from '../src/lib/load-sources.ts';
import { sourceTexts, TAGGING_VERSION, tagSource, type TaggableSource } from '../src/lib/knowledge/blocks.ts';
import { readTagCache, TAG_CACHE_FILE, tagCacheVersion, textKey, writeTagCache } from '../src/lib/knowledge/tag-cache.ts';

/** What a worker is given: sources' texts. */
export type TagJob = TaggableSource[];

export interface TagResult {
  sources: number;
  /** Sources whose every text was already in the cache. */
  reused: number;
  workers: number;
  file: string;
}

/** Below this many sources to tag, starting workers costs more than it saves. */
const MIN_PER_WORKER = 25;

export async function precomputeTags(contentDir: string, options: { workers?: number } = {}): Promise<TagResult> {
  const file = path.join(contentDir, TAG_CACHE_FILE);
  const version = tagCacheVersion(TAGGING_VERSION);
  const sources = await loadSources(path.join(contentDir, 'sources'));
  const cached = await readTagCache(file, version);
  const textsOf = (s: TaggableSource) => sourceTexts(s).map((t) => t.text);
  const todo = sources.filter((s) => textsOf(s).some((t) => !cached.has(textKey(t))));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 4, Math.floor(todo.length / MIN_PER_WORKER)));
  const jobs: TagJob[] = Array.from({ length: workers }, () => []);
  // Largest first, each to the least loaded worker: even work per thread.
  const load = new Array<number>(workers).fill(0);
  for (const s of [...todo].sort((a, b) => textsOf(b).join('').length - textsOf(a).join('').length || (a.slug < b.slug ? -1 : 1))) {
    const w = load.indexOf(Math.min(...load));
    jobs[w]!.push({ paragraphs: s.paragraphs.map((p) => ({ id: p.id, text: p.text })), embeds: s.embeds.map((e) => ({ text: e.text })) });
    load[w]! += textsOf(s).join('').length;
  }
  const results = workers === 1 ? [jobs[0]!.flatMap((job) => tagSource(job))] : await Promise.all(jobs.map(runWorker));
  // Keep only the texts of the current sources: the file never grows with old versions of articles.
  const keep = new Map<string, Uint8Array>();
  for (const s of sources) for (const t of textsOf(s)) if (cached.has(textKey(t))) keep.set(textKey(t), cached.get(textKey(t))!);
  for (const list of results) for (const [key, bits] of list) keep.set(key, bits);
  await writeTagCache(file, version, keep);
  return { sources: sources.length, reused: sources.length - todo.length, workers: todo.length ? workers : 0, file };
}

function runWorker(job: TagJob): Promise<[string, Uint8Array][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tags-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (entries: [string, Uint8Array][]) => resolve(entries));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`tag worker exited with code ${code}`)));
  });
}
