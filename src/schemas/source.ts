/**
 * The Source schema: one ingested article. Shared by the ingest script (which
 * validates what it writes) and the site (which validates what it reads).
 */
import { z } from 'zod';

/** Where a metadata value came from. `null` value + `from: null` means unknown. */
export const Provenance = z.enum([
  'text', // stated in the article text (dateline, "Copyright …", "Source: …")
  'front-matter', // YAML front matter of a Markdown article
  'html-meta', // <meta>/<link>/<title> of a saved web page
  'embedded-post', // an embedded social post inside the article
  'sidecar', // the editor's seeds/<file>.meta.yaml
  'derived', // computed by Sourcebook (title from the lede, language detection, …)
]);
export type Provenance = z.infer<typeof Provenance>;

/** A metadata value with where it came from; unknown values are `{ value: null, from: null }`. */
export const Sourced = z.object({
  /** The value, or null when the article does not state it. */
  value: z.string().nullable(),
  /** Where the value came from; null when unknown. */
  from: Provenance.nullable(),
  /** The text the value was read from, when it was read from text. */
  evidence: z.string().optional(),
});
export type Sourced = z.infer<typeof Sourced>;

/** One logged change the cleaner made: which rule, what text it saw, what it left. */
export const Change = z.object({
  /** The rule's name, e.g. `read-more-inline`. */
  rule: z.string(),
  /** The text before the rule ran (the removed or repaired text). */
  before: z.string(),
  /** The text after (empty when removed). */
  after: z.string(),
});
export type Change = z.infer<typeof Change>;

/** A social-media post embedded in the article, kept apart from the body text. */
export const Embed = z.object({
  kind: z.literal('social-post'),
  /** The post text as it appears in the article. */
  text: z.string(),
  /** Account display name, e.g. "Ministry of Finance, Government of Pakistan". */
  author: z.string(),
  /** Account handle without @, e.g. "Financegovpk". */
  handle: z.string().nullable(),
  /** Date of the post as YYYY-MM-DD, when stated. */
  date: z.string().nullable(),
  /** Link found in the post (e.g. pic.twitter.com/…). */
  link: z.string().nullable(),
});
export type Embed = z.infer<typeof Embed>;

/** A source slug: lowercase ASCII letters, digits and single hyphens. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase ASCII words joined by hyphens').brand<'Slug'>();
export type Slug = z.infer<typeof Slug>;

/** A paragraph id: `p-` and 8 hex digits derived from the paragraph's text. */
export const ParagraphId = z.string().regex(/^p-[0-9a-f]{8}(?:-\d+)?$/).brand<'ParagraphId'>();
export type ParagraphId = z.infer<typeof ParagraphId>;

/** Frontmatter of `content/sources/<slug>.mdx`, written by the ingest. */
export const SourceFrontmatter = z.object({
  /** Stable, readable, ASCII slug; the page lives at /sources/<slug>/. */
  slug: Slug,
  /** The input file name, relative to the seeds folder. */
  file: z.string(),
  /** The article's title. */
  title: z.string().min(1),
  /**
   * True when the headline is printed cut short ("…", e.g. a browser tab's title) and no full version
   * of it was found anywhere in the input; absent otherwise. The site can say the title is incomplete.
   */
  titleTruncated: z.boolean().optional(),
  /** Where the title came from: `text` (first line), `derived` (from the lede), front matter, HTML meta or sidecar. */
  titleFrom: Provenance,
  /** Standfirst (sub-headline) when the article has one. */
  standfirst: z.string().nullable(),
  publisher: Sourced,
  /** Publication date, YYYY-MM-DD. For a republished copy, the original publication's date (often unknown). */
  date: Sourced,
  /** The date the article says it was last updated ("Updated March 27, 2024"), YYYY-MM-DD; absent when not stated. */
  updated: Sourced.optional(),
  /**
   * Present only when the input states that it is a copy of an article first published elsewhere
   * ("Source: https://www.dawn.com", "Republished from … This article originally appeared in … on …").
   * Then `publisher` and `date` are the original publication's, and `republished` is the copy's own:
   * `by` the outlet that republished it, `date` the day it did (each unknown when not stated).
   */
  republished: z.object({
    /** Who published this copy (e.g. "Published by Commons Daily"). */
    by: Sourced,
    /** When this copy was published, YYYY-MM-DD (a sidecar `date` of a copy is this date). */
    date: Sourced,
  }).optional(),
  /** Dateline place as printed (e.g. "ISLAMABAD"). */
  dateline: Sourced,
  url: Sourced,
  author: Sourced,
  /** BCP 47 language tag, e.g. `en`, `ur`. */
  lang: z.string().min(2),
  /** Writing direction of the article text. */
  dir: z.enum(['ltr', 'rtl']),
  /** Words in the cleaned body. */
  wordCount: z.number().int().nonnegative(),
  /** sha256 of the input file's bytes, hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Slug of the source this one copies, when it is an exact or near copy. */
  duplicateOf: Slug.nullable(),
  /** Social posts embedded in the article. */
  embeds: z.array(Embed),
  /** The ingest log: every change the cleaner made, in order. */
  changes: z.array(Change),
});
export type SourceFrontmatter = z.infer<typeof SourceFrontmatter>;

/** One paragraph of the cleaned text. */
export const Paragraph = z.object({
  /** Content-derived id, stable across re-ingests while the paragraph's text is unchanged. */
  id: ParagraphId,
  /** Display number, 1-based. */
  n: z.number().int().positive(),
  /** The paragraph's text, plain (never markup). */
  text: z.string().min(1),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** A source as the site reads it: frontmatter plus its paragraphs. */
export const Source = SourceFrontmatter.extend({
  paragraphs: z.array(Paragraph),
});
export type Source = z.infer<typeof Source>;
