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

/**
 * The most versions a discrepancy shows on a page. A fact that a hundred sources state (a figure a story repeats
 * for months) would otherwise make one discrepancy a page of its own of several hundred KB; past this many, the
 * page shows every distinct value at least once and says how many more sources there are (all are in the data).
 */
export const MAX_VERSIONS = 24;

/** The versions to show: the first of each distinct value, then the rest in order, at most `max`. */
export function shownVersions<T extends { value: string }>(versions: readonly T[], max = MAX_VERSIONS): T[] {
  if (versions.length <= max) return [...versions];
  const seen = new Set<string>();
  const first = versions.filter((v) => !seen.has(v.value) && seen.add(v.value));
  const keep = new Set(first.slice(0, max));
  for (const v of versions) {
    if (keep.size >= max) break;
    keep.add(v);
  }
  return versions.filter((v) => keep.has(v));
}

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
  /** The versions shown (at most MAX_VERSIONS; every distinct value among them). */
  values: DiscrepancyValue[];
  /** Versions not shown (0 for almost every discrepancy). */
  moreVersions: number;
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
      values: shownVersions(d.sources).map((s) => ({ value: s.value, anchor: ctx.anchor(s.source, s.paragraph, null, s.value) })),
      moreVersions: Math.max(0, d.sources.length - MAX_VERSIONS),
      sources: [...new Set(d.sources.map((s) => s.source))],
      href: links.discrepancies(d.id),
    };
  });
}
