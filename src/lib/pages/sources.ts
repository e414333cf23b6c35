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

export interface SourceXref {
  entities: { type: EntityType; label: string; href: string; items: { link: EntityLink; mentions: number }[] }[];
  quotes: { id: string; text: string; partial: boolean; speaker: EntityLink | null; speakerName: string | null; anchor: Anchor; groupHref: string; variants: number }[];
  figures: { id: string; text: string; valueWords: string; unit: string; anchor: Anchor; href: string }[];
  events: { event: EventView; anchors: Anchor[]; others: { source: SourceRef; anchors: Anchor[] }[] }[];
  discrepancies: DiscrepancyView[];
}

/** Cross-references for every source the knowledge covers (copies marked `duplicateOf` have none). */
export function sourceXrefs(
  ctx: SiteContext,
  knowledge: Knowledge,
  inputs: { events: readonly EventView[]; figures: readonly FigureRow[]; quoteGroups: readonly QuoteGroupView[]; discrepancies: readonly DiscrepancyView[] },
): Map<string, SourceXref> {
  const result = new Map<string, SourceXref>();
  const groupOf = new Map(inputs.quoteGroups.flatMap((g) => g.variants.map((v) => [v.id, g] as const)));
  for (const slug of ctx.sources.keys()) {
    const entities = TYPE_ORDER.map((type) => ({
      type,
      label: ENTITY_TYPES[type].plural,
      href: links.index(type),
      items: knowledge.entities
        .filter((e) => e.type === type && e.sources.includes(slug))
        .map((e) => ({ link: ctx.entity(e.id)!, mentions: e.mentions.filter((m) => m.source === slug).length }))
        .sort((a, b) => b.mentions - a.mentions || byName(a.link.name, b.link.name)),
    })).filter((g) => g.items.length > 0);
    const quotes = knowledge.quotes
      .filter((q) => q.source === slug)
      .map((q) => {
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
    const figures = inputs.figures
      .filter((f) => f.anchor.source.slug === slug)
      .sort((a, b) => (a.anchor.n ?? 0) - (b.anchor.n ?? 0) || a.rank - b.rank)
      .map((f) => ({ id: f.id, text: f.text, valueWords: f.valueWords, unit: f.unit ?? f.currency ?? '', anchor: f.anchor, href: f.href }));
    const events = inputs.events
      .filter((e) => e.sources.some((s) => s.slug === slug))
      .map((event) => ({
        event,
        anchors: event.reports.filter((r) => r.source.slug === slug).flatMap((r) => r.anchors),
        others: event.reports.filter((r) => r.source.slug !== slug).map((r) => ({ source: r.source, anchors: r.anchors })),
      }));
    const discrepancies = inputs.discrepancies.filter((d) => d.sources.includes(slug));
    result.set(slug, { entities, quotes, figures, events, discrepancies });
  }
  return result;
}
