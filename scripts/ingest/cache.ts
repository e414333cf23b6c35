/**
 * The ingest's content-hash cache: an unchanged input skips decode → metadata.
 *
 * `<content>/.ingest-cache.json` maps each input file to the sha256 of
 * (ingest version, the file's bytes, its sidecar's bytes or "no sidecar") and
 * what the per-file stages made of it: the article, or the rejection reason.
 * The ingest version is a hash of the ingest's own source (every file under
 * scripts/ingest and every local module they import), the lockfile and the
 * Node version, so changing a rule, a schema or a dependency re-ingests all.
 *
 * Only the per-file stages are cached: slugs, copies and emit run on every
 * ingest, so output bytes are the same with or without the cache. A cache
 * that is missing, unreadable or from another version is ignored.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from './emit.ts';
import { Rejection } from './types.ts';
import { readRegular } from './read.ts';
import { OverBudget } from './sandbox.ts';

/** Name of the cache file inside the content folder. */
export const CACHE_FILE = '.ingest-cache.json';

/** Bump when the cache file's layout changes. */
const FORMAT = 1;

type Entry<T> = { key: string; article?: T; rejected?: string };
/** What emit wrote for a slug last time: hashes of its input (frontmatter + paragraphs) and of the MDX it produced. */
export type Emitted = { input: string; output: string };
type CacheFile<T> = { format: number; version: string; entries: Record<string, Entry<T>>; emitted?: Record<string, Emitted>; corpus?: CorpusMemo };
/** The result of the steps across files (slugs, copies, corpus evidence), the key of the inputs it was made from and the state it was made in. */
type CorpusMemo = { key: string; state: string; result: unknown };

const here = import.meta.dirname;
const projectRoot = path.resolve(here, '../..');

let versionMemo: Promise<string> | undefined;

/** A hash of everything the per-file stages depend on besides their input (computed once per process). */
export function ingestVersion(): Promise<string> {
  versionMemo ??= computeVersion();
  return versionMemo;
}

async function computeVersion(): Promise<string> {
  const files = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(abs);
      else if (entry.isFile()) files.add(abs);
    }
  };
  await walk(here);
  // Local modules the ingest imports from elsewhere (schemas, sentence splitter, …), followed transitively.
  const queue = [...files].filter((f) => f.endsWith('.ts'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const source = await readFile(file, 'utf8').catch(() => '');
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), m[1]!);
      if (!files.has(target) && target.startsWith(projectRoot + path.sep)) {
        files.add(target);
        if (target.endsWith('.ts')) queue.push(target);
      }
    }
  }
  const hash = createHash('sha256').update(`format ${FORMAT}\nnode ${process.version}\n`);
  for (const file of [...files, path.join(projectRoot, 'package-lock.json')].sort()) {
    hash.update(`${path.relative(projectRoot, file)}\n`);
    hash.update(await readFile(file).catch(() => Buffer.from('(missing)')));
  }
  return hash.digest('hex');
}

/** Per-file results keyed by content hash, read from and saved to the content folder. */
export class IngestCache<T> {
  /** Inputs whose result came from the cache, and inputs that went through the stages, in this run. */
  readonly stats = { reused: 0, processed: 0, corpusReused: false };
  private readonly file: string;
  private readonly version: string;
  private readonly previous: Record<string, Entry<T>>;
  private readonly next: Record<string, Entry<T>> = {};
  private readonly previousCorpus: CorpusMemo | null;
  private nextCorpus: CorpusMemo | null = null;
  /** Emit's memo: last run's hashes per slug (read), this run's (written). See emit(). */
  readonly emitted: { previous: Map<string, Emitted>; next: Map<string, Emitted> };

  private constructor(file: string, version: string, previous: CacheFile<T> | null) {
    this.file = file;
    this.version = version;
    this.previous = previous?.entries ?? {};
    this.previousCorpus = previous?.corpus ?? null;
    this.emitted = { previous: new Map(Object.entries(previous?.emitted ?? {})), next: new Map() };
  }

  /** Open the cache of `outDir` (empty when `enabled` is false, or the file is missing, unreadable or stale). */
  static async open<T>(outDir: string, enabled = true): Promise<IngestCache<T>> {
    const file = path.join(outDir, CACHE_FILE);
    const version = await ingestVersion();
    let previous: CacheFile<T> | null = null;
    if (enabled) {
      try {
        const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile<T>;
        if (data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object') previous = data;
      } catch {
        // no cache yet, or unreadable: start empty
      }
    }
    return new IngestCache<T>(enabled ? file : '', version, previous);
  }

  /**
   * The result for input `name`: from the cache when `inputs` (the file, its sidecar) hash as
   * last time, else from `run`, which is then remembered. A cached rejection is thrown again.
   */
  async through(name: string, inputs: readonly string[], run: () => Promise<T>): Promise<T> {
    const key = await this.key(inputs);
    const hit = key === null ? undefined : this.previous[name];
    if (key !== null && hit?.key === key) {
      this.stats.reused++;
      this.next[name] = hit;
      if (hit.rejected !== undefined) throw new Rejection(hit.rejected);
      return hit.article as T;
    }
    this.stats.processed++;
    try {
      const article = await run();
      if (key !== null) this.next[name] = { key, article };
      return article;
    } catch (error) {
      // A file that ran over its time or memory budget may pass on a quieter machine: not remembered.
      if (key !== null && error instanceof Rejection && !(error instanceof OverBudget)) this.next[name] = { key, rejected: error.message };
      throw error;
    }
  }

  /**
   * The steps across files (`run`), or their result of the last run when their `inputs` (the articles, and whatever
   * else decides the result, such as the order copies are looked for in) are what they were then, and the `state` they
   * read (the slugs published) is the one they were run in or the one they left (`stateAfter` of their result: a run
   * that publishes what it worked out leaves exactly that). A corpus with nothing changed is not compared again.
   * Call after every input went `through` the cache.
   */
  corpus<R>(inputs: unknown, state: unknown, stateAfter: (result: R) => unknown, run: () => R): R {
    if (!this.file) return run();
    const key = createHash('sha256').update(this.version).update(JSON.stringify(inputs)).digest('hex');
    const now = JSON.stringify(state);
    const memo = this.previousCorpus;
    if (memo?.key === key && (memo.state === now || JSON.stringify(stateAfter(memo.result as R)) === now)) {
      this.nextCorpus = memo;
      this.stats.corpusReused = true;
      return memo.result as R;
    }
    const result = run();
    this.nextCorpus = { key, state: now, result };
    return result;
  }

  /** Write the entries of this run (inputs that are gone are dropped). Returns true when the file changed. */
  async save(): Promise<boolean> {
    if (!this.file) return false;
    const emitted = Object.fromEntries([...this.emitted.next].sort(([a], [b]) => (a < b ? -1 : 1)));
    // Sorted: files are processed on several threads at once, and finish in any order.
    const entries = Object.fromEntries(Object.entries(this.next).sort(([a], [b]) => (a < b ? -1 : 1)));
    const data: CacheFile<T> = { format: FORMAT, version: this.version, entries, emitted, ...(this.nextCorpus ? { corpus: this.nextCorpus } : {}) };
    const changed = await writeAtomic(this.file, JSON.stringify(data));
    // Leftovers of a run killed while writing the cache.
    const dir = path.dirname(this.file);
    for (const name of await readdir(dir)) if (name.startsWith(`${CACHE_FILE}.`) && name.endsWith('.tmp')) await rm(path.join(dir, name), { force: true });
    return changed;
  }

  /** Hash of the version and each input's bytes (a missing input counts as such); null when an input cannot be read. */
  private async key(inputs: readonly string[]): Promise<string | null> {
    const hash = createHash('sha256').update(this.version);
    for (const input of inputs) {
      try {
        // Synchronous: thousands of small reads are much faster without a thread-pool round trip each.
        // Only regular files are read (never a FIFO); anything unreadable goes through the stages, which say why.
        const bytes = readRegular(input, input);
        hash.update(`\0${bytes.length}\0`).update(bytes);
      } catch {
        return null;
      }
    }
    return hash.digest('hex');
  }
}
