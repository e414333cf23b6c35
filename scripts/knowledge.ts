/**
 * The build's knowledge stage in a process of its own (started by scripts/build.ts), so that the memory the
 * knowledge of a large corpus takes while it is computed (every article's tokens, mentions and reports, the joins)
 * is returned before Astro starts, instead of staying with the build process for the rest of the build.
 *
 *   node scripts/knowledge.ts --result-file FILE
 *
 * Reads the same environment as the build (SOURCEBOOK_SEEDS, SOURCEBOOK_CONTENT). Writes what `storeKnowledge`
 * returned, with its peak resident memory in kilobytes and its CPU time in milliseconds, to FILE as JSON.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { storeKnowledge } from '../src/lib/knowledge/index.ts';

const { values } = parseArgs({ args: process.argv.slice(2), options: { 'result-file': { type: 'string' } } });
try {
  const result = await storeKnowledge();
  const cpu = process.cpuUsage();
  if (values['result-file']) writeFileSync(values['result-file'], JSON.stringify({ ...result, maxRSSKB: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }));
} catch (error) {
  console.error(process.env.DEBUG ? ((error as Error).stack ?? String(error)) : `knowledge: ${(error as Error).message}`);
  process.exitCode = 1;
}
