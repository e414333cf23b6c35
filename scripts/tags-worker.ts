/** A worker thread of the build's tag stage (scripts/tags.ts): tags its sources' texts and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { tagSource } from '../src/lib/knowledge/blocks.ts';
import type { TagJob } from './tags.ts';

const job = workerData as TagJob;
parentPort!.postMessage(job.flatMap((source) => tagSource(source)));
