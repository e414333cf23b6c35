/**
 * Word-level differences between two renderings of the same statement, for
 * the site to show quote variants side by side. No Node APIs: safe anywhere.
 */
import { diffWords } from 'diff';

/** One run of words: common to both versions, only in the first (`removed`), or only in the second (`added`). */
export interface DiffPart {
  /** The words, with their spacing. */
  value: string;
  /** Only in the second version. */
  added: boolean;
  /** Only in the first version. */
  removed: boolean;
}

/** The word-level diff from quotation `a` to quotation `b` (case-sensitive; punctuation counts as words). */
export function quoteDiff(a: string, b: string): DiffPart[] {
  return diffWords(a, b).map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}
