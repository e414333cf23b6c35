/**
 * The per-file stages in a worker thread with a time and memory budget. Parsers have worst cases
 * that no size limit rules out (micromark is quadratic on unclosed links: 600 KB of `[a](b ` takes
 * minutes); a file that exceeds the budget is rejected and the worker replaced, so one file never
 * hangs or stalls the ingest. Unchanged files never reach it (the cache answers first), so a run
 * with nothing to do starts no worker.
 */
import { Worker } from 'node:worker_threads';
import type { Format } from './types.ts';
import type { Article } from './one.ts';
import { Rejection } from './types.ts';

/** Default budget for one file, in ms: a 1 MB article (the text limit) takes a few seconds. */
export const TIME_LIMIT_MS = 10_000;
/** Heap a worker may use, in MB, before it is stopped (and its file rejected). */
const HEAP_MB = 1536;

/** What the worker is asked to do for one file. */
export type Job = { file: string; path: string; format: Format; sidecar: string | null };
/** What it answers. */
export type Answer = { id: number; article: Article } | { id: number; rejected: string };

/** A rejection that says more about the machine's load than about the file: not cached, so the next run tries again. */
export class OverBudget extends Rejection {}

/** A worker that runs one job at a time, replaced when a job overruns. */
export class Sandbox {
  private worker: Worker | null = null;
  private next = 0;
  private pending: { id: number; resolve: (a: Article) => void; reject: (e: Error) => void } | null = null;

  private readonly limitMs: number;

  constructor(limitMs: number) {
    this.limitMs = limitMs;
  }

  private start(): Worker {
    const worker = new Worker(new URL('./sandbox-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    // A replaced worker's late events (its exit after terminate()) must not touch the next one's job.
    worker.on('message', (answer: Answer) => {
      if (this.worker !== worker) return;
      const job = this.pending;
      if (!job || job.id !== answer.id) return;
      this.pending = null;
      if ('article' in answer) job.resolve(answer.article);
      else job.reject(new Rejection(answer.rejected));
    });
    const fail = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const job = this.pending;
      this.pending = null;
      job?.reject(new OverBudget(why));
    };
    worker.on('error', (error: Error & { code?: string }) => fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `used more than ${HEAP_MB} MB of memory to process; not published` : `could not be processed: ${error.message.split('\n')[0]}`));
    worker.on('exit', () => fail('could not be processed: the worker stopped'));
    // An idle worker must not keep the process alive.
    worker.unref();
    return worker;
  }

  /** The article made of one file, or a Rejection (also when the file takes longer than the budget). */
  run(job: Job): Promise<Article> {
    if (this.worker === null) this.worker = this.start();
    const worker = this.worker;
    const id = this.next++;
    return new Promise<Article>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = null;
        this.worker = null;
        void worker.terminate();
        reject(new OverBudget(`took more than ${this.limitMs / 1000} s to process (a parser's worst case?); not published`));
      }, this.limitMs);
      this.pending = {
        id,
        resolve: (a) => (clearTimeout(timer), resolve(a)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      worker.postMessage({ id, job });
    });
  }

  /** Stop the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
