/**
 * The same fact stated with conflicting numbers by different sources (six and seven workers, 984 and 948 feet,
 * 33,000 and 32,000 machinists, $500 million and $550 million). Two figures state the same fact when they
 * measure the same thing (one kind, one unit or currency, what they are `of`) and their sentences share rare
 * words (weighted by rarity: near the number most, the rest of the sentence and the paragraph less, a shared
 * event a little). They conflict when neither value allows the other: a rounding (`about 8.5 million` and
 * `8,456,000`), a bound (`more than 50` and 52) or a range is no conflict, and neither is a pair of numbers one
 * source states both of (`20 fields … supplied 21`). Each source's figure is the one that fits the others best,
 * both ways.
 */
import type { Event, Figure } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import { claimWords, type WordWeights } from './claim-words.ts';
import { datesIn, OFFSET } from './date-claims.ts';
import { COUNT_SYNONYMS, JUST_BELOW_HEDGES, LOWER_BOUND_HEDGES, NUMBER_WORDS, PEOPLE_COUNT_NOUNS, SCALES, UPPER_BOUND_HEDGES } from './lexicon.ts';
import { byCode } from './text.ts';

/** A group of figures from different sources stating one fact, at least two of them in conflict. */
export interface FigureConflict {
  figures: Figure[];
}

/** How much two figures' words must have in common (in rare-word units) to state the same fact. */
const FACT_MIN = 1;

/**
 * How many figures of other sources each figure is compared with, the nearest in value first (then in the order of
 * the figures). A story's figures of one unit and close values are far fewer; in a corpus of thousands of articles
 * restating one number, comparing each with every other would grow with the square of the corpus, while its
 * nearest neighbours already join it to the rest (the groups are joined through any pair that fits).
 */
const NEAREST = 48;

/** Words of `of` that say what sort of measure a figure is, not what it measures. */
const GENERIC_OF: ReadonlySet<string> = new Set(['duration', 'age', 'score', 'about', 'some', 'over', 'than', 'least']);

/** The unit a figure is compared in: every count of people is one unit, synonyms meet. */
export function compareUnit(f: Figure): string {
  const unit = f.unit ?? '';
  return `${f.kind}|${PEOPLE_COUNT_NOUNS.has(unit) ? 'people' : (COUNT_SYNONYMS.get(unit) ?? unit)}|${f.currency ?? ''}`;
}

/** A figure stated as a possibility ("a 50-day strike could cost…", "if 40 ships…"), not as a fact. */
export function hypothetical(f: Figure): boolean {
  const at = f.sentence.indexOf(f.text);
  if (at < 0) return false;
  const after = f.sentence.slice(at + f.text.length, at + f.text.length + 40);
  const before = f.sentence.slice(Math.max(0, at - 30), at);
  return /\b(?:could|would|might|may)\b/i.test(after.split(/[,;]/)[0]!) || /\b(?:if|unless|whether)\b[^,;]*$/i.test(before);
}

/**
 * Two values close enough to be two versions of one number rather than two numbers: percentages two points apart,
 * other numbers 10% apart, whole numbers also one apart (six and seven workers, 984 and 948 feet, 33,000 and 32,000).
 */
function close(a: Figure, b: Figure): boolean {
  const d = Math.abs(a.value - b.value);
  if (a.kind === 'percent') return d <= 2;
  const whole = Number.isInteger(a.value) && Number.isInteger(b.value);
  return a.value > 0 && b.value > 0 && d <= Math.max(whole ? 1 : 0, 0.1 * Math.max(a.value, b.value));
}

/** A length of time that dates something rather than measures it ("four days after the crash", "two weeks ago"). */
function offset(f: Figure): boolean {
  const at = f.sentence.indexOf(f.text);
  return f.kind === 'quantity' && at >= 0 && /^\s*(?:after|before|later|earlier|ago|since|from)\b/i.test(f.sentence.slice(at + f.text.length));
}

/** The step a figure's number is written to (`8.5 million` → 100,000; `33,000` → 1,000; `984` → 1; `six` → 1). */
export function precision(f: Figure): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0]?.replace(/,/g, '');
  if (!digits) return 1;
  const scale = f.scale ? (SCALES.get(f.scale) ?? 1) : 1;
  const decimals = digits.split('.')[1]?.length ?? 0;
  if (decimals) return 10 ** -decimals * scale;
  const zeros = /0*$/.exec(digits)![0].length;
  return 10 ** Math.min(zeros, digits.length - 1) * scale;
}

/** True when `b`'s value, written to `a`'s precision, is `a`'s value (`8,456,000` is `8.5 million`). */
function roundsTo(b: Figure, a: Figure): boolean {
  const p = precision(a);
  return Math.abs(Math.round(b.value / p) * p - a.value) < p / 1000;
}

/** The values a figure allows, from its hedge: a lower bound, an upper bound, a little below, or the number itself. */
function bounds(f: Figure): { lo: number; hi: number } | null {
  const q = f.qualifier ?? '';
  if (LOWER_BOUND_HEDGES.has(q)) return { lo: f.value, hi: Infinity };
  if (UPPER_BOUND_HEDGES.has(q)) return { lo: -Infinity, hi: f.value };
  if (JUST_BELOW_HEDGES.has(q)) return { lo: 0.9 * f.value, hi: f.value };
  return null;
}

/** True when two figures' values cannot both be right: not a rounding of one another, not allowed by a bound. */
export function conflicting(a: Figure, b: Figure): boolean {
  if (a.value === b.value) return false;
  // Ages a year apart are both right on either side of a birthday (`16-year-old` before the final, `17` at it).
  if (a.unit === 'years old' && b.unit === 'years old' && Math.abs(a.value - b.value) === 1) return false;
  const ba = bounds(a);
  const bb = bounds(b);
  // Two bounds ("more than 60", "at least 64") narrow a value down together; they never contradict each other unless disjoint.
  if (ba && bb) return ba.hi < bb.lo || bb.hi < ba.lo;
  if (ba) return b.value < ba.lo || b.value > ba.hi;
  if (bb) return a.value < bb.lo || a.value > bb.hi;
  return !roundsTo(a, b) && !roundsTo(b, a);
}

/** Every number a sentence states (digits, with a scale word after them, and number words). */
function statedNumbers(sentence: string): Set<number> {
  const out = new Set<number>();
  for (const m of sentence.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?/gi)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    out.add(n);
    if (m[2]) out.add(n * (SCALES.get(m[2].toLowerCase()) ?? 1));
  }
  for (const w of sentence.toLowerCase().split(/[^a-z]+/)) if (NUMBER_WORDS.has(w)) out.add(NUMBER_WORDS.get(w)!);
  return out;
}

/**
 * Dates and weekdays a figure's sentence anchors it to ("206 on Wednesday", "by Jan. 10"), and a year other than the
 * source's own that the figure is of ("a 57-day strike in 2008", "since 2008, when machinists walked out for 57 days";
 * not "took charge in 2016 and led England in 102 matches").
 */
function timeAnchors(f: Figure, ref: string | null): Set<string> {
  const year = ref?.slice(0, 4) ?? null;
  const { sentence } = f;
  const out = new Set<string>();
  const at = sentence.indexOf(f.text);
  if (at >= 0) {
    const after = /^(?:\s+[\p{L}-]+){0,2}\s+(?:in|of|since)\s+((?:19|20)\d\d)\b/u.exec(sentence.slice(at + f.text.length))?.[1];
    const before = /\b((?:19|20)\d\d),?\s+when\b[^,;]*$/.exec(sentence.slice(0, at))?.[1];
    for (const y of [after, before]) if (y && y !== year) out.add(y);
  }
  // Days as dates, weekdays read against the source's date ("early Tuesday" and "March 26" can be one day); a sentence
  // dating one happening from another ("on Wednesday, a day after …") anchors its figure to no one day.
  if (!OFFSET.test(sentence)) for (const d of datesIn(sentence, ref, year)) out.add(d.date);
  return out;
}

/** Two figures anchored to different times: another year named by one only, or days named by both and none in common. */
function differentTimes(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const years = (x: ReadonlySet<string>) => [...x].filter((d) => /^\d{4}$/.test(d)).sort().join();
  if (years(a) !== years(b)) return true;
  return a.size > 0 && b.size > 0 && ![...a].some((d) => b.has(d));
}

/** Words around a figure that say what it is about: its `of`, its unit and the six words on either side in its sentence. */
function nearWords(f: Figure): Set<string> {
  const at = f.sentence.indexOf(f.text);
  const near = at >= 0 ? `${f.sentence.slice(0, at).split(/\s+/).slice(-6).join(' ')} ${f.sentence.slice(at + f.text.length).split(/\s+/).slice(0, 6).join(' ')}` : '';
  return claimWords(`${f.of ?? ''} ${f.unit ?? ''} ${near}`);
}

/** Figures of one fact reported by different sources whose values conflict. */
export function figureConflicts(figures: readonly Figure[], events: readonly Event[], sources: readonly Source[], weights: WordWeights): FigureConflict[] {
  // A score is a pair of numbers, compared as written elsewhere (the quote or the report), not as one value.
  const list = figures.filter((f) => (f.kind !== 'money' || f.currency) && f.unit !== 'score' && f.max === null && !hypothetical(f) && !offset(f));
  const paragraphText = new Map<string, string>(sources.flatMap((s) => s.paragraphs.map((p) => [`${s.slug}|${p.id}`, p.text] as const)));
  // Words as numbers, their weights looked up once: the comparisons below run for every candidate pair of a large corpus.
  // (Each figure's words keep the order of its set: the affinity sums them in that order.)
  const wordId = new Map<string, number>();
  const weightOf: number[] = [];
  const ids = (words: ReadonlySet<string>): Int32Array => {
    const out = new Int32Array(words.size);
    let k = 0;
    for (const w of words) {
      let id = wordId.get(w);
      if (id === undefined) {
        wordId.set(w, (id = weightOf.length));
        weightOf.push(weights.weight(w));
      }
      out[k++] = id;
    }
    return out;
  };
  const nearIds = list.map((f) => ids(nearWords(f)));
  const sentence = list.map((f) => claimWords(f.sentence));
  const sentenceIds = sentence.map(ids);
  // Figures of one paragraph share its words.
  const paragraphWords = new Map<string, Int32Array>();
  const paragraphIds = list.map((f, i) => {
    const key = `${f.source}|${f.paragraph}`;
    const text = paragraphText.get(key);
    if (text === undefined) return sentenceIds[i]!;
    let words = paragraphWords.get(key);
    if (!words) paragraphWords.set(key, (words = ids(claimWords(text))));
    return words;
  });
  const stated = list.map((f) => statedNumbers(f.sentence));
  const refOf = new Map<string, string | null>(sources.map((s) => [s.slug, s.date.value && /^\d{4}-\d{2}-\d{2}$/.test(s.date.value) ? s.date.value : null]));
  const anchors = list.map((f) => timeAnchors(f, refOf.get(f.source) ?? null));
  // What each figure is of, without the words every measure of its sort shares ("duration", "age").
  const ofWords = list.map((f) => new Set([...claimWords(f.of ?? '')].filter((w) => !GENERIC_OF.has(w))));
  const eventOf = new Map<string, string[]>();
  for (const e of events) {
    for (const p of e.paragraphs) {
      const key = `${p.source}|${p.paragraph}`;
      const ids = eventOf.get(key);
      if (ids) ids.push(e.id);
      else eventOf.set(key, [e.id]);
    }
  }
  const eventsOfFigure = list.map((f) => eventOf.get(`${f.source}|${f.paragraph}`) ?? []);
  const sameEvent = (i: number, j: number) => eventsOfFigure[i]!.some((id) => eventsOfFigure[j]!.includes(id));

  // Which words the two figures being compared have at each level: stamped with the number of the comparison, never cleared.
  const stamps = () => new Int32Array(weightOf.length).fill(-1);
  const [nearI, sentI, nearJ, sentJ, paraJ] = [stamps(), stamps(), stamps(), stamps(), stamps()];
  let stampI = -1;
  let stampJ = -1;
  const mark = (into: Int32Array, words: Int32Array, stamp: number) => {
    for (let k = 0; k < words.length; k++) into[words[k]!] = stamp;
  };

  // How strongly two figures' words say they state one fact: near words count fully, the rest of the sentence half, the paragraph a quarter.
  // A word counts once, at the first level both have it at; summed in the order of i's words, as sets of words would be.
  const affinity = (i: number, j: number): number => {
    let n = list[i]!.of && list[i]!.of === list[j]!.of ? 1 : 0;
    if (stampI !== i) {
      stampI = i;
      mark(nearI, nearIds[i]!, i);
      mark(sentI, sentenceIds[i]!, i);
    }
    stampJ++;
    mark(nearJ, nearIds[j]!, stampJ);
    mark(sentJ, sentenceIds[j]!, stampJ);
    mark(paraJ, paragraphIds[j]!, stampJ);
    const bothNear = (w: number) => nearI[w] === i && nearJ[w] === stampJ;
    for (const w of nearIds[i]!) if (nearJ[w] === stampJ) n += weightOf[w]!;
    for (const w of sentenceIds[i]!) if (sentJ[w] === stampJ && !bothNear(w)) n += 0.5 * weightOf[w]!;
    for (const w of paragraphIds[i]!) if (paraJ[w] === stampJ && !bothNear(w) && !(sentI[w] === i && sentJ[w] === stampJ)) n += 0.25 * weightOf[w]!;
    // The same counted noun (`379 people`, `376 people`) and the same event say a little more.
    return n + (list[i]!.unit && list[i]!.unit === list[j]!.unit ? 0.25 : 0) + (sameEvent(i, j) ? 0.5 : 0);
  };
  // What one measures must be named by the other (its `of` or its sentence), unless both are counts of the same noun.
  const measuresAlike = (i: number, j: number): boolean => {
    if (list[i]!.kind === 'count' && list[i]!.unit) return true;
    const [a, b] = [ofWords[i]!, ofWords[j]!];
    for (const w of a) if (b.has(w) || sentence[j]!.has(w)) return true;
    for (const w of b) if (sentence[i]!.has(w)) return true;
    return false;
  };

  // Candidates: figures of one unit with close values, from different sources, whose words agree enough.
  const byUnit = new Map<string, number[]>();
  list.forEach((f, i) => {
    const unit = compareUnit(f);
    const ids = byUnit.get(unit);
    if (ids) ids.push(i);
    else byUnit.set(unit, [i]);
  });
  const score = new Map<number, Map<number, number>>();
  for (const ids of byUnit.values()) {
    ids.sort((x, y) => list[x]!.value - list[y]!.value);
    for (let x = 0; x < ids.length; x++) {
      let compared = 0;
      for (let y = x + 1; y < ids.length && compared < NEAREST && close(list[ids[x]!]!, list[ids[y]!]!); y++) {
        const [i, j] = [ids[x]!, ids[y]!];
        if (list[i]!.source === list[j]!.source) continue;
        compared++;
        if (!measuresAlike(i, j)) continue;
        const a = affinity(i, j);
        if (a < FACT_MIN) continue;
        score.set(i, (score.get(i) ?? new Map()).set(j, a));
        score.set(j, (score.get(j) ?? new Map()).set(i, a));
      }
    }
  }
  // Each figure's best fit in each other source (an equal value first: a source that agrees is not in conflict),
  // found once per figure over its candidates (linear in the candidate pairs).
  const bestBySource = new Map<number, Map<string, number>>();
  for (const [i, js] of score) {
    const picks = new Map<string, [number, number]>();
    for (const [j, a] of js) {
      const source = list[j]!.source;
      const s = a + (list[j]!.value === list[i]!.value ? 10 : 0);
      const prev = picks.get(source);
      if (!prev || s > prev[1] || (s === prev[1] && byCode(list[j]!.id, list[prev[0]]!.id) < 0)) picks.set(source, [j, s]);
    }
    bestBySource.set(i, new Map([...picks].map(([source, [j]]) => [source, j])));
  }
  const best = (i: number, source: string): number | null => bestBySource.get(i)?.get(source) ?? null;
  // Pairs that fit each other best both ways, joined into facts; a pair whose numbers one source states both of, or
  // whose sentences date them to different days, is two facts.
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, js] of score) {
    for (const j of js.keys()) {
      if (j < i || best(i, list[j]!.source) !== j || best(j, list[i]!.source) !== i) continue;
      const [a, b] = [list[i]!, list[j]!];
      if (a.value !== b.value && (stated[i]!.has(b.value) || stated[j]!.has(a.value))) continue;
      if (differentTimes(anchors[i]!, anchors[j]!)) continue;
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of score.keys()) {
    const root = find(i);
    const ids = groups.get(root);
    if (ids) ids.push(i);
    else groups.set(root, [i]);
  }
  const out: FigureConflict[] = [];
  for (const ids of groups.values()) {
    // One figure per source: the one that fits the rest of the group best.
    const bySource = new Map<string, number>();
    // Summed over the figure's own candidates in the group's order (the same sum as over the whole group, whose other
    // members add 0), once per figure: not group × group lookups.
    const at = new Map(ids.map((j, k) => [j, k]));
    const fits = new Map<number, number>();
    for (const i of ids) {
      const inGroup = [...(score.get(i) ?? [])].filter(([j]) => at.has(j)).sort((x, y) => at.get(x[0])! - at.get(y[0])!);
      fits.set(i, inGroup.reduce((n, [, a]) => n + a, 0));
    }
    const fit = (i: number) => fits.get(i)!;
    for (const i of ids) {
      const prev = bySource.get(list[i]!.source);
      if (prev === undefined || fit(i) > fit(prev)) bySource.set(list[i]!.source, i);
    }
    const group = [...bySource.values()].map((i) => list[i]!);
    // Compared once per way of stating a value (what `conflicting` reads): thousands of sources agreeing are one.
    const ways = [...new Map(group.map((f) => [`${f.value}|${f.unit ?? ''}|${f.qualifier ?? ''}|${precision(f)}`, f])).values()];
    if (group.length < 2 || !ways.some((a) => ways.some((b) => conflicting(a, b)))) continue;
    out.push({ figures: group.sort((a, b) => byCode(a.source, b.source) || byCode(a.id, b.id)) });
  }
  return out;
}
