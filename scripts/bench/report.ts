/** The benchmark's results as data (latest.json) and as a Markdown report (latest-report.md). */
import type { SiteLayout } from './anchors.ts';
import type { DistStats } from './measure.ts';
import type { PageType, SearchBytes } from './weights.ts';
import type { ProfileSummary } from './profile.ts';

/** One build, Sourcebook or baseline. */
export type BuildRun = {
  ok: boolean;
  error?: string;
  wallMs: number;
  /** CPU time (user + system) of the build and its children, ms. */
  cpuMs: number | null;
  stages: Record<string, number>;
  /** CPU time of each stage as the build reports it (scripts/build.ts: its process and threads, and the astro stage's process), ms. */
  stageCpuMs?: Record<string, number>;
  /** Peak RSS of the build's Node process (process.resourceUsage), kB. */
  nodeMaxRssKB: number | null;
  /** Peak of the summed RSS of the build's process tree (Node + Pagefind's binary), kB. */
  treePeakRssKB: number | null;
  /** The same peak while each stage ran, kB. */
  stagePeakRssKB?: Record<string, number>;
  load: [number, number];
  sourcesIngested?: number;
  /** Pages (and data files) the astro stage rendered, and kept from the previous build (incremental build), as the build reports them. */
  pagesRendered?: number | null;
  pagesKept?: number | null;
};

export type BuildSummary = {
  runs: BuildRun[];
  /** Medians over the successful runs. */
  median: { wallMs: number; cpuMs: number; stages: Record<string, number>; stageCpuMs?: Record<string, number>; treePeakRssKB: number; nodeMaxRssKB: number; stagePeakRssKB?: Record<string, number> } | null;
  dist: DistStats | null;
};

export type SizeResult = {
  n: number;
  /** The offline precache after one visit and the pages over 300 KB (scripts/bench/anchors.ts siteLayout). */
  layout?: SiteLayout | null;
  /** Input files written by the generator (articles + sidecars) and their bytes. */
  corpus: { files: number; bytes: number };
  sourcebook: BuildSummary;
  baseline: BuildSummary | null;
  msPerArticle: number | null;
  /** CPU ms per article (user + system time of the build and its children). */
  cpuMsPerArticle?: number | null;
  baselineMsPerArticle: number | null;
  /** Sourcebook total ÷ baseline total (medians of wall time). */
  ratio: number | null;
  /** The same for CPU time (user + system), steadier on a busy machine. */
  cpuRatio: number | null;
};

export type Incremental = {
  n: number;
  noChangeIngest: Array<{ ms: number; wallMs: number; reused: number; processed: number; written: number }>;
  oneChangeIngest: { file: string; ms: number; wallMs: number; reused: number; processed: number; written: number } | null;
  oneChangeBuild: { file: string; run: BuildRun; reused: number | null; processed: number | null; pagesRendered?: number | null; pagesKept?: number | null } | null;
};

export type Target = { name: string; target: string; measured: string; met: boolean | null };

export type BenchResult = {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memGB: number; node: string; platform: string };
  options: { sizes: number[]; runs: number; seed: number; large: boolean; profile: boolean };
  sizes: SizeResult[];
  /** ms/article at each N ÷ ms/article at the previous N. */
  growth: Array<{ from: number; to: number; ratio: number | null; cpuRatio?: number | null; baselineRatio: number | null }>;
  pageWeights: { n: number; types: PageType[] } | null;
  search: ({ n: number } & SearchBytes) | { n: number; error: string } | null;
  incremental: Incremental | null;
  profile: ({ n: number } & ProfileSummary) | null;
  /** `--rendering`: plain Astro rendering the articles from MDX modules vs from data by one route. */
  rendering?: RenderingResult[];
  targets: Target[];
  notes: string[];
};

/** The same articles built by plain Astro two ways: `mdx` (a module per article), `data` (one route); ratio = mdx ÷ data wall time. */
export type RenderingResult = { n: number; mdx: BuildSummary; data: BuildSummary; ratio: number | null };

const s = (ms: number | null | undefined, digits = 2) => (ms === null || ms === undefined || Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(digits));
const mb = (kb: number | null | undefined) => (kb === null || kb === undefined || Number.isNaN(kb) ? '–' : `${Math.round(kb / 1024)} MB`);
const kb = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const x = (r: number | null | undefined) => (r === null || r === undefined || Number.isNaN(r) ? '–' : `${r.toFixed(2)}×`);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The stages with a column of their own (scripts/build.ts), in build order. */
const MAIN_STAGES = ['ingest', 'tag', 'knowledge', 'cite', 'astro build', 'pagefind'];

/** Stages of the build besides the main ones (e.g. "service worker"). */
export function otherStages(r: BenchResult): string[] {
  return [...new Set(r.sizes.flatMap((z) => Object.keys(z.sourcebook.median?.stages ?? {})))].filter((k) => !MAIN_STAGES.includes(k));
}

/** The main table: one row per N. */
export function sizesTable(r: BenchResult): string {
  const rows = r.sizes.map((z) => {
    const m = z.sourcebook.median;
    const b = z.baseline?.median;
    const failed = z.sourcebook.runs.filter((run) => !run.ok).length;
    return [
      String(z.n),
      ...MAIN_STAGES.map((name) => s(m?.stages[name])),
      m ? s(Object.entries(m.stages).filter(([k]) => !MAIN_STAGES.includes(k)).reduce((sum, [, v]) => sum + v, 0)) : '–',
      `${s(m?.wallMs)}${failed ? ` (${failed} failed)` : ''}`, s(m?.cpuMs, 1),
      z.msPerArticle === null ? '–' : z.msPerArticle.toFixed(1),
      z.cpuMsPerArticle === null || z.cpuMsPerArticle === undefined ? '–' : z.cpuMsPerArticle.toFixed(1),
      mb(m?.treePeakRssKB), mb(m?.nodeMaxRssKB),
      s(b?.wallMs), s(b?.cpuMs, 1), z.baselineMsPerArticle === null ? '–' : z.baselineMsPerArticle.toFixed(1), x(z.ratio), x(z.cpuRatio),
      z.sourcebook.dist ? String(z.sourcebook.dist.htmlPages) : '–',
      z.sourcebook.dist ? `${z.sourcebook.dist.files} / ${kb(z.sourcebook.dist.bytes)}` : '–',
      z.baseline?.dist ? `${z.baseline.dist.files} / ${kb(z.baseline.dist.bytes)}` : '–',
    ];
  });
  return table(
    ['N', ...MAIN_STAGES.map((name) => `${name === 'astro build' ? 'astro' : name} s`), 'other stages s', 'total s', 'CPU s', 'ms/article', 'CPU ms/article', 'peak RSS (tree)', 'peak RSS (node)', 'baseline s', 'baseline CPU s', 'baseline ms/article', 'ratio', 'CPU ratio', 'HTML pages', 'files / bytes', 'baseline files / bytes'],
    rows,
  );
}

export function toMarkdown(r: BenchResult): string {
  const out: string[] = [];
  out.push('# Sourcebook benchmark', '');
  out.push(`Generated ${r.generatedAt} by \`npm run bench -- --sizes ${r.options.sizes.join(',')} --runs ${r.options.runs}${r.options.large ? ' --large' : ''}${r.options.profile ? ' --profile' : ''}\` (seed ${r.options.seed}).`, '');
  out.push(`Machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memGB} GB RAM, Node ${r.machine.node}, ${r.machine.platform}; shared and noisy, so every figure is the **median of ${r.options.runs} cold run(s)** (Sourcebook and baseline runs interleaved). Cold = generated content, dist and Astro's cache folder deleted before each run (the OS file cache is not dropped).`, '');
  if (r.rendering?.length) {
    out.push('## Rendering: one MDX module per article, or one route over data', '');
    out.push('Plain Astro, the same articles and bare layout, then Pagefind. **MDX modules**: `@astrojs/mdx`, each article compiled to a JS module and rendered with `render(entry)`. **Data, one route**: the same .mdx files read by a collection loader as front matter and paragraphs, rendered by `[slug].astro` (how Sourcebook renders its sources). Median of the runs, interleaved.', '');
    out.push(table(
      ['N', 'MDX: astro s', 'MDX: total s', 'MDX: peak RSS', 'data: astro s', 'data: total s', 'data: peak RSS', 'MDX ÷ data (wall)'],
      r.rendering.map((z) => [String(z.n), s(z.mdx.median?.stages['astro build']), s(z.mdx.median?.wallMs), mb(z.mdx.median?.treePeakRssKB), s(z.data.median?.stages['astro build']), s(z.data.median?.wallMs), mb(z.data.median?.treePeakRssKB), x(z.ratio)]),
    ), '');
    if (r.sizes.length === 0) return `${out.join('\n')}\n`;
  }
  out.push('## Whole build', '');
  out.push('Sourcebook = `node scripts/build.ts --seeds <corpus> --content <tmp> --dist <tmp>` as a child process (ingest → tag → knowledge → cite → astro build → pagefind → service worker). Baseline = plain Astro + @astrojs/mdx building the same articles (already clean, as MDX, one `[slug].astro` page in a bare layout, no ingest, no cross-references), then Pagefind. Times are wall-clock seconds of the whole child process; stage times are what the build reports for itself; CPU s is user + system time of the process and its children (less disturbed by other work on the machine than wall time; above wall time when Pagefind or Astro use both cores). Peak RSS (tree) sums the build process and its children (the astro stage runs in a child process of its own, Pagefind as a separate binary); peak RSS (node) is the largest single Node process (the build process or its astro stage).', '');
  out.push(sizesTable(r), '');
  if (otherStages(r).length > 0) out.push(`Other stages: ${otherStages(r).join(', ')}.`, '');
  const withStageCpu = r.sizes.filter((z) => z.sourcebook.median?.stageCpuMs && Object.keys(z.sourcebook.median.stageCpuMs).length > 0);
  if (withStageCpu.length > 0) {
    const names = [...new Set(withStageCpu.flatMap((z) => Object.keys(z.sourcebook.median!.stageCpuMs!)))];
    out.push('CPU time by stage (user + system, s; the build process and its worker threads, and the astro stage\'s own process; Pagefind\'s binary is not counted; median of the runs):', '');
    out.push(table(['N', ...names], withStageCpu.map((z) => [String(z.n), ...names.map((n) => s(z.sourcebook.median!.stageCpuMs![n]))])), '');
  }
  const withStagePeaks = r.sizes.filter((z) => z.sourcebook.median?.stagePeakRssKB && Object.keys(z.sourcebook.median.stagePeakRssKB).length > 0);
  if (withStagePeaks.length > 0) {
    const names = [...new Set(withStagePeaks.flatMap((z) => Object.keys(z.sourcebook.median!.stagePeakRssKB!)))];
    out.push('Peak memory by stage (summed RSS of the process tree while the stage ran, sampled every 100 ms; median of the runs):', '');
    out.push(table(['N', ...names, 'baseline astro build', 'baseline pagefind'], withStagePeaks.map((z) => [
      String(z.n), ...names.map((n) => mb(z.sourcebook.median!.stagePeakRssKB![n])),
      mb(z.baseline?.median?.stagePeakRssKB?.['astro build']), mb(z.baseline?.median?.stagePeakRssKB?.pagefind),
    ])), '');
  }
  if (r.growth.length > 0) {
    out.push('Growth of ms/article from one N to the next: ' + r.growth.map((g) => `${g.from} → ${g.to}: ${x(g.ratio)} wall, ${x(g.cpuRatio)} CPU (baseline ${x(g.baselineRatio)} wall)`).join('; ') + '.', '');
  }
  out.push('## Targets', '');
  out.push(table(['target', 'wanted', 'measured', 'met'], r.targets.map((t) => [t.name, t.target, t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'])), '');
  const laid = r.sizes.filter((z) => z.layout);
  if (laid.length > 0) {
    out.push('## Offline precache and page size', '');
    out.push('What the service worker downloads on a first visit (the shell and the search index; pages are kept as they are visited), what keeping the whole site offline would take (the reader\'s choice, its size stated on the search page), and the HTML pages over 300 KB (source pages of very long articles apart).', '');
    out.push(table(
      ['N', 'precache after one visit', 'search index in it', 'whole site offline', 'pages over 300 KB (not sources)', 'source pages over 300 KB', 'largest page', 'old single-page anchors unresolved'],
      laid.map((z) => {
        const l = z.layout!;
        return [
          String(z.n), `${kb(l.precache.bytes)} in ${l.precache.files} files`, l.indexPrecached === undefined ? '–' : l.indexPrecached ? 'yes' : '**no**', l.wholeSite ? `${kb(l.wholeSite.bytes)} in ${l.wholeSite.files} files` : '–',
          l.largePages.length === 0 ? '0' : `${l.largePages.length}: ${l.largePages.slice(0, 5).map((p) => `\`${p.path}\` ${kb(p.bytes)}`).join(', ')}`,
          String(l.largeSourcePages), l.largest ? `\`${l.largest.path}\` ${kb(l.largest.bytes)}` : '–',
          l.oldAnchors ? `${l.oldAnchors.unresolved.length} of ${l.oldAnchors.checked}` : '–',
        ];
      }),
    ), '');
  }
  if (r.pageWeights) {
    out.push(`## Page weight by page type (N = ${r.pageWeights.n})`, '');
    out.push('One page per type (the one with the median HTML size of its type); CSS and JS are the files it links (and what they import) plus inline styles and scripts. Raw bytes, gzip in parentheses.', '');
    out.push(table(
      ['type', 'pages', 'example', 'HTML (min–max)', 'CSS', 'JS', 'total'],
      r.pageWeights.types.map((t) => [
        t.type, String(t.pages), `\`${t.example}\``,
        `${kb(t.html.bytes)} (${kb(t.html.gzip)}; ${kb(t.html.min)}–${kb(t.html.max)})`,
        `${kb(t.css.bytes)} (${kb(t.css.gzip)})`, `${kb(t.js.bytes)} (${kb(t.js.gzip)})`, `${kb(t.total.bytes)} (${kb(t.total.gzip)})`,
      ]),
    ), '');
  }
  if (r.search) {
    out.push(`## First search query (N = ${r.search.n})`, '');
    if ('error' in r.search) out.push(`Not measured: ${r.search.error}`, '');
    else {
      const q = r.search;
      out.push(`Chromium opened \`/search/?q=${q.query}\` on a local static server (no compression, no cache) and waited for the results (${q.results} shown, first after ${s(q.msToFirstResult)} s). Transferred bytes (headers + body) under \`/pagefind/\`: **${kb(q.pagefind.bytes)}** in ${q.pagefind.requests} requests; the search page itself (HTML, CSS, favicon) ${kb(q.page.bytes)} in ${q.page.requests}.`, '');
      out.push(table(['kind', 'requests', 'bytes'], Object.entries(q.byKind).sort((a, b) => b[1].bytes - a[1].bytes).map(([k, v]) => [k, String(v.requests), kb(v.bytes)])), '');
    }
  }
  if (r.incremental) {
    const inc = r.incremental;
    out.push(`## Incremental (N = ${inc.n})`, '');
    const rows: string[][] = inc.noChangeIngest.map((i, k) => [`ingest, nothing changed (run ${k + 1})`, s(i.ms), s(i.wallMs), `${i.reused} / ${i.processed}`, String(i.written)]);
    if (inc.oneChangeIngest) rows.push([`ingest, one article changed (${inc.oneChangeIngest.file})`, s(inc.oneChangeIngest.ms), s(inc.oneChangeIngest.wallMs), `${inc.oneChangeIngest.reused} / ${inc.oneChangeIngest.processed}`, String(inc.oneChangeIngest.written)]);
    if (inc.oneChangeBuild) {
      const b = inc.oneChangeBuild;
      const stages = Object.entries(b.run.stages).map(([k, v]) => `${k} ${s(v)} s`).join(', ');
      const pages = b.pagesRendered === undefined || b.pagesRendered === null ? '' : `; pages rendered ${b.pagesRendered} of ${b.pagesRendered + (b.pagesKept ?? 0)} (${b.pagesKept ?? 0} kept)`;
      rows.push([`whole build, another article changed (${b.file}): ${stages}; CPU ${s(b.run.cpuMs, 1)} s${pages}`, s(b.run.stages.ingest), s(b.run.wallMs), `${b.reused ?? '–'} / ${b.processed ?? '–'}`, '–']);
    }
    out.push(table(['what', 'ingest s (in process)', 'wall s (process)', 'reused / re-ingested', 'files written'], rows), '');
    const b = inc.oneChangeBuild;
    if (b && b.pagesRendered !== undefined && b.pagesRendered !== null) {
      out.push(`Pages re-rendered by the one-article rebuild: **${b.pagesRendered}** of ${b.pagesRendered + (b.pagesKept ?? 0)} (${b.pagesKept ?? 0} kept from the previous build by Astro's incremental build: their cacheKey, a hash of everything the page shows, and their modules were unchanged).`, '');
    }
    out.push('The ingest keeps `<content>/.ingest-cache.json`: per input file, the sha256 of (ingest version, file bytes, sidecar bytes) and the per-file result, so an unchanged file skips decode → metadata; slugs, copies and emit still run over the whole corpus. The astro stage renders only the pages whose data changed (the experimental incremental build of Astro, keyed per page by src/lib/pages/cache-key.ts; the rebuild reuses the cache folder of the cold build); the knowledge, Pagefind and service-worker stages still run over the whole site.', '');
  }
  if (r.profile) {
    const p = r.profile;
    out.push(`## Where the time goes (N = ${p.n}, one extra build with \`--cpu-prof\`)`, '');
    out.push(`The largest CPU profile the build wrote (the astro stage's process, scripts/astro-build.ts; the build process and the tag stage's worker threads write their own), ${s(p.totalMs)} s profiled. Self time by owner:`, '');
    out.push(table(['owner', 'self s'], p.byOwner.slice(0, 15).map((o) => [o.owner, s(o.ms)])), '');
    out.push('Project functions by inclusive time (the site\'s code runs from the bundle Astro builds, named by chunk file):', '');
    out.push(table(['function', 'inclusive s'], p.topProject.slice(0, 12).map((f) => [`\`${f.fn}\``, s(f.ms)])), '');
    out.push('Functions by self time:', '');
    out.push(table(['function', 'owner', 'self s'], p.topSelf.slice(0, 12).map((f) => [`\`${f.fn}\``, f.owner, s(f.ms)])), '');
  }
  if (r.notes.length > 0) out.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return `${out.join('\n')}\n`;
}
