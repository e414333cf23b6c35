/**
 * The multi-topic knowledge set (tests/fixtures/eval-knowledge/: stories of six
 * articles each, split by story into dev/ and heldout/), scored per half: people,
 * organisations and places P/R and quote speakers (the per-article labels, the
 * scorer of eval-extraction.ts), then what only a story's labels say: events
 * reported by several sources clustered into one, event dates and participants,
 * discrepancies found and invented, and figures found with what they measure.
 *
 * The held-out half is scored only when asked (`--heldout`), to report its
 * numbers; it is never looked at while tuning.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Knowledge } from '../src/schemas/knowledge.ts';
import type { Source } from '../src/schemas/source.ts';
import { readCorpusConfig } from '../src/lib/corpus.ts';
import { evaluate, ingestCorpus, Labels, norm, print, total, type Row } from './eval-extraction.ts';

const ROOT = 'tests/fixtures/eval-knowledge';

export const StoryLabels = z.object({
  story: z.string(),
  topic: z.string(),
  articles: z.array(
    z.looseObject({
      file: z.string(),
      date: z.string().nullable(),
      figures: z.array(z.looseObject({ text: z.string(), of: z.string().nullable().optional() })),
    }),
  ),
  events: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string(),
      date: z.string().nullable(),
      place: z.string().nullable().optional(),
      participants: z.array(z.string()),
      reportedBy: z.array(z.string()),
    }),
  ),
  discrepancies: z.array(
    z.looseObject({
      about: z.string(),
      values: z.array(z.looseObject({ file: z.string(), text: z.string(), value: z.unknown() })),
    }),
  ),
});
export type StoryLabels = z.infer<typeof StoryLabels>;

/** What only a story's labels can score. */
export interface StoryScore {
  multi: number;
  clustered: number;
  /** Of those, the ones whose covering event also has the labelled date or one of the labelled participants (not merely the same sources). */
  clusteredFit: number;
  unclustered: string[];
  /** Extracted events reported by several sources that are the best fit of some labelled event, and those that are the best fit of only one. */
  multiExtracted: number;
  multiPure: number;
  overBroad: string[];
  events: number;
  eventsFound: number;
  datesRight: number;
  wrongDates: string[];
  participantsLabelled: number;
  participantsFound: number;
  participantsExtracted: number;
  participantsRight: number;
  participantNotes: string[];
  discrepancies: number;
  discrepanciesFound: number;
  missedDiscrepancies: string[];
  extracted: number;
  invented: string[];
  figures: number;
  figuresFound: number;
  figuresWithOf: number;
  figureNotes: string[];
}

const STOP = new Set(['the', 'of', 'and', 'for', 'per', 'from', 'with', 'in', 'on', 'at', 'to', 'by', 'a', 'an', 'who', 'that', 'its', 'their', 'as']);
/** Content words of a phrase, lightly stemmed (`workers` → `worker`). */
const words = (s: string): Set<string> =>
  new Set(
    norm(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.replace(/(?:'s|s)$/, '')),
  );

/** Every name an entity goes by. */
function entityNames(k: Knowledge, id: string): Set<string> {
  const e = k.entities.find((x) => x.id === id);
  return new Set(e ? [e.name, ...e.aliases].map(norm) : [id]);
}

/** Score events, discrepancies and figures of one story. */
export function scoreStory(k: Knowledge, sources: readonly Source[], labels: StoryLabels): StoryScore {
  const s: StoryScore = {
    multi: 0, clustered: 0, clusteredFit: 0, unclustered: [], multiExtracted: 0, multiPure: 0, overBroad: [], events: 0, eventsFound: 0, datesRight: 0, wrongDates: [], participantsLabelled: 0, participantsFound: 0,
    participantsExtracted: 0, participantsRight: 0, participantNotes: [], discrepancies: 0, discrepanciesFound: 0, missedDiscrepancies: [], extracted: 0,
    invented: [], figures: 0, figuresFound: 0, figuresWithOf: 0, figureNotes: [],
  };
  const slugOf = new Map(sources.map((x) => [x.file, x.slug as string]));
  const fileOf = new Map(sources.map((x) => [x.slug as string, x.file]));
  const slug = (file: string) => slugOf.get(path.basename(file)) ?? `?${file}`;
  // Aliases the labels give each participant, across the story's articles.
  const aliases = new Map<string, Set<string>>();
  for (const a of labels.articles) {
    for (const key of ['people', 'organizations', 'places'] as const) {
      for (const e of (a as Record<string, unknown>)[key] as { name: string; aliases: string[] }[]) {
        const set = aliases.get(norm(e.name)) ?? new Set([norm(e.name)]);
        for (const x of e.aliases) set.add(norm(x));
        aliases.set(norm(e.name), set);
      }
    }
  }
  const sameName = (label: string, got: Set<string>) => [...(aliases.get(norm(label)) ?? [norm(label)])].some((n) => got.has(n));

  // Which labelled events each extracted event is the best fit of (most of their sources, then their date and participants).
  const coverOf = new Map<Knowledge['events'][number], string[]>();
  for (const ev of labels.events) {
    const want = new Set(ev.reportedBy.map(slug));
    const overlap = (e: Knowledge['events'][number]) => e.sources.filter((x) => want.has(x)).length;
    const dateOk = (d: string | null) => !!d && !!ev.date && d.startsWith(ev.date);
    const partHits = (e: Knowledge['events'][number]) => ev.participants.filter((p) => e.participants.some((id) => sameName(p, entityNames(k, id)))).length;
    // The extracted event that best fits: most reporting sources, then the date, then shared participants.
    const ranked = k.events
      .filter((e) => overlap(e) > 0)
      .map((e) => ({ e, score: overlap(e) * 100 + (dateOk(e.date) ? 10 : 0) + partHits(e) }))
      .sort((a, b) => b.score - a.score);
    const best = ranked.find((r) => dateOk(r.e.date) || partHits(r.e) > 0)?.e ?? null;
    s.events++;
    if (best) coverOf.set(best, [...(coverOf.get(best) ?? []), ev.id]);
    if (want.size > 1) {
      s.multi++;
      const cover = ranked[0]?.e;
      if (cover && overlap(cover) === want.size) {
        s.clustered++;
        // An event of the same sources about something else (the deal that swallowed the day) covers it only by its sources.
        if (dateOk(cover.date) || partHits(cover) > 0) s.clusteredFit++;
      } else s.unclustered.push(`${ev.id} (${want.size} sources; best ${cover ? `${overlap(cover)} in "${cover.name}"` : 'none'})`);
    }
    if (!best) continue;
    s.eventsFound++;
    if (dateOk(best.date)) s.datesRight++;
    else s.wrongDates.push(`${ev.id}: ${best.date ?? 'no date'} (want ${ev.date})`);
    const hits = partHits(best);
    s.participantsLabelled += ev.participants.length;
    s.participantsFound += hits;
    s.participantsExtracted += best.participants.length;
    const right = best.participants.filter((id) => ev.participants.some((p) => sameName(p, entityNames(k, id))));
    s.participantsRight += right.length;
    const extra = best.participants.filter((id) => !right.includes(id));
    const missed = ev.participants.filter((p) => !best.participants.some((id) => sameName(p, entityNames(k, id))));
    if (extra.length || missed.length) s.participantNotes.push(`${ev.id}: missed [${missed.join(', ')}] extra [${extra.join(', ')}]`);
  }

  // Clustering precision: an extracted event several sources report should stand for one labelled event, not absorb several.
  for (const [e, ids] of coverOf) {
    if (e.sources.length < 2) continue;
    s.multiExtracted++;
    if (ids.length === 1) s.multiPure++;
    else s.overBroad.push(`"${e.name}" (${e.sources.length} sources) is the best fit of ${ids.length} labelled events: ${ids.join(', ')}`);
  }

  const labelValue = (file: string, d: StoryLabels['discrepancies'][number]) => JSON.stringify(d.values.find((v) => path.basename(v.file) === file)?.value);
  const matches = (x: Knowledge['discrepancies'][number], d: StoryLabels['discrepancies'][number]): boolean => {
    const inLabel = x.sources.filter((v) => d.values.some((l) => path.basename(l.file) === fileOf.get(v.source)));
    const values = new Set(inLabel.map((v) => labelValue(fileOf.get(v.source)!, d)));
    const texts = d.values.map((l) => norm(l.text).replace(/^(?:about|some|on) /, ''));
    return values.size > 1 && inLabel.some((v) => texts.some((t) => norm(v.value).includes(t) || t.includes(norm(v.value))));
  };
  s.discrepancies = labels.discrepancies.length;
  s.extracted = k.discrepancies.length;
  for (const d of labels.discrepancies) {
    if (k.discrepancies.some((x) => matches(x, d))) s.discrepanciesFound++;
    else s.missedDiscrepancies.push(d.about);
  }
  for (const x of k.discrepancies) {
    if (!labels.discrepancies.some((d) => matches(x, d))) s.invented.push(`${x.kind}: ${x.subject} [${x.sources.map((v) => `${fileOf.get(v.source)?.slice(0, 2)} ${v.value}`).join(' | ')}]`);
  }

  for (const a of labels.articles) {
    const src = slug(a.file);
    const figs = k.figures.filter((f) => f.source === src);
    for (const f of a.figures) {
      s.figures++;
      const hit = figs.find((x) => norm(x.text).includes(norm(f.text)) || norm(f.text).includes(norm(x.text)));
      if (!hit) {
        s.figureNotes.push(`${path.basename(a.file).slice(0, 2)} not found: ${f.text}`);
        continue;
      }
      s.figuresFound++;
      const want = words(f.of ?? '');
      const got = words(`${hit.of ?? ''}`);
      if ([...want].some((w) => got.has(w))) s.figuresWithOf++;
      else s.figureNotes.push(`${path.basename(a.file).slice(0, 2)} ${f.text}: of "${hit.of ?? ''}" (want "${f.of}")`);
    }
  }
  return s;
}

const ratio = (n: number, d: number) => `${n}/${d} = ${d ? (n / d).toFixed(2) : '–'}`;

/** Score the halves asked for; a half not there yet is said so. */
export async function evalKnowledge({ halves, verbose, stories }: { halves: readonly ('dev' | 'heldout')[]; verbose: boolean; stories?: readonly string[] }): Promise<number> {
  for (const half of halves) {
    const dir = path.join(ROOT, half);
    if (!existsSync(dir)) {
      console.log(`\n${ROOT}/${half}/: not there yet`);
      continue;
    }
    const rows: Row[] = [];
    const scores: StoryScore[] = [];
    for (const story of (await readdir(dir)).sort()) {
      // `--stories a,b`: those stories only (a new batch's first reading; a held-out half still prints its totals only).
      if (stories && !stories.includes(story)) continue;
      const storyDir = path.join(dir, story);
      const labels = StoryLabels.parse(JSON.parse(await readFile(path.join(ROOT, 'labels', `${story}.json`), 'utf8')));
      const perArticle = new Map<string, Labels>();
      for (const a of labels.articles) {
        const file = path.join(ROOT, 'labels', 'per-article', `${story}__${path.basename(a.file).replace(/\.[^.]+$/, '')}.labels.json`);
        const l = Labels.parse(JSON.parse(await readFile(file, 'utf8')));
        perArticle.set(l.file, l);
      }
      const { sources, cleanup } = await ingestCorpus(storyDir);
      try {
        const row = evaluate(story.slice(0, 9), sources, [], perArticle, readCorpusConfig(storyDir).packs);
        rows.push(row);
        const score = scoreStory(row.knowledge!, sources, labels);
        scores.push(score);
        if (verbose && half === 'dev') {
          console.log(`\n${story}: clustered ${score.clustered}/${score.multi}, clustering precision ${score.multiPure}/${score.multiExtracted}, found ${score.eventsFound}/${score.events}, dates ${score.datesRight}/${score.eventsFound}, participants P ${score.participantsRight}/${score.participantsExtracted} R ${score.participantsFound}/${score.participantsLabelled}`);
          for (const x of score.unclustered) console.log(`    not clustered: ${x}`);
          for (const x of score.overBroad) console.log(`    over-broad: ${x}`);
          for (const x of score.wrongDates) console.log(`    event date: ${x}`);
          for (const x of score.participantNotes) console.log(`    participants: ${x}`);
          for (const x of score.missedDiscrepancies) console.log(`    discrepancy missed: ${x}`);
          for (const x of score.invented) console.log(`    discrepancy invented: ${x}`);
          for (const x of score.figureNotes) console.log(`    figure: ${x}`);
        }
      } finally {
        await cleanup();
      }
    }
    // Per-story details of the held-out half are never printed: only its totals.
    print(`Knowledge set, ${half} half (${rows.length} stories, discovery only, no registry)`, half === 'dev' ? [...rows, total(rows)] : [total(rows)], verbose && half === 'dev');
    const sum = (key: keyof StoryScore) => scores.reduce((n, x) => n + (x[key] as number), 0);
    console.log(`${half.padEnd(9)} multi-source events clustered  ${ratio(sum('clustered'), sum('multi'))}; with the covering event's date or a participant right ${ratio(sum('clusteredFit'), sum('multi'))}`);
    console.log(`${half.padEnd(9)} clustering precision           ${ratio(sum('multiPure'), sum('multiExtracted'))} multi-source extracted events are the best fit of one labelled event, not several`);
    console.log(`${half.padEnd(9)} labelled events found          ${ratio(sum('eventsFound'), sum('events'))}; with the right date ${ratio(sum('datesRight'), sum('eventsFound'))}`);
    console.log(`${half.padEnd(9)} event participants             P ${ratio(sum('participantsRight'), sum('participantsExtracted'))}, R ${ratio(sum('participantsFound'), sum('participantsLabelled'))}`);
    console.log(`${half.padEnd(9)} discrepancies found            ${ratio(sum('discrepanciesFound'), sum('discrepancies'))}; invented ${scores.reduce((n, x) => n + x.invented.length, 0)} of ${sum('extracted')} extracted`);
    console.log(`${half.padEnd(9)} figures found                  ${ratio(sum('figuresFound'), sum('figures'))}; with their "of" ${ratio(sum('figuresWithOf'), sum('figures'))}`);
  }
  return 0;
}
