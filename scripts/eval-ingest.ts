/**
 * `npm run eval:ingest`: scores the ingest (raw file → clean text + metadata) against the blind set in
 * tests/fixtures/eval-ingest/ (labels written before the ingest was tuned; see its README). Each half
 * (dev/, heldout/) is ingested as one corpus (file by file, then the evidence across its articles, as
 * `npm run ingest` does; `--per-file` leaves that out) and printed as its own block: titles right; precision and
 * recall per metadata field (date, publisher, author) with the values invented (stated nothing, or a
 * different value); clutter removal precision/recall with clutter lines left and article lines removed;
 * broken words repaired and wrong splits. Only dev/ may be used to tune; heldout/ is scored, never read.
 * `--verbose` prints each miss (never for heldout/); `--half dev` scores one half; `--only a,b` the labels whose file names contain a or b. Always exits 0: it reports, it does not gate.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ingestOne } from './ingest/one.ts';
import { FORMATS } from './ingest/extract.ts';
import { Rejection } from './ingest/types.ts';
import { applyCorpusEvidence } from './ingest/corpus.ts';
import type { Emittable } from './ingest/emit.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SET = path.join(ROOT, 'tests/fixtures/eval-ingest');
const HALVES = ['dev', 'heldout'] as const;

const Label = z.object({
  file: z.string(),
  style: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  republication: z.object({ originalPublisher: z.string().nullable().optional(), originalDate: z.string().nullable().optional() }).nullable().optional(),
  standfirst: z.string().nullable().optional(),
  paragraphs: z.array(z.string()),
  clutter: z.array(z.string()),
  brokenWords: z.array(z.object({ raw: z.string(), fixed: z.string() })),
});
type Label = z.infer<typeof Label>;

/** Case-, quote-, dash- and space-insensitive form of a text. */
const norm = (s: string) =>
  s.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
/** Markdown markup off a clutter line, as the ingest reads it ("*x*" → "x", "[a](b)" → "a", "![alt](src)" → "alt"). */
const unmark = (s: string) => s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*{1,2}|_{1,2})(\S[^*_]*?\S|\S)\1/g, '$2').replace(/^#{1,6}\s+/, '');
/** A name without a leading article, for publishers ("The Midland Courier" = "Midland Courier"). */
const bare = (s: string) => norm(s).replace(/^the /, '').replace(/[.,]$/, '');
/** The people an author field names, as a set ("A and B", "A, B"). */
const people = (s: string) => new Set(norm(s).split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const words = (s: string) => norm(s).replace(/[^\p{L}\p{N}' -]+/gu, ' ').split(/\s+/).filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (hay: string, needle: string) => hay.match(new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;

type FieldScore = { stated: number; found: number; predicted: number; invented: number };
type Tally = {
  articles: number; rejected: number;
  titles: number; titleMisses: string[];
  fields: Record<'date' | 'publisher' | 'author' | 'original' | 'originalDate', FieldScore>;
  clutter: number; clutterLeft: number; articleLines: number; articleRemoved: number; articleExact: number;
  broken: number; repaired: number; repairsMade: number; wrongSplits: number;
  misses: string[];
};

function newTally(): Tally {
  const field = (): FieldScore => ({ stated: 0, found: 0, predicted: 0, invented: 0 });
  return {
    articles: 0, rejected: 0, titles: 0, titleMisses: [], fields: { date: field(), publisher: field(), author: field(), original: field(), originalDate: field() },
    clutter: 0, clutterLeft: 0, articleLines: 0, articleRemoved: 0, articleExact: 0, broken: 0, repaired: 0, repairsMade: 0, wrongSplits: 0, misses: [],
  };
}

/** Share of a paragraph's word 4-grams (or words, when short) found in the output: below one half it counts as removed. */
function coverage(paragraph: string, outputWords: Set<string>, outputGrams: Set<string>): number {
  const w = words(paragraph);
  if (w.length < 4) return w.filter((x) => outputWords.has(x)).length / Math.max(1, w.length);
  const grams = w.slice(3).map((_, i) => w.slice(i, i + 4).join(' '));
  return grams.filter((g) => outputGrams.has(g)).length / grams.length;
}

function scoreField(t: FieldScore, stated: string | null, predicted: string | null, same: (a: string, b: string) => boolean): boolean {
  if (stated !== null) t.stated++;
  if (predicted !== null) t.predicted++;
  if (predicted === null) return stated === null;
  if (stated !== null && same(stated, predicted)) {
    t.found++;
    return true;
  }
  t.invented++;
  return false;
}

type Article = Awaited<ReturnType<typeof ingestOne>>;

/** One labelled file through the per-file stages, or why it was rejected. */
async function ingestLabelled(half: string, label: Label): Promise<Article | Rejection> {
  const file = label.file.slice(half.length + 1);
  const ext = path.extname(file).slice(1).toLowerCase() as keyof typeof FORMATS;
  try {
    return await ingestOne(file, path.join(SET, label.file), FORMATS[ext], null);
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return error;
  }
}

/** Each half is one corpus, as `npm run ingest` reads a folder: the evidence across its articles applies. */
function withCorpusEvidence(got: (Article | Rejection)[]): (Article | Rejection)[] {
  const articles = got.filter((a): a is Article => !(a instanceof Rejection));
  const out = applyCorpusEvidence(articles.map((a) => ({ frontmatter: { ...a, duplicateOf: null }, paragraphs: a.paragraphs, raw: '' }) as unknown as Emittable));
  const byFile = new Map(out.map((s) => [s.frontmatter.file, s]));
  return got.map((a) => (a instanceof Rejection ? a : { ...a, paragraphs: byFile.get(a.file)!.paragraphs, changes: byFile.get(a.file)!.frontmatter.changes }));
}

function scoreArticle(half: string, label: Label, t: Tally, got: Article | Rejection): void {
  t.articles++;
  const file = label.file.slice(half.length + 1);
  if (!(got instanceof Rejection)) return scoreIngested(file, label, t, got);
  t.rejected++;
  t.clutter += label.clutter.length;
  t.articleLines += label.paragraphs.length;
  t.articleRemoved += label.paragraphs.length;
  t.broken += label.brokenWords.length;
  t.misses.push(`${file}: rejected (${got.message})`);
}

function scoreIngested(file: string, label: Label, t: Tally, a: Article): void {
  const miss = (what: string) => t.misses.push(`${file}: ${what}`);
  const ext = path.extname(file).slice(1).toLowerCase();

  if (norm(a.title) === norm(label.title)) t.titles++;
  else miss(`title ${JSON.stringify(a.title)} ≠ ${JSON.stringify(label.title)}`);

  // The labels' date and publisher are this copy's; a republished copy keeps its own under `republished`
  // and credits the original in `date`/`publisher`, scored against the label's `republication`.
  const own = a.republished ?? { by: a.publisher, date: a.date };
  if (!scoreField(t.fields.date, label.date, own.date.value, (x, y) => x === y)) miss(`date ${own.date.value} (${own.date.evidence ?? own.date.from}) ≠ ${label.date}`);
  if (!scoreField(t.fields.publisher, label.publisher, own.by.value, (x, y) => bare(x) === bare(y))) miss(`publisher ${JSON.stringify(own.by.value)} (${own.by.evidence ?? own.by.from}) ≠ ${JSON.stringify(label.publisher)}`);
  const original = label.republication ?? null;
  if (!scoreField(t.fields.original, original?.originalPublisher ?? null, a.republished ? a.publisher.value : null, (x, y) => bare(x) === bare(y))) miss(`original publisher ${JSON.stringify(a.republished ? a.publisher.value : null)} ≠ ${JSON.stringify(original?.originalPublisher ?? null)}`);
  if (!scoreField(t.fields.originalDate, original?.originalDate ?? null, a.republished ? a.date.value : null, (x, y) => x === y)) miss(`original date ${a.republished ? a.date.value : null} ≠ ${original?.originalDate ?? null}`);
  if (!scoreField(t.fields.author, label.author, a.author.value, (x, y) => sameSet(people(x), people(y)))) miss(`author ${JSON.stringify(a.author.value)} ≠ ${JSON.stringify(label.author)}`);

  // Article lines: each labelled paragraph must survive (exact, or at least half its word 4-grams).
  const output = [a.title, a.standfirst ?? '', ...a.paragraphs];
  const outWords = output.flatMap(words);
  const outSet = new Set(outWords);
  const outGrams = new Set(output.flatMap((o) => { const w = words(o); return w.slice(3).map((_, i) => w.slice(i, i + 4).join(' ')); }));
  const outNorm = new Set(a.paragraphs.map(norm));
  for (const p of label.paragraphs) {
    t.articleLines++;
    if (outNorm.has(norm(p))) t.articleExact++;
    else if (coverage(p, outSet, outGrams) < 0.5) {
      t.articleRemoved++;
      miss(`article line removed: ${JSON.stringify(p.slice(0, 90))}`);
    }
  }

  // Clutter lines: left when an output block that is not article text (title, standfirst or a labelled paragraph) contains it.
  const legit = new Set([label.title, label.standfirst ?? '', ...label.paragraphs].map(norm));
  const extra = output.filter((o) => o && !legit.has(norm(o))).map(norm);
  for (const c of label.clutter) {
    t.clutter++;
    const n = norm(ext === 'md' || ext === 'markdown' ? unmark(c) : c);
    if (!n || /^[-*_]{3,}$/.test(n)) continue; // a thematic break is markup, not text
    if (extra.some((o) => count(o, n) > 0)) {
      t.clutterLeft++;
      miss(`clutter left: ${JSON.stringify(c.slice(0, 90))}`);
    }
  }

  // Broken words: repaired when the fixed form occurs in the output as often as in the labels.
  const labelText = norm([label.title, label.standfirst ?? '', ...label.paragraphs].join('\n'));
  const outText = norm(output.join('\n'));
  for (const b of label.brokenWords) {
    t.broken++;
    const fixed = norm(b.fixed);
    if (count(outText, fixed) >= count(labelText, fixed)) t.repaired++;
    else miss(`broken word not repaired: ${JSON.stringify(b.raw)} → ${JSON.stringify(b.fixed)}`);
  }
  // Wrong splits: a word repair whose result the labels do not have.
  for (const [i, c] of a.changes.entries()) {
    // The corpus's repairs (run-together-corpus, hyphenation-corpus) count as repairs too.
    if (!['run-together', 'hyphenation', 'hyphenated-compound', 'run-together-corpus', 'hyphenation-corpus'].includes(c.rule)) continue;
    // A per-file repair the corpus stage then corrected ("Star-base" → "Starbase") left the right word in the text: only the correction counts.
    if (a.changes.slice(i + 1).some((later) => later.rule.endsWith('-corpus') && later.before === c.after)) continue;
    t.repairsMade++;
    if (count(labelText, norm(c.after)) === 0) {
      t.wrongSplits++;
      miss(`wrong repair (${c.rule}): ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
    }
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(3));

function report(half: string, t: Tally, verbose: boolean): void {
  console.log(`\n== ${half}: ${t.articles} articles${t.rejected ? `, ${t.rejected} rejected` : ''}`);
  console.log(`titles right                  ${t.titles}/${t.articles} (${pct(t.titles, t.articles)})`);
  for (const [key, f] of Object.entries(t.fields)) {
    console.log(`${(key === 'original' ? 'republished from' : key === 'originalDate' ? 'original date' : key).padEnd(16)} precision ${ratio(f.found, f.predicted)}  recall ${ratio(f.found, f.stated)}  found ${f.found}/${f.stated} stated (${pct(f.found, f.stated)})  invented or wrong ${f.invented}`);
  }
  const removed = t.clutter - t.clutterLeft;
  console.log(`clutter    precision ${ratio(removed, removed + t.articleRemoved)}  recall ${ratio(removed, t.clutter)}`);
  console.log(`clutter lines left      ${t.clutterLeft}/${t.clutter} (${pct(t.clutterLeft, t.clutter)})`);
  console.log(`article lines removed   ${t.articleRemoved}/${t.articleLines} (${pct(t.articleRemoved, t.articleLines)}); exact ${t.articleExact}/${t.articleLines} (${pct(t.articleExact, t.articleLines)})`);
  console.log(`broken words repaired   ${t.repaired}/${t.broken} (${pct(t.repaired, t.broken)}); wrong splits ${t.wrongSplits} of ${t.repairsMade} repairs made`);
  if (verbose) for (const m of t.misses) console.log(`  - ${m}`);
}

const verbose = process.argv.includes('--verbose');
// `--half dev` scores one half only (tuning runs must not score the held-out half).
const only = process.argv.includes('--half') ? process.argv[process.argv.indexOf('--half') + 1] : undefined;
for (const half of HALVES.filter((h) => only === undefined || h === only)) {
  const dir = path.join(SET, 'labels', half);
  // `--only a,b` scores the labels whose names contain one of the words (a new batch's first reading).
  const pick = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : null;
  const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json') && (pick === null || pick.some((w) => f.includes(w)))).sort();
  if (names.length === 0) {
    console.log(`\n== ${half}: no labels yet (${path.relative(ROOT, dir)} is empty or missing)`);
    continue;
  }
  const t = newTally();
  const labels = await Promise.all(names.map(async (name) => Label.parse(JSON.parse(await readFile(path.join(dir, name), 'utf8')))));
  const got: (Article | Rejection)[] = [];
  for (const label of labels) got.push(await ingestLabelled(half, label));
  const scored = process.argv.includes('--per-file') ? got : withCorpusEvidence(got);
  labels.forEach((label, i) => scoreArticle(half, label, t, scored[i]!));
  // The held-out half is scored, never debugged: its misses are not printed.
  report(half, t, verbose && half !== 'heldout');
}
