/**
 * The same happening dated differently by different sources, sentence by sentence: a sentence that pins one date
 * ("reopened … on Monday", "told a House subcommittee on Sept. 25") is a claim about when; two sources' claims
 * whose words say they tell of the same happening (rare words shared, weighted as in claim-words.ts) and whose
 * dates are a day or two apart disagree. Relative days are read against each source's date, the past first; a
 * sentence with two dates, a date inside a quotation or a date line is no claim.
 */
import type { Source } from '../../schemas/source.ts';
import { sentences } from '../sentences.ts';
import { claimWords, type WordWeights } from './claim-words.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { byCode } from './text.ts';

/** One source's dated sentence. */
export interface DateClaim {
  source: string;
  paragraph: string;
  /** The date words as written (`on Monday`, `Sept. 25`). */
  text: string;
  /** The date they name (YYYY-MM-DD). */
  date: string;
  sentence: string;
  words: Set<string>;
  /** Words within six of the date: what the date is the date of. */
  near: Set<string>;
}

/** Two sources' claims of one happening on different days. */
export interface DateConflict {
  claims: [DateClaim, DateClaim];
}

/** How much two dated sentences' words must have in common (in rare-word units) to tell of one happening. */
const SAME_HAPPENING = 1.5;
/** Dates further apart than this are taken for two happenings (a day's slip is the usual disagreement). */
const MAX_DAYS_APART = 1;
const DAY_MS = 86_400_000;

const MONTH_NAMES = [...MONTHS.keys()].join('|');
const ABSOLUTE = new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})\s+(${MONTH_NAMES})\b(?:\s+(\d{4}))?`, 'giu');
const WEEKDAY = new RegExp(String.raw`\b(?:(?:on|last|early|late)\s+)?(${WEEKDAYS.join('|')})\b(?!\s*,?\s*(?:${MONTH_NAMES})\.?\s+\d)`, 'gu');

/** Words that date one happening from another in the same sentence. */
export const OFFSET = /\b(?:(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:day|days|week|weeks|month|months)\s+(?:after|before|later|earlier)|the\s+(?:next|previous|following)\s+(?:day|week|morning|evening)|the\s+day\s+(?:after|before))\b/i;

function iso(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  return date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : null;
}

/** The latest day on or before `ref` that falls on `weekday`. */
function pastWeekday(ref: string, weekday: string): string {
  const refDay = (new Date(`${ref}T00:00:00Z`).getUTCDay() + 6) % 7;
  const want = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
  return new Date(Date.parse(`${ref}T00:00:00Z`) - ((refDay - want + 7) % 7) * DAY_MS).toISOString().slice(0, 10);
}

/** Spans of `text` inside quotation marks. */
function quoted(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[“"][^”"]*[”"]/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The dates one sentence names, with their words (`year` for a month and day alone, `ref` for a weekday). */
export function datesIn(sentence: string, ref: string | null, year: string | null): { text: string; date: string; at: number }[] {
  const out: { text: string; date: string; at: number }[] = [];
  const inQuote = quoted(sentence);
  const outside = (at: number) => !inQuote.some(([a, b]) => at >= a && at < b);
  for (const m of sentence.matchAll(ABSOLUTE)) {
    if (!outside(m.index)) continue;
    const month = MONTHS.get((m[1] ?? m[5])!.toLowerCase().replace(/\.$/, ''))!;
    const y = m[3] ?? m[6] ?? year;
    // "May 5" is a month and a day; "may 5" is a verb. Month names must be capitalised.
    if (!/^[A-Z]/.test(m[1] ?? m[5]!)) continue;
    const d = y ? iso(Number(y), month, Number(m[2] ?? m[4])) : null;
    // A date line ("BALTIMORE, March 26, 2024 —") dates the article, not a happening.
    if (d && !/^\s*[—–-]/.test(sentence.slice(m.index + m[0].length))) out.push({ text: m[0], date: d, at: m.index });
  }
  if (ref) for (const m of sentence.matchAll(WEEKDAY)) if (outside(m.index)) out.push({ text: m[0], date: pastWeekday(ref, m[1]!), at: m.index });
  return out;
}

/** Every sentence of `sources` that pins exactly one date. */
export function dateClaims(sources: readonly Source[]): DateClaim[] {
  // A month and day without a year, in a source without a date, is read in the year most of the sources carry.
  const years = sources.map((s) => s.date.value?.slice(0, 4)).filter((y): y is string => !!y);
  const commonYear = [...new Set(years)].sort((a, b) => years.filter((y) => y === b).length - years.filter((y) => y === a).length || byCode(a, b))[0] ?? null;
  const out: DateClaim[] = [];
  for (const s of sources) {
    const ref = s.date.value && /^\d{4}-\d{2}-\d{2}$/.test(s.date.value) ? s.date.value : null;
    for (const p of s.paragraphs) {
      for (const sent of sentences(p.text)) {
        const found = datesIn(sent.text, ref, ref?.slice(0, 4) ?? commonYear);
        // Two happenings in one sentence ("searched on Wednesday, a day after the bridge collapsed"): whose date is it?
        if (new Set(found.map((f) => f.date)).size !== 1 || OFFSET.test(sent.text)) continue;
        const f = found[0]!;
        const [before, after] = [sent.text.slice(0, f.at), sent.text.slice(f.at + f.text.length)];
        const words = claimWords(`${before} ${after}`);
        const near = claimWords(`${before.split(/\s+/).slice(-7).join(' ')} ${after.split(/\s+/).slice(0, 7).join(' ')}`);
        out.push({ source: s.slug, paragraph: p.id, text: f.text.trim(), date: f.date, sentence: sent.text.trim(), words, near });
      }
    }
  }
  return out;
}

/** Pairs of claims from two sources that tell of one happening on days a day apart, each the other's best fit. */
export function dateConflicts(sources: readonly Source[], weights: WordWeights): DateConflict[] {
  const claims = dateClaims(sources);
  const fit = (a: DateClaim, b: DateClaim) => {
    // What each date is the date of (the words next to it) must be in the other sentence: not a fire's start and its end.
    const shared = [...a.words].filter((w) => b.words.has(w));
    const anchored = [...a.near].some((w) => b.words.has(w)) && [...b.near].some((w) => a.words.has(w));
    return shared.length >= 2 && anchored ? weights.shared(a.words, b.words) : 0;
  };
  // Each claim's best fit in each other source, among the claims that have one of its near words (no other can fit:
  // `anchored` needs one), found once per claim: linear in the pairs that share words, not claims × sources × claims.
  const withWord = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const w of c.words) {
      const list = withWord.get(w);
      if (list) list.push(i);
      else withWord.set(w, [i]);
    }
  });
  const bests = new Map<number, Map<string, number>>();
  const bestOf = (ai: number): Map<string, number> => {
    let picks = bests.get(ai);
    if (picks) return picks;
    const a = claims[ai]!;
    const candidates = new Set<number>();
    for (const w of a.near) for (const bi of withWord.get(w) ?? []) candidates.add(bi);
    const top = new Map<string, [number, number]>();
    for (const bi of [...candidates].sort((x, y) => x - y)) {
      const b = claims[bi]!;
      if (b.source === a.source) continue;
      const f = fit(a, b);
      const prev = top.get(b.source);
      if (f > (prev?.[1] ?? SAME_HAPPENING) || (prev && f === prev[1] && b.date === a.date)) top.set(b.source, [bi, f]);
    }
    picks = new Map([...top].map(([source, [bi]]) => [source, bi]));
    bests.set(ai, picks);
    return picks;
  };
  const order = new Map<string, number>();
  for (const c of claims) if (!order.has(c.source)) order.set(c.source, order.size);
  const out: DateConflict[] = [];
  claims.forEach((a, ai) => {
    const picks = [...bestOf(ai)].filter(([source]) => byCode(a.source, source) < 0).sort((x, y) => order.get(x[0])! - order.get(y[0])!);
    for (const [, bi] of picks) {
      const b = claims[bi]!;
      if (bestOf(bi).get(a.source) !== ai || b.date === a.date) continue;
      const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY_MS;
      if (apart > MAX_DAYS_APART) continue;
      out.push({ claims: [a, b] });
    }
  });
  return out;
}
