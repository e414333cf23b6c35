/**
 * `npm run ingest [-- --seeds DIR] [--out DIR] [--strict]`: every article file
 * in the corpus folder becomes <content>/sources/<slug>.mdx, where <content> is
 * the corpus's own content folder (content/ for seeds/, .sourcebook/… for another; src/lib/corpus.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPaths } from '../src/lib/corpus.ts';
import { ingest } from './ingest/pipeline.ts';
import { printReport, progress } from './ingest/report.ts';

const HELP = `Usage: npm run ingest -- [--seeds DIR] [--out DIR] [--strict]
  --seeds DIR  folder of articles (.txt, .md, .markdown, .html, .htm); default: seeds
  --out DIR    where sources/, raw/ and ingest-report.json go; default: content for seeds/,
               .sourcebook/<name>-<hash>/content for any other folder
  --strict     exit with status 1 if any file is rejected`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
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
  const corpus = corpusPaths({ seeds: values.seeds, content: values.out });
  const started = performance.now();
  const report = await ingest({ seedsDir: corpus.seeds, outDir: corpus.content, onProgress: progress() });
  console.log(`content written to ${path.relative(process.cwd(), corpus.content) || corpus.content}`);
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
