/**
 * View model of /quotes/: quotations grouped by statement (the knowledge
 * layer's variant groups), each variant linked to its paragraph and speaker,
 * and every other variant set beside the first with a word-level diff.
 */
import type { Knowledge, Quote } from '../../schemas/knowledge.ts';
import { quoteDiff } from '../knowledge/quote-diff.ts';
import { type Anchor, type EntityLink, type SiteContext, byName, links } from './context.ts';
import { excerpt } from '../site-data.ts';

/** One quotation. */
export interface QuoteView {
  id: string;
  text: string;
  partial: boolean;
  attribution: string | null;
  speaker: EntityLink | null;
  /** The speaker as the data names them (an entity's name, or the words naming them), or null. */
  speakerName: string | null;
  anchor: Anchor;
}

/** A run of words in a diff: in both versions, only in the first (`del`) or only in the second (`ins`). */
export interface DiffRun {
  text: string;
  kind: 'same' | 'del' | 'ins';
}

/** Two variants side by side: the first with the words the second lacks marked, the second with the words it adds marked. */
export interface VariantPair {
  a: QuoteView;
  b: QuoteView;
  aRuns: DiffRun[];
  bRuns: DiffRun[];
  /** True when the two texts are identical. */
  same: boolean;
}

/** One statement: its variants, in source order, and the pairs to compare. */
export interface QuoteGroupView {
  id: string;
  /** Heading: the speaker and the opening words. */
  title: string;
  /** The opening words of the first version, for the heading. */
  opening: string;
  speaker: EntityLink | null;
  speakerName: string | null;
  variants: QuoteView[];
  pairs: VariantPair[];
  /** Number of distinct sources. */
  sources: number;
  /** The quote-wording discrepancy on /discrepancies/, when there is one. */
  discrepancyHref: string | null;
  href: string;
}

function view(ctx: SiteContext, q: Quote): QuoteView {
  return {
    id: q.id,
    text: q.text,
    partial: q.partial,
    attribution: q.attribution,
    speaker: ctx.entity(q.speaker),
    speakerName: q.speakerName,
    anchor: ctx.anchor(q.source, q.paragraph),
  };
}

/** The diff of `a` → `b` as two runs lists, one per side. */
export function diffSides(a: string, b: string): { aRuns: DiffRun[]; bRuns: DiffRun[] } {
  const aRuns: DiffRun[] = [];
  const bRuns: DiffRun[] = [];
  for (const part of quoteDiff(a, b)) {
    if (part.added) bRuns.push({ text: part.value, kind: 'ins' });
    else if (part.removed) aRuns.push({ text: part.value, kind: 'del' });
    else {
      aRuns.push({ text: part.value, kind: 'same' });
      bRuns.push({ text: part.value, kind: 'same' });
    }
  }
  return { aRuns, bRuns };
}

/**
 * Every statement, variants of the same statement together: statements
 * reported by more than one source first, then by speaker, then by where they
 * first appear.
 */
export function quoteGroups(ctx: SiteContext, knowledge: Knowledge): QuoteGroupView[] {
  const groups = new Map<string, Quote[]>();
  for (const q of knowledge.quotes) {
    const list = groups.get(q.group) ?? [];
    list.push(q);
    groups.set(q.group, list);
  }
  const discrepancy = new Map(knowledge.discrepancies.filter((d) => d.kind === 'quote-wording').map((d) => [d.subjectId, d.id]));
  const order = new Map([...groups.keys()].map((g, i) => [g, i]));
  const views = [...groups].map(([id, quotes]): QuoteGroupView => {
    const variants = quotes.map((q) => view(ctx, q));
    const first = variants[0]!;
    const pairs = variants.slice(1).map((b) => ({ a: first, b, ...diffSides(first.text, b.text), same: first.text === b.text }));
    const speakerName = first.speaker?.name ?? first.speakerName;
    const d = discrepancy.get(id);
    return {
      id,
      title: `${speakerName ?? 'Unattributed'}: “${excerpt(first.text, 70)}”`,
      opening: excerpt(first.text, 60),
      speaker: first.speaker,
      speakerName,
      variants,
      pairs,
      sources: new Set(quotes.map((q) => q.source)).size,
      discrepancyHref: d ? links.discrepancies(d) : null,
      href: links.quotes(id),
    };
  });
  return views.sort(
    (a, b) =>
      Number(b.sources > 1) - Number(a.sources > 1) ||
      byName(a.speakerName ?? '\uffff', b.speakerName ?? '\uffff') ||
      order.get(a.id)! - order.get(b.id)!,
  );
}
