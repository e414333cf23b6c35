/**
 * Figures: amounts of money, quantities with units, measures (`984-foot`,
 * `1.6-mile`, `50 feet`), durations (`53-day`, `seven weeks`), ages, scores,
 * areas, percentages and counts of things, normalised to a number with unit,
 * currency and scale; a range (`$1.7 billion to $1.9 billion`) is one figure.
 * Each says what it measures (`of`). Years, dates and ordinals are not figures.
 */
import type { Figure } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import { MONTHS, NUMBER_WORDS, SCALES } from './lexicon.ts';
import { sentences } from '../sentences.ts';
import { hash8 } from './text.ts';
import { domain } from './packs/index.ts';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
/** Number words, longest forms first: `sixty-four`, `two and a half`, `seven`. */
const WORDNUM = `(?:${TENS})-(?:${UNITS_WORDS})|(?:${UNITS_WORDS}) and a half|${[...NUMBER_WORDS.keys()].join('|')}`;
/** Units of length and of time, singular or plural, as written after a number or joined to it by a hyphen. */
const MEASURE_UNITS: Readonly<Record<string, string>> = {
  foot: 'feet', feet: 'feet', ft: 'feet', mile: 'miles', miles: 'miles', meter: 'meters', meters: 'meters', metre: 'meters', metres: 'meters',
  kilometer: 'kilometers', kilometers: 'kilometers', kilometre: 'kilometers', kilometres: 'kilometers', km: 'kilometers', inch: 'inches',
  inches: 'inches', yard: 'yards', yards: 'yards', 'nautical mile': 'nautical miles', 'nautical miles': 'nautical miles',
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours', day: 'days', days: 'days',
  week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years', decade: 'decades', decades: 'decades',
};
const MEASURE_WORDS = Object.keys(MEASURE_UNITS).sort((a, b) => b.length - a.length).join('|');
const SCALE = String.raw`thousand|million|billion|trillion|bn|mn|tn`;
const QUALIFIER = String.raw`about|around|approximately|roughly|nearly|almost|over|more than|less than|fewer than|up to|at least|some|close to|just under|just over|an estimated|estimated|under|below|above|only`;
const UNITS = String.raw`metric tons|metric tonnes|tonnes|tons|tonne|ton|ounces|oz|pounds|lbs|barrels|kilograms|kg|grams|carats|megawatts|MW|gigawatts|GW|cubic meters|cubic metres|litres|liters|gallons|parts per million|ppm|parts per billion|ppb|grams per tonne|g/t`;
/** Currencies written as words after the number (`4 billion Danish kroner`), qualifier first → ISO 4217 code. */
const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/^(?:us |american )?dollars?$/i, 'USD'], [/^australian dollars?$/i, 'AUD'], [/^canadian dollars?$/i, 'CAD'], [/^euros?$/i, 'EUR'],
  [/^(?:yuan|renminbi)$/i, 'CNY'], [/^pakistani rupees?$/i, 'PKR'], [/^indian rupees?$/i, 'INR'], [/^danish kron(?:er|e)$/i, 'DKK'],
  [/^norwegian kron(?:er|e)$/i, 'NOK'], [/^swedish kron(?:or|a)$/i, 'SEK'], [/^(?:south african )?rand$/i, 'ZAR'], [/^(?:british )?pounds sterling$/i, 'GBP'],
  [/^chilean pesos?$/i, 'CLP'], [/^(?:japanese )?yen$/i, 'JPY'], [/^congolese francs?$/i, 'CDF'], [/^(?:indonesian )?rupiah$/i, 'IDR'],
];
const CURRENCY_WORD_RE = String.raw`(?:(?:US|American|Australian|Canadian|Pakistani|Indian|Danish|Norwegian|Swedish|South African|British|Chilean|Japanese|Congolese|Indonesian)\s)?(?:dollars?|euros?|yuan|renminbi|rupees?|kroner|krone|kronor|krona|rand|pounds sterling|pesos?|yen|francs?|rupiah)`;
/** Symbols before the number → ISO 4217 code (`A$` before `$`). */
const SYMBOLS: readonly [RegExp, string][] = [[/^A\$/, 'AUD'], [/^C\$/, 'CAD'], [/^NZ\$/, 'NZD'], [/^HK\$/, 'HKD'], [/^S\$/, 'SGD'], [/\$/, 'USD'], [/€/, 'EUR'], [/£/, 'GBP']];
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
}

const QUAL = `(?:(${QUALIFIER})\\s*)?`;
const RATE = String.raw`(?:\s(?:a|an|per)\s(?:metric\s)?(?:tonne|ton|ounce|barrel|pound|kilogram|kg|carat|lb))?`;
/** Money after a symbol, with the active packs' symbols (`Rs`), compiled once per set of packs. */
const moneyRes = new Map<string, { re: RegExp; symbols: readonly [RegExp, string][]; words: readonly [RegExp, string][] }>();
function money(): { re: RegExp; symbols: readonly [RegExp, string][]; words: readonly [RegExp, string][] } {
  const d = domain();
  let m = moneyRes.get(d.key);
  if (!m) {
    const own = d.currencySymbols.map((c) => c.pattern).join('|');
    m = {
      re: new RegExp(String.raw`${QUAL}(US\$|A\$|C\$|NZ\$|HK\$|S\$|\$|${own ? `${own}|` : ''}€|£)\s?(${NUM})(?:\s?(?:-|–|to)\s?(?:US\$|\$|€|£)?(${NUM}))?(?:\s?(${SCALE})\b)?${RATE}`, 'giu'),
      symbols: [...d.currencySymbols.map((c): [RegExp, string] => [new RegExp(`^(?:${c.pattern})$`, 'iu'), c.code]), ...SYMBOLS],
      words: [...CURRENCY_WORDS, ...d.currencyWords.map((c): [RegExp, string] => [new RegExp(`^(?:${c.pattern})$`, 'iu'), c.code])],
    };
    moneyRes.set(d.key, m);
  }
  return m;
}
const MONEY_WORDS_RE = new RegExp(String.raw`${QUAL}\b(${NUM})(?:\s(${SCALE}))?\s(${CURRENCY_WORD_RE})\b${RATE}`, 'gu');
const PERCENT_RE = new RegExp(String.raw`${QUAL}\b(${NUM}|${WORDNUM})(?:\s?(?:-|–|to)\s?(${NUM}|${WORDNUM}))?\s?(%|percent\b|per cent\b)`, 'giu');
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

/** True when the number at [start, end) is a year, a date or a duration (`10-year`), or sits inside a name. */
function notAFigure(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/^[-–]\p{L}/u.test(after)) return true; // 10-year, two-day
  if (/^(?:1[89]|20)\d\d$/.test(raw)) return true; // a year
  const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (prevWord && MONTHS.has(prevWord)) return true; // Sept 8, October 31
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
  for (const m of text.matchAll(PERCENT_RE)) {
    const [all, qual, lo, hi] = m;
    const numStart = m.index + all.indexOf(lo!, qual ? qual.length : 0);
    if (notAFigure(text, numStart, numStart + lo!.length, lo!) && !/^\s?(?:%|per)/i.test(text.slice(numStart + lo!.length))) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: parseNumber(lo!), max: hi ? parseNumber(hi) : null, unit: 'percent', currency: null, scale: null, kind: 'percent', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  for (const [re, kind] of [[AREA_RE, 'area'], [QUANTITY_RE, 'quantity']] as const) {
    for (const m of text.matchAll(re)) {
      const [all, qual, n, scale, unit, of] = m;
      if (/^(?:pounds)$/i.test(unit!) && /£/.test(text.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
      push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(n!) * scaleOf(scale)), max: null, unit: unit!.toLowerCase().replace('tonnes', 'tons').replace('metric tonnes', 'metric tons'), currency: null, scale: scale?.toLowerCase() ?? null, kind, qualifier: qual?.toLowerCase() ?? null, of: of ?? null } });
    }
  }
  for (const m of text.matchAll(MEASURE_RE)) {
    const [all, qual, n, , unitWord, dimension] = m;
    if (/^(?:1[89]|20)\d\d$/.test(n!) || /^(?:a|an|one)$/i.test(n!)) continue;
    const unit = MEASURE_UNITS[unitWord!.toLowerCase()]!;
    push({ start: m.index, end: m.index + all.length, figure: { value: clean(parseNumber(n!)), max: null, unit: dimension?.toLowerCase() === 'old' ? 'years old' : unit, currency: null, scale: null, kind: 'quantity', qualifier: qual?.toLowerCase() ?? null, of: dimension && dimension.toLowerCase() !== 'old' ? dimension.toLowerCase() === 'deep' ? 'depth' : dimension.toLowerCase() === 'wide' ? 'width' : dimension.toLowerCase() === 'long' ? 'length' : dimension.toLowerCase() === 'high' || dimension.toLowerCase() === 'tall' ? 'height' : 'thickness' : null } });
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
    if (!/\b(?:beat|won|lost|defeat|victory|win|draw|drew|score|final|vote[sd]?|tally|margin|to)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index + all.length + 40))) continue;
    push({ start: m.index, end: m.index + all.length, figure: { value: Number(a), max: null, unit: 'score', currency: null, scale: null, kind: 'count', qualifier: null, of: null } });
  }
  for (const m of text.matchAll(COUNT_RE)) {
    const [all, qual, n, scale, tail] = m;
    const numStart = m.index + (qual ? all.indexOf(n!, qual.length) : all.indexOf(n!));
    if (notAFigure(text, numStart, numStart + n!.length, n!)) continue;
    const isWordNum = NUMBER_WORDS.has(n!.toLowerCase());
    // "both", "the two": a reference, not a count; "the six workers" still counts them.
    if (isWordNum && /\b(?:both|these|those|first)\s+$/i.test(text.slice(Math.max(0, numStart - 8), numStart))) continue;
    if (isWordNum && parseNumber(n!) < 3 && /\b(?:the|its|their|his|her|our|of)\s+$/i.test(text.slice(Math.max(0, numStart - 8), numStart))) continue;
    if (isWordNum && parseNumber(n!) < 2 && !scale) continue;
    // The counted noun: the first plural word within the next five ("92 identified minerals", "seven medium and heavy rare earth elements").
    const words = tail!.trim().split(/\s+/);
    let noun = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.toLowerCase();
      if (TIME_UNITS.has(w)) break;
      if (['of', 'which', 'who', 'that', 'to', 'in', 'on', 'at', 'and', 'or'].includes(w) && i === 0) break;
      if (/^(?:are|were|is|was|have|has|had|will|would|could|can|may|might)$/.test(w)) break;
      if ((/^[a-z-]{3,}s$/.test(w) && !NOT_COUNTED.has(w) && !/ss$/.test(w)) || ['people', 'children', 'men', 'women', 'staff', 'personnel'].includes(w)) {
        noun = i;
        break;
      }
    }
    const whichOf = /^\s+of which\b/i.test(tail!) || /\bof (?:which|them|these|those)\s+$/i.test(text.slice(Math.max(0, numStart - 16), numStart));
    if (noun < 0 && !whichOf) continue;
    const unit = noun >= 0 ? words[noun]!.toLowerCase() : null;
    const tailStart = m.index + all.length;
    const end = noun >= 0 ? tailStart + tail!.indexOf(words[noun]!) + words[noun]!.length : numStart + n!.length;
    push({ start: m.index, end, figure: { value: clean(parseNumber(n!) * scaleOf(scale)), max: null, unit, currency: null, scale: scale?.toLowerCase() ?? null, kind: 'count', qualifier: qual?.toLowerCase() ?? null, of: null } });
  }
  // "52 of which": a count of the same thing as the count before it in the sentence.
  found.sort((a, b) => a.start - b.start);
  for (const f of found) f.figure.of = whatItMeasures(text, f);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.figure.kind !== 'count' || f.figure.unit) continue;
    const prev = found.slice(0, i).reverse().find((x) => x.figure.kind === 'count' && x.figure.unit);
    f.figure.unit = prev?.figure.unit ?? null;
  }
  return found;
}

/** Words that end the phrase saying what a figure measures. */
const PHRASE_STOP = /^(?:and|or|but|which|who|that|while|when|after|before|as|than|because|since|until|if|said|says|according|is|was|were|are|be|been|has|have|had|will|would|could|can|may|might)$/i;
const LEADING = /^(?:of|in|for|on|to|the|a|an|its|their|his|her|our|this|that|these|those|at|by|from|with)$/i;

/** The words of a clause after `at` (or before it, going back), up to `max` words, without the clause's punctuation or joining words. */
function phrase(text: string, at: number, dir: 1 | -1, max: number): string[] {
  const slice = dir > 0 ? text.slice(at) : text.slice(0, at);
  const clause = dir > 0 ? slice.split(/[,;:.!?()—–"“”]/u)[0]! : slice.split(/[,;:.!?()—–"“”]/u).at(-1)!;
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of dir > 0 ? words : [...words].reverse()) {
    if (PHRASE_STOP.test(w) || /\d/.test(w) || out.length >= max) break;
    out.push(w);
  }
  return dir > 0 ? out : out.reverse();
}

/**
 * What a figure measures, in the text's own words: a measure's dimension and the thing it qualifies (`984-foot Dali` → `length of
 * Dali`), a count's noun with what follows it (`workers in the Seattle area`), else the phrase after the figure (`in debt`, `signing
 * bonus`) or, when none, the one before it (`raises of`, `a loss of`).
 */
function whatItMeasures(text: string, f: Found): string | null {
  const after = phrase(text, f.end, 1, 6);
  const before = phrase(text, f.start, -1, 5);
  const trim = (words: string[]) => {
    const w = [...words];
    while (w.length && LEADING.test(w[0]!)) w.shift();
    while (w.length && LEADING.test(w.at(-1)!)) w.pop();
    return w.join(' ');
  };
  const { unit, kind } = f.figure;
  const measured = /^[-–]/.test(text.slice(f.end - (f.end - f.start), f.end).replace(/^[^-–]*/, '')) || /[-–]\p{L}+$/u.test(text.slice(f.start, f.end));
  if (kind === 'quantity' && unit && measured) {
    const dimension = f.figure.of ?? (unit === 'years old' ? 'age' : ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'].includes(unit) ? 'duration' : 'length');
    // The thing measured: a name (its capitalised words) or one or two ordinary words up to a preposition.
    const caps = after.findIndex((w) => !/^\p{Lu}/u.test(w));
    const lead = caps > 0 ? after.slice(0, caps) : after.slice(0, after.findIndex((w, i) => i >= 2 || /^(?:in|at|on|of|to|from|with|by|into|across|over|under|near)$/i.test(w)) >>> 0);
    const noun = trim(lead.length ? lead : after.slice(0, 1));
    return noun ? `${dimension} of ${noun}` : before.length ? `${dimension} of ${trim(before)}` : dimension;
  }
  if (f.figure.of) return f.figure.of;
  if (unit === 'score') return trim(before) ? `score: ${trim(before)}` : 'score';
  // "raises of 38%", "a loss of $6.17 billion", "a crowd of 65,600": the noun before "of".
  if (/\bof\s+$/i.test(text.slice(Math.max(0, f.start - 4), f.start)) && trim(before)) return trim(before);
  if (kind === 'quantity' && unit && ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'].includes(unit)) {
    const what = trim(after) || trim(before);
    return what ? `duration: ${what}` : 'duration';
  }
  if (unit === 'years old') return `age${trim(before) ? ` of ${trim(before)}` : ''}`;
  if (kind === 'count' && unit && unit !== 'score') {
    const own = text.slice(f.start, f.end).split(/\s+/).slice(1).filter((w) => !/\d/.test(w) && !LEADING.test(w));
    return [own.join(' ').replace(/^(?:about|around|some|over|nearly|more than)\s+/i, ''), trim(after.slice(0, 4))].filter(Boolean).join(' ') || unit;
  }
  const next = trim(after);
  if (next && !/^(?:a|an|per)$/i.test(after[0] ?? '')) return next;
  return trim(before) || next || null;
}

/** Every figure in a source, in paragraph order, with stable ids. */
export function extractFigures(source: Source): Figure[] {
  const out: Figure[] = [];
  for (const p of source.paragraphs) {
    const sents = sentences(p.text);
    for (const f of findFigures(p.text)) {
      const s = sents.filter((x) => x.start <= f.start).at(-1);
      const text = p.text.slice(f.start, f.end).trim();
      out.push({ id: `f-${hash8(`${source.slug}|${p.id}|${f.start}|${text}`)}`, text, ...f.figure, source: source.slug, paragraph: p.id, sentence: (s?.text ?? p.text).trim() });
    }
  }
  return out;
}
