/**
 * The words a claim is made of, for telling whether two sources' sentences state the same fact: content words,
 * lightly stemmed, weighted by how rare they are among the corpus's paragraphs (a word in every paragraph says
 * nothing; a word in two says a lot).
 */
import type { Source } from '../../schemas/source.ts';
import { CLAIM_STOP_WORDS, MEASURE_SYNONYMS } from './lexicon.ts';

/**
 * Content words of `text`: lowercase, four letters or more, not a stop word, lightly stemmed (killing, killed,
 * kills → kill); names of one measure meet (`damage`, `losses` → cost); model numbers and years (`737`, `2008`)
 * count as words, amounts (`33,000`, `8.5`) do not.
 */
export function claimWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const [w] of text.toLowerCase().replace(/[’']s\b/g, '').matchAll(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu)) {
    if (/^\d/.test(w) ? !/^\d{3,4}$/.test(w) : w.length <= 3 || CLAIM_STOP_WORDS.has(w)) continue;
    out.add(MEASURE_SYNONYMS.get(w) ?? stem(w));
  }
  return out;
}

/** A light stem: plural and verb endings off, a doubled last letter undone. */
export function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

/** How rare each word is among the paragraphs of `sources`: 1 for a word in one paragraph, near 0 for one in all. */
export interface WordWeights {
  weight(word: string): number;
  /** The summed weight of the words two sets share. */
  shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number;
}

const MIN_PARAGRAPHS = 20;

/** Word weights over the paragraphs of `sources` (inverse document frequency, scaled to 0–1). */
export function wordWeights(sources: readonly Pick<Source, 'paragraphs'>[]): WordWeights {
  const df = new Map<string, number>();
  let n = 0;
  for (const s of sources) {
    for (const p of s.paragraphs) {
      n++;
      for (const w of claimWords(p.text)) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  // A story of a few paragraphs says little about which words are common: rarity is read as if among at least MIN_PARAGRAPHS.
  const m = Math.max(n, MIN_PARAGRAPHS);
  // Worked out once per word: the comparisons of a large corpus ask for the same words millions of times.
  const known = new Map<string, number>();
  const weight = (w: string) => {
    let x = known.get(w);
    if (x === undefined) known.set(w, (x = Math.log((m + 2) / ((df.get(w) ?? 0) + 1)) / Math.log(m + 2)));
    return x;
  };
  return {
    weight,
    shared: (a, b) => {
      let sum = 0;
      for (const w of a) if (b.has(w)) sum += weight(w);
      return sum;
    },
  };
}
