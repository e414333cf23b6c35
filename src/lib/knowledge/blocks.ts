/**
 * A source prepared for extraction: each paragraph (and each embedded post)
 * becomes a block with tokens, sentence boundaries, quotation spans and the
 * part-of-speech hints `compromise` gives for names.
 */
import nlp from 'compromise';
import type { Source } from '../../schemas/source.ts';
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

/** Per-token `compromise` tags for a tokenized text. */
function tagTokens(tk: Tokenized): TokenTags[] {
  const empty = (): TokenTags => ({ person: false, firstName: false, male: false, female: false, place: false, org: false });
  const tags = tk.tokens.map(empty);
  // compromise reads brackets as punctuation that splits names: give it the text with brackets blanked.
  const doc = nlp(tk.text.replace(/[[\]]/g, ' '));
  const terms = (doc.json({ offset: true }) as { terms: { tags: string[]; offset: { start: number; length: number } }[] }[]).flatMap((s) => s.terms);
  let t = 0;
  for (let i = 0; i < tk.tokens.length; i++) {
    const token = tk.tokens[i]!;
    while (t < terms.length && terms[t]!.offset.start + terms[t]!.offset.length <= token.start) t++;
    const term = terms[t];
    if (!term || term.offset.start > token.start) continue;
    const set = new Set(term.tags);
    tags[i] = {
      person: set.has('Person') || set.has('FirstName') || set.has('LastName'),
      firstName: set.has('FirstName'),
      male: set.has('MaleName'),
      female: set.has('FemaleName'),
      place: set.has('Place') || set.has('Country') || set.has('City') || set.has('Region'),
      org: set.has('Organization'),
    };
  }
  return tags;
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
