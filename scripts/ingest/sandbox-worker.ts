/** The ingest's worker (see sandbox.ts): runs the per-file stages for each job it is sent. */
import { parentPort } from 'node:worker_threads';
import { ingestOne } from './one.ts';
import { failure, Rejection } from './types.ts';
import type { Answer, Job } from './sandbox.ts';

parentPort!.on('message', async ({ id, job }: { id: number; job: Job }) => {
  let answer: Answer;
  try {
    answer = { id, article: await ingestOne(job.file, job.path, job.format, job.sidecar) };
  } catch (error) {
    answer = { id, rejected: error instanceof Rejection ? error.message : failure(error) };
  }
  parentPort!.postMessage(answer);
});
