/**
 * What a source's citations state about the original article and its archived
 * copy on this site (src/lib/cite.ts formats them; the source page's head
 * metadata states the same): the title as cited (an incomplete one labelled),
 * its short form, author, publication, date of publication or of
 * republication, the original URL and the permalink. Free of citation-js, so
 * the tests and the audit can read it too.
 */
import type { Source } from '../../schemas/source.ts';
import { externalUrl, stated } from '../site-data.ts';
import { sourceHref } from '../url.ts';
import { CUT_TITLE_LABEL, MINOR_WORDS, MLA_MONTHS, MONTHS, NOT_LAST, SHORT_TITLE_WORDS } from './words.ts';

/** A citation style. */
export type StyleId = 'apa' | 'mla' | 'chicago';

/** Year, month and day of an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null. */
export function isoParts(iso: string | null): number[] | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim()) : null;
  return m ? m.slice(1).filter((part): part is string => part !== undefined).map(Number) : null;
}

/** A date in a style's own form: APA and Chicago `February 3, 2026`, MLA `3 Feb. 2026`. */
export function styleDate(iso: string, style: StyleId): string {
  const [year, month, day] = isoParts(iso) ?? [];
  if (year === undefined) return iso;
  if (month === undefined) return String(year);
  if (style === 'mla') return [day, MLA_MONTHS[month - 1], year].filter((x) => x !== undefined).join(' ');
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/**
 * Absolute URL of a source page on this site, or null when no site URL is configured. `base` is the site's base
 * path (default: the one Astro was given; outside Astro, such as the build's cite stage, it must be passed).
 */
export function sourcePermalink(slug: string, site: URL | string | undefined, base?: string): string | null {
  return site ? new URL(sourceHref(slug, base), site).href : null;
}

/** Absolute URL of a paragraph of a source on this site, or null when no site URL is configured. */
export function paragraphPermalink(slug: string, paragraphId: string, site: URL | string | undefined, base?: string): string | null {
  const page = sourcePermalink(slug, site, base);
  return page ? `${page}#${paragraphId}` : null;
}

/** True when the ingest found that the input is a copy of an article first published elsewhere (`republished` in the frontmatter). */
export function isRepublishedCopy(source: Source): boolean {
  return source.republished !== undefined;
}

/** Title case for a short title (APA 7 §6.17): major words and words of four letters or more capitalised, minor words lowercased. */
export function titleCase(text: string): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu, (word, offset: number) => {
    const before = text.slice(0, offset).trimEnd();
    const start = before === '' || /[:?!—–]$/.test(before);
    // Acronyms and words with capitals inside (US, iPhone) keep their case; a part after a hyphen is capitalised (High-Level).
    if (/\p{Lu}/u.test(word.slice(1))) return word;
    if (!start && text[offset - 1] !== '-' && MINOR_WORDS.has(word.toLowerCase())) return word.toLowerCase();
    return word[0]!.toUpperCase() + word.slice(1);
  });
}

/**
 * A short title: the words up to a question or exclamation mark or colon when
 * that is at most four words, else the first four words, not ending on a minor
 * word; in title case.
 */
export function shortTitle(words: string): string {
  const clean = words.replace(/\s+/g, ' ').trim();
  const stop = /^(.*?[?!:])(\s|$)/.exec(clean);
  if (stop && stop[1]!.split(' ').length <= SHORT_TITLE_WORDS) return titleCase(stop[1]!.replace(/:$/, ''));
  const list = clean.split(' ');
  let kept = list.slice(0, SHORT_TITLE_WORDS);
  // A name of two capitalised words (United States) is not split in a sentence-case title.
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  const titleCased = list.filter((w) => capitalised(w)).length > list.length / 2;
  if (!titleCased && capitalised(kept.at(-1)) && capitalised(list[kept.length])) kept = list.slice(0, kept.length + 1);
  while (kept.length > 1 && NOT_LAST.has(kept.at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''))) kept = kept.slice(0, -1);
  return titleCase(kept.join(' ').replace(/[,;:.]+$/, ''));
}

/**
 * A headline in sentence case, as APA 7 writes article titles (§6.17): the
 * first word, the first word after a colon, question or exclamation mark, and
 * proper nouns keep their capital. A word is taken for a proper noun from the
 * article's own text: it keeps its capital when the text writes it capitalised
 * inside a sentence and never in lower case. Acronyms keep their case. A title
 * already in sentence case is returned as it is.
 */
export function sentenceCase(title: string, texts: readonly string[]): string {
  const WORD = /[\p{L}][\p{L}'’]*/gu;
  const words = title.match(WORD) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length <= words.length / 2) return title;
  const lower = new Set<string>();
  const named = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      // Capitalised inside a sentence: not at the start of the text or after a full stop, question or exclamation mark, colon or opening quote.
      else if (!/(^|[.!?:“"‘(]\s*)$/u.test(text.slice(0, m.index).trimEnd() + (m.index > 0 ? ' ' : ''))) named.add(w);
    }
  }
  return title.replace(WORD, (word, offset: number) => {
    const before = title.slice(0, offset).trimEnd();
    if (before === '' || /[:?!—–]$/.test(before)) return word;
    if (/\p{Lu}/u.test(word.slice(1)) || !/^\p{Lu}/u.test(word)) return word;
    const down = word[0]!.toLowerCase() + word.slice(1);
    return named.has(word) && !lower.has(down) ? word : down;
  });
}

/** The facts a source's citations state; `site` is the configured site URL (Astro.site), or undefined; `base` the base path (see `sourcePermalink`). */
export function citeFacts(source: Source, site: URL | string | undefined, base?: string): CiteFacts {
  const cut = /\s*(…|\.\.\.)\s*$/.exec(source.title);
  const titleWords = cut ? source.title.slice(0, cut.index) : source.title;
  // Cut: the ingest says the headline is printed cut short, or the title ends in an ellipsis (an opening sentence used as a title).
  const titleCut = cut || source.titleTruncated ? (source.titleFrom === 'derived' ? 'derived' : 'headline') : null;
  const titleLabel = titleCut ? CUT_TITLE_LABEL[titleCut] : null;
  // A copy's own date (the day it was republished) is never given as the original's publication date.
  const republishedOn = source.republished ? stated(source.republished.date) : null;
  return {
    title: titleLabel ? `${titleWords} [${titleLabel}]` : titleWords,
    titleWords,
    sentenceTitle: sentenceCase(titleWords, [source.standfirst ?? '', ...source.paragraphs.map((p) => p.text)]),
    titleCut,
    titleLabel,
    shortTitle: shortTitle(titleWords),
    author: stated(source.author),
    publisher: stated(source.publisher),
    published: stated(source.date),
    republished: republishedOn,
    originalUrl: externalUrl(stated(source.url)),
    permalink: sourcePermalink(source.slug, site, base),
  };
}

/** What a source's citations say about the original article and its archived copy here. */
export interface CiteFacts {
  /** The title as cited: the full title, or the words known followed by a bracketed label saying it is incomplete. */
  title: string;
  /** The title's words without a trailing "…" or label. */
  titleWords: string;
  /** The same in sentence case, for the styles (APA prints it so; MLA and Chicago title-case it themselves). */
  sentenceTitle: string;
  /** Why the title is incomplete, when it is: the headline arrived cut off, or the article has none. */
  titleCut: keyof typeof CUT_TITLE_LABEL | null;
  /** The label shown after an incomplete title, or null. */
  titleLabel: string | null;
  /** Short title for in-text citations (title case, at most four words). */
  shortTitle: string;
  author: string | null;
  publisher: string | null;
  /** Date of publication of the original (ISO), when known. */
  published: string | null;
  /** Date this copy was republished (ISO), when that is the date known. */
  republished: string | null;
  /** The original article's URL, when known. */
  originalUrl: string | null;
  /** This site's page for the source (absolute), or null when no site URL is configured. */
  permalink: string | null;
}

