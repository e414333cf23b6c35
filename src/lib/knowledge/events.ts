/**
 * Events: meetings, forums, agreements, visits, calls, shipments and
 * inaugurations, each with a date (absolute, or relative — `on Friday`,
 * `today` — resolved against a known date: the publication date, else a dated
 * embedded post, else a dated dateline) and a place. Reports of the same event
 * in different sources are clustered by shared participants, the named event,
 * place, date and amounts.
 */
import { formatDate } from '../site-data.ts';
import * as chrono from 'chrono-node';
import type { Entity, Event, EventReport, Figure } from '../../schemas/knowledge.ts';
import type { SourceAnalysis } from './entities.ts';
import { AT_GATHERING, EVENT_TRIGGERS, FIXED_DAYS, MONTHS, MUTUAL_WITH_BEFORE, NEWS_AGENCIES, NEWS_AGENCY_NAME, NEWS_TRIGGERS, NOT_ACTING_BEFORE, NOT_EVENT_VERBS, NOT_MAIN_VERB_BEFORE, NOUN_TRIGGER, OBJECT_BEFORE, PAST_IRREGULAR, WEEKDAYS } from './lexicon.ts';
import { isEventName, type RawMention } from './mentions.ts';
import { COUNTRIES, gazetteerPlace } from './places.ts';
import { byCode, slugify, uniqueIds } from './text.ts';

/** A date a source can be read against, and where it comes from. */
export interface ReferenceDate {
  date: string;
  basis: string;
}

type Kind = Event['kind'];

/** One source's report of one event, before clustering. */
interface Report {
  s: number;
  slug: string;
  kind: Kind;
  entity: string | null;
  participants: Set<string>;
  persons: Set<string>;
  paragraphs: string[];
  blocks: Set<number>;
  sentences: { block: number; start: number; end: number; text: string }[];
  date: string | null;
  month: string | null;
  dateText: string | null;
  weekday: string | null;
  resolved: boolean;
  dateBasis: string | null;
  place: string | null;
  days: number | null;
  phrase: string | null;
  money: Set<number>;
  /** How many sentences name each participant. */
  weights: Map<string, number>;
  /** Content words of its sentences, and the places they name. */
  terms: Set<string>;
  /** "The meeting took place a day after …": undated, it is `days` from the date of this source's event of `kind`. */
  anchor: { kind: Kind; days: number; text: string; recent?: boolean } | null;
}

/** News kinds: those named by trigger words, and `other`, news told by the past-tense verb of a dated sentence's main clause. */
const NEWS_KINDS: ReadonlySet<Kind> = new Set([...NEWS_TRIGGERS.map(([k]) => k), 'other']);
/** News kinds that, in a sentence, outweigh an agreement, a shipment or an inauguration it mentions. */
const STRONG_NEWS: ReadonlySet<Kind> = new Set(['incident', 'ruling', 'charge', 'strike', 'vote', 'resignation', 'appointment', 'election', 'launch', 'match']);
/** Words too common in news to tell two events apart. */
const COMMON_TERMS = new Set([
  'said', 'says', 'would', 'could', 'will', 'after', 'before', 'about', 'their', 'there', 'which', 'where', 'when', 'while', 'with', 'from', 'that',
  'this', 'these', 'those', 'have', 'has', 'had', 'been', 'were', 'was', 'they', 'them', 'than', 'then', 'into', 'over', 'more', 'most', 'some',
  'also', 'only', 'other', 'such', 'what', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'people', 'told', 'according', 'officials', 'official', 'percent', 'million', 'billion', 'first',
  'last', 'next', 'early', 'late', 'later', 'earlier', 'time', 'since', 'still', 'just', 'even', 'because', 'under', 'until', 'during', 'against',
]);
/** Content words of a sentence that can tie two reports of one event together (lowercase, plural `s` dropped). */
function termsOf(sentence: string): Set<string> {
  // Amounts and percentages ("$7,000", "35%") tell one offer, vote or deal from another; bare numbers (years, counts of days) do not.
  const amounts = [...sentence.matchAll(/[$€£]\s?\d[\d,.]*\d(?:\s?(?:million|billion|bn|m)\b)?|\b\d+(?:\.\d+)?\s?(?:%|percent\b)/giu)].map((m) => `#${m[0].replace(/\s|percent/gi, '').replace(/%?$/, m[0].includes('%') || /percent/i.test(m[0]) ? '%' : '')}`);
  return new Set([
    ...amounts,
    ...sentence
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !COMMON_TERMS.has(w) && !/^\d+$/.test(w))
      .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '')),
  ]);
}

const GATHERING_NOUNS = /\b(?:the|this)\s+(?:[\w-]+\s+)?(?:conference|gathering|summit|ministerial|forum|event)\b/i;
/** Words before a name that make it a gathering rather than a standing body ("addressing the Pakistan Minerals Investment Forum"). */
const GATHERING_BEFORE = /\b(?:at|attend\w*|address\w*|participat\w* in|hosted|hosting|inaugural|sidelines of|during|opening|closed|held|taking part in|part in|joins?|joined|joining)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Words after a name that make it a gathering ("… Forum closed in Islamabad"). */
const GATHERING_AFTER = /^\s*(?:\(\w+\)\s*)?(?:\d{4}\s+)?(?:closed|opened|was held|took place|brings together|brought together|convened|is hosted|was hosted)\b/i;
/** A person commenting on events rather than taking part ("Mir said that recent talks …"). */
const COMMENTING = /^(?:,[^,]{0,160},)?\s+(?:\w+ly\s+)?(?:said|says|told|added|noted|argued|explained|stressed|warned|believes|thinks)\b/;
const DAY_MS = 86_400_000;
/** Entity ids of the countries in the gazetteer (a city is a more useful event place than a country). */
const COUNTRY_IDS: ReadonlySet<string> = new Set(COUNTRIES.map((c) => slugify(c[0]!)));

/** The date a source's relative expressions are read against, or null. */
export function referenceDate(analysis: SourceAnalysis): ReferenceDate | null {
  const { source } = analysis.prep;
  if (source.date.value && /^\d{4}-\d{2}-\d{2}$/.test(source.date.value)) return { date: source.date.value, basis: `the source’s publication date (${source.date.value})` };
  // A republished copy whose original date is unknown: its text is read against the day it was republished.
  const copy = source.republished?.date.value;
  if (copy && /^\d{4}-\d{2}-\d{2}$/.test(copy)) return { date: copy, basis: `the date this copy was republished (${copy})` };
  const embed = source.embeds.find((e) => e.date);
  if (embed?.date) return { date: embed.date, basis: `the embedded post by ${embed.author} dated ${embed.date}` };
  // A date line at the top that the ingest left in the text or took for a standfirst or byline
  // ("SEATTLE, Sept. 13, 2024", "May 21, 2024", "Tuesday, November 5, 2024", "Madrid, 15 July 2024").
  const lines = [source.standfirst, source.author.value, ...source.paragraphs.slice(0, 3).map((p) => p.text)].filter((x): x is string => !!x && x.length <= 120);
  for (const line of lines) {
    const d = /\b([A-Z][a-z]+)\.?\s+(\d{1,2}),\s+(\d{4})\b|\b(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\b/u.exec(line);
    const month = d ? MONTHS.get((d[1] ?? d[5])!.toLowerCase()) : undefined;
    if (d && month) {
      const date = `${d[3] ?? d[6]}-${String(month).padStart(2, '0')}-${(d[2] ?? d[4])!.padStart(2, '0')}`;
      return { date, basis: `the date line (${date})` };
    }
  }
  return null;
}

/** Day of the week of an ISO date (0 = Monday). */
function weekdayOf(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** ISO date `days` after `iso`. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The latest date on or before `ref` that falls on `weekday` (or the next one on or after it, for future tense). */
export function resolveWeekday(ref: string, weekday: string, future = false): string {
  const want = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
  const diff = (weekdayOf(ref) - want + 7) % 7;
  return future ? addDays(ref, (7 - diff) % 7) : addDays(ref, -diff);
}

interface DateFound {
  date: string | null;
  month: string | null;
  text: string;
  weekday: string | null;
  resolved: boolean;
  basis: string | null;
}

/** A day of fixed date named in a sentence ("on New Year's Day"), not followed by a number. */
const FIXED_DAY = new RegExp(`\\b(${[...FIXED_DAYS.keys()].map((n) => n.replace(/'/g, "['’]")).join('|')})(?!\\s+\\d)`, 'gi');

/** Date expressions in a sentence, read against a reference date. */
function datesIn(sentence: string, ref: ReferenceDate | null, yearRef: ReferenceDate | null = ref): DateFound[] {
  const out: DateFound[] = [];
  // Month names (and "May"); three-letter abbreviations only with their dot ("Oct. 23").
  const monthRe = [...MONTHS.keys()].filter((m) => m.length > 3 || m === 'may').join('|');
  const abbr = `${monthRe}|(?:${[...MONTHS.keys()].filter((m) => m.length === 3 && m !== 'may').join('|')})(?=\\.)`;
  for (const m of sentence.matchAll(new RegExp(`\\b(${abbr})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\s+(${monthRe})\\s+(\\d{4})\\b`, 'gi'))) {
    const month = MONTHS.get((m[1] ?? m[5])!.toLowerCase())!;
    const day = (m[2] ?? m[4])!;
    const date = `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    out.push({ date, month: date.slice(0, 7), text: m[0], weekday: WEEKDAYS[weekdayOf(date)]!, resolved: false, basis: 'stated in the text' });
  }
  // "March 26" / "26 March" without a year: the year of the reference date (the year before when that would put it well after the reference).
  // An undated source is read against the latest date of the corpus, for the year only.
  if (yearRef) {
    const ref = yearRef;
    for (const m of sentence.matchAll(new RegExp(`\\b(${abbr})\\.?\\s+(\\d{1,2})(?!\\d|,?\\s+\\d{4}|:)\\b|\\b(\\d{1,2})\\s+(${monthRe})\\b(?!\\.?\\s+\\d{4})`, 'gi'))) {
      const month = MONTHS.get((m[1] ?? m[4])!.toLowerCase())!;
      const day = Number(m[2] ?? m[3]);
      if (day < 1 || day > 31) continue;
      let year = Number(ref.date.slice(0, 4));
      const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (Date.parse(iso(year)) - Date.parse(ref.date) > 60 * DAY_MS) year--;
      const date = iso(year);
      out.push({ date, month: date.slice(0, 7), text: m[0], weekday: WEEKDAYS[weekdayOf(date)]!, resolved: true, basis: ref.basis });
    }
  }
  // "in August": the month, in the reference date's year (the year before when that would be well after it); "last August".
  if (yearRef) {
    const ref = yearRef;
    for (const m of sentence.matchAll(new RegExp(`\\b(?:in|since|from|by|during|until|early|late|(last))\\s+(${monthRe})\\b(?!\\.?\\s+\\d)`, 'gi'))) {
      const month = MONTHS.get(m[2]!.toLowerCase())!;
      let year = Number(ref.date.slice(0, 4));
      // "last August": the latest August before the reference month.
      if (m[1] ? month >= Number(ref.date.slice(5, 7)) : month > Number(ref.date.slice(5, 7)) + 1) year--;
      out.push({ date: null, month: `${year}-${String(month).padStart(2, '0')}`, text: m[0], weekday: null, resolved: true, basis: ref.basis });
    }
  }
  // "on New Year's Day": a day of fixed date, in the reference date's year (the year before when that would be well after it).
  if (yearRef) {
    for (const m of sentence.matchAll(FIXED_DAY)) {
      const [month, day] = FIXED_DAYS.get(m[1]!.toLowerCase().replace(/’/g, "'"))!;
      let year = Number(yearRef.date.slice(0, 4));
      const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (Date.parse(iso(year)) - Date.parse(yearRef.date) > 60 * DAY_MS) year--;
      const date = iso(year);
      out.push({ date, month: date.slice(0, 7), text: m[0], weekday: WEEKDAYS[weekdayOf(date)]!, resolved: true, basis: yearRef.basis });
    }
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(?:in|since|from|by)\\s+(${monthRe})\\s+(\\d{4})\\b`, 'gi'))) {
    const month = MONTHS.get(m[1]!.toLowerCase())!;
    out.push({ date: null, month: `${m[2]}-${String(month).padStart(2, '0')}`, text: m[0], weekday: null, resolved: false, basis: 'stated in the text' });
  }
  // (At a sentence's start too: "On Tuesday, the agency declared …".)
  for (const m of sentence.matchAll(/\b(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ss]ince|[Uu]ntil|[Bb]y)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)) {
    const weekday = m[1]!;
    // Future when the words just before say so ("will meet on Friday", "next Monday"), not anywhere in the sentence.
    const future = /^next\b/i.test(m[0]) || /\b(?:will|is scheduled|are scheduled|is expected|are expected|plans? to|is to|are to)\b[^.;]{0,40}$/i.test(sentence.slice(0, m.index));
    const date = ref ? resolveWeekday(ref.date, weekday, future) : null;
    out.push({ date, month: date?.slice(0, 7) ?? null, text: m[0], weekday, resolved: !!date, basis: ref?.basis ?? null });
  }
  // "Sunday's final": the last such day on or before the reference date.
  for (const m of sentence.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:’s|'s)\s/g)) {
    const date = ref ? resolveWeekday(ref.date, m[1]!) : null;
    out.push({ date, month: date?.slice(0, 7) ?? null, text: m[0].trim(), weekday: m[1]!, resolved: !!date, basis: ref?.basis ?? null });
  }
  if (ref) out.push(...spansIn(sentence, ref));
  for (const m of sentence.matchAll(/\b(today|yesterday)(?:’s|'s)?\b/gi)) {
    const date = ref ? addDays(ref.date, m[1]!.toLowerCase() === 'yesterday' ? -1 : 0) : null;
    out.push({ date, month: date?.slice(0, 7) ?? null, text: m[0], weekday: date ? WEEKDAYS[weekdayOf(date)]! : null, resolved: !!date, basis: ref?.basis ?? null });
  }
  return out;
}

/**
 * Relative spans chrono-node reads against the reference date: "three days ago" is a day; "last week", "earlier this
 * month", "late last month" name a stretch of days, so only their month is kept (chrono would pick one day in it).
 */
function spansIn(sentence: string, ref: ReferenceDate): DateFound[] {
  const out: DateFound[] = [];
  for (const r of chrono.en.parse(sentence, { instant: new Date(`${ref.date}T12:00:00Z`), timezone: 0 }, { forwardDate: false })) {
    const day = /\b(?:\w+\s+(?:days?|weeks?)\s+ago)\b/i.test(r.text) && /\bdays?\b/i.test(r.text);
    const span = /\b(?:last|this|past)\s+(?:week|month)\b|\bweeks?\s+ago\b/i.test(r.text);
    if (!day && !span) continue;
    const date = r.start.date().toISOString().slice(0, 10);
    // A week that straddles two months names neither.
    const week = /\bweeks?\b/i.test(r.text);
    const month = week && addDays(date, -3).slice(0, 7) !== addDays(date, 3).slice(0, 7) ? null : date.slice(0, 7);
    if (!day && !month) continue;
    out.push({ date: day ? date : null, month, text: r.text, weekday: day ? WEEKDAYS[weekdayOf(date)]! : null, resolved: true, basis: ref.basis });
  }
  return out;
}

/** Everything event detection needs from the corpus join. */
export interface EventInput {
  analyses: readonly SourceAnalysis[];
  mentionIds: readonly (readonly (string | null)[])[];
  byId: ReadonlyMap<string, Entity>;
  figures: readonly Figure[];
}

/** Detect events in every source and cluster the reports across sources. */
export function buildEvents(input: EventInput): Event[] {
  const gatherings = gatheringEntities(input);
  const refs = input.analyses.map((a) => referenceDate(a));
  const latest = refs.map((r) => r?.date).filter((d): d is string => !!d).sort().at(-1);
  // A source with no date of its own still has a year: its corpus's (coverage of one story spans weeks, not years).
  const yearRef: ReferenceDate | null = latest ? { date: latest, basis: `the year of the latest dated source in the corpus (${latest.slice(0, 4)}), the source itself being undated` } : null;
  const outlets = outletEntities(input);
  // Each source's money figures, gathered once (not a pass over the corpus's figures per source).
  const money = new Map<string, Figure[]>();
  for (const f of input.figures) {
    if (f.kind !== 'money') continue;
    const list = money.get(f.source);
    if (list) list.push(f);
    else money.set(f.source, [f]);
  }
  const reports = input.analyses.flatMap((a, s) => sourceReports(input, a, s, gatherings, refs[s] ?? null, refs[s] ?? yearRef, outlets, money.get(a.prep.source.slug) ?? []));
  return clusterReports(reports, input);
}

/**
 * Organisations that report rather than act: the outlets that published the corpus's sources
 * and news agencies. They are never an event's participants.
 */
function outletEntities(input: EventInput): Set<string> {
  const norm = (x: string) => x.trim().toLowerCase().replace(/^the\s+/, '');
  const outlets = new Set(input.analyses.map((a) => a.prep.source.publisher.value).filter((x): x is string => !!x).map(norm));
  const out = new Set<string>();
  for (const [id, e] of input.byId) {
    if (e.type !== 'organization') continue;
    if ([e.name, ...e.aliases].some((n) => outlets.has(norm(n)) || NEWS_AGENCIES.has(norm(n)) || NEWS_AGENCY_NAME.test(n.trim()))) out.add(id);
  }
  return out;
}

/** Organisations with a gathering's name (`… Forum`, `… Ministerial`) that some source treats as a gathering (attended, addressed, hosted, closed). */
function gatheringEntities(input: EventInput): Set<string> {
  const out = new Set<string>();
  input.analyses.forEach((a, s) => {
    a.found.mentions.forEach((m, i) => {
      const id = input.mentionIds[s]![i];
      if (!id || out.has(id) || input.byId.get(id)!.type !== 'organization' || !isEventName(input.byId.get(id)!.name)) return;
      const text = a.prep.blocks[m.block]!.tk.text;
      if (GATHERING_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || GATHERING_AFTER.test(text.slice(m.end, m.end + 40))) out.add(id);
    });
  });
  return out;
}

/** Mentions of a source placed with their entity ids (outside quotations). */
function placedMentions(input: EventInput, a: SourceAnalysis, s: number): (RawMention & { id: string })[] {
  return a.found.mentions.flatMap((m, i) => {
    const id = input.mentionIds[s]![i];
    return id ? [{ ...m, id }] : [];
  });
}

/** One source's event reports. */
function sourceReports(input: EventInput, a: SourceAnalysis, s: number, gatherings: ReadonlySet<string>, ref: ReferenceDate | null, yearRef: ReferenceDate | null, outlets: ReadonlySet<string>, money: readonly Figure[]): Report[] {
  const { prep } = a;
  const mentions = placedMentions(input, a, s);
  const type = (id: string) => input.byId.get(id)!.type;
  const named = [...new Set(mentions.filter((m) => gatherings.has(m.id)).map((m) => m.id))];
  const reports: Report[] = [];
  const newReport = (kind: Kind, entity: string | null): Report => ({
    s, slug: prep.source.slug, kind, entity, participants: new Set(), persons: new Set(), paragraphs: [], blocks: new Set(), sentences: [],
    date: null, month: null, dateText: null, weekday: null, resolved: false, dateBasis: null, place: null, days: null, phrase: null, money: new Set(), weights: new Map(),
    terms: new Set(), anchor: null,
  });
  const namedReports = new Map(named.map((id) => [id, newReport('forum', id)]));
  // Mentions by block and this source's money figures by paragraph, looked up once per sentence.
  const byBlock = new Map<number, typeof mentions>();
  for (const m of mentions) {
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  const moneyBy = new Map<string, Figure[]>();
  for (const f of money) {
    const list = moneyBy.get(f.paragraph);
    if (list) list.push(f);
    else moneyBy.set(f.paragraph, [f]);
  }
  const loose: Report[] = [];
  const newsReports: Report[] = [];
  prep.blocks.forEach((block, bi) => {
    if (block.byline) return;
    const blockRef = block.embed !== null && prep.source.embeds[block.embed]?.date ? { date: prep.source.embeds[block.embed]!.date!, basis: `the date of the embedded post (${prep.source.embeds[block.embed]!.date})` } : ref;
    // A timeline's entry opens on its date alone ("December 14. The Assembly impeaches Yoon …"): that date is the next sentence's.
    let entryDate: DateFound[] | null = null;
    for (const sent of block.tk.sentences) {
      const inQuote = block.quotes.some((q) => sent.start >= q.start - 1 && sent.end <= q.close + 1);
      if (inQuote) continue;
      const carried = entryDate;
      entryDate = null;
      // (A sentence that is a date and nothing else: "December 14.", "Aug. 14.", "14 August 2024.")
      if (sent.start === 0) {
        const stated = datesIn(sent.text, blockRef, blockRef ?? yearRef).filter((d) => d.date);
        if (stated.length === 1 && sent.text.trim().replace(/[.:]$/, '') === stated[0]!.text.trim()) {
          entryDate = stated;
          continue;
        }
      }
      const here = (byBlock.get(bi) ?? []).filter((m) => m.start >= sent.start && m.start < sent.end && !m.inQuote);
      const text = block.tk.text;
      // Who can act: not the outlets and agencies that report, not a body named as a source ("according to X") or an example ("lenders like X").
      const acting = here.filter((m) => !outlets.has(m.id) && !NOT_ACTING_BEFORE.test(text.slice(Math.max(sent.start, m.start - 60), m.start)));
      const taking = acting.filter((m) => !COMMENTING.test(text.slice(m.end, m.end + 200)));
      const people = [...new Set(taking.filter((m) => type(m.id) === 'person').map((m) => m.id))];
      const orgs = [...new Set(taking.filter((m) => type(m.id) === 'organization' && !named.includes(m.id) && !gatherings.has(m.id)).map((m) => m.id))];
      // A sentence set at a gathering ("At the forum, X said …"): those who speak in it take part in the gathering.
      const atGathering = AT_GATHERING.test(sent.text);
      const speakers = atGathering ? [...new Set(acting.filter((m) => type(m.id) === 'person').map((m) => m.id))] : people;
      // Where: a place after "in"/"at"/"visit to", not a possessive ("in Pakistan’s mineral sector"); cities before countries.
      const placed = here.filter((m) => type(m.id) === 'place' && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)) && /\b(?:in|at|hosted in|held in|visits? to|visited)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 14), m.start)));
      const placeAfterPrep = placed[0] ?? null;
      const stated = datesIn(sent.text, blockRef, blockRef ?? yearRef);
      const dates = stated.length || !carried ? stated : carried;
      const money = (block.paragraph ? moneyBy.get(block.paragraph) ?? [] : []).filter((f) => sent.text.includes(f.text)).map((f) => f.value);
      const touch = (r: Report, dateList: readonly DateFound[], place: { id: string } | null, persons: readonly string[] = people) => {
        if (block.paragraph && !r.paragraphs.includes(block.paragraph)) r.paragraphs.push(block.paragraph);
        r.blocks.add(bi);
        r.sentences.push({ block: bi, start: sent.start, end: sent.end, text: sent.text });
        for (const p of persons) {
          r.persons.add(p);
          r.participants.add(p);
        }
        for (const o of orgs) r.participants.add(o);
        for (const id of [...persons, ...orgs]) r.weights.set(id, (r.weights.get(id) ?? 0) + 1);
        for (const v of money) r.money.add(v);
        for (const t of termsOf(sent.text)) r.terms.add(t);
        for (const m of here) if (type(m.id) === 'place') r.terms.add(`@${m.id}`);
        if (!r.place && place) r.place = place.id;
        const days = /\b(two|three|four|five|2|3|4|5)-day\b/i.exec(sent.text);
        if (days && !r.days) r.days = { two: 2, three: 3, four: 4, five: 5 }[days[1]!.toLowerCase()] ?? Number(days[1]);
        for (const d of dateList.slice(0, 1)) {
          const better = !r.dateText || (d.date && !r.date) || (d.date && r.date && d.date < r.date && !r.resolved === !d.resolved);
          if (better) {
            r.date = d.date;
            r.month = d.month;
            r.dateText = d.text;
            r.weekday = d.weekday;
            r.resolved = d.resolved;
            r.dateBasis = d.basis;
          }
        }
      };
      // Named gatherings: sentences that name them, or say "the conference"/"the forum" in a source with exactly one.
      const namedHere = here.filter((m) => named.includes(m.id)).map((m) => m.id);
      if (!namedHere.length && named.length === 1 && GATHERING_NOUNS.test(sent.text)) namedHere.push(named[0]!);
      for (const id of new Set(namedHere)) {
        const mention = here.find((m) => m.id === id);
        const at = mention?.start ?? sent.start;
        const end = mention?.end ?? sent.start;
        touch(namedReports.get(id)!, [...dates].sort((x, y) => Math.abs(sent.start + sent.text.indexOf(x.text) - at) - Math.abs(sent.start + sent.text.indexOf(y.text) - at)), placed.find((m) => m.start >= end ? m.start - end <= 80 : at - m.end <= 80) ?? null, speakers);
      }
      // Other kinds, by trigger word (a meeting, call or visit is one of them; agreements, shipments and inaugurations may share a sentence).
      // The news a sentence reports: an incident before all, then its first strong trigger word ("voted on Wednesday …,
      // extending a walkout": a vote), then the first kind in priority order (an announcement of funding is funding).
      // A trigger noun after "the"/"its" ("killed in the collapse") refers back to an event: the sentence reports it only when it reports nothing else.
      const newsAll = NEWS_TRIGGERS.map(([kind, re]) => ({ kind, ...firstTrigger(sent.text, re) })).filter((t) => t.at >= 0);
      const newsFound = newsAll.filter((t) => !t.back);
      let news: { kind: Kind; at: number; back: boolean; adjective?: boolean } | undefined = newsFound.find((t) => t.kind === 'incident') ?? newsFound.filter((t) => STRONG_NEWS.has(t.kind)).sort((x, y) => x.at - y.at)[0] ?? newsFound[0] ?? newsAll[0];
      // Another event the sentence refers back to under a date of its own ("became prime minister on Friday after his party won
      // a landslide in Thursday's general election", "… in the election on July 4"): a report of that event on that day, naming no one.
      for (const t of newsAll) {
        if (!t.back || t.adjective || t.kind === news?.kind) continue;
        const own = dates.filter((d) => {
          const i = sent.text.indexOf(d.text);
          return !!d.date && (i > t.at ? /^[\p{L}-]+\s+(?:on|of)\s+$/u.test(sent.text.slice(t.at, i)) : attributive(sent.text, d, t.at));
        });
        if (!own.length) continue;
        const r = newReport(t.kind, null);
        newsReports.push(r);
        touch(r, own, null, []);
        r.participants.clear();
        r.weights.clear();
      }
      let triggered = EVENT_TRIGGERS.map(([kind, re]) => ({ kind, at: re.exec(sent.text)?.index ?? -1 })).filter((t) => t.at >= 0);
      // "The meeting took place a day after the United States signed …": what follows is dated from what comes before.
      const anchorAt = anchorIn(sent.text);
      const encounter = triggered.find((t) => t.kind === 'call' || t.kind === 'meeting' || t.kind === 'visit');
      // A vote on a deal, a strike over a contract, a bridge struck by a ship: the news is the event, not the deal (an encounter still is).
      if (!encounter && news && !news.back && STRONG_NEWS.has(news.kind)) triggered = [];
      const anchorFor = (r: Report, at: number) => {
        if (anchorAt && at > anchorAt.at && !r.date && !r.anchor && anchorAt.kind) r.anchor = { kind: anchorAt.kind, days: anchorAt.days, text: anchorAt.text };
      };
      for (const { kind, at } of triggered.filter((t) => !['call', 'meeting', 'visit'].includes(t.kind) || t === encounter)) {
        if (!people.length && !orgs.length && !(kind === 'agreement' && (money.length || dates.length)) && !(kind === 'meeting' && (dates.length || placeAfterPrep))) continue;
        const phrase = kind === 'agreement' ? agreementPhrase(sent.text.slice(at)) ?? agreementPhrase(sent.text) : null;
        // Same kind and a shared participant; a sentence naming nobody adds to the source's first (lead) report of its kind.
        const sameKind = loose.filter((r) => r.kind === kind);
        const match = sameKind.find((r) => people.some((p) => r.persons.has(p)) || orgs.some((o) => r.participants.has(o))) ?? (!people.length ? sameKind[0] : sameKind.find((r) => !r.persons.size));
        const r = match ?? newReport(kind, null);
        if (!match) loose.push(r);
        r.phrase ??= phrase;
        // The date nearest the trigger word; the place near it (countries only for meetings).
        const nearest = dates.filter((d) => !notWhen(sent.text, d)).sort((x, y) => Math.abs(sent.text.indexOf(x.text) - at) - Math.abs(sent.text.indexOf(y.text) - at));
        const triggerAt = sent.start + at;
        const placeHere = placed.filter((m) => Math.abs(m.start - triggerAt) <= 80 && (kind === 'meeting' || !COUNTRY_IDS.has(m.id)));
        touch(r, nearest, placeHere.find((m) => !COUNTRY_IDS.has(m.id)) ?? placeHere[0] ?? null);
        anchorFor(r, at);
      }
      // No trigger word: a dated sentence whose main clause has a verb in the past tense still reports news
      // ("Kurtz apologized on Friday", "The outage began at 04:09 UTC on Friday"), of no known kind.
      // So does one dated from an event it refers back to ("released the transcripts a day after the crash").
      const since = sinceEvent(sent.text);
      let sinceFor: Report['anchor'] = null;
      // (A sentence whose only trigger refers back to an event and that has a date of its own stays a report of that event.)
      // (Nor one set at a gathering — "Addressing the forum on Monday, X highlighted …": that is a report of the gathering.)
      // (Unless the trigger is a participle used as an adjective — "burned vinyl chloride from five derailed tank cars on Monday":
      // a date after its noun dates the main clause, which is news of its own.)
      if ((!news || (news.back && !newsFound.length && (!dates.length || news.adjective))) && !triggered.length && !namedHere.length && !atGathering && (dates.some((d) => d.date) || since)) {
        const verb = mainVerb(sent.text);
        if (verb >= 0 && (dates.some((d) => d.date) || verb < since!.at)) {
          news = { kind: 'other', at: verb, back: false };
          if (!dates.length) sinceFor = since;
        }
      }
      // Other news (an incident, a vote, a ruling, an announcement…): the first kind the sentence reports, when nothing above did.
      // Unless the news is the clause dated from the encounter ("Biden, who arrived ten days after the ship struck the bridge").
      const anchoredNews = !!anchorAt && !!news && !news.back && news.at > anchorAt.at && triggered.every((t) => t.at < anchorAt.at);
      if (triggered.length && !anchoredNews) continue;
      // A sentence naming no one, no date and no place still reports news when it gives amounts, two or more ("rejected by 62%" of "35% with a $7,000 bonus").
      if (!news || (!people.length && !orgs.length && !dates.length && !sinceFor && !here.some((m) => type(m.id) === 'place') && [...termsOf(sent.text)].filter((t) => t.startsWith('#')).length < 2)) continue;
      // "killed in the collapse": the sentence refers back to the event and its date belongs to something else.
      const backReference = news.back;
      // "police said on Wednesday": the day of the statement, not of the news (unless the news is the statement).
      const ofStatement = (d: DateFound) => /\b(?:said|says|told|added|reported|confirmed)\s+$/i.test(sent.text.slice(0, sent.text.indexOf(d.text)));
      // A date that modifies a noun ("the July 19 outage", "Friday's outage") names an event told before, not this news;
      // with no other date, a statement's own ("CrowdStrike said on Tuesday that the outage was caused by …") dates what it tells.
      const byDistance = (x: DateFound, y: DateFound) => Math.abs(sent.text.indexOf(x.text) - news.at) - Math.abs(sent.text.indexOf(y.text) - news.at);
      const own = dates.filter((d) => !attributive(sent.text, d) && !notWhen(sent.text, d));
      const told = own.filter((d) => news.kind === 'announcement' || !ofStatement(d));
      const statementNews = !backReference && !told.length && news.kind === 'other' && own.length > 0;
      const nearest = backReference ? [] : (statementNews ? own : told).sort(byDistance);
      let date = nearest[0]?.date ?? null;
      // "on Wednesday, a day after the bridge collapsed": the news is that far from the date named.
      if (date && nearest[0]) {
        const from = sent.text.indexOf(nearest[0].text) + nearest[0].text.length;
        const between = from < news.at ? sent.text.slice(from, news.at) : '';
        const gap = /\b(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before|later|earlier)\b/i.exec(between);
        // "on Sept. 12 and walked off the job the next day": the news is a day after the date named.
        const next = !gap && from < news.at ? /^[^.;]{0,60}?\bthe\s+(next|following|previous)\s+(day|week)\b/i.exec(sent.text.slice(news.at)) : null;
        if (gap || next) {
          const n = !gap ? 1 : /^\d+$/.test(gap[1]!) ? Number(gap[1]) : ({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 } as Record<string, number>)[gap[1]!.toLowerCase()]!;
          const days = gap ? n * (/^week/i.test(gap[2]!) ? 7 : 1) * (/^(?:after|later)$/i.test(gap[3]!) ? -1 : 1) : (/^week/i.test(next![2]!) ? 7 : 1) * (/^previous$/i.test(next![1]!) ? -1 : 1);
          date = addDays(date, days);
          nearest[0] = { ...nearest[0], date, month: date.slice(0, 7), text: `${nearest[0].text}, ${(gap ?? next)![0].trim()}`, weekday: WEEKDAYS[weekdayOf(date)]!, resolved: true };
        }
      }
      // Each sentence is a report of its own; clusterNews joins those of one event (in this source and across sources).
      const r = newReport(news.kind, null);
      newsReports.push(r);
      const triggerAt = sent.start + news.at;
      const placeHere = placed.filter((m) => Math.abs(m.start - triggerAt) <= 120);
      // A sentence that only refers back to an event ("told families of the workers killed in the collapse") dates it
      // only by the words right after the noun ("since the disaster on March 26"), and names none of its actors.
      // So do the words right before it that date it ("Tuesday's deadly collision", "the July 19 outage").
      const backDates = backReference ? dates.filter((d) => { const i = sent.text.indexOf(d.text) - news.at; return (i > 0 && i <= 30) || (i < 0 && attributive(sent.text, d, news.at)); }) : nearest;
      touch(r, backDates, placeHere.find((m) => !COUNTRY_IDS.has(m.id)) ?? placeHere[0] ?? null);
      anchorFor(r, news.at);
      r.anchor ??= sinceFor;
      if (backReference) for (const id of [...r.participants]) {
        r.participants.delete(id);
        r.persons.delete(id);
        r.weights.delete(id);
      }
      // The actors: who the sentence names before the news word (its subject) or after "by", not everyone it mentions.
      // In a clause dated from another event, only who it names after the link; a name after a preposition ("into the Port of X") is not a subject.
      const clauseStart = anchoredNews ? sent.start + anchorAt!.at : sent.start;
      const actors = new Set(
        taking
          .filter((m) => type(m.id) !== 'place' && m.start >= clauseStart)
          .filter((m) => (m.start < triggerAt && !OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) || BY_AGENT.test(text.slice(Math.max(0, m.start - 40), m.start)) || MUTUAL_WITH_BEFORE.test(text.slice(Math.max(sent.start, m.start - 30), m.start)))
          .map((m) => m.id),
      );
      for (const id of [...r.participants]) if (!actors.has(id)) {
        r.participants.delete(id);
        r.persons.delete(id);
        r.weights.delete(id);
      }
      // "Kelly Ortberg, who became chief executive in August, said …": the name a relative clause hangs on acts in it,
      // even after a preposition or before a verb of saying.
      // An announcement is a statement: who says it ("Boeing said on Friday that it would cut …") makes it.
      if (!backReference) for (const m of acting) {
        if (type(m.id) === 'place' || m.start < clauseStart) continue;
        const rel = /^,\s+(?:who|which|whose)\b[^,;]*/.exec(text.slice(m.end, sent.end));
        const speaker = (news.kind === 'announcement' || statementNews) && type(m.id) === 'organization' && m.start < triggerAt && COMMENTING.test(text.slice(m.end, m.end + 200)) && !OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
        if (!speaker && (!rel || triggerAt < m.end || triggerAt >= m.end + rel[0].length)) continue;
        r.participants.add(m.id);
        if (type(m.id) === 'person') r.persons.add(m.id);
        r.weights.set(m.id, (r.weights.get(m.id) ?? 0) + 1);
      }
    }
  });
  reports.push(...newsReports);
  for (const r of namedReports.values()) reports.push(r);
  // Reports without anyone taking part and without a date, place or amount are noise.
  for (const r of loose) if (r.participants.size || r.money.size || (r.kind === 'agreement' && r.dateText)) reports.push(r);
  return reports;
}

/**
 * Where the verb of a sentence's main clause is, when it is in the past tense and not one of saying or being; else -1.
 * A verb after a relative or subordinate word in its clause ("the update that crippled airlines", ", which had halted")
 * or after an article ("the affected machines") is not the main one.
 */
export function mainVerb(sentence: string): number {
  for (const m of sentence.matchAll(/(?<![\p{L}’'-])(\p{Ll}{3,}ed|\p{Ll}+)(?![\p{L}’'-])/gu)) {
    const w = m[1]!;
    if (!isPastVerb(w)) continue;
    if (NOT_EVENT_VERBS.has(w)) continue;
    if (NOT_MAIN_VERB_BEFORE.test(sentence.slice(0, m.index)) || subordinate(sentence, m.index)) continue;
    // A participle after its noun ("a world marked by rising tariffs") is no verb of the clause; "was marked by" is.
    if (/^\s+by\b/.test(sentence.slice(m.index + w.length)) && !/\b(?:is|are|was|were|be|been|being|has|have|had|got|get|gets)\s+(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(0, m.index))) continue;
    return m.index;
  }
  return -1;
}

/**
 * True when the word at `at` sits in a relative or subordinate clause: its clause (from the last comma, semicolon or
 * dash) has a relative or subordinating word before it ("the update that crippled", "four days after a software update
 * crashed"). What is said ("X said on Tuesday that it had opened …") is the news, not a subordinate clause.
 */
function subordinate(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const clause = before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), 0))
    .replace(/^.*\b(?:said|says|announced|confirmed|reported|added|noted|told\s+[\p{L}-]+)\b[^,;]{0,30}?\bthat\b/iu, '');
  const sub = [...clause.matchAll(/\b(?:that|which|who|whom|whose|when|where|while|if|because|although|though|after|before|since|until|once)\b/gi)].at(-1);
  if (!sub) return false;
  // The relative clause already had its verb ("the patch that froze the tills on Friday affected …"): this one is the
  // main clause's again, unless it is joined to that verb ("that struck the bridge and killed six").
  const inside = clause.slice(sub.index + sub[0].length);
  return /\b(?:and|or)\s+$/i.test(inside) || !inside.split(/\s+/).some((w, i, all) => isPastVerb(w) && !/^(?:the|a|an)$/i.test(all[i - 1] ?? ''));
}

/** A word in the past tense: ending in -ed (not -eed, not `hundred`) or an irregular past. */
function isPastVerb(word: string): boolean {
  return /^\p{Ll}{3,}ed$/u.test(word) ? !word.endsWith('eed') && word !== 'hundred' : PAST_IRREGULAR.has(word);
}

/** A date written as a modifier of a noun that names an event: "Tuesday's deadly collision", "the July 19 outage" (the noun at `at`, or any noun when `at` is -1). */
function attributive(sentence: string, d: DateFound, at = -1): boolean {
  const i = sentence.indexOf(d.text);
  if (i < 0) return false;
  const after = sentence.slice(i + d.text.length);
  const possessive = /[’']s$/.test(d.text) || /^[’']s\s/.test(after);
  const modifier = /\bthe\s+$/i.test(sentence.slice(Math.max(0, i - 5), i)) && !/^\w*\s*(?:of|to|and|,)/.test(after.slice(0, 8)) && /^\s+[\p{Ll}-]+/u.test(after);
  if (!possessive && !modifier) return false;
  if (at < 0) return true;
  const between = sentence.slice(i + d.text.length, at);
  return /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+)?$/u.test(between);
}

/**
 * A date that bounds or plans something rather than dating what happened: "set the trial for March 4", "arguments for
 * the week of April 22", "on hold until March", "must reply by Friday", "before Jan. 20".
 */
function notWhen(sentence: string, d: DateFound): boolean {
  const i = sentence.indexOf(d.text);
  if (i < 0 || !NOT_WHEN_BEFORE.test(sentence.slice(Math.max(0, i - 30), i))) return false;
  // "did not visit until Jan. 13": that is when it happened.
  return !/(?:\bnot|\bnever|n[’']t)\b[^,;.]*\b(?:until|till)\s+$/i.test(sentence.slice(Math.max(0, i - 80), i));
}
const NOT_WHEN_BEFORE = /\b(?:for|until|till|by|before|through|scheduled|due)\s+(?:the\s+(?:week|end|start|middle)\s+of\s+)?$/i;

/** The first match of a trigger in a sentence that does not refer back to an event (`the collapse`), else the first match, flagged. */
function firstTrigger(sentence: string, re: RegExp): { at: number; back: boolean; adjective: boolean } {
  let first: { at: number; back: boolean; adjective: boolean } | null = null;
  for (const m of sentence.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
    // After an article or a possessive ("the collapse", "its vote", "Tuesday's deadly collision"), a noun names an event told before.
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    // So does a participle used as an adjective ("its derailed train", "five derailed tank cars", "the collapsed bridge").
    const adjective = /ed$/i.test(m[0]) && /(?:\b(?:the|this|that|its|their|his|her|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)|[\p{L}\d.]+[’']s)\s+$/iu.test(before) && /^\s+\p{Ll}+/u.test(sentence.slice(m.index + m[0].length)) && !PARTICIPLE_FOLLOWERS.test(sentence.slice(m.index + m[0].length));
    const back = adjective || (NOUN_TRIGGER.test(m[0]) && /(?:\b(?:the|this|its|their)|[\p{L}\d.]+[’']s)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(before));
    if (!back) return { at: m.index, back: false, adjective: false };
    first ??= { at: m.index, back: true, adjective };
  }
  return first ?? { at: -1, back: false, adjective: false };
}

/** "by" before a name, maybe with the title it is given in lower case ("indicted by special counsel Jack Smith"): the agent of a passive. */
const BY_AGENT = /\bby\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

/** Words after a participle that make it a verb, not an adjective ("the ship struck by", "the bridge collapsed into", "the update on July 19 crashed about 8.5 million"). */
const PARTICIPLE_FOLLOWERS = /^\s+(?:by|in|into|on|at|to|from|after|before|when|while|and|or|but|as|off|out|up|down|over|under|near|during|for|with|early|late|last|this|the|a|an|about|around|roughly|nearly|almost|some|more|all|its|their|his|her|thousands|millions|hundreds|dozens)\b/i;

const NUMBER_OF: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * "X took place a day after …", "X came three days after …", "who arrived ten days after …", "X came hours after …",
 * "X took place as …": where the clause after the link begins, the kind of the event before it, and how many days
 * the event after it lies from that one (negative: before it).
 */
function anchorIn(sentence: string): { at: number; kind: Kind | null; days: number; text: string } | null {
  const m = /\b(?:took place|came|comes|was held|were held|happened|occurred|arrived|arrives|began|started)\s+(?:just\s+|only\s+|some\s+)?(?:(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?|hours?)|(hours|minutes|shortly|moments|soon))\s+)?(after|before|as|while|when)\b/i.exec(sentence);
  if (!m) return null;
  const same = /^(?:as|while|when)$/i.test(m[4]!);
  if (same && (m[1] || m[3])) return null;
  const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_OF[m[1].toLowerCase()]!) * (/^week/i.test(m[2]!) ? 7 : /^hour/i.test(m[2]!) ? 0 : 1) : 0;
  const before = sentence.slice(0, m.index + m[0].length - m[4]!.length);
  const kinds = [...EVENT_TRIGGERS, ...NEWS_TRIGGERS].map(([kind, re]) => ({ kind, at: [...before.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].at(-1)?.index ?? -1 })).filter((k) => k.at >= 0);
  const kind = kinds.sort((x, y) => y.at - x.at)[0]?.kind ?? null;
  return { at: m.index + m[0].length, kind, days: /^after$/i.test(m[4]!) ? -n : n, text: m[0] };
}

/**
 * "… a day after the crash", "… two weeks after the quake": the news before is dated from the latest event of that kind
 * its source reported before it. Where the link is, the kind of the event referred to, and how many days after it.
 */
function sinceEvent(sentence: string): { at: number; kind: Kind; days: number; text: string; recent: true } | null {
  const m = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(after|before)\s+(?:the|this|that|its|their)\s+(?:[\p{Ll}-]+\s+)?([\p{L}-]+)/iu.exec(sentence);
  if (!m || !NOUN_TRIGGER.test(m[4]!)) return null;
  const kind = [...NEWS_TRIGGERS, ...EVENT_TRIGGERS].find(([, re]) => re.test(m[4]!))?.[0];
  if (!kind) return null;
  const n = (/^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_OF[m[1]!.toLowerCase()]!) * (/^week/i.test(m[2]!) ? 7 : 1);
  return { at: m.index, kind, days: /^after$/i.test(m[3]!) ? n : -n, text: m[0], recent: true };
}

/** The noun phrase naming an agreement (`10-year defence framework`, `trade deal`, `memorandum of understanding`): the head and up to three words before it. */
function agreementPhrase(sentence: string): string | null {
  const m = /\b(memorand(?:um|a)(?: of understanding)?|agreement|deal|pact|framework)\b/i.exec(sentence);
  if (!m) return null;
  const before = sentence.slice(0, m.index).trim().split(/\s+/);
  const lead: string[] = [];
  while (lead.length < 3 && before.length) {
    const w = before.at(-1)!;
    if (!/^[\p{Ll}\d][\p{L}\d-]*$/u.test(w) || /^(?:a|an|the|its|their|his|her|this|that|which|with|under|of|on|in|to|for|and|or|has|have|had|was|were|is|are|be)$/i.test(w) || /ed$/.test(w)) break;
    lead.unshift(before.pop()!);
  }
  return [...lead, m[1]!].join(' ');
}

/** How far (days) a date read from a weekday or from another event may be from the true one, when reports are compared. */
const RESOLVED_DATE_SLACK_DAYS = 7;

/** True when two reports can be the same event. */
function sameEvent(a: Report, b: Report): boolean {
  if (a.s === b.s) return false;
  if (a.date && b.date) {
    // A date read from a weekday or from another event ("on Monday", "a day after") may be off by up to a week;
    // two meetings of the same people weeks apart are still two meetings.
    const gap = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY_MS;
    if (gap > Math.max(a.days ?? 1, b.days ?? 1) + (a.resolved || b.resolved ? RESOLVED_DATE_SLACK_DAYS : 0)) return false;
  }
  if (a.kind === 'forum' || b.kind === 'forum') return a.entity !== null && a.entity === b.entity;
  if (a.kind !== b.kind) return false;
  if (NEWS_KINDS.has(a.kind)) {
    // News: the same date (a day apart when one was read from a weekday), and shared parties, places or words;
    // an undated report needs more in common.
    if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY_MS > (a.resolved || b.resolved ? 1 : 0)) return false;
    if (a.month && b.month && a.month !== b.month) return false;
    const shared = [...a.participants].filter((p) => b.participants.has(p)).length + [...a.terms].filter((t) => b.terms.has(t)).length;
    return a.date && b.date ? shared >= 2 : shared >= 4;
  }
  const sharedPeople = [...a.persons].filter((p) => b.persons.has(p)).length;
  const sharedAll = [...a.participants].filter((p) => b.participants.has(p)).length;
  // (A visit by the same person that one report places nowhere, on a day another dates from a weekday or an event, is that visit.)
  if (a.kind === 'meeting' || a.kind === 'call' || a.kind === 'visit') return sharedPeople >= 2 || (sharedPeople >= 1 && !!a.place && a.place === b.place) || (a.kind === 'visit' && sharedPeople >= 1 && (!a.place || !b.place) && !!a.date && !!b.date && (a.resolved || b.resolved));
  const sameMoney = [...a.money].some((v) => b.money.has(v));
  const sameMonth = !!a.month && a.month === b.month;
  const samePhrase = !!a.phrase && a.phrase === b.phrase;
  // One shared party is common in a large corpus (the same ministry signs many deals): it needs a second sign,
  // and without a date on both sides, parties and a generic name ("a memorandum of understanding") say little:
  // the same two bodies sign more than one deal. The same amount does.
  if (!a.date || !b.date) return sharedAll >= 1 && sameMoney;
  return sharedAll >= 2 || (sharedAll >= 1 && (sameMoney || sameMonth || samePhrase)) || (sameMoney && sameMonth);
}

/** Cluster reports into events (union-find over report pairs, in a fixed order); news reports by `clusterNews`. */
function clusterReports(reports: Report[], input: EventInput): Event[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // A source reports an event once (its sentences about it are already one report): two clusters that share a
  // source are different events, which keeps a chain of loosely similar reports from swallowing a large corpus.
  const sourcesOf = new Map<number, Set<number>>(reports.map((r, i) => [i, new Set([r.s])]));
  const join = (i: number, j: number): boolean => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return false;
    const [si, sj] = [sourcesOf.get(ri)!, sourcesOf.get(rj)!];
    if ([...sj].some((x) => si.has(x))) return false;
    parent[rj] = ri;
    for (const x of sj) si.add(x);
    sourcesOf.delete(rj);
    return true;
  };
  for (let i = 0; i < reports.length; i++) {
    if (NEWS_KINDS.has(reports[i]!.kind)) continue;
    for (let j = i + 1; j < reports.length; j++) if (!NEWS_KINDS.has(reports[j]!.kind) && sameEvent(reports[i]!, reports[j]!)) join(i, j);
  }
  // News reports are sentences: several of one source may report one event.
  clusterNews(reports, find, (i, j) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return false;
    parent[rj] = ri;
    for (const x of sourcesOf.get(rj) ?? []) sourcesOf.get(ri)!.add(x);
    sourcesOf.delete(rj);
    return true;
  });
  const clustersOf = () => {
    const out = new Map<number, Report[]>();
    reports.forEach((r, i) => out.set(find(i), [...(out.get(find(i)) ?? []), r]));
    return out;
  };
  resolveAnchors(reports, find, clustersOf());
  joinAcrossKinds(reports, find, join, nameWords(input));
  const clusters = clustersOf();
  // A one-source report that names no one, no date and no place, under nothing but its kind's label ("Announcement"
  // from "is estimated to hold …"), tells a reader nothing an event page could: it stays in its article only.
  const events = [...clusters.values()].map((list) => toEvent(list, input)).filter((e) => !bare(e));
  events.sort((a, b) => (a.date && b.date ? byCode(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0) || byCode(a.name, b.name) || byCode(a.id, b.id));
  return uniqueIds(events);
}

/** The date most of a cluster's reports give (the earliest of the most given), or null. */
function clusterDate(list: readonly Report[]): string | null {
  const counts = new Map<string, number>();
  for (const r of list) if (r.date) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || byCode(a, b))[0] ?? null;
}

/**
 * Reports of one event that were given different kinds ("crashed computers on Friday" / "the outage on July 19";
 * "met the governor on Sunday" / "visited the peninsula on Sunday"): two events of different sources join when
 * they fall on the same day (relative dates already read against each article's date) and share key terms rare in
 * the corpus, each being the other's closest match that day; an undated event joins the one dated event that
 * shares rare terms and a participant with it (none when two do: too little to choose).
 */
function joinAcrossKinds(reports: readonly Report[], find: (i: number) => number, join: (i: number, j: number) => boolean, names: ReadonlySet<string>): void {
  const groups = new Map<number, number[]>();
  reports.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  // Named gatherings are clustered by their name, not by what else happened that day.
  const events = [...groups.values()]
    .filter((ix) => ix.every((i) => reports[i]!.kind !== 'forum'))
    .map((ix) => {
      const list = ix.map((i) => reports[i]!);
      // How many of its reports use each term and name each participant (words of the names of people and
      // organisations count as the participants they name, not as key terms).
      const uses = new Map<string, number>();
      for (const r of list) for (const t of new Set([...r.terms, ...r.participants])) if (!names.has(t) || r.participants.has(t)) uses.set(t, (uses.get(t) ?? 0) + 1);
      return { i: ix[0]!, sources: new Set(list.map((r) => r.s)), date: clusterDate(list), month: list.find((r) => r.month)?.month ?? null, uses, participants: new Set(list.flatMap((r) => [...r.participants])) };
    });
  const df = new Map<string, number>();
  for (const r of reports) for (const t of new Set([...r.terms, ...r.participants])) df.set(t, (df.get(t) ?? 0) + 1);
  type E = (typeof events)[number];
  // Key terms of a pair: those both use that are rare elsewhere — at least half the corpus's reports using them are
  // theirs — each counting for that share (a word of every other report ties nothing; a word only these use, 1).
  const rare = (a: E, b: E) =>
    [...a.uses.keys()].reduce((n, t) => {
      if (!b.uses.has(t)) return n;
      const share = (a.uses.get(t)! + b.uses.get(t)!) / df.get(t)!;
      return share >= KEY_SHARE ? n + share : n;
    }, 0);
  const apart = (a: E, b: E) => a !== b && ![...a.sources].some((x) => b.sources.has(x));
  const closest = (a: E, among: readonly E[]) => among.filter((b) => apart(a, b)).map((b) => ({ b, score: rare(a, b) })).sort((x, y) => y.score - x.score)[0];
  const dated = events.filter((e) => e.date);
  for (const a of dated) {
    const sameDay = dated.filter((b) => b.date === a.date);
    const best = closest(a, sameDay);
    if (!best || best.score < CROSS_KIND_MIN) continue;
    // Mutual: b's closest that day is a too.
    if (closest(best.b, sameDay)?.b !== a) continue;
    if (join(find(a.i), find(best.b.i))) for (const x of best.b.sources) a.sources.add(x);
  }
  for (const u of events.filter((e) => !e.date)) {
    const fits = dated.filter((d) => apart(u, d) && (!u.month || !d.month || u.month === d.month) && [...u.participants].some((p) => d.participants.has(p)) && rare(u, d) >= CROSS_KIND_MIN);
    const roots = new Set(fits.map((d) => find(d.i)));
    if (roots.size === 1 && join(find(fits[0]!.i), find(u.i))) for (const x of u.sources) fits[0]!.sources.add(x);
  }
}

/** The words of the names of the corpus's people and organisations, as `termsOf` spells them. */
function nameWords(input: EventInput): Set<string> {
  const out = new Set<string>();
  for (const e of input.byId.values()) if (e.type !== 'place') for (const n of [e.name, ...e.aliases]) for (const t of termsOf(n)) out.add(t);
  return out;
}

/** A term is key to two events when at least this share of the reports using it are theirs. */
const KEY_SHARE = 0.5;
/** How much rare vocabulary two events of different kinds (or one undated) must share to be one. */
const CROSS_KIND_MIN = 2;

/**
 * Undated reports dated from another event of their source ("The meeting took place a day after the United States signed
 * a framework"): the event of that kind this source reports, once clustering has given it a date from any source.
 */
function resolveAnchors(reports: readonly Report[], find: (i: number) => number, clusters: ReadonlyMap<number, Report[]>): void {
  reports.forEach((r, i) => {
    if (!r.anchor || r.date) return;
    const own = find(i);
    const candidates = reports
      .map((x, j) => ({ x, j }))
      .filter(({ x, j }) => x.s === r.s && x.kind === r.anchor!.kind && find(j) !== own && clusterDate(clusters.get(find(j))!))
      .sort((a, b) => Math.min(...a.x.blocks) - Math.min(...b.x.blocks));
    // "a day after the crash": the latest such event told before it; else the source's first (its lead).
    const at = Math.min(...r.blocks);
    const from = (r.anchor.recent ? candidates.filter(({ x }) => Math.min(...x.blocks) <= at).at(-1) : undefined) ?? candidates[0];
    if (!from) return;
    const base = clusterDate(clusters.get(find(from.j))!)!;
    const date = addDays(base, r.anchor.days);
    Object.assign(r, { date, month: date.slice(0, 7), dateText: r.anchor.text, weekday: WEEKDAYS[weekdayOf(date)]!, resolved: true, dateBasis: `the date of the ${r.anchor.kind} it is counted from (${base})` });
  });
}

/**
 * News reports (one per sentence: an incident, a vote, an announcement…): those of one kind on one date are one event,
 * in any source; then each undated report joins the event of its kind it shares most with (parties, places and words,
 * weighted by how rare they are among the reports), if that is enough; undated reports left over join each other the same way.
 */
function clusterNews(reports: readonly Report[], find: (i: number) => number, join: (i: number, j: number) => boolean): void {
  const news = reports.map((r, i) => ({ r, i })).filter(({ r }) => NEWS_KINDS.has(r.kind));
  // How rare a word or party is among the news reports named by a trigger word, or among those of no known kind
  // (those are many: they must not make the words of the others look rarer than they are).
  const pools = new Map<boolean, { n: number; df: Map<string, number> }>([[true, { n: 0, df: new Map() }], [false, { n: 0, df: new Map() }]]);
  for (const { r } of news) {
    const pool = pools.get(r.kind === 'other')!;
    pool.n++;
    for (const t of new Set([...r.terms, ...r.participants])) pool.df.set(t, (pool.df.get(t) ?? 0) + 1);
  }
  // 1 for a word or party no other report has, towards 0 for those every report has: thresholds hold at any corpus size.
  const weight = (t: string, other: boolean) => {
    const { n, df } = pools.get(other)!;
    return Math.log((n + 1) / (df.get(t) ?? 1)) / Math.log(n + 1);
  };
  const affinity = (a: Report, b: Report) => {
    const other = a.kind === 'other';
    return [...a.terms].filter((t) => b.terms.has(t)).reduce((n, t) => n + weight(t, other), 0) + [...a.participants].filter((p) => b.participants.has(p)).reduce((n, p) => n + 2 * weight(p, other), 0);
  };
  // Reports of one kind on one day that share enough: one event (many events of a kind can fall on a busy day).
  const byDay = new Map<string, { r: Report; i: number }[]>();
  for (const x of news) if (x.r.date) byDay.set(`${x.r.kind}|${x.r.date}`, [...(byDay.get(`${x.r.kind}|${x.r.date}`) ?? []), x]);
  for (const list of byDay.values()) {
    // A source's only report of a kind on a day is that day's event of the kind as far as it knows: two such reports in
    // different sources are one event even in other words ("went on strike early Friday" / "walked off the job the next day").
    const perSource = new Map<number, number>();
    for (const { r } of list) perSource.set(r.s, (perSource.get(r.s) ?? 0) + 1);
    // Not for news of no known kind: many different things happen on one day.
    const alone = (r: Report) => r.kind !== 'other' && perSource.get(r.s) === 1 && list.length - 1 <= NEWS_ALONE_MAX;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [x, y] = [list[a]!.r, list[b]!.r];
        if (affinity(x, y) >= (x.kind === 'other' ? OTHER_DATED_MIN : NEWS_DATED_MIN) || (x.s !== y.s && alone(x) && alone(y))) join(list[a]!.i, list[b]!.i);
      }
    }
  }
  // An undated report joins the dated event of its kind it shares most with, if that is enough; else the other undated
  // reports of its kind in its own source (undated reports of different sources never join: too little to go on).
  const dated = news.filter(({ r }) => r.date);
  const own = new Map<string, number>();
  const months: { r: Report; i: number }[] = [];
  const monthSources = new Map<number, Set<number>>();
  for (const u of news.filter(({ r }) => !r.date)) {
    let best: { j: number; score: number } | null = null;
    for (const o of dated) {
      if (o.r.kind !== u.r.kind || (u.r.month && o.r.month && u.r.month !== o.r.month)) continue;
      const score = affinity(u.r, o.r);
      if (score >= NEWS_UNDATED_MIN && (!best || score > best.score)) best = { j: o.i, score };
    }
    if (best) {
      join(find(best.j), u.i);
      continue;
    }
    // Reports of one month ("last August", "in August 2023") in different sources: one event when they share a party and
    // enough else (the closest such report; never two reports of one source in one month-event, so no chain grows).
    if (u.r.month) {
      let twin: { i: number; score: number } | null = null;
      for (const o of months) {
        if (o.r.s === u.r.s || o.r.kind !== u.r.kind || o.r.month !== u.r.month || ![...u.r.participants].some((p) => o.r.participants.has(p))) continue;
        if (monthSources.get(find(o.i))?.has(u.r.s)) continue;
        const score = affinity(u.r, o.r);
        if (score >= NEWS_UNDATED_MIN && (!twin || score > twin.score)) twin = { i: o.i, score };
      }
      months.push(u);
      if (twin) {
        const sources = monthSources.get(find(twin.i)) ?? new Set([reports[twin.i]!.s]);
        join(find(twin.i), u.i);
        monthSources.set(find(twin.i), sources.add(u.r.s));
        continue;
      }
    }
    const key = `${u.r.s}|${u.r.kind}`;
    const first = own.get(key);
    if (first === undefined) own.set(key, u.i);
    else join(first, u.i);
  }
}

/** How much two news reports must share to be one event: on the same day, or one of them undated. */
const NEWS_DATED_MIN = 0.6;
const NEWS_UNDATED_MIN = 1;
/** News of no known kind on one day must share as much as an undated report: the kind says nothing. */
const OTHER_DATED_MIN = 1;
/** How many other sources may report a kind on one day for lone reports to join without sharing words (more: a busy day, many events). */
const NEWS_ALONE_MAX = 5;

/** People named most across the reports, then alphabetically. */
function ranked(list: readonly Report[], input: EventInput, type: 'person' | 'organization'): string[] {
  const count = new Map<string, number>();
  for (const r of list) for (const [id, n] of r.weights) if (input.byId.get(id)!.type === type) count.set(id, (count.get(id) ?? 0) + n + 100);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || byCode(input.byId.get(a)!.name, input.byId.get(b)!.name));
}

/** One report per source: the sentences of one source about one event folded together (its first dated one gives the date). */
function foldSources(list: readonly Report[]): Report[] {
  const bySource = new Map<number, Report>();
  for (const r of list) {
    const into = bySource.get(r.s);
    if (!into) {
      bySource.set(r.s, { ...r, participants: new Set(r.participants), persons: new Set(r.persons), paragraphs: [...r.paragraphs], blocks: new Set(r.blocks), sentences: [...r.sentences], money: new Set(r.money), weights: new Map(r.weights), terms: new Set(r.terms) });
      continue;
    }
    for (const p of r.paragraphs) if (!into.paragraphs.includes(p)) into.paragraphs.push(p);
    for (const b of r.blocks) into.blocks.add(b);
    into.sentences.push(...r.sentences);
    for (const p of r.participants) into.participants.add(p);
    for (const p of r.persons) into.persons.add(p);
    for (const [id, n] of r.weights) into.weights.set(id, (into.weights.get(id) ?? 0) + n);
    for (const v of r.money) into.money.add(v);
    into.place ??= r.place;
    if (!into.date && r.date) Object.assign(into, { date: r.date, month: r.month, dateText: r.dateText, weekday: r.weekday, resolved: r.resolved, dateBasis: r.dateBasis });
  }
  return [...bySource.values()];
}

/** An event of one source with no participant, date (not even "in July"), place or name of its own. */
function bare(e: Event): boolean {
  return e.sources.length === 1 && e.participants.length === 0 && !e.date && !e.place && e.reports.every((r) => !r.dateText) && e.name === (NEWS_LABEL[e.kind] ?? '');
}

/** How a news event's name begins. */
const NEWS_LABEL: Partial<Record<Kind, string>> = {
  incident: 'Incident', ruling: 'Ruling', strike: 'Strike', vote: 'Vote', resignation: 'Resignation', appointment: 'Appointment',
  election: 'Election', launch: 'Launch', match: 'Match', funding: 'Funding', announcement: 'Announcement', charge: 'Charges', other: 'Event',
};

/** The word that ties a news event to the people or organisations named with it. */
const NEWS_ACTOR: Partial<Record<Kind, string>> = {
  announcement: 'by', funding: 'by', ruling: 'by', strike: 'by', vote: 'by', launch: 'by',
  resignation: 'of', appointment: 'of', charge: 'involving', election: 'involving', match: 'between', incident: 'involving',
};

/** Join names as `A, B and C`. */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** One event from its reports. */
function toEvent(reportList: Report[], input: EventInput): Event {
  const list = foldSources(reportList);
  const sorted = [...list].sort((a, b) => byCode(a.slug, b.slug));
  const kind = sorted[0]!.kind;
  const entity = sorted.find((r) => r.entity)?.entity ?? null;
  const name$ = (id: string) => input.byId.get(id)!.name;
  const people = ranked(sorted, input, 'person');
  const orgs = ranked(sorted, input, 'organization');
  const placeCounts = new Map<string, number>();
  for (const r of sorted) if (r.place) placeCounts.set(r.place, (placeCounts.get(r.place) ?? 0) + 1);
  const place = [...placeCounts.keys()].sort((a, b) => placeCounts.get(b)! - placeCounts.get(a)! || byCode(a, b))[0] ?? null;
  const dated = sorted.filter((r) => r.date);
  const dateCounts = new Map<string, number>();
  for (const r of dated) dateCounts.set(r.date!, (dateCounts.get(r.date!) ?? 0) + 1);
  const date = [...dateCounts.keys()].sort((a, b) => dateCounts.get(b)! - dateCounts.get(a)! || byCode(a, b))[0] ?? null;
  const absolute = dated.some((r) => r.date === date && !r.resolved);
  const days = sorted.find((r) => r.days)?.days ?? null;
  const where = place ? ` in ${name$(place)}` : '';
  let name: string;
  if (kind === 'forum') name = name$(entity!);
  else if (kind === 'meeting') name = people.length > 1 ? `Meeting of ${listNames(people.slice(0, 4).map(name$))}${where}` : people.length ? `Meeting with ${name$(people[0]!)}${where}` : `Meeting${where}`;
  else if (kind === 'call') name = `Call between ${listNames(people.slice(0, 2).map(name$))}`;
  else if (kind === 'visit') name = `Visit by ${listNames(people.slice(0, 3).map(name$))}${place ? ` to ${name$(place)}` : ''}`;
  else if (kind === 'inauguration') name = `Inauguration${orgs.length ? ` of ${name$(orgs[0]!)}` : ''}${where}`;
  else if (kind === 'shipment') name = `Shipment${orgs.length ? ` under ${listNames(orgs.slice(0, 2).map(name$))}` : ''}`;
  else if (NEWS_KINDS.has(kind)) {
    // "Announcement by Wes Moore", "Incident involving the Dali at the Key Bridge", "Resignation of …"; with no one named, the place or the date.
    const who = [...people, ...orgs].slice(0, 2).map(name$);
    const label = NEWS_LABEL[kind] ?? kind;
    const by = who.length ? ` ${NEWS_ACTOR[kind] ?? 'involving'} ${listNames(who)}` : '';
    // With no one and no place named: the day, else the month ("Event in August 2023").
    const month = date ? null : (sorted.find((r) => r.month)?.month ?? null);
    const when = by || place ? '' : date ? ` on ${formatDate(date)}` : month ? ` in ${formatDate(month)}` : '';
    // "at" a site ("at Lusail Stadium", "at the Key Bridge"), "in" a country, region or city the gazetteer knows ("in Turkey").
    const at = place ? (gazetteerPlace(name$(place)) ? ` in ${name$(place)}` : ` at ${name$(place)}`) : '';
    name = `${label}${by}${at}${when}`;
  }
  else {
    const phrases = sorted.map((r) => r.phrase?.replace(/^memoranda\b/i, 'memorandum')).filter((p): p is string => !!p);
    const freq = (p: string) => phrases.filter((x) => x.toLowerCase() === p.toLowerCase()).length;
    const phrase = [...phrases].sort((a, b) => freq(b) - freq(a) || b.length - a.length || byCode(a, b))[0] ?? 'agreement';
    name = `${phrase[0]!.toUpperCase()}${phrase.slice(1)}${orgs.length >= 2 ? ` between ${listNames(orgs.slice(0, 2).map(name$))}` : ''}`;
  }
  const reports: EventReport[] = sorted.map((r) => ({ source: r.slug, paragraphs: r.paragraphs as EventReport['paragraphs'], date: r.date, dateText: r.dateText, weekday: r.weekday, place: r.place }));
  return {
    id: slugify(`${kind === 'forum' ? '' : kind} ${name.replace(/^(?:Meeting|Call|Visit|Shipment|Inauguration|Incident|Ruling|Strike|Vote|Resignation|Appointment|Election|Launch|Match|Funding|Announcement|Event)(?: (?:of|with|between|by|under|involving))?(?:\s+|$)/, '').replace(/(?:^| )on \d{1,2} \p{L}+ \d{4}$/u, '')} ${date ?? ''}`).slice(0, 90).replace(/-+$/, ''),
    name,
    kind,
    date,
    dateResolved: !!date && !absolute,
    dateNote: dateNote(sorted, date, absolute, input),
    place,
    placeName: place ? name$(place) : null,
    sources: [...new Set(sorted.map((r) => r.slug))].sort(byCode),
    paragraphs: sorted.flatMap((r) => r.paragraphs.map((paragraph) => ({ source: r.slug, paragraph }))),
    participants: corroborated(sorted, [...people, ...orgs.filter((o) => !people.includes(o))]),
    entity,
    days,
    reports,
  };
}

/**
 * Who took part, as more than one report says: in an event four or more sources report, an actor only one of them names
 * is more often someone that source mentions in passing than a party (the ranked list's first stays either way).
 */
function corroborated(list: readonly Report[], ranked: readonly string[]): string[] {
  if (list.length < CORROBORATE_FROM) return [...ranked];
  const sources = (id: string) => list.filter((r) => r.participants.has(id)).length;
  return ranked.filter((id, i) => i === 0 || sources(id) >= 2);
}
/** From how many sources on, an event's participants must be named by two of its reports. */
const CORROBORATE_FROM = 4;

/** How the event's date was found, or why it is unknown. */
function dateNote(list: readonly Report[], date: string | null, absolute: boolean, input: EventInput): string {
  if (date) {
    const r = list.find((x) => x.date === date)!;
    return absolute ? `Stated in ${r.slug}: “${r.dateText}”.` : `${r.slug} says “${r.dateText}”, read against ${r.dateBasis}.`;
  }
  const parts: string[] = [];
  const months = list.filter((r) => r.dateText && r.month);
  if (months.length) parts.push(`${months.map((r) => `${r.slug} gives only the month (“${r.dateText}”)`).join('; ')}`);
  const relative = list.filter((r) => r.dateText && !r.month);
  if (relative.length) parts.push(`${relative.map((r) => `${r.slug} says “${r.dateText}”`).join('; ')}, but no date is known to read ${relative.length > 1 ? 'these' : 'it'} against`);
  const sourceDates = [...new Set(list.map((r) => input.analyses[r.s]!.prep.source))].map((s) => ({ slug: s.slug, dated: s.date.value ? s.date : s.republished?.date, copy: !s.date.value })).filter((s) => s.dated?.value);
  for (const { slug, dated, copy } of sourceDates) parts.push(`${slug} is ${copy ? 'a copy republished on' : 'dated'} ${dated!.value} (${dated!.from === 'sidecar' ? 'from the editor’s notes' : `from the ${dated!.from}`}), which need not be the date of the event`);
  return parts.length ? `Date unknown: ${parts.join('; ')}.` : 'Date unknown: the sources give none.';
}
