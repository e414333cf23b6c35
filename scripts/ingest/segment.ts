/** Stage 4, segment: cleaned blocks → title, standfirst, dateline and paragraphs. */
import type { Provenance } from '../../src/schemas/source.ts';
import { sentences } from '../../src/lib/sentences.ts';
import { Rejection, type Candidate, type Draft } from './types.ts';

/** The article's parts. */
export type Segmented = {
  title: string;
  titleFrom: Provenance;
  /** Where the title was read from, for the log ("first line", "front matter", …). */
  titleEvidence: string;
  standfirst: string | null;
  dateline: Candidate | null;
  paragraphs: string[];
};

/** Datelines as newsrooms print them: "KARACHI:", "[Islamabad]", "ISLAMABAD —". */
export const DATELINES: readonly RegExp[] = [
  /^(?<place>\p{Lu}[\p{Lu} .'’-]{1,40}?)(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s*(?:\([^)]{1,40}\))?\s*:\s+/u,
  /^\[(?<place>\p{Lu}[\p{L} .'’-]{1,40})\]\s+/u,
  /^(?<place>\p{Lu}[\p{Lu} .'’-]{1,40}?)(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s+[—–-]{1,2}\s+/u,
  // A wire's dateline with its date and agency, places joined by a slash: "ISTANBUL/BEIRUT, Feb 6 (Corvus) —",
  // "HARROW BAY, Wash. (January 3, 2024) —" (the first place is the dateline's).
  /^(?<place>\p{Lu}[\p{Lu} .'’-]{1,40}?)(?:\/\p{Lu}[\p{Lu} .'’-]{1,40}?)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}?[\p{L}.]*){0,3}?(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?\s*\([^)]{1,40}\)\s*[—–-]{1,2}\s+/u,
];

/** Find the dateline at the start of a paragraph. */
export function findDateline(text: string): Candidate | null {
  for (const pattern of DATELINES) {
    const m = pattern.exec(text);
    const place = m?.groups?.place?.trim();
    if (m && place && place.length >= 3) return { value: place, from: 'text', evidence: m[0].trim() };
  }
  return null;
}

/**
 * A first line is a headline when it is short, is not a sentence and is not a dateline lede. A topic before a colon in a
 * short line that ends in no punctuation ("FTX: from rescue talks to Chapter 11 in 72 hours") is the headline's own label:
 * a lede after a dateline is a sentence.
 */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length <= 200 && words <= 30 && !/[.!?:;,]$/.test(line) && (!findDateline(line) || words <= LABELLED_HEADLINE_WORDS);
}
const LABELLED_HEADLINE_WORDS = 16;

/** Sentence-final punctuation in any script: . ! ? and closing quotes, 。！？ and closing corner brackets (CJK), ۔ ؟ (Urdu, Arabic). */
export const SENTENCE_END = /[.!?”"\u3002\uff01\uff1f\u300d\u300f\u06d4\u061f]$/u;

/** A standfirst follows a headline: one short line that is not a finished sentence. */
function isStandfirst(line: string): boolean {
  return line.length <= 350 && !SENTENCE_END.test(line) && !findDateline(line);
}

/** Derive a title from the lede: its first clause (or first words), without the dateline. */
export function titleFromLede(text: string): string {
  // A title is at most a clause: the lede's first 1,000 characters hold it, and no pattern ever sees a megabyte line.
  const lede = text.slice(0, 1000);
  const dateline = findDateline(lede);
  const first = sentences(dateline ? lede.slice(dateline.evidence!.length).trim() : lede)[0]?.text.trim() ?? lede;
  const clause = /^(.{30,}?)[,;:—]\s/.exec(first)?.[1] ?? first.replace(/[.!?]$/, '');
  const words = clause.split(/\s+/);
  return words.length > 16 ? `${words.slice(0, 14).join(' ')}…` : clause;
}

/** Split the cleaned draft into its parts. Throws Rejection when no article text is left. */
export function segment(d: Draft): Segmented {
  const blocks = [...d.blocks];
  let title: string;
  let titleFrom: Provenance;
  let titleEvidence: string;
  let standfirst: string | null = null;
  if (d.meta.title) {
    title = d.meta.title.value;
    titleFrom = d.meta.title.from;
    titleEvidence = d.meta.title.evidence ?? d.meta.title.from;
  } else if (blocks.length > 1 && (isHeadline(blocks[0]!) || (d.headlineFirst && /[?!]$/.test(blocks[0]!) && isHeadline(blocks[0]!.slice(0, -1))))) {
    title = blocks.shift()!;
    titleFrom = 'text';
    titleEvidence = 'first line';
    if (blocks.length > 1 && isStandfirst(blocks[0]!)) standfirst = blocks.shift()!;
  } else {
    if (blocks.length === 0) throw new Rejection('no article text left after removing site clutter');
    title = titleFromLede(blocks[0]!);
    titleFrom = 'derived';
    titleEvidence = 'first clause of the lede';
  }
  if (blocks.length === 0) throw new Rejection('no article text left after removing site clutter');
  return { title, titleFrom, titleEvidence, standfirst, dateline: findDateline(blocks[0]!), paragraphs: blocks };
}
