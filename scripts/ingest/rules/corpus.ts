/** Thresholds and phrases for evidence across the corpus (corpus.ts): data, not code. */
export const CORPUS_BOILERPLATE = {
  /** A line printed in this many articles of one publisher is that outlet's boilerplate. */
  samePublisher: 2,
  /** A line printed in this many articles, whoever published them, is boilerplate. */
  anyPublisher: 3,
  /** A line longer than this is article text, however often it repeats. */
  maxWords: 25,
  /** A finished sentence of at least this many words reads as article text (outlets share background sentences). */
  sentenceWords: 6,
  /** Sentences that are an outlet's stock lines however long they are. */
  phrases: [
    /^(?:this (?:story|article|report) (?:was|has been|is)|all rights reserved|copyright|©|follow us|sign up|subscribe|read more|click here|for more (?:news|stories)|download (?:our|the) app)/i,
    /\b(?:newsletter|all rights reserved|terms of (?:use|service)|privacy policy|cookie)\b/i,
  ],
  /** Splitting a name run into the next word: shortest name, shortest word, and in how many other articles the word must be written alone. */
  runTogether: { minName: 4, minWord: 3, wordArticles: 3 },
} as const;
