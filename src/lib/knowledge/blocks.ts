/**
 * A source prepared for extraction: each paragraph (and each embedded post)
 * becomes a block with tokens, sentence boundaries, quotation spans and the
 * part-of-speech hints `compromise` gives for names. Tagging is the expensive
 * step: only sentences whose capitalised words can matter are tagged, a
 * source's new paragraphs in one `compromise` call, and the tags of every
 * paragraph are kept (by text) for later builds in the same process.
 */
import nlp from 'compromise';
import type { Source } from '../../schemas/source.ts';
import { isWord } from './lexicon.ts';
import { tokenize, type Tokenized } from './text.ts';
import { textKey } from './tag-cache.ts';

/** What `compromise` thinks of one token. */
export interface TokenTags {
  person: boolean;
  firstName: boolean;
  male: boolean;
  female: boolean;
  place: boolean;
  org: boolean;
}

/** A quotation span: offsets of the text between the marks (marks excluded). */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph's end when unclosed). */
  close: number;
  /** True when the quotation runs on past the end of the paragraph. */
  unclosed: boolean;
}

/** One paragraph or embedded post, ready for the extractors. */
export interface Block {
  /** Paragraph id, or null for an embedded post. */
  paragraph: string | null;
  /** Index in `source.embeds`, or null for a paragraph. */
  embed: number | null;
  tk: Tokenized;
  tags: TokenTags[];
  quotes: QuoteSpan[];
  /** True for a byline (`By Jane Doe`), which names the author, not someone in the story. */
  byline: boolean;
}

/** A source split into blocks (paragraphs first, then embedded posts). */
export interface PreparedSource {
  source: Source;
  blocks: Block[];
}

/** Quotation spans in a paragraph: curly “…” pairs and straight "…" pairs; an unclosed “ runs to the end. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /[“”"]/g;
  let open: { at: number; mark: string } | null = null;
  for (const m of text.matchAll(re)) {
    const mark = m[0];
    const at = m.index;
    if (!open) {
      if (mark === '”') continue;
      open = { at, mark };
      continue;
    }
    const closes = open.mark === '“' ? mark === '”' : mark === '"';
    if (closes) {
      spans.push({ start: open.at + 1, end: at, open: open.at, close: at + 1, unclosed: false });
      open = null;
    } else if (mark === '“') {
      open = { at, mark };
    }
  }
  if (open && open.mark === '“') spans.push({ start: open.at + 1, end: text.length, open: open.at, close: text.length, unclosed: true });
  return spans.filter((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
}

/** Every combination of tags, shared (frozen) so that tag arrays hold references, not objects. */
const TAG_SETS: readonly TokenTags[] = Array.from({ length: 64 }, (_, bits) =>
  Object.freeze({ person: !!(bits & 1), firstName: !!(bits & 2), male: !!(bits & 4), female: !!(bits & 8), place: !!(bits & 16), org: !!(bits & 32) }),
);

/** Tags of paragraphs already tagged in this process, by text (tagging is the expensive step; rebuilds see the same paragraphs). */
const tagCache = new Map<string, Uint8Array>();
const TAG_CACHE_LIMIT = 10_000;

/** Bump when a change here changes the tags a text gets (it invalidates `.tag-cache.json`, see tag-cache.ts). */
export const TAGGING_VERSION = 2;

/** Tags computed before this process started (by the build's tag stage), by text key. */
let precomputed: ReadonlyMap<string, Uint8Array> = new Map();

/** Use tags computed elsewhere (tag-cache.ts); texts they lack are tagged here as usual. */
export function usePrecomputedTags(tags: ReadonlyMap<string, Uint8Array>): void {
  precomputed = tags;
}

/** Forget every tag this process knows (for tests that compare tagging paths). */
export function forgetTags(): void {
  tagCache.clear();
  precomputed = new Map();
}

function precomputedFor(tk: Tokenized): Uint8Array | undefined {
  if (precomputed.size === 0) return undefined;
  const bits = precomputed.get(textKey(tk.text));
  return bits && bits.length === tk.tokens.length ? bits : undefined;
}

/** The bits of one compromise term's tags. */
function tagBits(tags: ReadonlySet<string>): number {
  return (
    (tags.has('Person') || tags.has('FirstName') || tags.has('LastName') ? 1 : 0) |
    (tags.has('FirstName') ? 2 : 0) |
    (tags.has('MaleName') ? 4 : 0) |
    (tags.has('FemaleName') ? 8 : 0) |
    (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region') ? 16 : 0) |
    (tags.has('Organization') ? 32 : 0)
  );
}

/**
 * The text `compromise` needs to see, or null when nothing in it needs tags: only capitalised words are
 * ever read, so a sentence whose one capitalised word is an ordinary word opening it (`The`, `Investors`)
 * is blanked out (offsets kept). Brackets are blanked too: compromise reads them as punctuation that splits names.
 */
function textToTag(tk: Tokenized): string | null {
  const needed = new Set<number>();
  for (const t of tk.tokens) {
    if (t.kind === 'word' && t.cap && !needed.has(t.sentence) && (!t.first || !isWord(t.text.replace(/\.$/, '')))) needed.add(t.sentence);
  }
  if (!needed.size) return null;
  let text = tk.text.replace(/[[\]]/g, ' ');
  if (needed.size < tk.sentences.length) {
    const parts: string[] = [];
    let at = 0;
    tk.sentences.forEach((s, i) => {
      if (needed.has(i)) return;
      parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
      at = s.end;
    });
    text = parts.join('') + text.slice(at);
  }
  return text;
}

/** What separates texts tagged together: a blank line, which `compromise` never reads across. */
const SEPARATOR = '\n\n';

/**
 * Per-token `compromise` tags for tokenized texts, as bits (memoised by text). The texts not seen
 * before are tagged in one `compromise` call (one document costs less than many), which gives the
 * same tags as tagging them one by one.
 */
function tagBitsOf(tks: readonly Tokenized[]): Uint8Array[] {
  const out = tks.map((tk) => tagCache.get(tk.text) ?? precomputedFor(tk));
  const parts: { i: number; at: number; text: string }[] = [];
  let at = 0;
  tks.forEach((tk, i) => {
    if (out[i]) return;
    const text = textToTag(tk);
    if (text === null || text.includes(SEPARATOR)) {
      out[i] = text === null ? new Uint8Array(tk.tokens.length) : tagOne(tk, text, 0, nlpTerms(text));
      return;
    }
    parts.push({ i, at, text });
    at += text.length + SEPARATOR.length;
  });
  if (parts.length) {
    const terms = nlpTerms(parts.map((p) => p.text).join(SEPARATOR));
    for (const p of parts) out[p.i] = tagOne(tks[p.i]!, p.text, p.at, terms);
  }
  for (let i = 0; i < tks.length; i++) {
    if (tagCache.has(tks[i]!.text)) continue;
    if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
    tagCache.set(tks[i]!.text, out[i]!);
  }
  return out as Uint8Array[];
}

/** A compromise term with its character offsets. */
interface TaggedTerm {
  start: number;
  end: number;
  bits: number;
}

/** Every term of `text` with its offsets and tag bits, in order. */
function nlpTerms(text: string): TaggedTerm[] {
  const doc = nlp(text);
  // `compute('offset')` gives every term its character offsets (the ones `json({ offset: true })` reports, without building JSON).
  doc.compute('offset');
  const terms = doc.docs.flat() as ((typeof doc.docs)[number][number] & { offset?: { start: number; length: number } })[];
  return terms.filter((x) => x.offset).map((x) => ({ start: x.offset!.start, end: x.offset!.start + x.offset!.length, bits: tagBits(x.tags ?? new Set()) }));
}

/** The tag bits of one text's tokens, from terms of a document in which the text starts at offset `at`. */
function tagOne(tk: Tokenized, text: string, at: number, terms: readonly TaggedTerm[]): Uint8Array {
  const bits = new Uint8Array(tk.tokens.length);
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  let t = lo;
  const limit = at + text.length;
  for (let i = 0; i < tk.tokens.length; i++) {
    const start = tk.tokens[i]!.start + at;
    while (t < terms.length && terms[t]!.end <= start) t++;
    const term = terms[t];
    if (!term || term.start > start || term.start >= limit) continue;
    bits[i] = term.bits;
  }
  return bits;
}

/** What tagging reads of a source. */
export interface TaggableSource {
  paragraphs: ReadonlyArray<{ id: string; text: string }>;
  embeds: ReadonlyArray<{ text: string }>;
}

/** The texts of a source that are tagged: its paragraphs, then its embedded posts. */
export function sourceTexts(source: TaggableSource): { text: string; paragraph: string | null; embed: number | null }[] {
  return [
    ...source.paragraphs.map((p) => ({ text: p.text, paragraph: p.id, embed: null })),
    ...source.embeds.map((e, i) => ({ text: e.text, paragraph: null, embed: i })),
  ];
}

/** The tags `prepareSource` gives a source's texts, by text key (for tag-cache.ts; run in the build's worker threads). */
export function tagSource(source: TaggableSource): [string, Uint8Array][] {
  const tks = sourceTexts(source).map((x) => tokenize(x.text));
  const bits = tagBitsOf(tks);
  return tks.map((tk, i) => [textKey(tk.text), bits[i]!]);
}

/** Prepare a source for extraction (the expensive step: tokenizing and tagging every paragraph once). */
export function prepareSource(source: Source): PreparedSource {
  const texts = sourceTexts(source);
  const tks = texts.map((x) => tokenize(x.text));
  const bits = tagBitsOf(tks);
  return {
    source,
    blocks: texts.map(({ text, paragraph, embed }, i) => ({
      paragraph,
      embed,
      tk: tks[i]!,
      tags: Array.from(bits[i]!, (b) => TAG_SETS[b]!),
      quotes: embed === null ? findQuoteSpans(text) : [],
      byline: /^By\s+\p{Lu}[\p{L}.’' -]{2,60}$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 7,
    })),
  };
}
