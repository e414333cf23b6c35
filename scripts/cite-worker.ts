/** A worker thread of the build's cite stage (scripts/cite.ts): formats its sources' citations and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { citeJob, type CiteJob } from './cite.ts';

parentPort!.postMessage(await citeJob(workerData as CiteJob));
