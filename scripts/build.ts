/**
 * `npm run build [-- --seeds DIR] [--content DIR] [--dist DIR] [--strict]`:
 * the whole job, stage by stage, with timings. The corpus folder (default the
 * project's seeds/) builds into its own content and site folders
 * (src/lib/corpus.ts): content/ and dist/ for seeds/, `.sourcebook/<name>-<hash>/`
 * for any other folder, unless --content / --dist say otherwise.
 * For the benchmark (scripts/bench.ts): `--json-timings FILE` also writes the
 * stage timings and peak memory as JSON; `--cache-dir DIR` gives Astro its own
 * cache folder so runs can start cold. Astro's cache folder holds the incremental
 * build's manifest and a copy of every keyed page (astro.config.mjs): the next
 * build into the same site folder renders only the pages whose data changed. By
 * default it is node_modules/.astro for the project's dist/, and
 * node_modules/.cache/sourcebook-astro/<hash of the site folder>/ for any other,
 * so that two corpora (or two builds at once) never share one.
 *   1. ingest   seeds/ → content/sources/*.mdx
 *   1b. tag     content/.tag-cache.json, .figure-cache.json: part-of-speech hints and each article's figures for the
 *               knowledge layer, on every core (scripts/tags.ts); content/.source-cache.json: the parsed sources every later stage reads
 *   1c. knowledge content/.knowledge.json: the knowledge layer, computed once, in a child process (scripts/knowledge.ts), and skipped
 *               when its inputs did not change (src/lib/knowledge/stored.ts);
 *               content/addresses.json: the ids it published, kept by later builds (src/lib/knowledge/ledger.ts)
 *   1d. cite    content/.cite-cache.json: every source's citations for this site URL and base path, on every core (scripts/cite.ts)
 *   2. astro    content/ → dist/, in a child process (scripts/astro-build.ts) so its memory is freed before Pagefind
 *   3. pages    content/pages.json: every page published; one this build did not make gets a page sending the
 *               reader on to the nearest page that exists (src/integrations/moved-pages.ts)
 *   4. pagefind dist/ → dist/pagefind/
 *   5. service worker  dist/sw.js (offline copy of the site and its index)
 */
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ingest } from './ingest/pipeline.ts';
import { printReport, progress } from './ingest/report.ts';
import { keepPublishedPages } from '../src/integrations/moved-pages.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { precomputeTags } from './tags.ts';
import { precomputeCitations } from './cite.ts';
import { writeServiceWorker } from '../src/integrations/service-worker.ts';
import { corpusPaths, NO_SITE_URL_HINT, readCorpusConfig, siteBase, siteUrl } from '../src/lib/corpus.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seeds: { type: 'string' },
    content: { type: 'string' },
    dist: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'json-timings': { type: 'string' },
    'cache-dir': { type: 'string', default: process.env.SOURCEBOOK_CACHE_DIR },
  },
});
/** The project (where astro.config.mjs is), whatever the working directory. */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const corpus = corpusPaths(values);
/** Astro's cache folder: as given, else Astro's default for the project's own site folder, else one per site folder. */
const cacheDir =
  values['cache-dir'] ??
  (path.resolve(corpus.dist) === path.join(projectRoot, 'dist')
    ? undefined
    : path.join(projectRoot, 'node_modules', '.cache', 'sourcebook-astro', createHash('sha256').update(path.resolve(corpus.dist)).digest('hex').slice(0, 16)));
// The site (src/lib/paths.ts, astro.config.mjs) reads these.
process.env.SOURCEBOOK_SEEDS = corpus.seeds;
process.env.SOURCEBOOK_CONTENT = corpus.content;
process.env.SOURCEBOOK_DIST = corpus.dist;
/** Paths as printed: relative to where the command was run when that is shorter. */
const shown = (p: string) => {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
};

/**
 * Stage timings in milliseconds, in order (written by --json-timings): wall time, and CPU time (user + system) of
 * this process and its worker threads, plus the astro stage's own process; Pagefind's binary is not counted.
 */
const timings: Array<{ stage: string; ms: number; cpuMs: number }> = [];

/** Run one stage, printing its name, what it did and how long it took. */
async function stage<T>(name: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  timings.push({ stage: name, ms, cpuMs: (used.user + used.system) / 1000 });
  console.log(`✔ ${name}: ${describe(result)} in ${(ms / 1000).toFixed(2)} s`);
  return result;
}

/**
 * Run `script` (in scripts/) in a child process with this process's Node options and environment, its output shown as
 * it comes. `args(file)` gets a file the child writes its result to; the result is that file's text (null when the child
 * did not get that far). A stage run so gives back the memory it took when it ends, instead of this process keeping it.
 */
function inChild(script: string, args: (resultFile: string) => string[], failure: string): Promise<string | null> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sourcebook-stage-'));
  const resultFile = path.join(tmp, 'result');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(projectRoot, 'scripts', script), ...args(resultFile)], { stdio: 'inherit', env: process.env });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      let result: string | null = null;
      try {
        result = readFileSync(resultFile, 'utf8');
      } catch {
        // no result: the child did not get that far
      }
      rmSync(tmp, { recursive: true, force: true });
      if (code === 0) resolve(result);
      else reject(new Error(`${failure} (${signal ? `killed by ${signal}` : `exit code ${code}`}); its messages are above`));
    });
  });
}

/**
 * `astro build` in a child process (scripts/astro-build.ts): the memory Astro keeps when it is done is given back
 * before Pagefind runs, so the build's peak is the larger of the two stages, not their sum. Returns the child's peak
 * resident memory in kilobytes, its CPU time in milliseconds, and the pages it rendered and kept from the previous
 * build (the incremental build, astro.config.mjs; null when unknown).
 */
async function astroInChild(cacheDir: string | undefined): Promise<{ rss: number | null; cpuMs: number; pagesRendered: number | null; pagesKept: number | null }> {
  const text = await inChild('astro-build.ts', (file) => [projectRoot, '--rss-file', file, ...(cacheDir ? ['--cache-dir', cacheDir] : [])], 'astro build failed');
  const [kb, cpu, rendered, kept] = (text ?? '').split(' ').map(Number);
  return { rss: kb || null, cpuMs: cpu || 0, pagesRendered: Number.isInteger(rendered) ? rendered! : null, pagesKept: Number.isInteger(kept) ? kept! : null };
}

/**
 * The knowledge stage in a child process (scripts/knowledge.ts), for the same reason as the astro stage: the memory
 * it takes on a large corpus is given back when it ends, not kept by this process while Astro runs.
 */
async function knowledgeInChild(): Promise<{ reused: boolean; bytes: number; ledgerWritten: boolean; maxRSSKB: number; cpuMs: number }> {
  const text = await inChild('knowledge.ts', (file) => ['--result-file', file], 'the knowledge stage failed');
  if (text === null) throw new Error('the knowledge stage wrote no result');
  return JSON.parse(text);
}

const started = performance.now();
const summary: Record<string, unknown> = {};
try {
  if (!existsSync(corpus.seeds)) throw new Error(`the corpus folder ${shown(corpus.seeds)} does not exist`);
  const config = readCorpusConfig(corpus.seeds);
  const site = siteUrl(config);
  console.log(`corpus ${shown(corpus.seeds)}${config.title ? ` (${config.title})` : ''} → content ${shown(corpus.content)}, site ${shown(corpus.dist)}`);
  if (!site) console.log(`note: ${NO_SITE_URL_HINT}`);
  const report = await stage(
    'ingest',
    async () => {
      const t = performance.now();
      const r = await ingest({ seedsDir: corpus.seeds, outDir: corpus.content, onProgress: progress() });
      printReport(r, performance.now() - t);
      return r;
    },
    (r) => `${r.accepted.length} sources, ${r.rejected.length} rejected${r.workers > 1 ? `, on ${r.workers} threads` : ''}`,
  );
  Object.assign(summary, { sources: report.accepted.length, rejected: report.rejected.length, ingestReused: report.reused, ingestProcessed: report.processed });
  if (values.strict && report.rejected.length > 0) throw new Error(`${report.rejected.length} file(s) rejected and --strict is set`);
  await stage('tag', () => precomputeTags(corpus.content, { packs: config.packs }), (r) => `${r.sources - r.reused} sources tagged and measured${r.workers > 1 ? ` on ${r.workers} threads` : ''}, ${r.reused} unchanged`);
  const knowledge = await stage('knowledge', knowledgeInChild, (r) => `${r.reused ? 'unchanged, not recomputed' : 'computed'} (${(r.bytes / 1024).toFixed(0)} KB of JSON)${r.ledgerWritten ? ', address ledger updated' : ''}`);
  timings.at(-1)!.cpuMs += knowledge.cpuMs;
  Object.assign(summary, { knowledgeReused: knowledge.reused, knowledgeBytes: knowledge.bytes, knowledgeMaxRSSKB: knowledge.maxRSSKB });
  await stage('cite', () => precomputeCitations(corpus.content, site, siteBase()), (r) => `${r.sources - r.reused} sources cited${r.workers > 1 ? ` on ${r.workers} threads` : ''}, ${r.reused} unchanged`);
  const astro = await stage(
    'astro build',
    () => astroInChild(cacheDir),
    (r) => `site built into ${shown(corpus.dist)}/${r.pagesRendered === null ? '' : `: ${r.pagesRendered} pages rendered, ${r.pagesKept} kept from the previous build`}`,
  );
  timings.at(-1)!.cpuMs += astro.cpuMs;
  Object.assign(summary, { astroMaxRSSKB: astro.rss, pagesRendered: astro.pagesRendered, pagesKept: astro.pagesKept });
  await stage('published pages', () => keepPublishedPages(corpus.dist, corpus.content), (r) => `${r.moved ? `${r.moved} old address(es) sent on to the nearest page` : 'every page published before is still made'}${r.ledgerWritten ? ', page ledger updated' : ''}`);
  const indexed = await stage('pagefind', () => indexSite(corpus.dist), (r) => `${r.pages} pages indexed`);
  summary.pagesIndexed = indexed.pages;
  await stage('service worker', () => writeServiceWorker(corpus.dist, process.env.SOURCEBOOK_BASE), (r) => `${r.files} files (${(r.bytes / 1024).toFixed(0)} KB${r.fragmentsPrecached ? '' : ', search fragments cached as fetched'}) precached as ${r.cache}`);
  const own = corpusPaths({ seeds: corpus.seeds }, {});
  const previewArgs = [...(corpus.isDefault ? [] : ['--seeds', shown(corpus.seeds)]), ...(corpus.dist === own.dist ? [] : ['--dist', shown(corpus.dist)])];
  console.log(`\nbuild finished in ${((performance.now() - started) / 1000).toFixed(2)} s: the site is in ${shown(corpus.dist)}/ (npm run preview${previewArgs.length ? ` -- ${previewArgs.join(' ')}` : ''} serves it)`);
} catch (error) {
  console.error(`\nbuild failed: ${(error as Error).message}`);
  process.exitCode = 1;
  summary.error = (error as Error).message;
}
if (values['json-timings']) {
  const totalMs = performance.now() - started;
  // maxRSS: peak resident set of this process, in kilobytes (Pagefind's own binary is a separate process).
  // The largest process of the build: this one, or the knowledge or astro stage's own (scripts/knowledge.ts, scripts/astro-build.ts).
  const json = { ok: process.exitCode !== 1, stages: timings, totalMs, maxRSSKB: Math.max(process.resourceUsage().maxRSS, Number(summary.astroMaxRSSKB ?? 0), Number(summary.knowledgeMaxRSSKB ?? 0)), ...summary };
  writeFileSync(values['json-timings'], `${JSON.stringify(json, null, 2)}\n`);
}
