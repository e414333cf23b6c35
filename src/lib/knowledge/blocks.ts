/**
 * A source prepared for extraction: each paragraph (and each embedded post)
 * becomes a block with tokens, sentence boundaries, quotation spans and the
 * part-of-speech hints `compromise` gives for names.
 */
import nlp from 'compromise';
import type { Source } from '../../schemas/source.ts';
import { isWord } from './lexicon.ts';
import { tokenize, type Tokenized } from './text.ts';

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

/** Per-token `compromise` tags for a tokenized text, as bits. */
function tagBitsOf(tk: Tokenized): Uint8Array {
  const bits = new Uint8Array(tk.tokens.length);
  const text = textToTag(tk);
  if (text === null) return bits;
  const doc = nlp(text);
  doc.compute('offset');
  // `compute('offset')` gives every term its character offsets (the same ones `json({ offset: true })` reports, without building JSON).
  const terms = doc.docs.flat() as ((typeof doc.docs)[number][number] & { offset?: { start: number; length: number } })[];
  let t = 0;
  const endOf = (x: (typeof terms)[number]) => (x.offset ? x.offset.start + x.offset.length : -1);
  for (let i = 0; i < tk.tokens.length; i++) {
    const token = tk.tokens[i]!;
    while (t < terms.length && endOf(terms[t]!) <= token.start) t++;
    const term = terms[t];
    if (!term?.offset || term.offset.start > token.start) continue;
    bits[i] = tagBits(term.tags ?? new Set());
  }
  return bits;
}

/** Per-token `compromise` tags for a tokenized text (memoised by text). */
function tagTokens(tk: Tokenized): TokenTags[] {
  let bits = tagCache.get(tk.text);
  if (!bits) {
    bits = tagBitsOf(tk);
    if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
    tagCache.set(tk.text, bits);
  }
  return Array.from(bits, (b) => TAG_SETS[b]!);
}

/** One block from a text. */
function block(text: string, paragraph: string | null, embed: number | null): Block {
  const tk = tokenize(text);
  return {
    paragraph,
    embed,
    tk,
    tags: tagTokens(tk),
    quotes: embed === null ? findQuoteSpans(text) : [],
    byline: /^By\s+\p{Lu}[\p{L}.’' -]{2,60}$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 7,
  };
}

/** Prepare a source for extraction (the expensive step: tokenizing and tagging every paragraph once). */
export function prepareSource(source: Source): PreparedSource {
  return {
    source,
    blocks: [
      ...source.paragraphs.map((p) => block(p.text, p.id, null)),
      ...source.embeds.map((e, i) => block(e.text, null, i)),
    ],
  };
}
