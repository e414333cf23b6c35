/** View model of /discrepancies/: where the sources disagree, each source's version side by side, linked to its paragraph. */
import type { Discrepancy, Knowledge } from '../../schemas/knowledge.ts';
import { type Anchor, type SiteContext, links } from './context.ts';

export const DISCREPANCY_KIND: Record<Discrepancy['kind'], string> = {
  title: 'Title',
  date: 'Date',
  weekday: 'Day of the week',
  amount: 'Amount',
  'quote-wording': 'Wording of a quote',
};

/** One source's version. */
export interface DiscrepancyValue {
  value: string;
  anchor: Anchor;
}

export interface DiscrepancyView {
  id: string;
  kind: Discrepancy['kind'];
  kindLabel: string;
  subject: string;
  /** Where the subject is described: an entity page, an event, a quote group; null when unknown. */
  subjectHref: string | null;
  values: DiscrepancyValue[];
  /** Slugs of the sources involved. */
  sources: string[];
  href: string;
}

export function discrepancyViews(ctx: SiteContext, knowledge: Knowledge): DiscrepancyView[] {
  const events = new Set(knowledge.events.map((e) => e.id));
  const groups = new Set(knowledge.quotes.map((q) => q.group));
  return knowledge.discrepancies.map((d) => {
    const entity = ctx.entity(d.subjectId);
    const subjectHref = entity ? entity.href : events.has(d.subjectId) ? links.events(d.subjectId) : groups.has(d.subjectId) ? links.quotes(d.subjectId) : null;
    return {
      id: d.id,
      kind: d.kind,
      kindLabel: DISCREPANCY_KIND[d.kind],
      subject: d.subject,
      subjectHref,
      values: d.sources.map((s) => ({ value: s.value, anchor: ctx.anchor(s.source, s.paragraph, null, s.value) })),
      sources: [...new Set(d.sources.map((s) => s.source))],
      href: links.discrepancies(d.id),
    };
  });
}
