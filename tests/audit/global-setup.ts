/**
 * Starts the static server for the whole run (its URL goes to the tests as
 * AUDIT_URL) and, at the end, writes and prints the run's weights table and
 * list of findings.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsBudget } from './budgets.ts';
import type { Finding } from './lib/findings.ts';
import { serveStatic } from './lib/server.ts';
import { BASE, DIST, OUT, htmlFiles } from './lib/site.ts';

export interface PageWeight {
  page: string;
  type: string;
  html: number;
  css: number;
  js: number;
  /** Of `js`, bytes in inline scripts; of `css`, bytes in inline styles. */
  inlineJs: number;
  inlineCss: number;
  /** Everything else fetched during load (images, fonts, JSON, WebAssembly …). */
  other: number;
  requests: number;
}

const kb = (n: number) => (n / 1024).toFixed(1);
/** A path as the user would type it: relative to the working folder when inside it. */
const shown = (p: string) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p));

function readJsonDir<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as T);
}

function summarizeWeights(): void {
  const pages = readJsonDir<PageWeight>(path.join(OUT, 'weights')).sort((a, b) => a.page.localeCompare(b.page));
  if (pages.length === 0) return;
  const types = new Map<string, PageWeight[]>();
  for (const p of pages) types.set(p.type, [...(types.get(p.type) ?? []), p]);
  const byType = [...types].sort(([a], [b]) => a.localeCompare(b)).map(([type, list]) => {
    const max = (k: keyof PageWeight) => Math.max(...list.map((p) => p[k] as number));
    const mean = (k: keyof PageWeight) => list.reduce((s, p) => s + (p[k] as number), 0) / list.length;
    const budget = jsBudget(type.split(' ')[0]!);
    return {
      type, pages: list.length,
      html: { mean: Math.round(mean('html')), max: max('html') },
      css: { mean: Math.round(mean('css')), max: max('css') },
      js: { mean: Math.round(mean('js')), max: max('js') },
      other: { max: max('other') },
      jsBudget: Number.isFinite(budget) ? budget : null,
    };
  });
  writeFileSync(path.join(OUT, 'weights.json'), `${JSON.stringify({ dist: DIST, base: BASE, unit: 'bytes', byType, pages }, null, 2)}\n`);
  const rows = [
    ['type', 'pages', 'HTML KB (mean / max)', 'CSS KB (max)', 'JS KB (max)', 'JS budget KB', 'other KB (max)'],
    ...byType.map((t) => [
      t.type, String(t.pages), `${kb(t.html.mean)} / ${kb(t.html.max)}`, kb(t.css.max), kb(t.js.max),
      t.jsBudget === null ? 'no limit' : t.jsBudget === 0 ? 'none' : kb(t.jsBudget), kb(t.other.max),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\nPage weight by type (bytes as served, uncompressed; written to ${shown(path.join(OUT, 'weights.json'))}):`);
  for (const [i, r] of rows.entries()) {
    console.log(`  ${r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  ')}`);
    if (i === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
}

function summarizeFindings(): void {
  const all = readJsonDir<Finding[]>(path.join(OUT, 'findings')).flat();
  const defects = all.filter((f) => !f.advisory);
  const advisories = all.filter((f) => f.advisory);
  writeFileSync(path.join(OUT, 'findings.json'), `${JSON.stringify({ defects, advisories }, null, 2)}\n`);
  const print = (title: string, list: Finding[]) => {
    if (list.length === 0) return;
    console.log(`\n${title}:`);
    const checks = [...new Set(list.map((f) => f.check))].sort();
    for (const check of checks) {
      const of = list.filter((f) => f.check === check);
      console.log(`  ${check} (${of.length})`);
      for (const f of of.slice(0, 40)) console.log(`    ${f.page}  ${f.detail.split('\n')[0]}`);
      if (of.length > 40) console.log(`    … and ${of.length - 40} more (see findings.json)`);
    }
  };
  console.log(`\nAudit findings: ${defects.length} defect(s), ${advisories.length} advisory note(s) (${shown(path.join(OUT, 'findings.json'))})`);
  print('Defects', defects);
  print('Advisory (does not fail)', advisories);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const pages = htmlFiles(); // throws with a clear message when the site is not built
  for (const dir of ['weights', 'findings', 'screenshots']) rmSync(path.join(OUT, dir), { recursive: true, force: true });
  rmSync(path.join(OUT, 'weights.json'), { force: true });
  rmSync(path.join(OUT, 'findings.json'), { force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(DIST, BASE);
  process.env.AUDIT_URL = server.url;
  console.log(`Auditing ${pages.length} pages of ${DIST} (base ${BASE}), served at ${server.url}`);
  return async () => {
    await server.close();
    summarizeWeights();
    summarizeFindings();
  };
}
