/**
 * `npm run ingest [-- --seeds DIR] [--out DIR] [--strict]`: every article file
 * in the seeds folder becomes content/sources/<slug>.mdx.
 */
import { parseArgs } from 'node:util';
import { ingest } from './ingest/pipeline.ts';
import { printReport, progress } from './ingest/report.ts';

const HELP = `Usage: npm run ingest -- [--seeds DIR] [--out DIR] [--strict]
  --seeds DIR  folder of articles (.txt, .md, .markdown, .html, .htm); default: seeds
  --out DIR    where sources/, raw/ and ingest-report.json go; default: content
  --strict     exit with status 1 if any file is rejected`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string', default: process.env.SOURCEBOOK_SEEDS ?? 'seeds' },
        out: { type: 'string', default: 'content' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const started = performance.now();
  const report = await ingest({ seedsDir: values.seeds, outDir: values.out, onProgress: progress() });
  printReport(report, performance.now() - started);
  return values.strict && report.rejected.length > 0 ? 1 : 0;
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`ingest failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
