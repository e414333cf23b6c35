/**
 * `npm run eval:extraction`: measures the knowledge layer against hand labels.
 * Ingests seeds/, tests/fixtures/corpus/ and tests/fixtures/heldout/ into temporary
 * folders, builds the knowledge of each corpus, and compares it with tests/fixtures/eval/*.labels.json:
 * precision/recall/F1 for people, organisations, places and minerals; quote
 * attribution; alias merges; figures. Runs twice: with the registry, and with
 * an empty registry (discovery alone). Always exits 0: it reports, it does not gate.
 *
 * seeds and fixtures were looked at while the extraction was tuned, so their scores
 * overstate it. heldout (six articles written and labelled blind) is printed as its own
 * block and kept out of "overall". Its first scores were blind (people P/R 0.91/0.91,
 * organisations 0.86/0.75, places 0.96/0.78, quote speakers 20/25); general fixes
 * were then debugged against its errors, so it is no longer blind: a new held-out
 * set is needed for an honest score.
 *
 * Then the multi-topic set tests/fixtures/eval-knowledge/ (scripts/eval-knowledge.ts): its dev half
 * (bridge collapse, Boeing strike, Euro 2024 final) was used to tune the rules of issue #15, so its
 * scores overstate them; its held-out half is scored only with --heldout and only its totals are printed. `--knowledge` scores
 * that set alone, `--stories a,b` only those stories of it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ingest } from './ingest/pipeline.ts';
import { loadSources } from '../src/lib/load-sources.ts';
import { buildKnowledge, loadRegistry } from '../src/lib/knowledge/index.ts';
import type { Entity, EntityType, Knowledge, RegistryEntry } from '../src/schemas/knowledge.ts';
import type { Source } from '../src/schemas/source.ts';
import type { PackName } from '../src/schemas/corpus.ts';
import { readCorpusConfig } from '../src/lib/corpus.ts';
import { evalKnowledge } from './eval-knowledge.ts';

export const LabelEntity = z.object({ name: z.string(), aliases: z.array(z.string()) });
export const Labels = z.object({
  file: z.string(),
  people: z.array(LabelEntity),
  organizations: z.array(LabelEntity),
  places: z.array(LabelEntity),
  minerals: z.array(z.string()),
  quotes: z.array(z.object({ startsWith: z.string(), speaker: z.string() })),
  figures: z.array(z.string()),
});
export type Labels = z.infer<typeof Labels>;

const CORPORA: readonly { name: string; dir: string; heldout: boolean; packs: readonly PackName[] }[] = [
  { name: 'seeds', dir: 'seeds', heldout: false, packs: readCorpusConfig('seeds').packs },
  // Articles about Pakistan's minerals, like the seeds (no config of their own: the packs the seeds turn on).
  { name: 'fixtures', dir: 'tests/fixtures/corpus', heldout: false, packs: ['minerals', 'pakistan'] },
  // Written and labelled blind, scored apart from the tuned corpora (since used to debug general fixes: no longer blind); minerals elsewhere.
  { name: 'heldout', dir: 'tests/fixtures/heldout', heldout: true, packs: ['minerals'] },
];
const LABELS_DIR = 'tests/fixtures/eval';
const TYPES: readonly { key: 'people' | 'organizations' | 'places' | 'minerals'; type: EntityType }[] = [
  { key: 'people', type: 'person' },
  { key: 'organizations', type: 'organization' },
  { key: 'places', type: 'place' },
  { key: 'minerals', type: 'mineral' },
];

/** Case-, apostrophe- and space-insensitive form of a name. */
export function norm(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every name an extracted entity goes by in one source: its name, its aliases and the words of its mentions there. */
function forms(e: Entity, slug: string): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.mentions.filter((m) => m.source === slug).map((m) => m.text)].map(norm));
}

interface Counts {
  /** Labelled entities found. */
  found: number;
  labelled: number;
  /** Extracted entities that match a label. */
  matched: number;
  extracted: number;
  extraNames: string[];
  missedNames: string[];
}

const zero = (): Counts => ({ found: 0, labelled: 0, matched: 0, extracted: 0, extraNames: [], missedNames: [] });

/** Precision/recall counts for one type in one source. */
function scoreType(k: Knowledge, source: Source, labels: Labels, key: (typeof TYPES)[number]['key'], type: EntityType): Counts {
  const gold = key === 'minerals' ? labels.minerals.map((m) => ({ name: m, aliases: [] as string[] })) : labels[key];
  const extracted = k.entities.filter((e) => e.type === type && e.sources.includes(source.slug));
  const c = zero();
  c.labelled = gold.length;
  c.extracted = extracted.length;
  for (const g of gold) {
    const want = [g.name, ...g.aliases].map(norm);
    if (extracted.some((e) => want.some((w) => forms(e, source.slug).has(w)))) c.found++;
    else c.missedNames.push(g.name);
  }
  for (const e of extracted) {
    const f = forms(e, source.slug);
    if (gold.some((g) => [g.name, ...g.aliases].map(norm).some((w) => f.has(w)))) c.matched++;
    else c.extraNames.push(e.name);
  }
  return c;
}

interface QuoteScore {
  labelled: number;
  found: number;
  right: number;
  wrong: string[];
  missed: string[];
}

/** Quote attribution in one source: of labelled quotes found, how many have the right speaker. */
function scoreQuotes(k: Knowledge, source: Source, labels: Labels): QuoteScore {
  const s: QuoteScore = { labelled: labels.quotes.length, found: 0, right: 0, wrong: [], missed: [] };
  const quotes = k.quotes.filter((q) => q.source === source.slug);
  const labelled = [...labels.people, ...labels.organizations, ...labels.places];
  for (const lq of labels.quotes) {
    const q = quotes.find((x) => norm(x.text).startsWith(norm(lq.startsWith)) || norm(lq.startsWith).startsWith(norm(x.text)));
    if (!q) {
      s.missed.push(lq.startsWith.slice(0, 40));
      continue;
    }
    s.found++;
    const entry = labelled.find((e) => norm(e.name) === norm(lq.speaker));
    const want = new Set([lq.speaker, ...(entry?.aliases ?? [])].map(norm));
    const speaker = q.speaker ? k.entities.find((e) => e.id === q.speaker) : undefined;
    const got = speaker ? new Set([speaker.name, ...speaker.aliases].map(norm)) : new Set<string>();
    if ([...want].some((w) => got.has(w))) s.right++;
    else s.wrong.push(`${lq.startsWith.slice(0, 30)}… → ${q.speakerName ?? 'nobody'} (want ${lq.speaker})`);
  }
  return s;
}

interface MergeScore {
  groups: number;
  merged: number;
  split: string[];
}

/** Alias merges in one source: labelled entities whose names present in the text all ended up on one extracted entity. */
function scoreMerges(k: Knowledge, source: Source, labels: Labels): MergeScore {
  const s: MergeScore = { groups: 0, merged: 0, split: [] };
  const text = norm([...source.paragraphs.map((p) => p.text), ...source.embeds.flatMap((e) => [e.text, e.author, e.handle ?? ''])].join('\n'));
  for (const { key, type } of TYPES) {
    if (key === 'minerals') continue;
    for (const g of labels[key]) {
      // A name counts as present where it is not just part of a longer name of the same group ("US embassy" inside "US embassy in Islamabad").
      let rest = text;
      const present: string[] = [];
      for (const f of [...new Set([g.name, ...g.aliases].map(norm))].sort((a, b) => b.length - a.length)) {
        if (!rest.includes(f)) continue;
        present.push(f);
        rest = rest.split(f).join('\u0000');
      }
      if (present.length < 2) continue;
      s.groups++;
      const holders = present.map((f) => k.entities.filter((e) => e.type === type && e.sources.includes(source.slug) && forms(e, source.slug).has(f)).map((e) => e.id));
      const ids = new Set(holders.flat());
      if (ids.size === 1 && holders.every((h) => h.length === 1)) s.merged++;
      else s.split.push(`${g.name} [${present.filter((_, i) => holders[i]!.length !== 1).join(', ') || [...ids].join(' / ')}]`);
    }
  }
  return s;
}

/** Labelled figures found (the label's words inside an extracted figure's text, or the other way round). */
function scoreFigures(k: Knowledge, source: Source, labels: Labels): { labelled: number; found: number; missed: string[] } {
  const figs = k.figures.filter((f) => f.source === source.slug).map((f) => norm(f.text));
  const missed = labels.figures.filter((l) => !figs.some((f) => f.includes(norm(l)) || norm(l).includes(f)));
  return { labelled: labels.figures.length, found: labels.figures.length - missed.length, missed };
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(2) : '  – ');
const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(2) : '0.00');

export interface Row {
  corpus: string;
  counts: Record<string, Counts>;
  quotes: QuoteScore;
  merges: MergeScore;
  figures: { labelled: number; found: number; missed: string[] };
  ms: number;
  /** The knowledge that was scored. */
  knowledge?: Knowledge;
  /** Sources ingested, and those of them that have labels (and so were scored). */
  sources: { total: number; scored: number; unlabelled: string[] };
}

/** Ingest a folder of articles into a temporary content folder and load its sources. */
export async function ingestCorpus(dir: string): Promise<{ sources: Source[]; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'sourcebook-eval-'));
  await ingest({ seedsDir: dir, outDir: root });
  return { sources: await loadSources(path.join(root, 'sources')), cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Evaluate one corpus against its labels. */
export function evaluate(name: string, sources: Source[], registry: RegistryEntry[], labels: Map<string, Labels>, packs: readonly PackName[] = []): Row {
  const started = performance.now();
  const k = buildKnowledge(sources, registry, { packs });
  const ms = performance.now() - started;
  const row: Row = { corpus: name, counts: {}, quotes: { labelled: 0, found: 0, right: 0, wrong: [], missed: [] }, merges: { groups: 0, merged: 0, split: [] }, figures: { labelled: 0, found: 0, missed: [] }, ms, sources: { total: sources.length, scored: 0, unlabelled: [] } };
  row.knowledge = k;
  for (const { key } of TYPES) row.counts[key] = zero();
  for (const source of sources) {
    const l = labels.get(source.file);
    if (!l) {
      row.sources.unlabelled.push(source.file);
      continue;
    }
    row.sources.scored++;
    for (const { key, type } of TYPES) {
      const c = scoreType(k, source, l, key, type);
      add(row.counts[key]!, c, source.file.slice(0, 3));
    }
    const q = scoreQuotes(k, source, l);
    row.quotes.labelled += q.labelled;
    row.quotes.found += q.found;
    row.quotes.right += q.right;
    row.quotes.wrong.push(...q.wrong.map((w) => `${source.file.slice(0, 3)}: ${w}`));
    row.quotes.missed.push(...q.missed.map((w) => `${source.file.slice(0, 3)}: ${w}`));
    const m = scoreMerges(k, source, l);
    row.merges.groups += m.groups;
    row.merges.merged += m.merged;
    row.merges.split.push(...m.split.map((w) => `${source.file.slice(0, 3)}: ${w}`));
    const f = scoreFigures(k, source, l);
    row.figures.labelled += f.labelled;
    row.figures.found += f.found;
    row.figures.missed.push(...f.missed.map((w) => `${source.file.slice(0, 3)}: ${w}`));
  }
  return row;
}

/** Add counts `b` into `a`, tagging names with `tag`. */
function add(a: Counts, b: Counts, tag = ''): void {
  a.found += b.found;
  a.labelled += b.labelled;
  a.matched += b.matched;
  a.extracted += b.extracted;
  if (tag) {
    a.extraNames.push(...b.extraNames.map((n) => `${n} (${tag})`));
    a.missedNames.push(...b.missedNames.map((n) => `${n} (${tag})`));
  }
}

/** Sum rows into an "overall" row. */
export function total(rows: readonly Row[]): Row {
  const out: Row = { corpus: 'overall', counts: {}, quotes: { labelled: 0, found: 0, right: 0, wrong: [], missed: [] }, merges: { groups: 0, merged: 0, split: [] }, figures: { labelled: 0, found: 0, missed: [] }, ms: 0, sources: { total: 0, scored: 0, unlabelled: [] } };
  for (const { key } of TYPES) out.counts[key] = zero();
  for (const r of rows) {
    out.sources.total += r.sources.total;
    out.sources.scored += r.sources.scored;
    for (const { key } of TYPES) add(out.counts[key]!, r.counts[key]!);
    out.quotes.labelled += r.quotes.labelled;
    out.quotes.found += r.quotes.found;
    out.quotes.right += r.quotes.right;
    out.merges.groups += r.merges.groups;
    out.merges.merged += r.merges.merged;
    out.figures.labelled += r.figures.labelled;
    out.figures.found += r.figures.found;
    out.ms += r.ms;
  }
  return out;
}

/** Print one table. */
export function print(title: string, rows: readonly Row[], verbose: boolean): void {
  console.log(`\n${title}`);
  console.log(`${'corpus'.padEnd(9)} ${'type'.padEnd(14)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   found/labelled  extra`);
  for (const r of rows) {
    for (const { key } of TYPES) {
      const c = r.counts[key]!;
      const p = c.extracted ? c.matched / c.extracted : 0;
      const rec = c.labelled ? c.found / c.labelled : 0;
      console.log(`${r.corpus.padEnd(9)} ${key.padEnd(14)} ${p.toFixed(2).padStart(5)} ${rec.toFixed(2).padStart(5)} ${f1(p, rec).padStart(5)}   ${`${c.found}/${c.labelled}`.padStart(14)}  ${String(c.extracted - c.matched).padStart(5)}`);
    }
    console.log(`${r.corpus.padEnd(9)} ${'quotes'.padEnd(14)} found ${r.quotes.found}/${r.quotes.labelled}, right speaker ${r.quotes.right}/${r.quotes.found} = ${pct(r.quotes.right, r.quotes.found)}`);
    console.log(`${r.corpus.padEnd(9)} ${'alias merges'.padEnd(14)} ${r.merges.merged}/${r.merges.groups} labelled groups (2+ names present in the text) are one entity = ${pct(r.merges.merged, r.merges.groups)}`);
    console.log(`${r.corpus.padEnd(9)} ${'figures'.padEnd(14)} ${r.figures.found}/${r.figures.labelled} labelled figures found = ${pct(r.figures.found, r.figures.labelled)}`);
    console.log(`${r.corpus.padEnd(9)} ${'buildKnowledge'.padEnd(14)} ${r.ms.toFixed(0)} ms`);
    console.log(`${r.corpus.padEnd(9)} ${'sources'.padEnd(14)} ${r.sources.scored}/${r.sources.total} ingested sources have labels and were scored${r.sources.unlabelled.length ? ` (no labels: ${r.sources.unlabelled.join(', ')})` : ''}`);
    if (verbose && r.corpus !== 'overall') {
      for (const { key } of TYPES) {
        const c = r.counts[key]!;
        if (c.missedNames.length) console.log(`    missed ${key}: ${c.missedNames.join('; ')}`);
        if (c.extraNames.length) console.log(`    extra ${key} (no label): ${c.extraNames.join('; ')}`);
      }
      for (const w of r.quotes.wrong) console.log(`    wrong speaker: ${w}`);
      for (const w of r.quotes.missed) console.log(`    quote not found: ${w}`);
      for (const w of r.merges.split) console.log(`    not merged: ${w}`);
      for (const w of r.figures.missed) console.log(`    figure not found: ${w}`);
    }
  }
}

async function main(): Promise<number> {
  const verbose = !process.argv.includes('--quiet');
  // The multi-topic set (tests/fixtures/eval-knowledge/): its dev half always, its held-out half only with --heldout; --knowledge scores that set alone.
  const halves = process.argv.includes('--heldout') ? (['dev', 'heldout'] as const) : (['dev'] as const);
  const at = process.argv.indexOf('--stories');
  const stories = at >= 0 ? process.argv[at + 1]?.split(',') : undefined;
  if (process.argv.includes('--knowledge')) return evalKnowledge({ halves, verbose, stories });
  const labels = new Map<string, Labels>();
  for (const name of (await readdir(LABELS_DIR)).filter((n) => n.endsWith('.labels.json')).sort()) {
    const l = Labels.parse(JSON.parse(await readFile(path.join(LABELS_DIR, name), 'utf8')));
    labels.set(l.file, l);
  }
  const corpora = [];
  for (const c of CORPORA) corpora.push({ ...c, ...(await ingestCorpus(c.dir)) });
  const registry = await loadRegistry('seeds/entities');
  try {
    for (const [title, reg] of [
      ['With the registry (<corpus>/entities/*.yaml)', registry],
      ['Discovery only (empty registry)', [] as RegistryEntry[]],
    ] as const) {
      const tuned = corpora.filter((c) => !c.heldout).map((c) => evaluate(c.name, c.sources, [...reg], labels, c.packs));
      print(`${title}: TUNED corpora (labels seen while tuning; overall = seeds + fixtures)`, [...tuned, total(tuned)], verbose);
      const held = corpora.filter((c) => c.heldout).map((c) => evaluate(c.name, c.sources, [...reg], labels, c.packs));
      print(`${title}: HELD-OUT corpus (tests/fixtures/heldout/, labelled blind; since used to debug fixes, so no longer blind; not in overall)`, held, verbose);
    }
  } finally {
    await Promise.all(corpora.map((c) => c.cleanup()));
  }
  console.log('\nP = extracted entities (per source) that match a labelled name or alias, over all extracted; R = labelled entities found; "extra" = extracted entities matching no label.');
  return evalKnowledge({ halves, verbose, stories });
}

if (import.meta.main) main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval failed: ${(error as Error).stack ?? error}`);
    process.exit(0);
  },
);
