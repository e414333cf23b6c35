/**
 * Word lists for short titles and title case (APA 7 §6.17 and §8.14, MLA 9
 * §6.57, Chicago 17 §8.159): words of three letters or fewer that are
 * articles, short conjunctions or short prepositions are lowercased inside a
 * title-case title and never end a short title.
 */
export const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the',
  'and', 'but', 'for', 'nor', 'or', 'so', 'yet',
  'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via',
]);

/** Words a short title does not end on (minor words and a few long prepositions and verbs of saying). */
export const NOT_LAST: ReadonlySet<string> = new Set([...MINOR_WORDS, 'with', 'from', 'into', 'amid', 'over', 'after', 'says', 'said', 'met']);

/** Most words a short title keeps (APA: "the first few words"; Chicago: no more than four words). */
export const SHORT_TITLE_WORDS = 4;

/** Labels for titles the site knows to be incomplete (shown and cited in square brackets, as the styles add editorial descriptions). */
export const CUT_TITLE_LABEL = {
  /** The headline as received ends cut off. */
  headline: 'headline cut off in the source',
  /** The article has no headline; Sourcebook took its opening words. */
  derived: 'opening words; the article has no headline',
} as const;

/** MLA 9 month abbreviations (§9.7.1: months longer than four letters are abbreviated). */
export const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

/** Month names for APA and Chicago dates. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
