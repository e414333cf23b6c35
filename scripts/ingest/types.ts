/** Types that cross ingest stage boundaries (a light module: the main thread loads no parser through it). */
import type { Change, Embed, Provenance } from '../../src/schemas/source.ts';

/** Extensions the ingest reads, by format. */
export const FORMATS = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' } as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** An input file found in the seeds folder. */
export type InputFile = {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** Lowercased extension without the dot. */
  ext: string;
  /** Its sidecar: the real path, null when there is none, or why it cannot be used (the article is then rejected). */
  sidecar: { path: string } | { error: string } | null;
};

/** A metadata candidate with its provenance. */
export type Candidate = { value: string; from: Provenance; evidence?: string };

/** Metadata keys any stage may propose a value for. */
export type MetaKey = 'title' | 'date' | 'publisher' | 'url' | 'author' | 'lang' | 'dateline' | 'slug'
  // When the input states them: the date it was last updated; a headline printed cut short ("true");
  // for a republished copy, the original publisher and date (publisher/date are then the copy's).
  | 'updated' | 'titleTruncated' | 'originalPublisher' | 'originalDate';

/** Candidates collected by the stages, first (strongest) wins per key when merged. */
export type MetaCandidates = Partial<Record<MetaKey, Candidate>>;

/** Text of an article as a list of blocks (paragraph-ish units) plus what was learnt so far. */
export type Draft = {
  /** Blocks in reading order; each becomes a paragraph unless cleaned away. */
  blocks: string[];
  /** Metadata proposed by stages that read it from the input itself. */
  meta: MetaCandidates;
  /** The log of every change made to the text, in order. */
  changes: Change[];
  /** Social posts lifted out of the text. */
  embeds: Embed[];
  /** True when the source format already gave a title (front matter, HTML), so line 1 is body text. */
  titleKnown: boolean;
  /** True when the cleaner found the headline among the first lines and put it first (a question mark does not make it a sentence then). */
  headlineFirst?: boolean;
};

/** Why an input was not used: a sentence a person understands. */
export class Rejection extends Error {
  override name = 'Rejection';
}

/** An unexpected error (a parser's stack overflow, a file-system error) as a rejection reason. */
export function failure(error: unknown): string {
  const message = String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 300);
  return `could not be processed: ${message}`;
}
