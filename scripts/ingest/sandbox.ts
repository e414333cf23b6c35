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

/**
 * Default budget for one file, in ms of the worker's own CPU time: a 1 MB article (the text limit) takes a
 * few seconds. CPU time, not time on the clock: on a loaded machine a worker may get a tenth of a core, and a
 * file's fate (published or rejected) must not depend on what else the machine is doing.
 */
export const TIME_LIMIT_MS = 10_000;
/** How often the worker's CPU time is read, in ms (at most). */
const POLL_MS = 250;
/** A job that has not finished after this many times its budget on the clock is stopped whatever its CPU time (a worker waiting on something forever). */
const WALL_FACTOR = 30;

const cpuMs = (u: { user: number; system: number }) => (u.user + u.system) / 1000;
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

  /** The article made of one file, or a Rejection (also when the file takes more CPU time than the budget). */
  run(job: Job): Promise<Article> {
    if (this.worker === null) this.worker = this.start();
    const worker = this.worker;
    const id = this.next++;
    const started = performance.now();
    // The worker is reused: its CPU time is counted from when the job is sent.
    let base: number | null = null;
    return new Promise<Article>((resolve, reject) => {
      const stop = (why: string) => {
        if (this.pending?.id !== id) return;
        const job = this.pending;
        this.pending = null;
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        // Through the job's own reject, which also clears the timer (a timer left running keeps the process alive).
        job.reject(new OverBudget(why));
      };
      const timer: ReturnType<typeof setInterval> = setInterval(() => {
        if (this.pending?.id !== id) return;
        if (performance.now() - started > this.limitMs * WALL_FACTOR) return stop(`did not finish in ${(this.limitMs * WALL_FACTOR) / 1000} s; not published`);
        if (base !== null) void worker.cpuUsage().then((u) => {
          if (base !== null && cpuMs(u) - base > this.limitMs) stop(`took more than ${this.limitMs / 1000} s to process (a parser's worst case?); not published`);
        }, () => undefined);
      }, Math.min(POLL_MS, Math.max(10, this.limitMs / 4)));
      this.pending = {
        id,
        resolve: (a) => (clearInterval(timer), resolve(a)),
        reject: (e) => (clearInterval(timer), reject(e)),
      };
      // The timer above keeps the process alive while the (unref'd) worker works.
      void worker.cpuUsage().catch(() => ({ user: 0, system: 0 })).then((u) => {
        base = cpuMs(u);
        worker.postMessage({ id, job });
      });
    });
  }

  /** Stop the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
