/**
 * View model of /figures/: one row per figure with its normalised value, and
 * the groups of comparable figures (same kind, unit and currency) that the
 * bar charts draw. The default order (no JavaScript) is by kind, then unit,
 * then value from largest to smallest.
 */
import type { Figure, Knowledge } from '../../schemas/knowledge.ts';
import { type Anchor, type SiteContext, byName, links } from './context.ts';
import { compactNumber, formatNumber } from './text.ts';
import { DIMENSION_NOUNS, MEASURE_NOUNS } from '../knowledge/lexicon.ts';

export const KIND_ORDER: readonly Figure['kind'][] = ['money', 'quantity', 'area', 'percent', 'count'];
export const KIND_LABEL: Record<Figure['kind'], string> = { money: 'Money', quantity: 'Quantity', area: 'Area', percent: 'Percentage', count: 'Count' };

/** One row of the figures table. */
export interface FigureRow {
  id: string;
  /** As written. */
  text: string;
  value: number;
  max: number | null;
  /** Normalised value, e.g. `6,000,000,000,000` or `2–3`. */
  valueLabel: string;
  /** In words, e.g. `6 trillion`. */
  valueWords: string;
  unit: string | null;
  currency: string | null;
  kind: Figure['kind'];
  kindLabel: string;
  qualifier: string | null;
  of: string | null;
  sentence: string;
  anchor: Anchor;
  href: string;
  /** Comparable figures share it: kind, unit and currency. */
  group: string;
  /** Position in the default order (0-based). */
  rank: number;
}

/** Figures that can be compared: same kind, unit, currency and thing measured. */
export interface FigureGroup {
  key: string;
  /** e.g. `Money (USD)`, `Count: countries`. */
  label: string;
  rows: FigureRow[];
}

/** What a figure measures, compared loosely (case and spacing). */
const measured = (of: string | null): string => (of ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Same kind, unit and currency and the same thing measured: $6 trillion of mineral wealth and $500 million of agreements are not drawn on one scale. */
function groupKey(f: Pick<Figure, 'kind' | 'unit' | 'currency' | 'of'>): string {
  return `${f.kind}|${f.unit ?? ''}|${f.currency ?? ''}|${measured(f.of)}`;
}

function groupLabel(f: Pick<Figure, 'kind' | 'unit' | 'currency' | 'of'>): string {
  const what = f.of ? `: ${f.of}` : '';
  if (f.kind === 'money') return `Money (${f.currency ?? 'currency not stated'})${what}`;
  if (f.kind === 'percent') return `Percentage${what}`;
  // `duration of mineral forum` in days reads as `Quantity: duration of mineral forum (days)`, not `days of duration of …`.
  const first = f.of?.split(/[\s:]/)[0]?.toLowerCase() ?? '';
  if (f.of && f.unit && (DIMENSION_NOUNS.has(first) || MEASURE_NOUNS.has(first))) return `${KIND_LABEL[f.kind]}: ${f.of}${first === f.unit ? '' : ` (${f.unit})`}`;
  return `${KIND_LABEL[f.kind]}: ${f.unit ?? 'no unit'}${f.of && f.of !== f.unit ? ` of ${f.of}` : ''}`;
}

/** The default order: kind, unit (and currency), value from largest, then source and id. */
export function compareFigures(a: FigureRow, b: FigureRow): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    byName(a.currency ?? a.unit ?? '', b.currency ?? b.unit ?? '') ||
    b.value - a.value ||
    byName(a.anchor.source.title, b.anchor.source.title) ||
    (a.anchor.n ?? 0) - (b.anchor.n ?? 0) ||
    byName(a.id, b.id)
  );
}

/** Every figure as a table row, in the default order. */
export function figureRows(ctx: SiteContext, knowledge: Knowledge): FigureRow[] {
  const rows = knowledge.figures.map(
    (f): FigureRow => ({
      id: f.id,
      text: f.text,
      value: f.value,
      max: f.max,
      valueLabel: f.max !== null ? `${formatNumber(f.value)}–${formatNumber(f.max)}` : formatNumber(f.value),
      valueWords: f.max !== null ? `${compactNumber(f.value)} to ${compactNumber(f.max)}` : compactNumber(f.value),
      unit: f.unit,
      currency: f.currency,
      kind: f.kind,
      kindLabel: KIND_LABEL[f.kind],
      qualifier: f.qualifier,
      of: f.of,
      sentence: f.sentence,
      anchor: ctx.anchor(f.source, f.paragraph),
      href: links.figures(f.id),
      group: groupKey(f),
      rank: 0,
    }),
  );
  rows.sort(compareFigures);
  rows.forEach((r, i) => (r.rank = i));
  return rows;
}

/** Comparable figures together, in the default order; groups by kind order, then label. */
export function figureGroups(rows: readonly FigureRow[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const row of rows) {
    let g = groups.get(row.group);
    if (!g) groups.set(row.group, (g = { key: row.group, label: groupLabel(row), rows: [] }));
    g.rows.push(row);
  }
  return [...groups.values()];
}

/** At most this many groups, and bars per group, in the key-figures chart (the table has every figure). */
export const KEY_FIGURE_LIMITS = { groups: 8, bars: 12 } as const;

/**
 * The key figures: groups holding two or more comparable figures, a figure repeated within one article counted once (so the
 * bars compare something); when there are none, every group. A large corpus
 * states thousands of figures: the chart keeps the groups stated by the most
 * sources, and in each the figures of different sources first, so that it
 * stays a picture one can read (every figure is still in the table).
 */
export function keyFigureGroups(all: readonly FigureGroup[], limits: { groups: number; bars: number } = KEY_FIGURE_LIMITS): FigureGroup[] {
  // One article stating one figure twice (`over 50 countries`, later `more than 50 countries`) is one bar.
  const groups = all.map((g) => {
    const seen = new Set<string>();
    return { ...g, rows: g.rows.filter((r) => !seen.has(`${r.anchor.source.slug}|${r.value}|${r.max}`) && seen.add(`${r.anchor.source.slug}|${r.value}|${r.max}`)) };
  });
  const several = groups.filter((g) => g.rows.length > 1);
  const chosen = several.length > 0 ? several : [...groups];
  const sourcesOf = (g: FigureGroup) => new Set(g.rows.map((r) => r.anchor.source.slug)).size;
  const ranked = chosen.map((g, i) => ({ g, i, n: sourcesOf(g) })).sort((a, b) => b.n - a.n || a.i - b.i).slice(0, limits.groups).sort((a, b) => a.i - b.i);
  return ranked.map(({ g }) => {
    if (g.rows.length <= limits.bars) return g;
    const seen = new Set<string>();
    const first = g.rows.filter((r) => !seen.has(r.anchor.source.slug) && seen.add(r.anchor.source.slug));
    const keep = new Set([...first, ...g.rows].slice(0, limits.bars));
    return { ...g, rows: g.rows.filter((r) => keep.has(r)) };
  });
}

/** A figure's unit in words, with what it is of (`ounces of gold`); the currency for money when `withCurrency`. */
export function unitText(row: Pick<FigureRow, 'unit' | 'currency' | 'of'>, withCurrency = true): string {
  const unit = row.unit ?? (withCurrency ? (row.currency ?? '') : '');
  return row.of ? `${unit} of ${row.of}`.trim() : unit;
}

/** The value in words when it says more than the digits (`6 trillion`), else null. */
export function extraWords(row: Pick<FigureRow, 'valueWords' | 'valueLabel' | 'text'>): string | null {
  return row.valueWords === row.valueLabel || row.valueWords === row.text ? null : row.valueWords;
}
