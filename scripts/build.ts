/**
 * `npm run build [-- --seeds DIR] [--content DIR] [--dist DIR] [--strict]`:
 * the whole job, stage by stage, with timings.
 *   1. ingest   seeds/ → content/sources/*.mdx
 *   2. astro    content/ → dist/
 *   3. pagefind dist/ → dist/pagefind/
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { ingest } from './ingest/pipeline.ts';
import { printReport, progress } from './ingest/report.ts';
import { indexSite } from '../src/integrations/pagefind.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seeds: { type: 'string', default: process.env.SOURCEBOOK_SEEDS ?? 'seeds' },
    content: { type: 'string', default: process.env.SOURCEBOOK_CONTENT ?? 'content' },
    dist: { type: 'string', default: process.env.SOURCEBOOK_DIST ?? 'dist' },
    strict: { type: 'boolean', default: false },
  },
});
// The site (src/lib/paths.ts, astro.config.mjs) reads these.
process.env.SOURCEBOOK_CONTENT = path.resolve(values.content);
process.env.SOURCEBOOK_DIST = path.resolve(values.dist);

/** Run one stage, printing its name, what it did and how long it took. */
async function stage<T>(name: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = await run();
  console.log(`✔ ${name}: ${describe(result)} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

const started = performance.now();
try {
  const report = await stage(
    'ingest',
    async () => {
      const t = performance.now();
      const r = await ingest({ seedsDir: values.seeds, outDir: values.content, onProgress: progress() });
      printReport(r, performance.now() - t);
      return r;
    },
    (r) => `${r.accepted.length} sources, ${r.rejected.length} rejected`,
  );
  if (values.strict && report.rejected.length > 0) throw new Error(`${report.rejected.length} file(s) rejected and --strict is set`);
  await stage('astro build', () => astroBuild({ root: process.cwd(), logLevel: 'warn' }), () => `site built into ${values.dist}/`);
  await stage('pagefind', () => indexSite(values.dist), (r) => `${r.pages} pages indexed`);
  console.log(`\nbuild finished in ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(`\nbuild failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
