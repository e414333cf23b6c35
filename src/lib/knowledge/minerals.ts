/**
 * Finding minerals in text, with the gazetteer of the active packs (the
 * minerals pack: src/lib/knowledge/packs/minerals/). Matching is whole-word and
 * case-insensitive; text inside organisation names (`Barrick Gold Corporation`)
 * is masked by the caller before matching. Without the pack it finds nothing.
 */
import { domain, type MineralDef } from './packs/index.ts';

export type { MineralDef } from './packs/index.ts';

/** One mineral found in a text. */
export interface MineralHit {
  /** Mineral id. */
  id: string;
  /** Start offset in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The words as written. */
  text: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]');
}

interface Matcher {
  /** Plain names → mineral id (lowercase, hyphens and spaces folded). */
  byName: ReadonlyMap<string, string>;
  /** One alternation of every plain name (longest first, so `iron ore` wins over `iron`), then the contextual ones. */
  patterns: readonly { id: string | null; re: RegExp }[];
}

const matchers = new Map<string, Matcher>();

/** The compiled patterns for the active packs' minerals (built once per set of packs). */
function matcher(): Matcher {
  const { key, minerals } = domain();
  let m = matchers.get(key);
  if (m) return m;
  const plain = minerals.filter((x) => !x.contextual);
  const names = plain.flatMap((x) => [x.name, ...x.aliases]).sort((a, b) => b.length - a.length);
  m = {
    byName: new Map(plain.flatMap((x) => [x.name, ...x.aliases].map((n) => [n.toLowerCase().replace(/[ -]/g, ' '), x.id] as const))),
    patterns: [
      ...(names.length ? [{ id: null, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') }] : []),
      ...minerals.flatMap((x) => (x.contextual ?? []).map((re) => ({ id: x.id, re }))),
    ],
  };
  matchers.set(key, m);
  return m;
}

/** The minerals of the active packs. */
export function activeMinerals(): readonly MineralDef[] {
  return domain().minerals;
}

/**
 * Nouns that, right after a mineral word, make it something else: a landform (`salt flats`), a prize (`silver medal`)
 * or an idiom (`silver lining`, `gold standard`, `iron fist`).
 */
const LANDFORM_AFTER = /^[ -](?:flats?|pans?|lakes?|marsh(?:es)?|plains?|domes?|medals?|medall?ists?|linings?|standards?|screen|jubilee|anniversary|spoon|bullet|star|card|fist|will|curtain|lady|age)(?![\p{L}])/iu;

/** True when a capitalised hit is one word of a longer capitalised name (`Copper Lane Stadium`, `Gold Coast`). */
function insideName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  if (/^[ -]\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return true;
  // A capitalised word right before it, unless that word starts the sentence (`Gold and copper…`).
  const before = /(?:^|([.!?:;“"]?)\s+)\p{Lu}[\p{L}’'-]*\s$/u.exec(text.slice(Math.max(0, start - 40), start));
  return !!before && before.index > 0 && !before[1];
}

/**
 * Every mineral mentioned in `text`, in order; `masked` ranges (organisation
 * names, people's names) are skipped. Overlaps keep the longest match.
 */
export function findMinerals(text: string, masked: readonly (readonly [number, number])[] = []): MineralHit[] {
  const hits: MineralHit[] = [];
  const { byName, patterns } = matcher();
  for (const { id: fixed, re } of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const id = fixed ?? byName.get(m[0].toLowerCase().replace(/[ -]/g, ' '));
      if (!id) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "lead" in "contextual" patterns may be part of a longer match: take the word "lead" itself.
      const word = id === 'lead' ? /lead/iu.exec(m[0]) : null;
      const s = word ? start + word.index : start;
      const e = word ? s + 4 : end;
      if (masked.some(([a, b]) => s < b && e > a)) continue;
      // "salt flats", "salt lake": a landform named after the mineral, not the mineral.
      if (LANDFORM_AFTER.test(text.slice(e, e + 12)) || insideName(text, s, e)) continue;
      hits.push({ id, start: s, end: e, text: text.slice(s, e) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MineralHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
