/** A worker thread of the build's tag stage (scripts/tags.ts): tags its sources' texts, finds their figures and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { tagJob, type TagJob } from './tags.ts';

parentPort!.postMessage(await tagJob(workerData as TagJob));
