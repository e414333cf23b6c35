/**
 * What a source page adds about its source from the knowledge layer: the
 * entities it names, its quotes and figures (linked to their index pages),
 * the events it reports and which other sources report them ("also reported
 * by"), and the discrepancies it is part of.
 */
import type { EntityType, Knowledge } from '../../schemas/knowledge.ts';
import { type Anchor, type EntityLink, type SiteContext, type SourceRef, ENTITY_TYPES, TYPE_ORDER, byName, links } from './context.ts';
import type { DiscrepancyView } from './discrepancies.ts';
import type { EventView } from './events.ts';
import type { FigureRow } from './figures.ts';
import type { QuoteGroupView } from './quotes.ts';
import type { TextRun } from './name-links.ts';
import type { Source } from '../../schemas/source.ts';

export interface SourceXref {
  entities: { type: EntityType; label: string; href: string; items: { link: EntityLink; mentions: number }[] }[];
  quotes: { id: string; text: string; partial: boolean; speaker: EntityLink | null; speakerName: string | null; anchor: Anchor; groupHref: string; variants: number }[];
  figures: { id: string; text: string; valueWords: string; unit: string; anchor: Anchor; href: string }[];
  events: { event: EventView; anchors: Anchor[]; others: { source: SourceRef; anchors: Anchor[] }[] }[];
  discrepancies: DiscrepancyView[];
}

/** Items grouped by source slug, each list in the order of `items` (one pass instead of one scan per source). */
function bySource<T>(items: readonly T[], slugsOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const slug of new Set(slugsOf(item))) {
      const list = out.get(slug);
      if (list) list.push(item);
      else out.set(slug, [item]);
    }
  }
  return out;
}

/** Cross-references for every source the knowledge covers (copies marked `duplicateOf` have none). */
export function sourceXrefs(
  ctx: SiteContext,
  knowledge: Knowledge,
  inputs: { events: readonly EventView[]; figures: readonly FigureRow[]; quoteGroups: readonly QuoteGroupView[]; discrepancies: readonly DiscrepancyView[] },
): Map<string, SourceXref> {
  const result = new Map<string, SourceXref>();
  const groupOf = new Map(inputs.quoteGroups.flatMap((g) => g.variants.map((v) => [v.id, g] as const)));
  // Indexed by source once: scanning every entity, quote and figure for each source grows with the square of the corpus.
  const entitiesBy = bySource(knowledge.entities, (e) => e.sources);
  const mentionsIn = new Map(knowledge.entities.map((e) => [e.id, bySource(e.mentions, (m) => [m.source])]));
  const quotesBy = bySource(knowledge.quotes, (q) => [q.source]);
  const figuresBy = bySource(inputs.figures, (f) => [f.anchor.source.slug]);
  const eventsBy = bySource(inputs.events, (e) => e.sources.map((s) => s.slug));
  const discrepanciesBy = bySource(inputs.discrepancies, (d) => d.sources);
  for (const slug of ctx.sources.keys()) {
    const named = entitiesBy.get(slug) ?? [];
    const entities = TYPE_ORDER.map((type) => ({
      type,
      label: ENTITY_TYPES[type].plural,
      href: links.index(type),
      items: named
        .filter((e) => e.type === type)
        .map((e) => ({ link: ctx.entity(e.id)!, mentions: mentionsIn.get(e.id)?.get(slug)?.length ?? 0 }))
        .sort((a, b) => b.mentions - a.mentions || byName(a.link.name, b.link.name)),
    })).filter((g) => g.items.length > 0);
    const quotes = (quotesBy.get(slug) ?? []).map((q) => {
      const group = groupOf.get(q.id);
      return {
        id: q.id,
        text: q.text,
        partial: q.partial,
        speaker: ctx.entity(q.speaker),
        speakerName: q.speakerName,
        anchor: ctx.anchor(q.source, q.paragraph),
        groupHref: links.quotes(q.group),
        variants: group?.sources ?? 1,
      };
    });
    const figures = [...(figuresBy.get(slug) ?? [])]
      .sort((a, b) => (a.anchor.n ?? 0) - (b.anchor.n ?? 0) || a.rank - b.rank)
      .map((f) => ({ id: f.id, text: f.text, valueWords: f.valueWords, unit: f.unit ?? f.currency ?? '', anchor: f.anchor, href: f.href }));
    const events = (eventsBy.get(slug) ?? []).map((event) => ({
      event,
      anchors: event.reports.filter((r) => r.source.slug === slug).flatMap((r) => r.anchors),
      others: event.reports.filter((r) => r.source.slug !== slug).map((r) => ({ source: r.source, anchors: r.anchors })),
    }));
    const discrepancies = discrepanciesBy.get(slug) ?? [];
    result.set(slug, { entities, quotes, figures, events, discrepancies });
  }
  return result;
}

/** What a source page shows from the knowledge layer (sources/[slug].astro, and its cache key). A copy shows its original's names and linked paragraphs, and no cross-references. */
export interface SourceKnowledgeView {
  /** The people and minerals the source names (search filters). */
  people: string[];
  minerals: string[];
  xref: SourceXref | undefined;
  /** Each paragraph as runs of text, names linked to their pages (name-links.ts). */
  runs: TextRun[][];
}

const namedIn = new WeakMap<Knowledge, Map<string, Knowledge['entities']>>();

/** The entities each source names, in the knowledge's order (built once: every source page looks its own up). */
function entitiesBySource(knowledge: Knowledge): Map<string, Knowledge['entities']> {
  let index = namedIn.get(knowledge);
  if (!index) namedIn.set(knowledge, (index = bySource(knowledge.entities, (e) => e.sources)));
  return index;
}

export function sourceKnowledgeView(
  source: Source,
  knowledge: Knowledge,
  model: { xrefs: ReadonlyMap<string, SourceXref>; paragraphRuns: (slug: string, paragraph: { id: string; text: string }) => TextRun[] },
): SourceKnowledgeView {
  const original = source.duplicateOf ?? source.slug;
  const named = entitiesBySource(knowledge).get(original) ?? [];
  const namesOf = (type: EntityType) => named.filter((e) => e.type === type).map((e) => e.name);
  return {
    people: namesOf('person'),
    minerals: namesOf('mineral'),
    xref: source.duplicateOf ? undefined : model.xrefs.get(source.slug),
    runs: source.paragraphs.map((paragraph) => model.paragraphRuns(original, paragraph)),
  };
}
