/**
 * The ingest alone, as the benchmark's child process: like `npm run ingest`,
 * but it writes its timing, cache use and peak memory as JSON.
 *   node scripts/bench/ingest-child.ts --seeds DIR --out DIR --json FILE
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingest } from '../ingest/pipeline.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' }, json: { type: 'string' } } });
if (!values.seeds || !values.out || !values.json) throw new Error('usage: ingest-child.ts --seeds DIR --out DIR --json FILE');
const started = performance.now();
const report = await ingest({ seedsDir: values.seeds, outDir: values.out });
const ms = performance.now() - started;
writeFileSync(values.json, JSON.stringify({
  ms,
  accepted: report.accepted.length,
  rejected: report.rejected.length,
  reused: report.reused,
  processed: report.processed,
  written: report.written.length,
  maxRSSKB: process.resourceUsage().maxRSS,
}));
