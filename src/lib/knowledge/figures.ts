/**
 * Figures: amounts of money, quantities with units, measures (`984-foot`,
 * `1.6-mile`, `50 feet`), durations (`53-day`, `seven weeks`), ages, scores,
 * areas, percentages and counts of things, normalised to a number with unit,
 * currency and scale; a range (`$1.7 billion to $1.9 billion`), a rate (`2,000
 * containers a day`) and a part of a whole (`five of the six coast guard crew`)
 * are one figure each. Measures named before their number (`magnitude 7.6`,
 * `shaking of 7`), shares in words (`nearly half of`), and bare numbers whose
 * words say what they count (`the death toll stood at 221`, `Two were pulled
 * out`) are figures too. Each says what it measures (`of`): the noun it counts,
 * a measure's thing, a level's subject, a cost's subject, an interval's ends.
 * Years, dates, times, ordinals and vague amounts are not figures; the word
 * lists (units, measure nouns, level verbs) are data in the lexicon.
 */
import type { Figure } from '../../schemas/knowledge.ts';
import {
  COLLECTIVE_NOUNS, DIMENSION_AFTER, DIMENSION_VERBS, FRACTIONS, INTERVAL_WORDS, LASTING_VERBS, LENGTH_UNIT_NAMES, LEVEL_OBJECT_VERBS, LEVEL_VERBS, MEASURE_NOUNS, MEASURE_UNITS, MONTHS, NUMBER_WORDS,
  PAST_VERBS, POPULATION_NOUNS, RATE_PERIODS, SCALES, SETTLEMENT_NOUNS, SPEECH_VERBS, TIME_UNIT_NAMES, WEEKDAYS,
} from './lexicon.ts';
import { sentences } from '../sentences.ts';
import { hash8 } from './text.ts';
import { domain } from './packs/index.ts';
import { figureKey, type FigureSource } from './figure-cache.ts';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
/** Number words, longest forms first: `sixty-four`, `two and a half`, `seven`. */
const WORDNUM = `(?:${TENS})-(?:${UNITS_WORDS})|(?:${UNITS_WORDS}) and a half|${[...NUMBER_WORDS.keys()].join('|')}`;
const MEASURE_WORDS = Object.keys(MEASURE_UNITS).sort((a, b) => b.length - a.length).join('|');
const SCALE = String.raw`thousand|million|billion|trillion|bn|mn|tn|lakhs?|crores?`;
const QUALIFIER = String.raw`about|around|approximately|roughly|nearly|almost|over|more than|less than|fewer than|up to|at least|some|close to|just under|just over|an estimated|estimated|under|below|above|only|all`;
const UNITS = String.raw`metric tons|metric tonnes|tonnes|tons|tonne|ton|ounces|oz|pounds|lbs|barrels|kilograms|kg|grams|carats|megawatts|MW|gigawatts|GW|cubic meters|cubic metres|litres|liters|gallons|parts per million|ppm|parts per billion|ppb|grams per tonne|g/t`;
/** Currencies written as words after the number (`4 billion Danish kroner`), qualifier first → ISO 4217 code. */
const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/^(?:us |american )?dollars?$/i, 'USD'], [/^australian dollars?$/i, 'AUD'], [/^canadian dollars?$/i, 'CAD'], [/^euros?$/i, 'EUR'],
  [/^(?:yuan|renminbi)$/i, 'CNY'], [/^pakistani rupees?$/i, 'PKR'], [/^indian rupees?$/i, 'INR'], [/^danish kron(?:er|e)$/i, 'DKK'],
  [/^norwegian kron(?:er|e)$/i, 'NOK'], [/^swedish kron(?:or|a)$/i, 'SEK'], [/^(?:south african )?rand$/i, 'ZAR'], [/^(?:british )?pounds sterling$/i, 'GBP'],
  [/^chilean pesos?$/i, 'CLP'], [/^(?:japanese )?yen$/i, 'JPY'], [/^congolese francs?$/i, 'CDF'], [/^(?:indonesian )?rupiah$/i, 'IDR'],
  [/^(?:russian )?(?:roubles?|rubles?)$/i, 'RUB'], [/^(?:turkish )?liras?$/i, 'TRY'], [/^(?:ukrainian )?hryvnias?$/i, 'UAH'], [/^(?:nigerian )?naira$/i, 'NGN'],
  [/^(?:israeli )?(?:new )?shekels?$/i, 'ILS'], [/^(?:saudi )?riyals?$/i, 'SAR'], [/^(?:uae )?dirhams?$/i, 'AED'],
];
const CURRENCY_WORD_RE = String.raw`(?:(?:US|American|Australian|Canadian|Pakistani|Indian|Danish|Norwegian|Swedish|South African|British|Chilean|Japanese|Congolese|Indonesian|Russian|Turkish|Ukrainian|Nigerian|Israeli|Saudi|UAE)\s)?(?:dollars?|euros?|yuan|renminbi|rupees?|kroner|krone|kronor|krona|rand|pounds sterling|pesos?|yen|francs?|rupiah|roubles?|rubles?|liras?|hryvnias?|naira|(?:new\s)?shekels?|riyals?|dirhams?)`;
/** Symbols before the number → ISO 4217 code (`A$` before `$`). */
const SYMBOLS: readonly [RegExp, string][] = [[/^A\$/, 'AUD'], [/^C\$/, 'CAD'], [/^NZ\$/, 'NZD'], [/^HK\$/, 'HKD'], [/^S\$/, 'SGD'], [/\$/, 'USD'], [/€/, 'EUR'], [/£/, 'GBP'], [/₹/, 'INR'], [/₩/, 'KRW']];
const AREAS = String.raw`square kilometers|square kilometres|sq km|km2|km²|square miles|hectares|acres`;
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century', 'centuries', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'times', 'percent']);
const NOT_COUNTED = new Set(['is', 'was', 'has', 'its', 'this', 'thus', 'as', 'us', 'yes', 'his', 'hers', 'ours', 'across', 'less', 'unless', 'plus', 'whereas', 'always', 'perhaps', 'per', 'cent', 'does', 'goes']);

/** A number written in digits or words (`sixty-four`, `two and a half`), as a value. */
function parseNumber(s: string): number {
  const lower = s.toLowerCase();
  const w = NUMBER_WORDS.get(lower);
  if (w !== undefined) return w;
  const compound = /^(\w+)-(\w+)$/.exec(lower);
  if (compound && NUMBER_WORDS.has(compound[1]!) && NUMBER_WORDS.has(compound[2]!)) return NUMBER_WORDS.get(compound[1]!)! + NUMBER_WORDS.get(compound[2]!)!;
  const half = /^(\w+) and a half$/.exec(lower);
  if (half && NUMBER_WORDS.has(half[1]!)) return NUMBER_WORDS.get(half[1]!)! + 0.5;
  return Number(s.replace(/,/g, ''));
}

/** The multiplier of a scale word (`million` → 1e6), or 1. */
function scaleOf(s: string | undefined): number {
  return s ? SCALES.get(s.toLowerCase()) ?? 1 : 1;
}

/** Round away floating-point noise (68.5 × 1e6). */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

interface Found {
  start: number;
  end: number;
  figure: Omit<Figure, 'id' | 'source' | 'paragraph' | 'sentence' | 'text'>;
  /** `of` is already what the figure measures (read from its own construction). */
  fixed?: boolean;
  /**
   * The number stands for something counted or measured before it: `unit` takes the unit of the last count before it in the
   * paragraph (`Eight people … Two were pulled out`), `sentence` the same in its sentence (`read 20 input fields, and the file
   * supplied 21`), `figure` the unit and `of` of the figure before it in its sentence (`put it at 7.5`). Dropped when there is none.
   */
  elliptic?: 'unit' | 'sentence' | 'figure';
  /** For an elliptic figure: what follows the counted thing in its `of` (`pulled out`), or comes before it (`total`). */
  rest?: string;
  lead?: string;
}

const QUAL = `(?:\\b(${QUALIFIER})\\s*)?`;
const RATE = String.raw`(?:\s(?:a|an|per)\s(?:metric\s)?(?:tonne|ton|ounce|barrel|pound|kilogram|kg|carat|lb))?`;
/** Money after a symbol, with the active packs' symbols (`Rs`), compiled once per set of packs. */
const moneyRes = new Map<string, { re: RegExp; symbols: readonly [RegExp, string][]; words: readonly [RegExp, string][] }>();
function money(): { re: RegExp; symbols: readonly [RegExp, string][]; words: readonly [RegExp, string][] } {
  const d = domain();
  let m = moneyRes.get(d.key);
  if (!m) {
    const own = d.currencySymbols.map((c) => c.pattern).join('|');
    m = {
      re: new RegExp(String.raw`${QUAL}(US\$|A\$|C\$|NZ\$|HK\$|S\$|\$|${own ? `${own}|` : ''}€|£|₹|₩)\s?(${NUM})(?:\s?(?:-|–|to)\s?(?:US\$|\$|€|£|₹|₩)?(${NUM}))?(?:\s?(${SCALE})\b)?${RATE}`, 'giu'),
      symbols: [...d.currencySymbols.map((c): [RegExp, string] => [new RegExp(`^(?:${c.pattern})$`, 'iu'), c.code]), ...SYMBOLS],
      words: [...CURRENCY_WORDS, ...d.currencyWords.map((c): [RegExp, string] => [new RegExp(`^(?:${c.pattern})$`, 'iu'), c.code])],
    };
    moneyRes.set(d.key, m);
  }
  return m;
}
const MONEY_WORDS_RE = new RegExp(String.raw`${QUAL}\b(${NUM})(?:\s(${SCALE}))?\s(${CURRENCY_WORD_RE})\b${RATE}`, 'gu');
const PERCENT_RE = new RegExp(String.raw`${QUAL}\b(${NUM}|${WORDNUM})(?:\s?(?:-|–|to)\s?(${NUM}|${WORDNUM}))?\s?(%|percent\b|per cent\b)`, 'giu');
/** Percentage ranges with a sign on both ends: `58.3% to 60.7%`, `between 26.6% and 28.6%`, `9.9%-10.8%`. */
const PERCENT_RANGE_RE = new RegExp(String.raw`${QUAL}(between\s)?\b(${NUM})\s?(?:%|percent\b|per cent\b)\s?(-|–|to|and)\s?(${NUM})\s?(?:%|percent\b|per cent\b)`, 'giu');
const QUANTITY_RE = new RegExp(String.raw`${QUAL}\b(${NUM})(?:\s(${SCALE}))?\s(${UNITS})\b(?:\s+of\s+([\p{Ll}-]+(?:\s(?:ore|earths?|elements))?))?`, 'giu');
const AREA_RE = new RegExp(String.raw`${QUAL}\b(${NUM})(?:\s(${SCALE}))?\s(${AREAS})(?![\p{L}])`, 'giu');
/** `984-foot`, `35-foot-deep`, `63-year-old`, `four-year`, `50 feet`, `seven weeks`, `two and a half miles`. */
const MEASURE_RE = new RegExp(String.raw`${QUAL}(?<![\p{L}\d.,$-])(${NUM}|${WORDNUM})(?:([-–])|\s)(${MEASURE_WORDS})(?:[-–](deep|wide|long|high|tall|old|thick))?(?![\p{L}])`, 'giu');
/** An age: `Alejandro Hernández Fuentes, 35,` (after a name, between commas) or `turned 17`. */
const AGE_RE = /(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)*),\s(\d{1,2}),|\b(?:turned|aged)\s(\d{1,3})\b/gu;
/** A score or a tally: `2-1`, `188-6` (not a range of money or a date). */
const SCORE_RE = /(?<![\p{L}\d.,$/-])(\d{1,3})[-–](\d{1,3})(?![\d%/-]|\s?(?:percent|per cent|million|billion))/gu;
/** Money ranges with a scale on both ends: `$1.7 billion to $1.9 billion`. */
const MONEY_RANGE_RE = new RegExp(String.raw`${QUAL}(US\$|\$|€|£)\s?(${NUM})\s?(${SCALE})\s?(?:-|–|to)\s?(?:US\$|\$|€|£)?\s?(${NUM})\s?(${SCALE})\b`, 'giu');
const COUNT_RE = new RegExp(String.raw`${QUAL}(?<![\p{L}\d.,$-])(${NUM}|${WORDNUM})(?:\s(${SCALE}))?(?=((?:\s[\p{Ll}-]+){1,6}))`, 'giu');

const FRACTION_WORDS = [...FRACTIONS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A share in words: `nearly half of the residents`, `the two-thirds majority` (not `the second half`, `half-time`). */
const FRACTION_RE = new RegExp(String.raw`${QUAL}(?<![\p{L}-])(${FRACTION_WORDS})(?=\s+(?:of\s|majority\b|supermajority\b|share\b|stake\b))`, 'giu');
const MEASURE_NOUN_WORDS = [...MEASURE_NOUNS].join('|');
/** A measure named before its number: `magnitude 7.6`, `a magnitude-7.6 quake`, `category 4`, `shaking of 7`, `an intensity of 6`. */
const MEASURE_NOUN_RE = new RegExp(String.raw`(?<![\p{L}-])(${MEASURE_NOUN_WORDS})(?:[-\s]|\sof\s${QUAL})(\d+(?:\.\d+)?)(?![\d:]|[.,]\d|[-–]\d|\s?%)`, 'giu');
/** A reading on a named scale: `measured 7.6 on the Japan Meteorological Agency's scale`. */
const ON_SCALE_RE = new RegExp(String.raw`${QUAL}(?<![\p{L}\d.,$-])(${NUM})\son\s(?:the|a|an|its|their)\s((?:[\p{L}’'.-]+\s){0,5}?scale)\b`, 'giu');
/** A part of a whole: `five of the six coast guard crew`, `Five of his crew members`, `all seven of their matches`, `56 of them`. */
const PART_RE = new RegExp(String.raw`${QUAL}(?<![\p{L}\d.,$-])(${NUM}|${WORDNUM})\sof\s(their|them|these|those|the|his|her|its|our)(?![\p{L}])(?:\s(${NUM}|${WORDNUM}))?(?=((?:\s[\p{L}’'-]+){0,4}))`, 'giu');
/** A number standing for the thing counted before it: `Two were pulled out`, `after all six scored`, `the file supplied 21.` */
const ELLIPTIC_RE = new RegExp(String.raw`(?:(?<=^|[.;:!?"“]\s{0,3})|(?<=\b(?:and|but|after|while|when|as|because|since|until|before|though|although)\s))((?:all|only|just)\s)?(${NUM}|${WORDNUM})(?=\s(?:were|are|was|is|had|have|has|will|would|could|remain(?:ed|s)?|\p{Ll}+ed)\b)`, 'giu');
const CLAUSE_END_RE = new RegExp(String.raw`(?<=\s)(${NUM})(?=\s?[.;,](?!\d)|$)`, 'gu');
/** A bare number (`206`, `more than 5,500`, `7.5`): a figure only when the words before say what it is (`rose to`, `a crowd of`). */
const BARE_RE = new RegExp(String.raw`${QUAL}(?<![\p{L}\d.,$/:-])(${NUM})(?:\s(${SCALE}))?(?![\d%:/]|[.,]\d|\s?(?:percent|per cent)|[-–]\p{L})`, 'giu');
/** An age: `at the age of 16`, `residents are over 65`. */
const AGE_PHRASE_RE = /\bat the age of (\d{1,3})\b|\b([\p{Ll}’'-]+) (?:are|were|is|was) ((?:over|under|older than|younger than|aged) (\d{1,3}))(?![\d]|[.,]\d|\s?(?:%|percent|[\p{L}$]))/gu;
/** One month, year or decade, when it is an interval (`a decade ago`, `a month after`, `by a year`); `a day after`, `a week later` only place an event in time. */
const ONE_DURATION_RE = /(?<![\p{L}])(?:(?:an?|one)\s(month|year|decade)(?=\s(?:ago|after|later|before|earlier)\b)|(?<=\bby\s)(?:an?|one)\s(month|year|decade)\b)/giu;
/** After `one`: a singular noun with a count beside it (`one goal and four assists`). */
const ONE_BESIDE_COUNT = new RegExp(String.raw`^\s[\p{Ll}-]+\s(?:and|or)\s(?:${NUM}|${WORDNUM})\s\p{Ll}`, 'iu');
/** A rate after a count or an amount: `a day`, `per month`. */
const RATE_AFTER_RE = new RegExp(String.raw`^\s(?:a|an|per|each)\s(${[...RATE_PERIODS.keys()].join('|')})\b`, 'iu');

/** True when the number at [start, end) is a year, a date or a duration (`10-year`), or sits inside a name. */
function notAFigure(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/^[-–]\p{L}/u.test(after)) return true; // 10-year, two-day
  if (/^(?:1[89]|20)\d\d$/.test(raw)) return true; // a year
  const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (prevWord && MONTHS.has(prevWord) && /^\d/.test(raw)) return true; // Sept 8, October 31 (not `the end of May. Three channels`)
  if (/^\s*,\s*(?:1[89]|20)\d\d/.test(after)) return true; // 31, 2025
  if (/^(?:st|nd|rd|th)\b/.test(after)) return true;
  return false;
}

/** Every figure in a paragraph's text. */
export function findFigures(text: string): Found[] {
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (f: Found) => {
    if (overlaps(f.start, f.end)) return;
    taken.push([f.start, f.end]);
    found.push(f);
  };
  const { re: moneyRe, symbols, words: currencyWords } = money();
  for (const m of text.matchAll(MONEY_RANGE_RE)) {
    const [all, qual, symbol, lo, scaleLo, hi, scaleHi] = m;
    const currency = symbols.find(([re]) => re.test(symbol!.trim()))?.[1] ?? 'USD';
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(lo!) * scaleOf(scaleLo)), max: clean(parseNumber(hi!) * scaleOf(scaleHi)), unit: null, currency, scale: scaleHi!.toLowerCase(), kind: 'money', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(moneyRe)) {
    const [all, qual, symbol, lo, hi, scale] = m;
    const mult = scaleOf(scale);
    const currency = symbols.find(([re]) => re.test(symbol!.trim()))?.[1] ?? 'USD';
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(lo!) * mult), max: hi ? clean(parseNumber(hi) * mult) : null, unit: null, currency, scale: scale?.toLowerCase() ?? null, kind: 'money', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(MONEY_WORDS_RE)) {
    const [all, qual, n, scale, words] = m;
    const currency = currencyWords.find(([re]) => re.test(words!.replace(/\s+/g, ' ')))?.[1];
    if (!currency) continue;
    const numStart = m.index + all.indexOf(n!, qual ? qual.length : 0);
    if (notAFigure(text, numStart, numStart + n!.length, n!)) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(n!) * scaleOf(scale)), max: null, unit: null, currency, scale: scale?.toLowerCase() ?? null, kind: 'money', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(PERCENT_RANGE_RE)) {
    const [all, qual, between, lo, link, hi] = m;
    // "and" joins two ends only after "between" ("60% and 28%" are two figures).
    if (link!.toLowerCase() === 'and' && !between) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: parseNumber(lo!), max: parseNumber(hi!), unit: 'percent', currency: null, scale: null, kind: 'percent', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(PERCENT_RE)) {
    const [all, qual, lo, hi] = m;
    const numStart = m.index + all.indexOf(lo!, qual ? qual.length : 0);
    if (notAFigure(text, numStart, numStart + lo!.length, lo!) && !/^\s?(?:%|per)/i.test(text.slice(numStart + lo!.length))) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: parseNumber(lo!), max: hi ? parseNumber(hi) : null, unit: 'percent', currency: null, scale: null, kind: 'percent', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(FRACTION_RE)) {
    const [all, qual, frac] = m;
    if (/\b(?:first|second|other|latter|former|top|bottom|last|next|final)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(FRACTIONS.get(frac!.toLowerCase())!), max: null, unit: 'percent', currency: null, scale: null, kind: 'percent', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const [re, kind] of [[AREA_RE, 'area'], [QUANTITY_RE, 'quantity']] as const) {
    for (const m of text.matchAll(re)) {
      const [all, qual, n, scale, unit, of] = m;
      if (/^(?:pounds)$/i.test(unit!) && /£/.test(text.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
      push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(n!) * scaleOf(scale)), max: null, unit: unit!.toLowerCase().replace('tonnes', 'tons').replace('metric tonnes', 'metric tons'), currency: null, scale: scale?.toLowerCase() ?? null, kind, qualifier: qual?.toLowerCase() ?? null, of: of ?? null } });
    }
  }
  for (const m of text.matchAll(MEASURE_NOUN_RE)) {
    const [all, noun, qual, n] = m;
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(n!)), max: null, unit: noun!.toLowerCase(), currency: null, scale: null, kind: 'quantity', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(MEASURE_RE)) {
    const [all, qual, n, , unitWord, dimension] = m;
    if (/^(?:1[89]|20)\d\d$/.test(n!) || /^(?:a|an|one)$/i.test(n!)) continue;
    const unit = MEASURE_UNITS[unitWord!.toLowerCase()]!;
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(n!)), max: null, unit: dimension?.toLowerCase() === 'old' ? 'years old' : unit, currency: null, scale: null, kind: 'quantity', qualifier: qual?.toLowerCase() ?? null, of: dimension && dimension.toLowerCase() !== 'old' ? dimension.toLowerCase() === 'deep' ? 'depth' : dimension.toLowerCase() === 'wide' ? 'width' : dimension.toLowerCase() === 'long' ? 'length' : dimension.toLowerCase() === 'high' || dimension.toLowerCase() === 'tall' ? 'height' : 'thickness' : null } });
  }
  for (const m of text.matchAll(ONE_DURATION_RE)) {
    const unit = MEASURE_UNITS[(m[1] ?? m[2])!.toLowerCase()]!;
    push({ start: m.index, end: m.index + m[0].length, figure: { value: 1, max: null, unit, currency: null, scale: null, kind: 'quantity', qualifier: null, of: null } });
  }
  for (const m of text.matchAll(AGE_PHRASE_RE)) {
    // `at the age of 16`; `the residents are over 65` (a noun of people before the copula).
    const [, n, who, phrase] = m;
    if (who && !COLLECTIVE_NOUNS.has(who) && !/s$/.test(who)) continue;
    const start = n ? m.index + m[0].lastIndexOf(n) : m.index + m[0].lastIndexOf(phrase!);
    const end = n ? start + n.length : start + phrase!.length;
    push({ start, end, fixed: true, figure: { value: Number(n ?? m[4]), max: null, unit: 'years old', currency: null, scale: null, kind: 'quantity', qualifier: n ? null : phrase!.replace(/\s*\d+$/, ''), of: who ? `age of ${who}` : 'age' } });
  }
  for (const m of text.matchAll(AGE_RE)) {
    const n = m[2] ?? m[3];
    const start = m.index + m[0].lastIndexOf(n!);
    push({ start, end: start + n!.length, figure: { value: Number(n), max: null, unit: 'years old', currency: null, scale: null, kind: 'quantity', qualifier: null, of: `age of ${m[1] ?? 'the person'}` } });
  }
  for (const m of text.matchAll(SCORE_RE)) {
    const [all, a] = m;
    // Not a date (`2024-25`) and not inside a longer number or name; a score or tally has a small second number or both small.
    if (Number(a) > 300 || /\d{4}/.test(all)) continue;
    if (!/\b(?:beat|won|lost|defeat|victory|win|draw|drew|score|final|vote[sd]?|tally|margin|to|rul(?:ed|ing)|decision|decided|majority|opinion|justices|judges|panel|unanimous|verdict|jury|split)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index + all.length + 40))) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: Number(a), max: null, unit: 'score', currency: null, scale: null, kind: 'count', qualifier: null, of: null } });
  }
  for (const m of text.matchAll(ON_SCALE_RE)) {
    const [all, qual, n, scale] = m;
    const numStart = m.index + all.lastIndexOf(n!, all.length - scale!.length);
    if (notAFigure(text, numStart, numStart + n!.length, n!)) continue;
    push({ start: m.index, end: numStart + n!.length, figure: { value: clean(parseNumber(n!)), max: null, unit: scale!.replace(/\s+/g, ' '), currency: null, scale: null, kind: 'quantity', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(PART_RE)) {
    const [all, qual, n, det, whole, tail] = m;
    if (NUMBER_WORDS.has(n!.toLowerCase()) && parseNumber(n!) < 2) continue; // `one of the`
    const numStart = m.index + all.lastIndexOf(n!, all.length - 4 - det!.length - (whole ? whole.length + 1 : 0));
    if (notAFigure(text, numStart, numStart + n!.length, n!) || nameBefore(text, m.index)) continue;
    if (/^(?:them|these|those)$/i.test(det!)) {
      push({ start: m.index, end: m.index + all.length, elliptic: 'sentence', rest: phraseAfter(text, m.index + all.length), figure: { value: clean(parseNumber(n!)), max: null, unit: null, currency: null, scale: null, kind: 'count', qualifier: qual?.toLowerCase() ?? null, of: null } });
      continue;
    }
    const words = (tail ?? '').trim().split(/\s+/).filter(Boolean);
    const noun = countedNoun(words);
    if (noun < 0) continue;
    const end = m.index + all.length + tail!.indexOf(words[noun]!) + words[noun]!.length;
    const what = words.slice(0, noun + 1).join(' ');
    push({ start: m.index, end, fixed: true, figure: { value: clean(parseNumber(n!)), max: null, unit: words[noun]!.toLowerCase(), currency: null, scale: null, kind: 'count', qualifier: qual?.toLowerCase() ?? null, of: what } });
  }
  for (const m of text.matchAll(ELLIPTIC_RE)) {
    const [all, lead, n] = m;
    const numStart = m.index + all.lastIndexOf(n!);
    if (notAFigure(text, numStart, numStart + n!.length, n!) || (NUMBER_WORDS.has(n!.toLowerCase()) && parseNumber(n!) < 2)) continue;
    // `as 500 listed companies reported`: a count with its own noun, read below.
    if (countedNoun(text.slice(m.index + all.length).trim().split(/\s+/).slice(0, 6)) >= 0) continue;
    push({ start: m.index, end: m.index + all.length, elliptic: 'unit', rest: phraseAfter(text, m.index + all.length), figure: { value: clean(parseNumber(n!)), max: null, unit: null, currency: null, scale: null, kind: 'count', qualifier: lead?.trim().toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(COUNT_RE)) {
    const [all, qual, n, scale, tail] = m;
    const numStart = m.index + (qual ? all.indexOf(n!, qual.length) : all.indexOf(n!));
    if (notAFigure(text, numStart, numStart + n!.length, n!)) continue;
    const isWordNum = NUMBER_WORDS.has(n!.toLowerCase());
    // "both", "the two": a reference, not a count; "the six workers" still counts them.
    if (isWordNum && /\b(?:both|these|those|first)\s+$/i.test(text.slice(Math.max(0, numStart - 8), numStart))) continue;
    if (isWordNum && parseNumber(n!) < 3 && /\b(?:the|its|their|his|her|our|of)\s+$/i.test(text.slice(Math.max(0, numStart - 8), numStart))) continue;
    // `one goal and four assists`: `one` counts when a count stands beside it.
    const single = isWordNum && parseNumber(n!) < 2 && !scale;
    if (single && !ONE_BESIDE_COUNT.test(tail!)) continue;
    if (nameBefore(text, m.index)) continue; // `Fortune 500 companies`, `Boeing 737s`: part of a name
    if (/^\p{Lu}/u.test(n!) && !qual && /[\p{L}\d,]\s+$/u.test(text.slice(Math.max(0, numStart - 3), numStart))) continue; // `In 2019 Five Guys opened`: a name
    // The counted noun: the first plural word within the next five ("92 identified minerals", "seven medium and heavy rare earth elements").
    const words = tail!.trim().split(/\s+/);
    const noun = single ? 0 : countedNoun(words);
    const whichOf = /^\s+of which\b/i.test(tail!) || /\bof (?:which|them|these|those)\s+$/i.test(text.slice(Math.max(0, numStart - 16), numStart));
    if (noun < 0 && !whichOf) continue;
    const unit = noun >= 0 ? words[noun]!.toLowerCase() : null;
    const tailStart = m.index + all.length;
    const end = noun >= 0 ? tailStart + tail!.indexOf(words[noun]!) + words[noun]!.length : numStart + n!.length;
    push({ start: m.index, end, ...(unit ? {} : { elliptic: 'unit' as const, rest: phraseAfter(text, end) }), figure: { value: clean(parseNumber(n!) * scaleOf(scale)), max: null, unit, currency: null, scale: scale?.toLowerCase() ?? null, kind: 'count', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const m of text.matchAll(CLAUSE_END_RE)) {
    // `built to read 20 input fields, and the file supplied 21.`: a number closing a clause, after a word that is not a preposition.
    const prev = /([\p{L}’']+)\s$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    if (!prev || /^\p{Lu}/u.test(prev) || NOT_BEFORE_BARE.has(prev.toLowerCase()) || MONTHS.has(prev.toLowerCase())) continue;
    if (notAFigure(text, m.index, m.index + m[1]!.length, m[1]!)) continue;
    push({ start: m.index, end: m.index + m[1]!.length, elliptic: 'sentence', rest: prev, figure: { value: clean(parseNumber(m[1]!)), max: null, unit: null, currency: null, scale: null, kind: 'count', qualifier: null, of: null } });
  }
  const starts = sentences(text).map((x) => x.start);
  const sentenceStart = (at: number) => starts.filter((x) => x <= at).at(-1) ?? 0;
  for (const m of text.matchAll(BARE_RE)) {
    const [all, qual, n, scale] = m;
    const numStart = m.index + all.lastIndexOf(n!, all.length - (scale ? scale.length + 1 : 0));
    if (overlaps(m.index, m.index + all.length) || notAFigure(text, numStart, numStart + n!.length, n!)) continue;
    const level = levelOf(text, m.index, sentenceStart(m.index));
    if (!level) continue;
    const figure = { value: clean(parseNumber(n!) * scaleOf(scale)), max: null, unit: level.unit, currency: null, scale: scale?.toLowerCase() ?? null, kind: 'count' as const, qualifier: qual?.toLowerCase() ?? null, of: level.of };
    // `its total … to more than 5,500`: a total of the thing counted before it in the sentence.
    const total = level.of && !level.unit && /^(?:total|number|tally|count|sum)$/i.test(level.of) ? level.of.toLowerCase() : null;
    if (total) push({ start: m.index, end: m.index + all.length, elliptic: 'sentence', lead: total, figure });
    else push(level.of ? { start: m.index, end: m.index + all.length, fixed: true, figure } : { start: m.index, end: m.index + all.length, elliptic: 'figure', figure });
  }
  found.sort((a, b) => a.start - b.start);
  // `2,000 containers a day`, `$1 billion a month`: a rate, one figure.
  for (const f of found) {
    const rate = RATE_AFTER_RE.exec(text.slice(f.end));
    if (!rate || !['count', 'money'].includes(f.figure.kind) || overlaps(f.end + 1, f.end + rate[0].length)) continue;
    f.end += rate[0].length;
    const per = `per ${RATE_PERIODS.get(rate[1]!.toLowerCase())}`;
    f.figure.unit = f.figure.unit ? `${f.figure.unit} ${per}` : per;
  }
  const kept: Found[] = [];
  for (const f of found) {
    if (f.elliptic) {
      // `52 of which`, `Two were pulled out`, `the file supplied 21`, `put it at 7.5`: the thing counted before it.
      const from = f.elliptic === 'unit' ? 0 : sentenceStart(f.start);
      const prev = kept.filter((x) => x.start >= from && (f.elliptic === 'figure' ? true : x.figure.kind === 'count' && x.figure.unit && x.figure.unit !== 'score')).at(-1);
      if (!prev) {
        if (f.elliptic !== 'unit' || !/^\s+of which\b/i.test(text.slice(f.end))) continue;
      } else {
        f.figure.unit = prev.figure.unit;
        if (f.elliptic === 'figure') {
          f.figure.kind = prev.figure.kind;
          f.figure.of = prev.figure.of;
          f.fixed = true;
        } else {
          f.figure.of = [f.lead, prev.figure.unit, f.rest].filter(Boolean).join(' ');
          f.fixed = true;
        }
      }
    }
    f.figure.of = whatItMeasures(text, f, kept.at(-1), sentenceStart(f.start));
    kept.push(f);
  }
  return kept;
}

/** Words before a bare number closing a clause that make it no count (`in 20`, `the 20`, `page 20`, `No. 20`). */
const NOT_BEFORE_BARE: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'of', 'to', 'from', 'the', 'a', 'an', 'and', 'or', 'than', 'no', 'page', 'pages', 'number', 'route', 'room', 'gate', 'flight',
  'under', 'over', 'since', 'until', 'till', 'between', 'about', 'around', 'for', 'with', 'after', 'before', 'during', 'into', 'per', 'is', 'was', 'are', 'were',
]);

/** The counted noun among the words after a number: the first plural or collective word within six (`92 identified minerals`, `12 crew`), and a noun right after it (`crew members`). */
function countedNoun(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/[’']s$/, '');
    if (TIME_UNITS.has(w)) return -1;
    if (['of', 'which', 'who', 'that', 'to', 'in', 'on', 'at', 'and', 'or'].includes(w) && i === 0) return -1;
    if (/^(?:are|were|is|was|have|has|had|will|would|could|can|may|might)$/.test(w)) return -1;
    if (/\d/.test(w) || NUMBER_WORDS.has(w)) return -1; // `six scored three goals`: the goals are counted by `three`
    if ((/^[a-z-]{3,}s$/.test(w) && !NOT_COUNTED.has(w) && !/ss$/.test(w)) || COLLECTIVE_NOUNS.has(w)) {
      const next = words[i + 1]?.toLowerCase();
      // `8.5 million Windows devices`: a name before the counted noun qualifies it.
      if (/^\p{Lu}/u.test(words[i]!) && next && /^\p{Ll}[a-z-]{2,}s$/u.test(words[i + 1]!) && !NOT_COUNTED.has(next)) continue;
      return next && /^[a-z-]{3,}s$/.test(next) && !NOT_COUNTED.has(next) && !/ss$/.test(next) && COLLECTIVE_NOUNS.has(w) ? i + 1 : i;
    }
  }
  return -1;
}

/** True when a capitalised word (not a sentence's first) stands right before `at`: the number is part of a name (`Fortune 500`, `Windows 11`). */
function nameBefore(text: string, at: number): boolean {
  const m = /(^|[.!?:;"“]\s*|\s)(\p{Lu}[\p{L}’'-]*)\s$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || /[’']s$/.test(m[2]!) || DETERMINERS.test(m[2]!) || LEADING.test(m[2]!) || NP_STOP.test(m[2]!) || NUMBER_WORDS.has(m[2]!.toLowerCase())) return false;
  if (new RegExp(`^(?:${QUALIFIER}|more|fewer|less|least|just|another|nearly|by|between|under|until)$`, 'i').test(m[2]!)) return false;
  // A sentence's first word is a name only when it is not an ordinary word (`Windows 11` yes, `About 500` no).
  return true;
}

/** The words after a counted number that say what became of it (`were pulled out` → `pulled out`). */
function phraseAfter(text: string, at: number): string {
  const words = phrase(text.replace(/\b(?:were|are|was|is|had|have|has|been|still|also|all|then)\s/giu, (w) => ' '.repeat(w.length)), at, 1, 4);
  while (words.length && LEADING.test(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** Words that end the phrase saying what a figure measures. */
const PHRASE_STOP = /^(?:and|or|but|which|who|that|while|when|after|before|as|than|because|since|until|if|said|says|according|is|was|were|are|be|been|has|have|had|will|would|could|can|may|might)$/i;
const LEADING = /^(?:of|in|for|on|to|the|a|an|its|their|his|her|our|this|that|these|those|at|by|from|with)$/i;

/** The words of a clause after `at` (or before it, going back), up to `max` words, without the clause's punctuation or joining words. */
function phrase(text: string, at: number, dir: 1 | -1, max: number, digits = false): string[] {
  const slice = dir > 0 ? text.slice(at) : text.slice(0, at);
  // Clauses end at punctuation, not at a decimal point, a thousands comma or a time (`7.6`, `5,500`, `5:47`).
  const parts = slice.split(/[;!?()—–"“”]|,(?!\d{3})|:(?!\d)|\.(?!\d)/u);
  const clause = dir > 0 ? parts[0]! : parts.at(-1)!;
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of dir > 0 ? words : [...words].reverse()) {
    if (PHRASE_STOP.test(w) || (!digits && /\d/.test(w)) || out.length >= max) break;
    out.push(w);
  }
  return dir > 0 ? out : out.reverse();
}

const trim = (words: readonly string[]): string => {
  const w = [...words];
  while (w.length && LEADING.test(w[0]!)) w.shift();
  while (w.length && LEADING.test(w.at(-1)!)) w.pop();
  return w.join(' ');
};

/** Words that end a noun phrase read from its first word (`the number of people confirmed dead` ends before `in`). */
const NP_STOP = /^(?:in|on|at|for|since|during|after|before|from|by|with|to|into|over|under|near|across|than|that|which|who|whose|and|or|but|as|is|was|were|are|be|been|has|have|had|will|would|could|can|may|might|did|does|do|now|also|still|then|already)$/i;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every)$/i;
const AUXILIARIES = /^(?:is|was|were|are|be|been|being|has|have|had|will|would|could|can|may|might|shall|should|must|did|does|do|to|also|still|then|now|already|not|never|just)$/i;

/** Where a clause ends: punctuation, not a thousands comma or a time (`5,500`, `4:10`). */
const CLAUSE_BREAK = /[;—–()"“”]|,(?!\d{3})|:(?!\d)/u;

/** A noun phrase read from its first word: determiners dropped, up to a preposition (other than `of`), a verb or six words. */
function nounPhrase(words: readonly string[]): string {
  const w = words.filter(Boolean);
  let i = 0;
  while (i < w.length && DETERMINERS.test(w[i]!)) i++;
  const out: string[] = [];
  for (; i < w.length && out.length < 6; i++) {
    const x = w[i]!;
    if (NP_STOP.test(x) || LEVEL_VERBS.has(x.toLowerCase()) || (out.length > 0 && PAST_VERBS.has(x.toLowerCase()))) break;
    out.push(x);
  }
  return trim(out);
}

/** The words of the clause that ends at `end` (without trailing auxiliaries: `the outage would` → `the outage`), else of the sentence's first clause. */
function clauseBefore(text: string, from: number, end: number): { parts: string[]; words: (part: string) => string[]; w: string[] } {
  const parts = text.slice(from, end).split(CLAUSE_BREAK);
  const words = (part: string) => {
    const w = part.trim().split(/\s+/).filter(Boolean);
    while (w.length && AUXILIARIES.test(w.at(-1)!)) w.pop();
    return w;
  };
  const last = words(parts.at(-1)!);
  return { parts, words, w: last.length ? last : words(parts[0]!) };
}

/**
 * The subject of the verb ending at `end` in the sentence starting at `from`: the clause before the verb (`The death toll stood`),
 * else the sentence's first clause (`The strike, now in its 42nd day, is costing`); before `that`/`which`, the noun before it
 * (`a strike that stretched`).
 */
function subjectBefore(text: string, from: number, end: number): string | null {
  const { parts, words, w } = clauseBefore(text, from, end);
  if (!w.length) return null;
  if (/^(?:that|which|who)$/i.test(w.at(-1)!)) {
    // `The strike, which lasted`: the noun before the relative pronoun, in this clause or the one before.
    const head = w.length > 1 ? w.slice(0, -1) : parts.length > 1 ? words(parts.at(-2)!) : [];
    const det = head.map((x) => DETERMINERS.test(x)).lastIndexOf(true);
    return nounPhrase(head.slice(det >= 0 && head.length - det <= 4 ? det : -2)) || null;
  }
  // Leading adverbials (`In September the Justice Department`) are not the subject: start after a preposition's object when a determiner follows.
  const lead = /^(?:in|on|at|by|after|before|during|since|last|this)$/i.test(w[0]!) ? w.findIndex((x, k) => k > 0 && DETERMINERS.test(x)) : 0;
  return nounPhrase(w.slice(Math.max(0, lead))) || null;
}

/** The noun phrase that ends right before `end` in its clause (`the outage would` → `outage`, `The strike, now in its 42nd day, is` → `strike`). */
function npBefore(text: string, from: number, end: number): string | null {
  const { w } = clauseBefore(text, from, end);
  const out: string[] = [];
  for (let i = w.length - 1; i >= 0 && out.length < 4; i--) {
    const x = w[i]!;
    if (DETERMINERS.test(x) || NP_STOP.test(x) || SPEECH_VERBS.has(x.toLowerCase()) || PAST_VERBS.has(x.toLowerCase()) || LEVEL_OBJECT_VERBS.has(x.toLowerCase()) || /^\p{Ll}+ed$/u.test(x)) break;
    out.unshift(x);
  }
  return out.length ? out.join(' ') : null;
}

/** `the number of people confirmed dead` → `people`: the counted noun inside a subject, if it names one. */
function countedIn(subject: string): string | null {
  const m = /\b(?:number|total|count|tally) of ([\p{L}-]+)/iu.exec(subject);
  return m && (COLLECTIVE_NOUNS.has(m[1]!.toLowerCase()) || /s$/.test(m[1]!)) ? m[1]!.toLowerCase() : null;
}

/**
 * What a bare number before `at` is a level of (`The death toll stood at 221`, `rose to 206`, `bringing its total since Friday
 * to more than 5,500`, `a crowd of 65,600`), or null when nothing says; `of: null` when it stands for the figure before it (`put it at`).
 */
function levelOf(text: string, at: number, from: number): { of: string | null; unit: string | null } | null {
  const before = text.slice(from, at);
  // (Also after a possessive: "Labour's majority of 174", "its majority of 174".)
  const crowd = /(?:\b[Aa]n?|\b[Ii]ts|\b[Tt]heir|\b[Hh]is|\b[Hh]er|\p{L}[’']s)\s((?:[\p{Ll}-]+\s){1,2})of\s$/u.exec(before);
  if (crowd) return { of: crowd[1]!.trim(), unit: null };
  const verb = /\b(\p{Ll}+)\s(?:(?:to|at)\s)?$/u.exec(before);
  if (verb && LEVEL_VERBS.has(verb[1]!)) {
    const subject = subjectBefore(text, from, at - verb[0].length);
    if (!subject || /^(?:it|they|this|that)$/i.test(subject)) return subject ? { of: null, unit: null } : null;
    return { of: subject, unit: countedIn(subject) };
  }
  // `bringing its total since Friday to`, `put it at`: the nearest such verb within six words before `to`/`at`.
  const object = /(?:^|\s)((?:[\p{L}’'.-]+\s){2,7})(?:to|at)\s$/u.exec(before);
  const words = object ? object[1]!.trim().split(/\s+/) : [];
  const v = words.findLastIndex((w) => LEVEL_OBJECT_VERBS.has(w));
  if (v >= 0 && v < words.length - 1) {
    const what = words.slice(v + 1);
    if (what.length === 1 && /^(?:it|them|this|that)$/i.test(what[0]!)) return { of: null, unit: null };
    const np = nounPhrase(what);
    return np ? { of: np, unit: countedIn(np) } : null;
  }
  return null;
}

/** Prepositions of time that, before a date, a weekday or a duration, start no `of` (`94.6% on Sept. 12`, `25% over four years`). */
const TIME_PREPOSITIONS = /^(?:on|in|over|for|within|during|since|until|by|last|this|next|at|between|from|through)$/i;
const isDateWord = (w: string | undefined): boolean =>
  !!w && (MONTHS.has(w.toLowerCase().replace(/\.$/, '')) || (WEEKDAYS as readonly string[]).includes(w.replace(/[’']s$/, '')) || NUMBER_WORDS.has(w.toLowerCase()) || /^(?:the|a|an)$/i.test(w) === false && /^(?:morning|afternoon|evening|night|week|month|year|weekend|day|today|yesterday|tomorrow)$/i.test(w));

/**
 * What a figure measures, in the text's own words: a measure's dimension and the thing it qualifies (`984-foot Dali` → `length of
 * Dali`), an interval's ends (`ten days after the strike` → `time after the strike`), a count's noun with what follows it (`workers
 * in the Seattle area`), the subject of a level (`the death toll rose to`), the thing a cost is of (`the outage would cost`), else the
 * phrase after the figure (`in debt`, `signing bonus`) or, when none, the one before it (`raises of`, `a loss of`).
 */
function whatItMeasures(text: string, f: Found, prev: Found | undefined, from: number): string | null {
  if (f.fixed) return f.figure.of;
  // "East Palestine, Ohio, a village of about 4,700 people": the population of the place the apposition describes.
  const settled = f.figure.kind === 'count' && POPULATION_NOUNS.has(f.figure.unit ?? '') ? SETTLEMENT_OF.exec(text.slice(from, f.start)) : null;
  if (settled) {
    const place = /((?:\p{Lu}[\p{L}’'.-]*\s)*\p{Lu}[\p{L}’'.-]*)(?:,\s(?:\p{Lu}[\p{L}.-]*\s?)+)?,\s*$/u.exec(text.slice(from, from + settled.index));
    return `population of ${place ? place[1] : `the ${settled[1]!.toLowerCase()}`}`;
  }
  const after = phrase(text, f.end, 1, 6);
  const before = phrase(text, f.start, -1, 5);
  const rest = text.slice(f.end);
  const lead = text.slice(from, f.start);
  const { unit, kind } = f.figure;
  const isTime = !!unit && TIME_UNIT_NAMES.has(unit);
  const measured = /[-–]\p{L}+$/u.test(text.slice(f.start, f.end));
  // `on Sept. 12`, `on the morning of July 19`, `over four years`: a time after the figure, not what it measures.
  const dated = after.length > 0 && TIME_PREPOSITIONS.test(after[0]!) && (after.length === 1 || isDateWord(after[1]) || (/^the$/i.test(after[1]!) && isDateWord(after[2])));
  // Right after a colon (`its "best and final" offer: 30%`): what the colon introduces.
  const colon = /([\p{L}’'-]+)["”]?\s*:\s*$/u.exec(lead);
  if (kind === 'quantity' && unit && measured) {
    const dimension = f.figure.of ?? (unit === 'years old' ? 'age' : isTime ? 'duration' : 'length');
    // The thing measured: a name (its capitalised words) or up to two ordinary words, up to a preposition or a verb.
    const caps = after.findIndex((w) => !/^\p{Lu}/u.test(w));
    // (`The two-day gathering brings together …`: a verb in -s before its object or `together` ends the thing.)
    const verbS = (w: string, i: number) => /^\p{Ll}+[^s]s$/u.test(w) && /^(?:the|a|an|its|their|his|her|our|together)$/i.test(after[i + 1] ?? '');
    const stop = after.findIndex((w, i) => i >= 2 || NP_STOP.test(w) || new RegExp(`^(?:${QUALIFIER})$`, 'i').test(w) || (i > 0 && (PAST_VERBS.has(w.toLowerCase()) || LEVEL_VERBS.has(w.toLowerCase()) || /^\p{Ll}+ed$/u.test(w) || verbS(w, i))));
    const lead = caps > 0 ? after.slice(0, caps) : after.slice(0, stop < 0 ? after.length : stop);
    const noun = trim(lead.length ? lead : after.slice(0, 1));
    return noun ? `${dimension} of ${noun}` : before.length ? `${dimension} of ${trim(before)}` : dimension;
  }
  if (f.figure.of) return f.figure.of;
  // `memoranda of understanding valued at approximately $500 million`, `four shipments totaling over 260,000 tons`,
  // `exports worth $4.4 billion`: the thing the linking words follow (what comes after the figure is something else).
  if (kind === 'money' || (kind === 'quantity' && unit && !isTime)) {
    const link = /\b(?:valued\s+at|worth|totall?ing|amounting\s+to|estimated\s+at)\s+$/i.exec(lead);
    if (link) {
      // After a copula (`Exports of neodymium to Turkey were worth`): the subject; else the noun phrase right before.
      const copula = /\b(?:was|were|is|are|be|been)\s+$/i.exec(lead.slice(0, link.index));
      const found = copula ? subjectBefore(text, from, from + copula.index) : npBefore(text, from, from + link.index);
      const thing = found?.split(/\s+/).filter((w, i, all) => !(i === 0 && all.length > 1 && (/^\d/.test(w) || NUMBER_WORDS.has(w.toLowerCase())))).join(' ');
      if (thing && !/^(?:it|they|this|that|he|she|we|which|who)$/i.test(thing)) return thing;
    }
  }
  // `the rover weighs 26 kg`, `a crater about 4 metres wide`, `some 384,000 km away`: a dimension of the thing named before it.
  if (kind === 'quantity' && unit && !isTime) {
    const adjective = /^\s+(\p{Ll}+)(?![\p{L}-])/u.exec(rest)?.[1];
    const verb = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(lead);
    const dimension = (adjective && Object.hasOwn(DIMENSION_AFTER, adjective) ? DIMENSION_AFTER[adjective] : undefined) ?? (verb && Object.hasOwn(DIMENSION_VERBS, verb[1]!) ? DIMENSION_VERBS[verb[1]!] : undefined);
    if (dimension) {
      const thing = dimension === 'mass' && verb ? subjectBefore(text, from, f.start - verb[0].trimStart().length) : npBefore(text, from, f.start);
      return thing && !/^(?:it|they|this|that|he|she|we|which|who)$/i.test(thing) ? `${dimension} of ${thing}` : dimension;
    }
  }
  // `magnitude 7.6 quake`, `shaking of 7`: the measure of the thing after it.
  if (kind === 'quantity' && unit && MEASURE_NOUNS.has(unit)) {
    const thing = /^\s+([\p{Ll}-]+)/u.exec(rest)?.[1];
    return thing && !NP_STOP.test(thing) && !AUXILIARIES.test(thing) && !PAST_VERBS.has(thing) ? `${unit} of ${thing}` : unit;
  }
  // `measured 7.6 on the … scale`, `the death toll rose to`: the subject of the verb before the figure.
  const verb = /\b(\p{Ll}+)\s(?:(?:to|at|for|by)\s)?$/u.exec(text.slice(from, f.start));
  if (verb && (LEVEL_VERBS.has(verb[1]!) || LASTING_VERBS.has(verb[1]!))) {
    const subject = subjectBefore(text, from, f.start - verb[0].length);
    if (subject && !/^(?:it|they|this|that|he|she|we)$/i.test(subject)) return isTime ? `duration of ${subject}` : subject;
  }
  // `Turnout was 58.1%`, `turnout, at 59.7 per cent, was …`: a rate or an amount the sentence says its subject is.
  if (kind === 'percent' || kind === 'money') {
    const copula = /\b(?:was|is|were|are)\s$/.exec(lead);
    const apposed = /([\p{L}’'-]+),\s+at\s$/u.exec(lead);
    const subject = copula ? subjectBefore(text, from, f.start - copula[0].length) : apposed ? npBefore(text, from, f.start - apposed[0].length + apposed[1]!.length) : null;
    if (subject && !/^(?:it|they|this|that|he|she|we|which|who|there)$/i.test(subject) && subject.split(/\s+/).length <= 4) return subject;
  }
  if (unit === 'score') {
    const result = /^\s+(win|victory|defeat|loss|draw|lead|win)\s+(over|against|to|by|with|at)\s+((?:\p{Lu}[\p{L}’'-]*\s?)+)/u.exec(rest);
    if (result) return `score: ${result[1]} ${result[2]} ${result[3]!.trim()}`;
    return trim(before) ? `score: ${trim(before)}` : 'score';
  }
  if (kind === 'money') {
    // `the outage would cost Fortune 500 companies … $5.4 billion`, `is costing Boeing an estimated $1 billion a month`.
    const cost = [...lead.matchAll(/\b(?:cost|costs|costing)\s/g)].at(-1);
    const between = cost ? lead.slice(cost.index + cost[0].length) : '';
    if (cost && !/\b(?:the|a|an|its|their|of|full|total|estimated)\s+$/i.test(lead.slice(0, cost.index)) && between.split(/\s+/).length <= 8 && !/;|\b(?:but|and|while|whereas|which|who)\b|\b\p{Ll}+ed\b/u.test(between)) {
      const subject = npBefore(text, from, from + cost.index);
      if (subject && !/^(?:it|they|this|that|he|she|we)$/i.test(subject)) return `cost of ${subject}`;
    }
    // `from about $75,608 to about $119,309`: both ends of a change are of what changes.
    const fromTo = /\bfrom\s+$/i.test(lead) ? f.start - /\bfrom\s+$/i.exec(lead)![0].length : /\bto\s+$/i.test(lead) && prev && /^\s*$/.test(text.slice(prev.end, f.start).replace(/\bto\s+$/i, '')) && /\bfrom\s+$/i.test(text.slice(from, prev.start)) ? prev.start - /\bfrom\s+$/i.exec(text.slice(from, prev.start))![0].length : -1;
    if (fromTo >= 0) {
      // The thing that changes: the object of the verb before `from` (`lift the average annual wage for a machinist`).
      const words = phrase(text, fromTo, -1, 8);
      const det = words.findIndex((w) => DETERMINERS.test(w));
      const what = trim(det >= 0 && det < words.length - 1 ? words.slice(det + 1) : words);
      if (what) return what;
    }
  }
  // `put the cost at $1.7 billion`, `revenue rose to $17.8 billion`, `shares fell 11%`: the level's subject or object.
  if (kind !== 'count' && !isTime) {
    const level = levelOf(text, f.start, from);
    if (level?.of && !/^(?:it|they|this|that)$/i.test(level.of)) return level.of;
  }
  // "raises of 38%", "a loss of $6.17 billion", "a crowd of 65,600": the noun before "of".
  if (/\bof\s+$/i.test(text.slice(Math.max(0, f.start - 4), f.start)) && trim(before) && !(kind === 'count' && unit)) return trim(before);
  if (isTime) {
    // `ten days after the strike`, `three years ago`, `78 minutes later`, `within 18 minutes of the collision`: the time between two things.
    const interval = /^\s+([\p{Ll}]+)/u.exec(rest)?.[1]?.toLowerCase();
    if (interval && INTERVAL_WORDS.has(interval)) {
      const event = trim(phrase(text, f.start, -1, 7));
      if (['ago', 'later', 'earlier'].includes(interval)) return `time ${interval === 'ago' ? 'since' : 'before'}${event ? ` ${event}` : ''}`;
      const what = trim(phrase(text, f.end + rest.indexOf(interval) + interval.length, 1, 6, true));
      return `time ${interval}${what ? ` ${what}` : ''}`;
    }
    if (/\bwithin\s+$/i.test(lead) && /^\s+of\s/i.test(rest)) return `time after ${trim(phrase(text, f.end, 1, 6, true))}`;
    // `25% over four years`, `7,000 flights over five days`: the period of the figure before it.
    if (f.figure.qualifier === 'over' && prev && /^\s*$/.test(text.slice(prev.end, f.start)) && (prev.figure.of || prev.figure.unit)) return `period of ${prev.figure.of ?? prev.figure.unit}`;
    const what = (dated ? '' : trim(after)) || trim(before);
    return what ? `duration: ${what}` : 'duration';
  }
  // `about two and a half miles to the Seagirt Marine Terminal`: a distance.
  if (kind === 'quantity' && unit && LENGTH_UNIT_NAMES.has(unit)) {
    const to = /^\s+(to|from|toward|towards|away from)\s/i.exec(rest);
    if (to) return `distance ${to[1]!.toLowerCase()} ${trim(phrase(text, f.end + to[0].length, 1, 6))}`.trim();
  }
  if (unit === 'years old') return `age${trim(before) ? ` of ${trim(before)}` : ''}`;
  if (kind === 'count' && unit && unit !== 'score') {
    // The counted words as written, without the hedge and the number (`at least 30 people` → `people`), and what they did.
    const own = text.slice(f.start, f.end).slice(f.figure.qualifier ? f.figure.qualifier.length : 0).split(/\s+/).filter((w) => w && !/\d/.test(w) && !LEADING.test(w) && !SCALES.has(w.toLowerCase()) && !NUMBER_WORDS.has(w.toLowerCase()) && !/^(?:a|an|per|each|more|than)$/i.test(w) && !RATE_PERIODS.has(w.toLowerCase()));
    const done = /^\s+(?:(?:had|have|has|were|was|are|is)\s+)(?:been\s+)?(?:still\s+)?((?:(?!been\b)\p{Ll}+(?:ed|en)|unaccounted|missing|dead|alive|injured|stranded)(?:\s+(?:dead|alive|missing|out|for|off|up|down|away))?)\b/u.exec(rest);
    return [own.join(' '), done ? done[1] : dated ? '' : trim(after.slice(0, 4))].filter(Boolean).join(' ') || unit;
  }
  // `8.5 million devices were affected, less than 1% of the total`: a share of what was counted before it.
  if (kind === 'percent' && /^\s+of\s+(?:the\s+)?(?:total|whole)\b/i.test(rest) && prev && prev.start >= from && prev.figure.kind === 'count' && prev.figure.unit) return `share of all ${prev.figure.unit}`;
  // `94.6% on Sept. 12`, `35% over four years`: a time after the figure is not what it measures; a colon before it says.
  if (colon && !trim(after)) return trim(phrase(text, from + colon.index + colon[0].length - colon[0].replace(/^[\p{L}’'-]+/u, '').length, -1, 4)) || null;
  const next = dated ? '' : trim(after);
  if (next && !/^(?:a|an|per)$/i.test(after[0] ?? '')) return next;
  if (colon) return trim(phrase(text, from + colon.index + colon[0].length - colon[0].replace(/^[\p{L}’'-]+/u, '').length, -1, 4)) || null;
  return trim(before) || next || null;
}

/** "a village of about", "a city of some", "a nation of": a settlement of the number that follows. */
const SETTLEMENT_OF = new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(${SETTLEMENT_NOUNS.join('|')})\s+of\s+(?:(?:about|some|roughly|nearly|around|almost|more than|fewer than|just over|just under)\s+)?$`, 'iu');

/** `-ing` words that describe a state after a noun rather than begin a verb phrase (`workers missing`, `seats remaining`). */
const STATE_ING: ReadonlySet<string> = new Set(['missing', 'remaining', 'living', 'existing', 'outstanding', 'ongoing', 'pending']);

/**
 * What a figure measures, as a noun phrase: the phrase read from the sentence stops where a verb begins
 * (`shipments totaling over` → `shipments`, `participants attended the Pakistan Minerals` → `participants`,
 * `countries marks a notable step` → `countries`, `duration of gathering brings` → `duration of gathering`,
 * `vast mineral reserves spanning` → `vast mineral reserves`). Told without a tagger: an `-ing` word after a
 * plural noun, an `-ed` or `-s` word followed by a determiner or `together`, and joining words left at the end.
 */
export function tidyOf(of: string | null): string | null {
  if (of === null) return null;
  const w = of.split(/\s+/).filter(Boolean);
  const plural = (x: string | undefined) => x !== undefined && /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(x) && !/ss$/.test(x);
  const object = (x: string | undefined) => x !== undefined && /^(?:the|a|an|its|their|his|her|our|together)$/i.test(x);
  let cut = w.length;
  for (let i = 1; i < w.length; i++) {
    const x = w[i]!;
    if (!/^\p{Ll}/u.test(x)) continue;
    if ((/ing$/.test(x) && x.length > 5 && plural(w[i - 1]) && !STATE_ING.has(x)) || (/(?:ed|s)$/.test(x) && !/ss$/.test(x) && object(w[i + 1]))) {
      cut = i;
      break;
    }
  }
  const out = w.slice(0, cut);
  const dangling = (x: string) => (cut < w.length && (LEADING.test(x) || PHRASE_STOP.test(x))) || /^(?:of|the|a|an|to|than)$/i.test(x) || new RegExp(`^(?:${QUALIFIER})$`, 'i').test(x);
  while (out.length > 1 && dangling(out.at(-1)!)) out.pop();
  // (A label with nothing after it is no phrase: `duration:` keeps what followed.)
  return out.length && !out.at(-1)!.endsWith(':') ? out.join(' ') : w.join(' ');
}

/** Figures found before this process started (the build's tag stage, figure-cache.ts), by article key. */
let precomputed: ReadonlyMap<string, Figure[]> = new Map();

/** Use figures found elsewhere (figure-cache.ts); an article they lack has its figures found here as usual. */
export function usePrecomputedFigures(figures: ReadonlyMap<string, Figure[]>): void {
  precomputed = figures;
}

/** Every figure in a source, in paragraph order, with stable ids (a copy: the caller may renumber them). */
export function extractFigures(source: FigureSource): Figure[] {
  const hit = precomputed.size > 0 ? precomputed.get(figureKey(source)) : undefined;
  if (hit) return structuredClone(hit);
  const out: Figure[] = [];
  for (const p of source.paragraphs) {
    const sents = sentences(p.text);
    for (const f of findFigures(p.text)) {
      const s = sents.filter((x) => x.start <= f.start).at(-1);
      const text = p.text.slice(f.start, f.end).trim();
      out.push({ id: `f-${hash8(`${source.slug}|${p.id}|${f.start}|${text}`)}`, text, ...f.figure, of: tidyOf(f.figure.of), source: source.slug, paragraph: p.id, sentence: (s?.text ?? p.text).trim() });
    }
  }
  return out;
}
