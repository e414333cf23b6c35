/**
 * Extractive accounts: what happened, told in the sources' own sentences. An event's account is the lead
 * sentence of each report, then what the reports say was announced, agreed or done, then the key quotes with
 * their speakers and the sentences that give its figures; the home page's lede is the lead of the most-reported
 * events, newest first. Every sentence is a sentence of a source, verbatim, with the paragraph it comes from;
 * the only words of ours are the templates in `eventSummary`, filled from the event's data and checked for
 * grammar in the tests. The words that mark an outcome are data (narrative-words.ts).
 */
import type { Event, Knowledge } from '../../schemas/knowledge.ts';
import { sentences } from '../sentences.ts';
import { formatDate } from '../site-data.ts';
import type { Anchor, SiteContext } from './context.ts';
import { OUTCOME_WORDS } from './narrative-words.ts';
import { capitalise, listText } from './text.ts';

/** One sentence of an account: a source's own words and where they are. */
export interface AccountSentence {
  /** The sentence exactly as the source writes it (trimmed). */
  text: string;
  /** The paragraph it comes from. */
  anchor: Anchor;
  /** Why it was chosen. */
  role: 'lead' | 'outcome' | 'quote' | 'figure';
}

/** How many sentences of each role an account takes at most. */
const LIMITS = { lead: 3, outcome: 3, quote: 2, figure: 2 } as const;

/** Sentences shorter than this (in words) say too little to stand alone (datelines, fragments). */
const MIN_WORDS = 6;

const OUTCOME = new RegExp(`\\b(?:${OUTCOME_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'iu');

/** Lower-case content words of a sentence, for telling two renderings of one statement apart. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 3) ?? []);
}

/** True when `a` and `b` share most of their content words (one report repeating another). */
function similar(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.6;
}

/** A dateline opening a sentence (`ISLAMABAD:`, `BENGALURU, Aug 23 (Reuters) -`): the place is said elsewhere. */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’\/-]{2,}(?:,[^:—–(]{1,30})?(?:\([^)]{1,40}\))?\s*[:—–-]\s+(?=\p{Lu})/u;

/** A paragraph's sentences, trimmed and without a dateline, less the ones too short to stand alone or cut off mid-quote. */
function usableSentences(text: string): string[] {
  return sentences(text)
    .map((s) => s.text.trim().replace(DATELINE, ''))
    .filter((s) => s.split(/\s+/).length >= MIN_WORDS)
    .filter((s) => (s.match(/[“”"]/g)?.length ?? 0) % 2 === 0);
}

/** Collects sentences, skipping repeats of what is already said. */
class Account {
  readonly out: AccountSentence[] = [];
  private readonly said: Set<string>[] = [];
  private readonly seen = new Set<string>();

  add(text: string, anchor: Anchor, role: AccountSentence['role']): boolean {
    const w = words(text);
    if (this.seen.has(text) || this.said.some((s) => similar(s, w))) return false;
    this.seen.add(text);
    this.said.push(w);
    this.out.push({ text, anchor, role });
    return true;
  }

  count(role: AccountSentence['role']): number {
    return this.out.filter((s) => s.role === role).length;
  }
}

/** Days between two ISO dates (YYYY-MM-DD), or null when either is not a full date. */
function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** A report published within this many days of the event is a report of it, not a later look back. */
const NEWS_DAYS = 3;

/** The reports of an event, those published closest to it first (a story weeks later looks back), then by source slug (stable). */
function orderedReports(e: Event, corpus: ReadonlyMap<string, SourceText>): Event['reports'] {
  const distance = (r: Event['reports'][number]) => daysApart(corpus.get(r.source)?.date, e.date) ?? (corpus.get(r.source)?.date ? Infinity : NEWS_DAYS);
  return [...e.reports].sort((a, b) => distance(a) - distance(b) || a.source.localeCompare(b.source));
}

/** A source as the accounts read it: its paragraphs in order. */
export interface SourceText {
  slug: string;
  date: string | null;
  paragraphs: readonly { id: string; text: string }[];
}

/** How far into an article a report may start and still be its main story (the article is about that event). */
const LEAD_PARAGRAPHS = 2;

/**
 * The paragraphs an account of `e` reads in one report: the report's own, and, when the report opens its article
 * (the event is the article's main story), the rest of the article up to the first paragraph that reports another event.
 */
function reportParagraphs(ctx: SiteContext, e: Event, r: Event['reports'][number], corpus: ReadonlyMap<string, SourceText>, others: ReadonlyMap<string, Set<string>>): { id: string; text: string }[] {
  const own = new Set(r.paragraphs);
  const all = corpus.get(r.source)?.paragraphs ?? [];
  // The event is the article's main story when the article opens with it and was published at the time (or is undated).
  const apart = daysApart(corpus.get(r.source)?.date, e.date);
  const opens = all.slice(0, LEAD_PARAGRAPHS).some((p) => own.has(p.id)) && (apart === null || apart <= NEWS_DAYS);
  const elsewhere = others.get(r.source) ?? new Set<string>();
  const out: { id: string; text: string }[] = [];
  let inStory = false;
  for (const p of all) {
    if (own.has(p.id)) inStory = true;
    else if (elsewhere.has(p.id)) inStory = false;
    if (own.has(p.id) || (opens && inStory)) out.push(p);
  }
  if (out.length === 0) for (const id of r.paragraphs) out.push({ id, text: ctx.paragraphText(r.source, id) ?? '' });
  return out.filter((p) => p.text);
}

/** The account of one event from its reports, in the sources' own sentences. */
export function eventAccount(ctx: SiteContext, knowledge: Pick<Knowledge, 'quotes' | 'figures' | 'events'>, e: Event, sources: readonly SourceText[]): AccountSentence[] {
  const account = new Account();
  const corpus = new Map(sources.map((s) => [s.slug, s]));
  const reports = orderedReports(e, corpus);
  // Paragraphs of each source that report some other event: an article's main story ends where another begins.
  const others = new Map<string, Set<string>>();
  for (const o of knowledge.events) {
    if (o.id === e.id) continue;
    for (const p of o.paragraphs) {
      if (e.paragraphs.some((q) => q.source === p.source && q.paragraph === p.paragraph)) continue;
      let set = others.get(p.source);
      if (!set) others.set(p.source, (set = new Set()));
      set.add(p.paragraph);
    }
  }
  const read = new Map(reports.map((r) => [r, reportParagraphs(ctx, e, r, corpus, others)]));
  const paragraphsOf = (r: Event['reports'][number]) => read.get(r)!;
  const inEvent = new Set([...read].flatMap(([r, ps]) => ps.map((p) => `${r.source}#${p.id}`)));

  // The lead: each report's first sentence about the event.
  for (const r of reports) {
    if (account.count('lead') >= LIMITS.lead) break;
    for (const p of paragraphsOf(r)) {
      const first = usableSentences(p.text)[0];
      if (first && account.add(first, ctx.anchor(r.source, p.id), 'lead')) break;
    }
  }
  // What was announced, agreed or done.
  for (const r of reports) {
    for (const p of paragraphsOf(r)) {
      for (const s of usableSentences(p.text)) {
        if (account.count('outcome') >= LIMITS.outcome) break;
        if (OUTCOME.test(s)) account.add(s, ctx.anchor(r.source, p.id), 'outcome');
      }
    }
  }
  // The key quotes, where the sentence itself names the speaker.
  for (const q of knowledge.quotes) {
    if (account.count('quote') >= LIMITS.quote) break;
    if (!q.speakerName || !inEvent.has(`${q.source}#${q.paragraph}`)) continue;
    const text = ctx.paragraphText(q.source, q.paragraph) ?? '';
    const surname = q.speakerName.split(/\s+/).at(-1)!;
    const sentence = usableSentences(text).find((s) => s.includes(q.text.slice(0, 40)) && s.includes(surname));
    if (sentence) account.add(sentence, ctx.anchor(q.source, q.paragraph), 'quote');
  }
  // The figures, in the sentences that state them.
  for (const f of knowledge.figures) {
    if (account.count('figure') >= LIMITS.figure) break;
    if (!inEvent.has(`${f.source}#${f.paragraph}`)) continue;
    const text = ctx.paragraphText(f.source, f.paragraph) ?? '';
    const sentence = usableSentences(text).find((s) => s.includes(f.text));
    if (sentence) account.add(sentence, ctx.anchor(f.source, f.paragraph), 'figure');
  }
  const order: AccountSentence['role'][] = ['lead', 'outcome', 'quote', 'figure'];
  return order.flatMap((role) => account.out.filter((s) => s.role === role));
}

/** `a` or `an` before a lower-case word, by its sound as far as spelling tells (`an hour`, `a union`, `a one-day`). */
export function indefinite(word: string): string {
  const w = word.trim().toLowerCase();
  if (/^(?:one|once|uni(?!nt)|use|usu|uti|eu|ewe)/.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/.test(w) || /^[aeiou]/.test(w)) return 'an';
  return 'a';
}

/** What a one-line summary of an event needs. */
export interface SummaryInput {
  /** Kind of event in words, lower case (e.g. `meeting`, `agreement`). */
  kind: string;
  placeName: string | null;
  /** ISO date or null. */
  date: string | null;
  /** Names of the participants (people first), possibly none. */
  participants: readonly string[];
  /** Number of sources that report it (≥ 1). */
  sources: number;
}

/**
 * One grammatical sentence saying what an event is, from its data alone, e.g. "An agreement in Washington on
 * 4 February 2026 between Pete Hegseth and India, reported by 2 sources." Every part is optional but the kind.
 */
export function eventSummary(input: SummaryInput): string {
  const given = input.kind.trim().toLowerCase();
  const kind = given && given !== 'other' ? given : 'event';
  const names = input.participants.slice(0, 4);
  const more = input.participants.length - names.length;
  const who = names.length === 0 ? '' : listText(more > 0 ? [...names, `${more} ${more === 1 ? 'other' : 'others'}`] : names);
  const joiner = kind === 'agreement' || kind === 'call' || kind === 'match' ? (names.length > 1 ? 'between' : 'with') : 'involving';
  const parts = [
    `${indefinite(kind)} ${kind}`,
    input.placeName ? `in ${input.placeName}` : null,
    input.date ? `on ${formatDate(input.date)}` : null,
    who ? `${joiner} ${who}` : null,
  ].filter(Boolean);
  const reported = `reported by ${input.sources === 1 ? 'one source' : `${input.sources} sources`}`;
  const undated = input.date ? '' : '; the sources give no date that can be pinned down';
  return `${capitalise(parts.join(' '))}, ${reported}${undated}.`;
}

/**
 * The home page's lede: the lead sentence of the most-reported events that are some article's main story
 * (reported in its opening paragraphs), newest first; with no such event, the first sentence of the newest
 * sources. Works for any corpus, one article included.
 */
export function storyLede(ctx: SiteContext, knowledge: Pick<Knowledge, 'events' | 'quotes' | 'figures'>, sources: readonly SourceText[], max = 3): AccountSentence[] {
  const account = new Account();
  const corpus = new Map(sources.map((s) => [s.slug, s]));
  const opensAnArticle = (e: Event) => e.reports.some((r) => (corpus.get(r.source)?.paragraphs ?? []).slice(0, LEAD_PARAGRAPHS).some((p) => r.paragraphs.includes(p.id)));
  const byDate = (a: Event, b: Event) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
  const ranked = knowledge.events.filter(opensAnArticle).sort((a, b) => b.sources.length - a.sources.length || byDate(a, b)).slice(0, max).sort(byDate);
  for (const e of ranked) {
    const lead = eventAccount(ctx, knowledge, e, sources).find((s) => s.role === 'lead');
    if (lead) account.add(lead.text, lead.anchor, 'lead');
  }
  if (account.out.length === 0) {
    const newest = [...sources].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
    for (const s of newest) {
      if (account.out.length >= max) break;
      for (const p of s.paragraphs) {
        const first = usableSentences(p.text)[0];
        if (first && account.add(first, ctx.anchor(s.slug, p.id), 'lead')) break;
      }
    }
  }
  return account.out.slice(0, max);
}
