/**
 * Stage 5b, copies: an article that repeats another (an exact copy, or the same
 * story syndicated with other clutter) is marked `duplicateOf` the original.
 */
import { createHash } from 'node:crypto';

/** Share of the smaller article's sampled word 5-grams found in the other for it to count as a copy. */
export const COPY_SHARE = 0.8;
/** Keep one 5-gram in SAMPLE (by hash), so comparing a thousand articles stays linear-ish. */
const SAMPLE = 4;

/** What the copy finder needs of an article. */
export type Comparable = { key: string; paragraphs: readonly string[]; date: string | null };

function sampledShingles(paragraphs: readonly string[]): Set<string> {
  const words = paragraphs.join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) {
    const gram = words.slice(i, i + 5).join(' ');
    const h = createHash('sha1').update(gram).digest();
    if (h[0]! % SAMPLE === 0) out.add(h.toString('hex', 0, 8));
  }
  return out;
}

/**
 * Map each copy's key to its original's key. The original is the earlier
 * article (by date when both are known, else by key order, e.g. file name), so the choice is stable.
 */
export function findCopies(articles: readonly Comparable[]): Map<string, string> {
  const sets = articles.map((a) => sampledShingles(a.paragraphs));
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => set.forEach((s) => (index.get(s) ?? index.set(s, []).get(s)!).push(i)));
  const order = (i: number, j: number) => {
    const a = articles[i]!;
    const b = articles[j]!;
    if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
    return a.key < b.key ? -1 : 1;
  };
  const copyOf = new Map<string, string>();
  sets.forEach((set, i) => {
    if (set.size < 3) return;
    const shared = new Map<number, number>();
    for (const s of set) for (const j of index.get(s)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    const originals = [...shared]
      .filter(([j, n]) => n / Math.min(set.size, sets[j]!.size) >= COPY_SHARE && order(j, i) < 0)
      .map(([j]) => j)
      .sort(order);
    if (originals.length > 0) copyOf.set(articles[i]!.key, articles[originals[0]!]!.key);
  });
  // A copy of a copy points at the first original.
  for (const [copy, original] of copyOf) {
    let root = original;
    while (copyOf.has(root)) root = copyOf.get(root)!;
    copyOf.set(copy, root);
  }
  return copyOf;
}
