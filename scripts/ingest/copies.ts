/**
 * Stage 5b, copies: an article that repeats another (an exact copy, or the same
 * story syndicated with other clutter) is marked `duplicateOf` the original.
 */
import { hash } from 'node:crypto';

/** Share of the smaller article's sampled word 5-grams found in the other for it to count as a copy. */
export const COPY_SHARE = 0.8;
/** Keep one 5-gram in SAMPLE (by hash), so comparing a thousand articles stays linear-ish. */
const SAMPLE = 4;
/**
 * A 5-gram found in more articles than this is boilerplate: it is not used to find candidate
 * pairs (comparing every pair that shares a stock phrase would be quadratic). Candidates are still
 * compared on all their 5-grams, so the result is the same as comparing every pair (see findCopies).
 */
const COMMON = 64;

/** What the copy finder needs of an article; `shingles` is its fingerprint() when already known. */
export type Comparable = { key: string; paragraphs: readonly string[]; date: string | null; shingles?: readonly string[] };

/** The article's sampled word 5-grams (hashed), in the order found: what copies are compared on. */
export function fingerprint(paragraphs: readonly string[]): string[] {
  const words = paragraphs.join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) {
    const h = hash('sha1', words.slice(i, i + 5).join(' '), 'buffer');
    if (h[0]! % SAMPLE === 0) out.add(h.toString('hex', 0, 8));
  }
  return [...out];
}

/**
 * Map each copy's key to its original's key. The original is the earlier
 * article (by date when both are known, else by key order, e.g. file name), so the choice is stable.
 *
 * Candidate pairs share a rare 5-gram (one in at most COMMON articles). That finds every pair
 * whose smaller article has more than (1 − COPY_SHARE) of its 5-grams rare: COPY_SHARE of them are
 * shared, so at least one shared 5-gram is rare. Articles made mostly of common 5-grams are
 * compared with every article, as before. A candidate is compared on all its 5-grams unless the
 * rare ones it shares plus every common one could not reach COPY_SHARE.
 */
export function findCopies(articles: readonly Comparable[]): Map<string, string> {
  const sets = articles.map((a) => new Set(a.shingles ?? fingerprint(a.paragraphs)));
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => set.forEach((s) => (index.get(s) ?? index.set(s, []).get(s)!).push(i)));
  const rare = sets.map((set) => [...set].filter((s) => index.get(s)!.length <= COMMON));
  // Mostly boilerplate (with a margin over 1 − COPY_SHARE): a rare 5-gram may not be shared with its copy.
  const boilerplate = new Set(sets.flatMap((set, i) => (rare[i]!.length < (1 - COPY_SHARE + 0.1) * set.size ? [i] : [])));
  const order = (i: number, j: number) => {
    const a = articles[i]!;
    const b = articles[j]!;
    if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
    return a.key < b.key ? -1 : 1;
  };
  const overlap = (a: Set<string>, b: Set<string>) => {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let n = 0;
    for (const s of small) if (large.has(s)) n++;
    return n;
  };
  const common = sets.map((set, i) => set.size - rare[i]!.length);
  const copyOf = new Map<string, string>();
  sets.forEach((set, i) => {
    if (set.size < 3) return;
    // 5-grams shared with each candidate: all of them for a boilerplate article (exact), else the rare ones.
    const exact = boilerplate.has(i);
    const shared = new Map<number, number>();
    for (const s of exact ? set : rare[i]!) for (const j of index.get(s)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    if (!exact) for (const j of boilerplate) if (j !== i && !shared.has(j)) shared.set(j, 0);
    const isCopy = (j: number) => {
      const least = Math.min(set.size, sets[j]!.size);
      if (exact) return shared.get(j)! / least >= COPY_SHARE;
      // Common 5-grams can add at most this many: skip the exact count when even that cannot reach COPY_SHARE.
      if ((shared.get(j)! + Math.min(common[i]!, common[j]!)) / least < COPY_SHARE) return false;
      return overlap(set, sets[j]!) / least >= COPY_SHARE;
    };
    const originals = [...shared.keys()].filter((j) => order(j, i) < 0 && isCopy(j)).sort(order);
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
