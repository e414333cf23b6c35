/**
 * A source's citations as the source page renders them (src/lib/cite.ts
 * `citeSource`): the facts cited, the source's own citation in every format and
 * the paragraph citation's template. The build's cite stage writes them for
 * every source to `<content>/.cite-cache.json` (src/lib/cite-cache.ts); the page
 * reads that file as data and validates each entry with these schemas before
 * using it.
 */
import { z } from 'zod';

/** The formats every citation is given in (cite.ts `CITATION_FORMATS`). */
export const CitationFormatId = z.enum(['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl-json']);

/** One format of a citation: the reference, and for the styles the in-text citation. */
export const CitationText = z.object({
  id: CitationFormatId,
  label: z.string(),
  detail: z.string(),
  text: z.string(),
  inText: z.string().nullable(),
});

/** What a source's citations say about the original article and its archived copy (csl/facts.ts `CiteFacts`). */
export const CiteFacts = z.object({
  title: z.string(),
  titleWords: z.string(),
  sentenceTitle: z.string(),
  titleCut: z.enum(['headline', 'derived']).nullable(),
  titleLabel: z.string().nullable(),
  shortTitle: z.string(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  republished: z.string().nullable(),
  originalUrl: z.string().nullable(),
  permalink: z.string().nullable(),
});

/** A source's own citation in every format. */
export const Citation = z.object({
  url: z.string().nullable(),
  permalink: z.string().nullable(),
  localHref: z.string(),
  formats: z.array(CitationText),
});

/** Everything the source page shows of a source's citations. */
export const SourceCitations = z.object({
  facts: CiteFacts,
  source: Citation,
  paragraphTemplate: z.array(CitationText),
});
export type SourceCitations = z.infer<typeof SourceCitations>;

/** `<content>/.cite-cache.json`: each source's citations under the key of everything they were made from. */
export const CiteCacheFile = z.object({
  /** The citation code's version (cite.ts `CITATION_VERSION`); a file from another version is not read. */
  version: z.number().int(),
  /** Cache key (src/lib/cite-cache.ts `citeCacheKey`) → the source's citations, validated when read. */
  entries: z.record(z.string(), z.unknown()),
});
export type CiteCacheFile = z.infer<typeof CiteCacheFile>;
