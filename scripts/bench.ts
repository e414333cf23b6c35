/**
 * `npm run bench [-- --sizes 100,1000] [--runs 3] [--large] [--seed 1] [--profile]`
 *
 * Builds synthetic corpora of N articles (scripts/bench/generate.ts) in a
 * temporary folder, each time as a child process and cold, and measures:
 * whole-build and per-stage times, ms per article, peak memory, pages and
 * bytes written; the same articles built by plain Astro + Pagefind (the
 * baseline); page weight per page type and the bytes of a first search in
 * Chromium (at N = 1,000); incremental ingests (nothing changed, one article
 * changed). Writes tests/bench-results/latest-report.md and latest.json and
 * prints the table. Never touches seeds/, content/ or dist/.
 *
 * Options:
 *   --sizes LIST     corpus sizes (default 100,1000; --large adds 5000)
 *   --runs N         cold runs per size, median reported (default 3)
 *   --seed N         generator seed (default 1)
 *   --profile        one extra build at the page-weight size with --cpu-prof, summarised in the report
 *   --no-baseline    skip the plain-Astro baseline
 *   --no-browser     skip the Chromium search measurement
 *   --no-incremental skip the incremental measurements
 *   --keep           keep the temporary folder (its path is printed)
 *   --out DIR        where the report goes (default tests/bench-results)
 *   --rerender FILE  write the report again from a latest.json (no builds)
 *   --rendering      only the two ways of rendering the same articles in plain Astro: one MDX module per article
 *                    (the baseline) vs one route over the articles read as data (what Sourcebook does), interleaved
 */
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile, appendFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus, type Article } from './bench/generate.ts';
import { prepareBaseline, cleanBaseline } from './bench/baseline.ts';
import { distStats, median, parseStageLines, runMeasured, type ProcessRun } from './bench/measure.ts';
import { firstSearchBytes, pageWeights } from './bench/weights.ts';
import { siteLayout } from './bench/anchors.ts';
import { summarizeProfile } from './bench/profile.ts';
import { sizesTable, toMarkdown, type BenchResult, type BuildRun, type BuildSummary, type Incremental, type RenderingResult, type SizeResult, type Target } from './bench/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const NODE = process.execPath;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: 'string', default: '100,1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    large: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(root, 'tests', 'bench-results') },
    rerender: { type: 'string' },
    rendering: { type: 'boolean', default: false },
  },
});

const sizes = [...new Set([...values.sizes.split(',').map((v) => Number(v.trim())).filter((v) => v > 0), ...(values.large ? [5000] : [])])].sort((a, b) => a - b);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
/** Page weights, the search and incremental numbers are measured at 1,000 articles (or the largest size below it). */
const detailN = sizes.includes(1000) ? 1000 : ([...sizes].reverse().find((n) => n <= 1000) ?? sizes[0]!);

const log = (line: string) => console.log(line);
const tail = (text: string, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');

/** Why a child failed: its own message, else how it ended and the end of its error output. */
function failure(run: ProcessRun, message?: string): string {
  if (message) return message;
  const how = run.signal ? `killed (${run.signal})` : `exit code ${run.exitCode}`;
  return `${how}: ${tail(run.stderr.replace(/^\s*ingest \d+\/\d+\s*$/gm, ''), 8) || tail(run.stdout, 8)}`;
}

/** Keep each child's output beside its work folder (logs/), for a failure's full story (only with --keep). */
async function saveLog(work: string, what: string, run: ProcessRun): Promise<void> {
  const dir = path.join(work, 'logs');
  await mkdir(dir, { recursive: true });
  const name = `${what}-${new Date().toISOString().replace(/[:.]/g, '-')}.log`;
  await writeFile(path.join(dir, name), `$ ${run.command}\nexit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''}, ${(run.wallMs / 1000).toFixed(1)} s\n\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n`);
}

/** One Sourcebook build as a child process, cold unless `warm`. */
async function sourcebookBuild(work: string, seeds: string, opts: { warm?: boolean; extraNodeArgs?: string[] } = {}): Promise<BuildRun & { reused: number | null; processed: number | null }> {
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'astro-cache');
  await mkdir(work, { recursive: true });
  // Astro bundles the pages under the output folder (<dist>/.prerender) when it is below the working directory,
  // and runs them from there: packages must resolve from the work folder, so link the project's node_modules.
  await symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  // Cold: no content, site or Astro cache. Warm (the one-article rebuild) reuses all three, so Astro's incremental build keeps unchanged pages.
  if (!opts.warm) for (const d of [content, dist, cache]) await rm(d, { recursive: true, force: true });
  const json = path.join(work, 'timings.json');
  await rm(json, { force: true });
  // Run from the work folder: when the output folder is outside the working directory, Astro puts its
  // prerender bundle in <cwd>/.astro/.prerender, which every concurrent build in the project would share.
  const run = await runMeasured(NODE, [...(opts.extraNodeArgs ?? []), path.join(root, 'scripts', 'build.ts'), '--seeds', seeds, '--content', content, '--dist', dist, '--cache-dir', cache, '--json-timings', json], { cwd: work });
  const timings = JSON.parse(await readFile(json, 'utf8').catch(() => '{}')) as { ok?: boolean; stages?: Array<{ stage: string; ms: number; cpuMs?: number }>; maxRSSKB?: number; sources?: number; ingestReused?: number; ingestProcessed?: number; pagesRendered?: number | null; pagesKept?: number | null; error?: string };
  const stages = timings.stages ? Object.fromEntries(timings.stages.map((st) => [st.stage, st.ms])) : parseStageLines(run.stdout);
  const stageCpuMs = Object.fromEntries((timings.stages ?? []).flatMap((st) => (st.cpuMs === undefined ? [] : [[st.stage, st.cpuMs]])));
  const ok = run.exitCode === 0 && timings.ok !== false;
  await saveLog(work, 'build', run);
  return {
    ok, ...(ok ? {} : { error: failure(run, timings.error) }),
    wallMs: run.wallMs, cpuMs: run.cpuMs, stages, stageCpuMs, nodeMaxRssKB: timings.maxRSSKB ?? run.timeMaxRssKB, treePeakRssKB: run.treePeakRssKB, stagePeakRssKB: run.stagePeakRssKB, load: run.load,
    ...(timings.sources !== undefined ? { sourcesIngested: timings.sources } : {}),
    ...(timings.pagesRendered !== undefined ? { pagesRendered: timings.pagesRendered, pagesKept: timings.pagesKept ?? null } : {}),
    reused: timings.ingestReused ?? null, processed: timings.ingestProcessed ?? null,
  };
}

async function baselineBuild(dir: string, script: string): Promise<BuildRun> {
  await cleanBaseline(dir);
  const json = path.join(dir, 'timings.json');
  await rm(json, { force: true });
  const run = await runMeasured(NODE, [script, dir, json], { cwd: dir });
  const timings = JSON.parse(await readFile(json, 'utf8').catch(() => '{}')) as { stages?: Array<{ stage: string; ms: number }>; maxRSSKB?: number };
  const ok = run.exitCode === 0 && Boolean(timings.stages);
  await saveLog(path.dirname(dir), 'baseline', run);
  return {
    ok, ...(ok ? {} : { error: failure(run) }),
    wallMs: run.wallMs, cpuMs: run.cpuMs, stages: Object.fromEntries((timings.stages ?? []).map((st) => [st.stage, st.ms])),
    nodeMaxRssKB: timings.maxRSSKB ?? run.timeMaxRssKB, treePeakRssKB: run.treePeakRssKB, stagePeakRssKB: run.stagePeakRssKB, load: run.load,
  };
}

function summarize(list: BuildRun[], dist: BuildSummary['dist']): BuildSummary {
  const ok = list.filter((r) => r.ok);
  if (ok.length === 0) return { runs: list, median: null, dist };
  const stageNames = [...new Set(ok.flatMap((r) => Object.keys(r.stages)))];
  const medianOf = (pick: (r: BuildRun) => Record<string, number> | undefined) =>
    Object.fromEntries([...new Set(ok.flatMap((r) => Object.keys(pick(r) ?? {})))].map((n) => [n, median(ok.flatMap((r) => (pick(r)?.[n] === undefined ? [] : [pick(r)![n]!])))]));
  return {
    runs: list,
    median: {
      wallMs: median(ok.map((r) => r.wallMs)),
      cpuMs: median(ok.map((r) => r.cpuMs ?? NaN)),
      stages: Object.fromEntries(stageNames.map((n) => [n, median(ok.flatMap((r) => (r.stages[n] === undefined ? [] : [r.stages[n]!])))])),
      stageCpuMs: medianOf((r) => r.stageCpuMs),
      treePeakRssKB: median(ok.map((r) => r.treePeakRssKB ?? NaN)),
      nodeMaxRssKB: median(ok.map((r) => r.nodeMaxRssKB ?? NaN)),
      stagePeakRssKB: medianOf((r) => r.stagePeakRssKB),
    },
    dist,
  };
}

const fmtRun = (r: BuildRun) => (r.ok ? `${(r.wallMs / 1000).toFixed(1)} s, CPU ${((r.cpuMs ?? NaN) / 1000).toFixed(1)} s (${Object.entries(r.stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}), peak ${Math.round((r.treePeakRssKB ?? 0) / 1024)} MB, load ${r.load[0].toFixed(1)}` : `FAILED: ${r.error?.split('\n').at(-1)}`);

/** A small, realistic edit: one more sentence at the end of the article. */
async function editArticle(seeds: string, article: Article, sentence: string): Promise<void> {
  await appendFile(path.join(seeds, article.file), article.format === 'html' ? `<!-- ${sentence} -->\n` : `\n${sentence}\n`);
}

async function ingestAlone(seeds: string, content: string, work: string) {
  const json = path.join(work, 'ingest.json');
  await rm(json, { force: true });
  const run = await runMeasured(NODE, [path.join(root, 'scripts', 'bench', 'ingest-child.ts'), '--seeds', seeds, '--out', content, '--json', json], { cwd: work });
  await saveLog(work, 'ingest', run);
  if (run.exitCode !== 0) throw new Error(`ingest failed: ${failure(run)}`);
  const r = JSON.parse(await readFile(json, 'utf8')) as { ms: number; reused: number; processed: number; written: number };
  return { ms: r.ms, wallMs: run.wallMs, reused: r.reused, processed: r.processed, written: r.written };
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'sourcebook-bench-'));
  log(`Sourcebook benchmark: sizes ${sizes.join(', ')}, ${runs} run(s) each, seed ${seed}; work folder ${tmp}`);
  const result: BenchResult = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', memGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` },
    options: { sizes, runs, seed, large: values.large, profile: values.profile },
    sizes: [], growth: [], pageWeights: null, search: null, incremental: null, profile: null, rendering: [], targets: [], notes: [],
  };
  try {
    for (const n of sizes) {
      const work = path.join(tmp, `n${n}`);
      const seeds = path.join(work, 'seeds');
      const { corpus } = await writeCorpus(n, seed, seeds);
      const corpusBytes = corpus.files.reduce((sum, f) => sum + Buffer.byteLength(f.data), 0);
      log(`\nN = ${n}: ${corpus.files.length} input files (${(corpusBytes / 1048576).toFixed(1)} MB)`);
      if (values.rendering) {
        (result.rendering ??= []).push(await rendering(n, work, corpus.articles));
        await rm(work, { recursive: true, force: true });
        continue;
      }
      const baseDir = path.join(work, 'baseline');
      const script = values['no-baseline'] ? null : await prepareBaseline(baseDir, corpus.articles, path.join(root, 'node_modules'));
      const sb: BuildRun[] = [];
      const bl: BuildRun[] = [];
      let last: Awaited<ReturnType<typeof sourcebookBuild>> | null = null;
      for (let i = 1; i <= runs; i++) {
        // Interleaved, so that a noisy minute on the shared machine does not land on one side only.
        last = await sourcebookBuild(work, seeds);
        sb.push(last);
        log(`  run ${i}/${runs} sourcebook: ${fmtRun(last)}`);
        if (script) {
          const b = await baselineBuild(baseDir, script);
          bl.push(b);
          log(`  run ${i}/${runs} baseline:   ${fmtRun(b)}`);
        }
      }
      const sbDist = last?.ok ? await distStats(path.join(work, 'dist')) : null;
      const blDist = script && bl.at(-1)?.ok ? await distStats(path.join(baseDir, 'dist')) : null;
      const sourcebook = summarize(sb, sbDist);
      const baseline = script ? summarize(bl, blDist) : null;
      const size: SizeResult = {
        n, corpus: { files: corpus.files.length, bytes: corpusBytes }, sourcebook, baseline,
        msPerArticle: sourcebook.median ? sourcebook.median.wallMs / n : null,
        baselineMsPerArticle: baseline?.median ? baseline.median.wallMs / n : null,
        ratio: sourcebook.median && baseline?.median ? sourcebook.median.wallMs / baseline.median.wallMs : null,
        cpuRatio: sourcebook.median && baseline?.median && sourcebook.median.cpuMs > 0 && baseline.median.cpuMs > 0 ? sourcebook.median.cpuMs / baseline.median.cpuMs : null,
      };
      if (last?.ok) {
        size.layout = await siteLayout(path.join(work, 'dist'));
        const l = size.layout;
        log(`  offline precache ${(l.precache.bytes / 1024).toFixed(0)} KB (search index ${l.indexPrecached ? 'included' : 'not included'}); pages over 300 KB (not sources): ${l.largePages.length}; old single-page anchors unresolved: ${l.oldAnchors.unresolved.length} of ${l.oldAnchors.checked}`);
        for (const problem of l.oldAnchors.unresolved.slice(0, 5)) log(`    ${problem}`);
      }
      result.sizes.push(size);

      if (n === detailN && last?.ok) {
        const dist = path.join(work, 'dist');
        result.pageWeights = { n, types: await pageWeights(dist) };
        log(`  page weights: ${result.pageWeights.types.map((t) => `${t.type} ${(t.total.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
        if (!values['no-browser']) {
          try {
            result.search = { n, ...(await firstSearchBytes(dist, 'minerals')) };
            log(`  first search: ${(result.search.pagefind.bytes / 1024).toFixed(0)} KB under /pagefind/ in ${result.search.pagefind.requests} requests`);
          } catch (error) {
            result.search = { n, error: (error as Error).message.split('\n')[0]! };
            log(`  first search: not measured (${result.search.error})`);
          }
        }
        if (!values['no-incremental']) result.incremental = await incremental(n, work, seeds, corpus.articles);
        if (values.profile) {
          const profDir = path.join(work, 'prof');
          await rm(profDir, { recursive: true, force: true });
          await mkdir(profDir);
          const run = await sourcebookBuild(path.join(work, 'profiled'), seeds, { extraNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
          const profiles = (await readdir(profDir)).filter((f) => f.endsWith('.cpuprofile'));
          if (run.ok && profiles.length > 0) {
            // The build's main process writes the largest profile (workers, if any, write their own).
            const sized = await Promise.all(profiles.map(async (f) => ({ f, size: (await readFile(path.join(profDir, f))).length })));
            const main = sized.sort((a, b) => b.size - a.size)[0]!.f;
            result.profile = { n, ...(await summarizeProfile(path.join(profDir, main), root)) };
            log(`  profile: ${result.profile.byOwner.slice(0, 5).map((o) => `${o.owner} ${(o.ms / 1000).toFixed(1)} s`).join(', ')}`);
          }
        }
      }
      if (!values.keep) {
        await rm(path.join(work, 'dist'), { recursive: true, force: true });
        await rm(baseDir, { recursive: true, force: true });
      }
      // Results so far, in case a later (larger) size is interrupted.
      if (n !== sizes.at(-1)) await finish(result, true);
    }
  } finally {
    if (!values.keep) await rm(tmp, { recursive: true, force: true });
    else log(`\nkept ${tmp}`);
  }

  await finish(result);
  if (result.sizes.some((z) => z.sourcebook.runs.some((r) => !r.ok))) process.exitCode = 1;
}

/** Derived figures (growth, targets, notes), then the report files and the table on the terminal. */
async function finish(result: BenchResult, partial = false): Promise<void> {
  for (const z of result.sizes) z.cpuMsPerArticle = z.sourcebook.median?.cpuMs ? z.sourcebook.median.cpuMs / z.n : null;
  result.growth = [];
  for (let i = 1; i < result.sizes.length; i++) {
    const a = result.sizes[i - 1]!;
    const b = result.sizes[i]!;
    const ratio = (p: number | null | undefined, q: number | null | undefined) => (p && q ? q / p : null);
    result.growth.push({
      from: a.n, to: b.n,
      ratio: ratio(a.msPerArticle, b.msPerArticle),
      cpuRatio: ratio(a.cpuMsPerArticle, b.cpuMsPerArticle),
      baselineRatio: ratio(a.baselineMsPerArticle, b.baselineMsPerArticle),
    });
  }
  result.targets = targets(result);
  result.notes = notes(result);
  await mkdir(values.out, { recursive: true });
  await writeFile(path.join(values.out, 'latest-report.md'), toMarkdown(result));
  await writeFile(path.join(values.out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (result.sizes.length === 0) {
    for (const z of result.rendering ?? []) log(`N = ${z.n}: MDX modules ${((z.mdx.median?.wallMs ?? NaN) / 1000).toFixed(2)} s, data by one route ${((z.data.median?.wallMs ?? NaN) / 1000).toFixed(2)} s: ${z.ratio?.toFixed(2) ?? '–'}×`);
    log(`\nwrote ${path.relative(root, path.join(values.out, 'latest-report.md'))} and latest.json`);
    return;
  }
  log(`\n${sizesTable(result)}\n`);
  if (partial) return;
  for (const t of result.targets) log(`${t.met === null ? '·' : t.met ? '✔' : '✘'} ${t.name}: ${t.measured} (target ${t.target})`);
  log(`\nwrote ${path.relative(root, path.join(values.out, 'latest-report.md'))} and latest.json`);
}

/** Plain Astro over the same articles, rendered from one MDX module per article and from data by one route, interleaved. */
async function rendering(n: number, work: string, articles: readonly Article[]): Promise<RenderingResult> {
  const dirs = { mdx: path.join(work, 'baseline-mdx'), data: path.join(work, 'baseline-data') };
  const scripts = { mdx: await prepareBaseline(dirs.mdx, articles, path.join(root, 'node_modules'), 'mdx'), data: await prepareBaseline(dirs.data, articles, path.join(root, 'node_modules'), 'data') };
  const list: Record<'mdx' | 'data', BuildRun[]> = { mdx: [], data: [] };
  for (let i = 1; i <= runs; i++) {
    for (const mode of ['mdx', 'data'] as const) {
      const run = await baselineBuild(dirs[mode], scripts[mode]);
      list[mode].push(run);
      log(`  run ${i}/${runs} ${mode === 'mdx' ? 'MDX modules  ' : 'data, 1 route'}: ${fmtRun(run)}`);
    }
  }
  const mdx = summarize(list.mdx, await distStats(path.join(dirs.mdx, 'dist')).catch(() => null));
  const data = summarize(list.data, await distStats(path.join(dirs.data, 'dist')).catch(() => null));
  return { n, mdx, data, ratio: mdx.median && data.median ? mdx.median.wallMs / data.median.wallMs : null };
}

async function incremental(n: number, work: string, seeds: string, articles: readonly Article[]): Promise<Incremental> {
  const content = path.join(work, 'content');
  const inc: Incremental = { n, noChangeIngest: [], oneChangeIngest: null, oneChangeBuild: null };
  // The last cold build left content/ and its ingest cache: ingest again with nothing changed.
  for (let i = 0; i < runs; i++) inc.noChangeIngest.push(await ingestAlone(seeds, content, work));
  log(`  no-change ingest: ${inc.noChangeIngest.map((r) => `${(r.ms / 1000).toFixed(2)} s (${r.reused} reused, ${r.processed} re-ingested)`).join('; ')}`);
  const editable = articles.filter((a) => a.format === 'txt' && a.copyOf === null && !articles.some((b) => b.copyOf === a.file));
  if (editable.length >= 2) {
    await editArticle(seeds, editable[0]!, 'The ministry said on Friday that the review would take another month.');
    inc.oneChangeIngest = { file: editable[0]!.file, ...(await ingestAlone(seeds, content, work)) };
    log(`  one-change ingest: ${(inc.oneChangeIngest.ms / 1000).toFixed(2)} s (${inc.oneChangeIngest.reused} reused, ${inc.oneChangeIngest.processed} re-ingested, ${inc.oneChangeIngest.written} files written)`);
    await editArticle(seeds, editable[1]!, 'Officials said on Saturday that the talks would resume next week.');
    const run = await sourcebookBuild(work, seeds, { warm: true });
    inc.oneChangeBuild = { file: editable[1]!.file, run, reused: run.reused, processed: run.processed, pagesRendered: run.pagesRendered ?? null, pagesKept: run.pagesKept ?? null };
    log(`  one-change build: ${fmtRun(run)}; ${run.reused} reused, ${run.processed} re-ingested; ${run.pagesRendered ?? '?'} pages rendered, ${run.pagesKept ?? '?'} kept`);
  }
  return inc;
}

function targets(r: BenchResult): Target[] {
  const at = (n: number) => r.sizes.find((z) => z.n === n);
  const t: Target[] = [];
  const k = at(1000);
  const h = at(100);
  t.push({
    name: 'build ≤ 1.5× plain Astro at 1,000', target: '≤ 1.50×',
    measured: k?.ratio ? `${k.ratio.toFixed(2)}× (${((k.sourcebook.median?.wallMs ?? 0) / 1000).toFixed(1)} s vs ${((k.baseline?.median?.wallMs ?? 0) / 1000).toFixed(1)} s); CPU time ${k.cpuRatio?.toFixed(2) ?? '–'}×` : 'not measured',
    met: k?.ratio ? k.ratio <= 1.5 : null,
  });
  t.push({
    name: 'build at 1,000 faster than ~21 s', target: '< 21 s',
    measured: k?.sourcebook.median ? `${(k.sourcebook.median.wallMs / 1000).toFixed(1)} s (CPU ${(k.sourcebook.median.cpuMs / 1000).toFixed(1)} s)` : 'not measured',
    met: k?.sourcebook.median ? k.sourcebook.median.wallMs < 21_000 : null,
  });
  const cpuGrowth = k?.cpuMsPerArticle && h?.cpuMsPerArticle ? k.cpuMsPerArticle / h.cpuMsPerArticle : null;
  t.push({
    name: 'ms/article at 1,000 ≤ 1.2× that at 100', target: '≤ 1.20×',
    measured: k?.msPerArticle && h?.msPerArticle
      ? `${(k.msPerArticle / h.msPerArticle).toFixed(2)}× wall (${k.msPerArticle.toFixed(1)} vs ${h.msPerArticle.toFixed(1)} ms); ${cpuGrowth?.toFixed(2) ?? '–'}× CPU (${k.cpuMsPerArticle?.toFixed(1) ?? '–'} vs ${h.cpuMsPerArticle?.toFixed(1) ?? '–'} ms)`
      : 'not measured',
    met: k?.msPerArticle && h?.msPerArticle ? k.msPerArticle / h.msPerArticle <= 1.2 : null,
  });
  const l = at(5000);
  t.push({
    name: 'peak memory at 5,000 < 2.5 GB', target: '< 2560 MB',
    measured: l?.sourcebook.median ? `${Math.round(l.sourcebook.median.treePeakRssKB / 1024)} MB (process tree)` : 'not measured (run with --large)',
    met: l?.sourcebook.median ? l.sourcebook.median.treePeakRssKB < 2560 * 1024 : null,
  });
  // #16: cold build against the baseline, the one-article rebuild, growth to 5,000.
  t.push({
    name: '#16 cold build at 1,000 ≤ 2.0× plain Astro', target: '≤ 2.00×',
    measured: k?.ratio ? `${k.ratio.toFixed(2)}×` : 'not measured',
    met: k?.ratio ? k.ratio <= 2 : null,
  });
  const one = r.incremental?.n === 1000 ? r.incremental.oneChangeBuild : null;
  const baseCold = k?.baseline?.median?.wallMs ?? null;
  t.push({
    name: "#16 one article changed at 1,000 ≤ 1.0× the baseline's cold build", target: '≤ 1.00×',
    measured: one && baseCold ? `${(one.run.wallMs / baseCold).toFixed(2)}× (${(one.run.wallMs / 1000).toFixed(1)} s vs ${(baseCold / 1000).toFixed(1)} s; ${one.pagesRendered ?? '?'} pages rendered)` : 'not measured',
    met: one && baseCold ? one.run.wallMs <= baseCold : null,
  });
  t.push({
    name: '#16 ms/article from 1,000 to 5,000 grows ≤ 1.1×', target: '≤ 1.10×',
    measured: k?.msPerArticle && l?.msPerArticle ? `${(l.msPerArticle / k.msPerArticle).toFixed(2)}× (${l.msPerArticle.toFixed(1)} vs ${k.msPerArticle.toFixed(1)} ms)` : 'not measured',
    met: k?.msPerArticle && l?.msPerArticle ? l.msPerArticle / k.msPerArticle <= 1.1 : null,
  });
  // #18: page size, offline precache with the search index, old addresses — at every size built.
  for (const z of r.sizes.filter((s) => s.layout)) {
    const lay = z.layout!;
    t.push({
      name: `#18 at ${z.n}: offline precache ≤ 5 MB with the search index`, target: '≤ 5,120 KB, index included',
      measured: `${Math.round(lay.precache.bytes / 1024)} KB, index ${lay.indexPrecached ? 'included' : 'not included'}`,
      met: lay.precache.bytes <= 5 * 1024 * 1024 && lay.indexPrecached,
    });
    t.push({
      name: `#18 at ${z.n}: no page over 300 KB but very long sources; old single-page anchors resolve`, target: '0 pages; 0 unresolved',
      measured: `${lay.largePages.length} pages; ${lay.oldAnchors.unresolved.length} of ${lay.oldAnchors.checked} anchors unresolved`,
      met: lay.largePages.length === 0 && lay.oldAnchors.unresolved.length === 0,
    });
  }
  const nc = r.incremental?.n === 1000 ? r.incremental.noChangeIngest : [];
  const ncMedian = nc.length ? median(nc.map((i) => i.ms)) : null;
  t.push({
    name: 'ingest with nothing changed at 1,000 < 1 s', target: '< 1 s',
    measured: ncMedian !== null ? `${(ncMedian / 1000).toFixed(2)} s in process (${(median(nc.map((i) => i.wallMs)) / 1000).toFixed(2)} s with Node start-up)` : 'not measured',
    met: ncMedian !== null ? ncMedian < 1000 : null,
  });
  return t;
}

function notes(r: BenchResult): string[] {
  const out: string[] = [];
  out.push('The corpus is synthetic (scripts/bench/generate.ts, seeded): 8–20 paragraphs per article, recurring people and organisations under alias variants, quotes reworded across articles, figures; ~20% carry site clutter and run-together words; ~6% Markdown with front matter, ~5% saved web pages, ~15% of text files have a sidecar, ~2% are syndicated copies.');
  out.push('The baseline gets the articles already clean (no ingest) and renders only their text: it is a floor for "a static site of these articles with search", not a like-for-like feature comparison.');
  for (const z of r.sizes) {
    const failed = z.sourcebook.runs.filter((run) => !run.ok);
    if (failed.length > 0) out.push(`N = ${z.n}: ${failed.length} Sourcebook run(s) failed: ${failed[0]!.error?.split('\n').slice(-3).join(' / ')}`);
  }
  const loads = r.sizes.flatMap((z) => z.sourcebook.runs.map((run) => run.load[0]));
  if (loads.length) {
    const busy = median(loads) > r.machine.cpus;
    out.push(`One-minute load average at the start of the Sourcebook runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${r.machine.cpus} cores${busy ? ': other work competed for the CPU throughout, so wall-clock times are inflated (and so is their spread); CPU time (user + system) is the steadier measure of what the build itself costs' : ''}.`);
  }
  return out;
}

if (values.rerender) await finish(JSON.parse(await readFile(values.rerender, 'utf8')) as BenchResult);
else await main();
