/**
 * Where each item of the large indexes is listed. /figures/, /quotes/,
 * /events/ and /discrepancies/ are split into pages by a stable key — the
 * group of comparable figures, the speaker's initial, the year, the kind of
 * discrepancy — and a key with more than a page's worth of items into
 * numbered pages (`figures/money-usd/`, `figures/money-usd/2/`), so that no
 * page grows with the corpus. Each index's first page is an overview of its
 * parts; an old address `/figures/#f-…` is sent on to the item's page by a
 * small lookup (`/<index>/where/<shard>.json`, src/components/xref/AnchorLookup.astro).
 *
 * Computed from the knowledge alone, before any view model, so that every
 * link to an item (`links.figures(id)`, …) can point straight at its page.
 */
import type { Knowledge } from '../../schemas/knowledge.ts';
import type { SiteContext } from './context.ts';
import { shownVersions } from './discrepancies.ts';

/** The indexes that are split. */
export const SPLIT_INDEXES = ['figures', 'quotes', 'events', 'discrepancies'] as const;
/** One of them. */
export type SplitIndex = (typeof SPLIT_INDEXES)[number];

/**
 * Estimated HTML bytes a page of items may hold (their markup is estimated
 * from their text, see `estimate` below); the page's own furniture comes on top.
 * Kept well under the 300 KB a page may weigh.
 */
export const PART_BUDGET = 180_000;

/** How many shards the id → page lookup of an index is cut into (each fetched only when an old address needs it). */
export const LOOKUP_SHARDS = 32;

/** One page of an index. */
export interface IndexPart {
  index: SplitIndex | "sources";
  /** Stable key, the first path segment under the index (`money-usd`, `2025`, `m`, `title`). */
  key: string;
  /** What the key holds, e.g. `Money (USD)`, `2025`, `Speakers: M`. */
  label: string;
  /** 1 for the key's first page. */
  n: number;
  /** How many pages the key has. */
  of: number;
  /** Site path without the base, e.g. `figures/money-usd/2/`. */
  path: string;
  /** The items' ids, in the index's order. */
  ids: string[];
}

/** The parts of every split index, and the page of each item. */
export interface Placements {
  parts: Record<SplitIndex, IndexPart[]>;
  /** `<index>:<id>` → the item's part. */
  where: Map<string, IndexPart>;
  /** `<index>:<retired id>` → the id of its successor, listed instead (src/lib/pages/retired.ts). */
  moved?: ReadonlyMap<string, string>;
}

/** A lower-case slug of a label, for a key. */
export function keySlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'other'
  );
}

/** The shard of the lookup an id is in (FNV-1a, so the browser computes the same). */
export function lookupShard(id: string, shards = LOOKUP_SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

interface Item {
  id: string;
  key: string;
  label: string;
  bytes: number;
}

/** Cut items (in order; a key's items together) into parts of at most `budget` estimated bytes. */
export function cutParts(index: SplitIndex | "sources", items: readonly Item[], budget = PART_BUDGET): IndexPart[] {
  const byKey = new Map<string, { label: string; items: Item[] }>();
  for (const item of items) {
    const entry = byKey.get(item.key) ?? byKey.set(item.key, { label: item.label, items: [] }).get(item.key)!;
    entry.items.push(item);
  }
  const parts: IndexPart[] = [];
  for (const [key, { label, items: list }] of byKey) {
    const chunks: Item[][] = [];
    let bytes = 0;
    for (const item of list) {
      if (chunks.length === 0 || (bytes + item.bytes > budget && chunks.at(-1)!.length > 0)) {
        chunks.push([]);
        bytes = 0;
      }
      chunks.at(-1)!.push(item);
      bytes += item.bytes;
    }
    chunks.forEach((chunk, i) =>
      parts.push({
        index,
        key,
        label,
        n: i + 1,
        of: chunks.length,
        path: i === 0 ? `${index}/${key}/` : `${index}/${key}/${i + 1}/`,
        ids: chunk.map((c) => c.id),
      }),
    );
  }
  return parts;
}

/**
 * An index whose items fit on one page stays one page, its overview (`figures/`), as on a small site; a larger one
 * is cut into parts by key.
 */
export function splitWhenLarge(index: SplitIndex, items: readonly Item[], budget = PART_BUDGET): IndexPart[] {
  if (items.reduce((n, i) => n + i.bytes, 0) > budget) return cutParts(index, items, budget);
  return [{ index, key: 'all', label: 'All', n: 1, of: 1, path: `${index}/`, ids: items.map((i) => i.id) }];
}

/** True when the index is one page: its overview lists every item. */
export const isWhole = (parts: readonly IndexPart[]) => parts.length === 1 && parts[0]!.key === 'all';

const FIGURE_KINDS = ['money', 'quantity', 'area', 'percent', 'count'] as const;
const FIGURE_KIND_LABEL: Record<(typeof FIGURE_KINDS)[number], string> = { money: 'Money', quantity: 'Quantity', area: 'Area', percent: 'Percentage', count: 'Count' };
const DISCREPANCY_LABEL: Record<string, string> = {
  title: 'Titles',
  date: 'Dates',
  weekday: 'Days of the week',
  amount: 'Amounts',
  'quote-wording': 'Wording of quotes',
};

/** Place every figure, quote group, event and discrepancy of `knowledge` on its page. */
export function placeItems(ctx: SiteContext, knowledge: Knowledge): Placements {
  const text = (s: string | null | undefined) => (s ?? '').length;

  // Figures: by group of comparable figures (kind, unit, currency), largest first, as on the pages.
  const figures = knowledge.figures
    .map((f) => {
      const label = f.kind === 'money' ? `Money (${f.currency ?? 'currency not stated'})` : f.kind === 'percent' ? 'Percentage' : `${FIGURE_KIND_LABEL[f.kind]}: ${f.unit ?? 'no unit'}`;
      return { f, label, key: keySlug(label), title: ctx.source(f.source).title };
    })
    .sort(
      (a, b) =>
        FIGURE_KINDS.indexOf(a.f.kind) - FIGURE_KINDS.indexOf(b.f.kind) ||
        a.key.localeCompare(b.key) ||
        b.f.value - a.f.value ||
        (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0),
    )
    .map(({ f, label, key, title }) => ({ id: f.id, key, label, bytes: 520 + 1.1 * (text(f.sentence) + 2 * text(f.text) + text(title)) }));

  // Quotes: by the speaker's initial, statements of a speaker together.
  const groups = new Map<string, Knowledge['quotes']>();
  for (const q of knowledge.quotes) (groups.get(q.group) ?? groups.set(q.group, []).get(q.group)!).push(q);
  const quotes = [...groups]
    .map(([id, list]) => {
      const first = list[0]!;
      const speaker = (first.speaker ? ctx.entities.get(first.speaker)?.name : null) ?? first.speakerName ?? '';
      const initial = keySlug(speaker).charAt(0);
      const key = /[a-z]/.test(initial) ? initial : speaker ? 'other' : 'unattributed';
      const label = key === 'unattributed' ? 'Unattributed' : key === 'other' ? 'Other speakers' : `Speakers: ${key.toUpperCase()}`;
      const bytes = 1200 + list.reduce((n, q) => n + 950 + 4.2 * text(q.text) + 1.5 * text(ctx.source(q.source).title), 0);
      return { id, key, label, speaker, bytes };
    })
    .sort((a, b) => (a.key === b.key ? 0 : a.key === 'unattributed' ? 1 : b.key === 'unattributed' ? -1 : a.key.localeCompare(b.key)) || a.speaker.localeCompare(b.speaker, 'en'));

  // Events: by year (undated last), in date order.
  const events = [...knowledge.events]
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.name.localeCompare(b.name, 'en'))
    .map((e) => {
      const year = e.date?.slice(0, 4) ?? null;
      return {
        id: e.id,
        key: year ?? 'undated',
        label: year ?? 'Without a date',
        bytes: 900 + 2.2 * text(e.name) + text(e.dateNote) * 1.2 + e.participants.length * 140 + e.reports.reduce((n, r) => n + 260 + r.paragraphs.length * 160, 0),
      };
    });

  // Discrepancies: by kind.
  const discrepancies = knowledge.discrepancies.map((d) => ({
    id: d.id,
    key: keySlug(d.kind),
    label: DISCREPANCY_LABEL[d.kind] ?? d.kind,
    // A discrepancy renders each source's sentence and citation: measured at 1,000 generated articles, a page
    // estimated at the budget came to ~1.7× it with the old 700 + 2.5 × JSON length (one page 319 KB).
    bytes: 1260 + 4.5 * JSON.stringify({ ...d, sources: shownVersions(d.sources) }).length,
  }));

  const parts: Placements['parts'] = {
    figures: splitWhenLarge('figures', figures),
    quotes: splitWhenLarge('quotes', quotes),
    events: splitWhenLarge('events', events),
    discrepancies: splitWhenLarge('discrepancies', discrepancies),
  };
  const where = new Map<string, IndexPart>();
  for (const index of SPLIT_INDEXES) for (const part of parts[index]) for (const id of part.ids) where.set(`${index}:${id}`, part);
  return { parts, where };
}

/**
 * The id → page lookup of one shard of an index: `{ "f-…": "figures/money-usd/2/" }` (paths without the base); a
 * retired id goes to its successor's page and anchor (`"qg-old": "quotes/m/#qg-new"`).
 */
export function lookupShardData(placements: Placements, index: SplitIndex, shard: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of placements.parts[index]) for (const id of part.ids) if (lookupShard(id) === shard) out[id] = part.path;
  for (const [key, successor] of placements.moved ?? []) {
    const [of, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const part = placements.where.get(`${index}:${successor}`);
    if (of === index && part && lookupShard(id) === shard) out[id] = `${part.path}#${successor}`;
  }
  return out;
}

/** Ids a page gives an item's parts besides the item's own (`<event>-name`, `<quote group>-heading`). */
const PART_SUFFIXES = /-(?:name|heading)$/;

/** The item ids an old anchor may stand for: itself, and the item it is a part of (`qg-1-heading` → `qg-1`). */
export function anchorItems(anchor: string): string[] {
  const item = anchor.replace(PART_SUFFIXES, '');
  return item === anchor ? [anchor] : [anchor, item];
}

/** The path (without the base) an old anchor of `index` now lives on, given the lookup shards loaded by `shard`; with `#<id>` when the item now has another id. */
export async function resolveAnchor(anchor: string, shard: (n: number) => Promise<Record<string, string>>): Promise<string | null> {
  for (const id of anchorItems(anchor)) {
    const path = (await shard(lookupShard(id)))[id];
    if (path) return path;
  }
  return null;
}
