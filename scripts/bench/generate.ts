/**
 * Synthetic news corpus for the benchmark: N articles with the texture of the
 * real thing — headlines, datelines ("ISLAMABAD:", "[Quetta]", "KARACHI —"),
 * 8–20 paragraphs, people and organisations that recur across articles under
 * alias variants ("Finance Minister Sana Qureshi", "Qureshi", "Ms Qureshi";
 * "Frontier Works Organization (FWO)" then "FWO"), quotes that come back
 * reworded, figures ($, tonnes, percentages, counts), and in about a fifth of
 * the articles site clutter and run-together words for the ingest to clean.
 * A few articles are Markdown with front matter, a few saved web pages, some
 * carry an editorial sidecar, and a few are syndicated copies of another.
 *
 * Deterministic: everything comes from one seeded PRNG (mulberry32), so the
 * same (n, seed) gives byte-identical files on any machine.
 *
 *   node scripts/bench/generate.ts --n 100 [--seed 1] [--out DIR]
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

// ---------------------------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Skewed pick: early items much more often (Zipf-like), so a few names dominate the story as in real coverage. */
  pickSkewed<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * this.next() ** 2.2)]!;
  }
  /** `k` distinct items. */
  sample<T>(items: readonly T[], k: number, skewed = false): T[] {
    const out: T[] = [];
    for (let guard = 0; out.length < Math.min(k, items.length) && guard < k * 50; guard++) {
      const item = skewed ? this.pickSkewed(items) : this.pick(items);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
  hex(len: number): string {
    let s = '';
    while (s.length < len) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// The cast: people, organisations, places, minerals
// ---------------------------------------------------------------------------------------------

export type Person = {
  first: string;
  last: string;
  /** "Mr", "Ms" or "Dr". */
  honorific: string;
  pronoun: 'he' | 'she';
  /** e.g. "Finance Minister", "chief executive of FWO". */
  title: string;
  /** Prefix title ("Finance Minister Sana Qureshi") or appositive (", chief executive of …,"). */
  titleBefore: boolean;
  org: Org | null;
};

/** `the`: the name takes "the" in running text ("the Frontier Works Organization"). */
export type Org = { name: string; acronym: string | null; short: string; the: boolean };

const FIRST_M = ['Muhammad', 'Ahmed', 'Bilal', 'Faisal', 'Hamza', 'Imran', 'Kamran', 'Omar', 'Shahid', 'Tariq', 'Usman', 'Zubair', 'Daniel', 'Robert', 'Michael', 'James', 'Wei', 'Jian', 'Khalid', 'Saad', 'Asif', 'Nadeem', 'Jacob', 'David'];
const FIRST_F = ['Ayesha', 'Fatima', 'Hina', 'Maria', 'Nadia', 'Sana', 'Sadia', 'Zara', 'Natalie', 'Sarah', 'Emily', 'Laura', 'Li', 'Mei', 'Noor', 'Rabia', 'Amina', 'Huma'];
const SURNAMES = ['Aurangzeb', 'Qureshi', 'Baloch', 'Khan', 'Malik', 'Sheikh', 'Chaudhry', 'Abbasi', 'Niazi', 'Raza', 'Siddiqui', 'Bhatti', 'Durrani', 'Kakar', 'Mengal', 'Jamali', 'Strayer', 'Baker', 'Meyer', 'Helberg', 'Copley', 'Whitfield', 'Harrington', 'Zhang', 'Liu', 'Al-Rashid', 'Al-Ghamdi', 'Farooqi', 'Tareen', 'Awan', 'Lodhi', 'Rind'];

const ORGS: readonly Org[] = [
  { name: 'Frontier Works Organization', acronym: 'FWO', short: 'the organisation', the: true },
  { name: 'Special Investment Facilitation Council', acronym: 'SIFC', short: 'the council', the: true },
  { name: 'Pakistan Minerals Development Corporation', acronym: 'PMDC', short: 'the corporation', the: true },
  { name: 'Oil and Gas Development Company Limited', acronym: 'OGDCL', short: 'the company', the: false },
  { name: 'Geological Survey of Pakistan', acronym: 'GSP', short: 'the survey', the: true },
  { name: 'Trade Development Authority of Pakistan', acronym: 'TDAP', short: 'the authority', the: true },
  { name: 'US Strategic Metals', acronym: 'USSM', short: 'the Missouri-based company', the: false },
  { name: 'Critical Minerals Forum', acronym: 'CMF', short: 'the forum', the: true },
  { name: 'US International Development Finance Corporation', acronym: 'DFC', short: 'the lender', the: true },
  { name: 'Export-Import Bank of the United States', acronym: 'EXIM', short: 'the bank', the: true },
  { name: 'State Bank of Pakistan', acronym: 'SBP', short: 'the central bank', the: true },
  { name: 'Balochistan Mineral Resources Department', acronym: null, short: 'the department', the: true },
  { name: 'Reko Diq Mining Company', acronym: 'RDMC', short: 'the mining company', the: false },
  { name: 'Saindak Metals Limited', acronym: 'SML', short: 'the company', the: false },
  { name: 'Ministry of Energy', acronym: null, short: 'the ministry', the: true },
  { name: 'Petroleum Division', acronym: null, short: 'the division', the: true },
  { name: 'International Monetary Fund', acronym: 'IMF', short: 'the Fund', the: true },
  { name: 'Asian Development Bank', acronym: 'ADB', short: 'the bank', the: true },
  { name: 'National Logistics Corporation', acronym: 'NLC', short: 'the corporation', the: true },
  { name: 'Pakistan Tehreek-e-Insaf', acronym: 'PTI', short: 'the opposition party', the: false },
  { name: 'Board of Investment', acronym: 'BOI', short: 'the board', the: true },
  { name: 'Gilgit-Baltistan Mining Authority', acronym: 'GBMA', short: 'the authority', the: true },
];

const ROLES: ReadonlyArray<{ title: string; before: boolean; orgless?: boolean }> = [
  { title: 'Finance Minister', before: true, orgless: true },
  { title: 'Federal Minister for Energy', before: true, orgless: true },
  { title: 'Minister of State for Petroleum', before: true, orgless: true },
  { title: 'Chief Minister of Balochistan', before: true, orgless: true },
  { title: 'US Chargé d’Affaires', before: true, orgless: true },
  { title: 'Under Secretary of State for Economic Affairs', before: true, orgless: true },
  { title: 'Senator', before: true, orgless: true },
  { title: 'chief executive', before: false },
  { title: 'chairman', before: false },
  { title: 'director general', before: false },
  { title: 'spokesperson', before: false },
  { title: 'managing director', before: false },
  { title: 'a senior official', before: false },
  { title: 'an economist who advises', before: false },
];

const PLACES = ['Islamabad', 'Karachi', 'Lahore', 'Quetta', 'Peshawar', 'Gilgit', 'Gwadar', 'Washington', 'Beijing', 'Riyadh', 'Chagai', 'Multan'];
const MINERALS = ['copper', 'antimony', 'lithium', 'rare earths', 'gold', 'chromite', 'gypsum', 'coal', 'iron ore', 'rock salt', 'neodymium', 'zinc', 'lead', 'marble'];
const PROJECTS = ['Reko Diq', 'Saindak', 'Chagai copper belt', 'Gwadar port', 'ML-1 railway', 'Thar coalfield', 'Duddar lead-zinc mine', 'Muslim Bagh chromite field', 'Hunza lithium prospect'];
const COUNTRIES = ['Pakistan', 'the United States', 'China', 'Saudi Arabia', 'the UAE', 'Japan', 'the European Union', 'Turkey'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PUBLISHERS = ['Daily Times', 'Example Business Daily', 'The Frontier Post', 'Minerals Monitor', 'Capital Ledger', 'Quetta Chronicle', 'South Asia Wire', 'Dawn Example'];

// ---------------------------------------------------------------------------------------------
// Phrase banks (slots in braces are filled per use, so the same skeleton rarely repeats word for word)
// ---------------------------------------------------------------------------------------------

const VERBS_PAST = ['discussed', 'reviewed', 'signed', 'announced', 'approved', 'finalised', 'outlined', 'unveiled', 'welcomed', 'criticised', 'postponed', 'endorsed'];
const OBJECTS = ['a memorandum of understanding', 'a financing framework', 'a joint venture', 'a refinery plan', 'an exploration licence', 'a supply agreement', 'a feasibility study', 'a royalty regime', 'a security plan for investors', 'a processing roadmap', 'an offtake arrangement', 'a geological mapping programme'];
const ADVERBIALS = ['after months of talks', 'amid growing interest from Washington', 'despite concerns over security in the province', 'as part of a wider economic reform push', 'ahead of a visit by foreign investors', 'in a closed-door meeting', 'following a cabinet decision', 'under pressure from provincial leaders', 'at a ceremony in the federal capital', 'with little public debate'];
const CONCERNS = ['transparency', 'royalties for local communities', 'water use', 'security of foreign workers', 'the share of provincial governments', 'environmental safeguards', 'debt sustainability', 'export controls imposed by China', 'the pace of licensing', 'power tariffs for processing plants'];
const STAKE = ['investors', 'provincial officials', 'analysts', 'opposition lawmakers', 'mining engineers', 'local elders', 'diplomats', 'bankers'];
const QUOTE_OPENERS = ['We are', 'Pakistan is', 'This agreement is', 'Our government is', 'The government is', 'Investors are', 'The province is', 'We remain', 'This project is', 'The partnership is'];
const QUOTE_MIDDLES = ['committed to', 'ready for', 'focused on', 'determined to pursue', 'open to', 'serious about', 'moving quickly on', 'not going to rush'];
const QUOTE_ENDS = ['responsible and transparent investment', 'value addition inside the country', 'secure supply chains', 'a fair deal for Balochistan', 'processing rather than exporting raw ore', 'long-term partnerships', 'jobs for local people', 'predictable rules for investors', 'the safety of everyone working on site', 'a relationship built on trust'];
const QUOTE_TAILS = ['', ' and we will not cut corners', ', whatever the politics of the day', ' over the coming decade', ', and the numbers show it', ' — that is the message we are sending'];
/** Word swaps used to reword a quote when another article repeats it. */
const REWORD: ReadonlyArray<[RegExp, string]> = [
  [/\bcommitted to\b/, 'dedicated to'],
  [/\bready for\b/, 'prepared for'],
  [/\bsecure\b/, 'reliable'],
  [/\bresponsible and transparent\b/, 'transparent and responsible'],
  [/\bWe are\b/, 'We’re'],
  [/\blong-term\b/, 'lasting'],
  [/\bjobs for local people\b/, 'local jobs'],
  [/\bthe country\b/, 'Pakistan'],
];

/** Function words that run into their neighbour when a page loses its line breaks ("signedthe"). */
const GLUE = ['the', 'and', 'of', 'to', 'in', 'with', 'for', 'that'];

// ---------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------

export type Format = 'txt' | 'md' | 'html';
export type DatelineStyle = 'colon' | 'bracket' | 'dash' | 'none';

/** One generated article: the clean text (what the baseline builds) and how it is dressed up on disk. */
export type Article = {
  /** File name in the corpus folder. */
  file: string;
  format: Format;
  title: string;
  /** Headline given in the text (false: the ingest must derive a title from the lede). */
  headline: boolean;
  standfirst: string | null;
  date: string;
  publisher: string;
  url: string;
  author: string | null;
  dateline: { place: string; style: DatelineStyle };
  /** Clean paragraphs, the dateline included in the first. */
  paragraphs: string[];
  people: string[];
  orgs: string[];
  /** Ids of quotes used (the same id in two articles is the same quote, maybe reworded). */
  quotes: Array<{ id: number; reworded: boolean }>;
  figures: { money: number; tonnes: number; percent: number; counts: number };
  /** Site clutter and run-together words added to the file. */
  clutter: string[];
  sidecar: boolean;
  hardWrapped: boolean;
  /** File this article is a syndicated copy of. */
  copyOf: string | null;
};

export type Corpus = { seed: number; articles: Article[]; files: Array<{ name: string; data: string }> };

type Quote = { id: number; speaker: Person; text: string };

function fmtInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Generate the corpus in memory: N articles and their files (sidecars included). */
export function generateCorpus(n: number, seed = 1): Corpus {
  const rnd = new Random(seed);
  // The cast grows slowly with N so that names recur across many articles.
  const people = makePeople(rnd, Math.max(24, Math.min(400, Math.round(20 + n / 12))));
  const quotes: Quote[] = [];
  for (let i = 0; i < Math.max(40, Math.round(n / 4)); i++) {
    const text = `${rnd.pick(QUOTE_OPENERS)} ${rnd.pick(QUOTE_MIDDLES)} ${rnd.pick(QUOTE_ENDS)}${rnd.pick(QUOTE_TAILS)}`;
    quotes.push({ id: i, speaker: rnd.pickSkewed(people), text });
  }
  const articles: Article[] = [];
  const files: Corpus['files'] = [];
  const width = Math.max(3, String(n - 1).length);
  for (let i = 0; i < n; i++) {
    const r = rnd.next();
    const format: Format = r < 0.06 ? 'md' : r < 0.11 ? 'html' : 'txt';
    const stem = `${String(i).padStart(width, '0')}_${rnd.hex(16)}`;
    const original = i > 10 && rnd.chance(0.02) ? articles[rnd.int(0, i - 1)]! : null;
    const article = original ? syndicate(rnd, original, `${stem}.txt`) : makeArticle(rnd, `${stem}.${format}`, format, people, quotes);
    articles.push(article);
    files.push({ name: article.file, data: render(rnd, article) });
    if (article.sidecar) files.push({ name: `${article.file}.meta.yaml`, data: sidecarYaml(article) });
  }
  return { seed, articles, files };
}

function makePeople(rnd: Random, count: number): Person[] {
  const out: Person[] = [];
  const used = new Set<string>();
  while (out.length < count) {
    const female = rnd.chance(0.35);
    const first = rnd.pick(female ? FIRST_F : FIRST_M);
    const last = rnd.pick(SURNAMES);
    // A surname may be shared (two Khans), a full name may not.
    if (used.has(`${first} ${last}`)) {
      if (used.size > FIRST_F.length * SURNAMES.length) break;
      continue;
    }
    used.add(`${first} ${last}`);
    const role = rnd.pick(ROLES);
    const org = role.orgless ? null : rnd.pickSkewed(ORGS);
    out.push({ first, last, honorific: rnd.chance(0.12) ? 'Dr' : female ? 'Ms' : 'Mr', pronoun: female ? 'she' : 'he', title: role.title, titleBefore: role.before, org });
  }
  return out;
}

/** Mentions of people and organisations: the first mention is full, later ones use aliases. */
class Mentions {
  private seen = new Set<string>();
  private rnd: Random;
  constructor(rnd: Random) {
    this.rnd = rnd;
  }
  /** True once `p` has been named in this article. */
  known(p: Person): boolean {
    return this.seen.has(`${p.first} ${p.last}`);
  }
  person(p: Person): string {
    const key = `${p.first} ${p.last}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      if (p.titleBefore) return `${p.title} ${key}`;
      return `${key}, ${p.title}${p.org ? ` ${p.title.startsWith('an economist') ? '' : 'of '}${this.org(p.org)}` : ''},`;
    }
    const r = this.rnd.next();
    if (r < 0.45) return p.last;
    if (r < 0.7) return `${p.honorific} ${p.last}`;
    if (r < 0.8) return `${p.honorific}. ${p.last}`;
    if (r < 0.9 && p.titleBefore) return `${p.title} ${p.last}`;
    return key;
  }
  org(o: Org): string {
    if (!this.seen.has(o.name)) {
      this.seen.add(o.name);
      return `${o.the ? 'the ' : ''}${o.name}${o.acronym ? ` (${o.acronym})` : ''}`;
    }
    const r = this.rnd.next();
    if (o.acronym && r < 0.7) return o.acronym;
    if (r < 0.85) return o.short;
    return `${o.the ? 'the ' : ''}${o.name}`;
  }
}

/** Cleanly end a clause that may already end with a comma (appositive). */
const clause = (s: string) => s.replace(/,$/, '');

function makeArticle(rnd: Random, file: string, format: Format, people: Person[], quotes: Quote[]): Article {
  const m = new Mentions(rnd);
  const cast = rnd.sample(people, rnd.int(2, 5), true);
  const orgs = rnd.sample(ORGS, rnd.int(1, 4), true);
  const mineral = rnd.pickSkewed(MINERALS);
  const [mineral2, mineral3] = rnd.sample(MINERALS.filter((x) => x !== mineral), 2) as [string, string];
  const project = rnd.pick(PROJECTS);
  const place = rnd.pickSkewed(PLACES);
  const day = rnd.pick(DAYS);
  const year = rnd.pick([2024, 2025, 2025, 2026]);
  const month = rnd.int(0, 11);
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  const figures = { money: 0, tonnes: 0, percent: 0, counts: 0 };
  const usedQuotes: Article['quotes'] = [];

  const money = () => {
    figures.money++;
    return rnd.chance(0.5) ? `$${rnd.int(2, 95) / (rnd.chance(0.5) ? 10 : 1)} billion` : `$${fmtInt(rnd.int(5, 900))} million`;
  };
  const tonnes = () => {
    figures.tonnes++;
    return rnd.chance(0.5) ? `${fmtInt(rnd.int(2, 900) * 1000)} tonnes` : `${rnd.int(2, 60)} million tonnes`;
  };
  const percent = () => {
    figures.percent++;
    return rnd.chance(0.6) ? `${rnd.int(2, 85)} percent` : `${rnd.int(1, 40)}.${rnd.int(1, 9)}%`;
  };
  const count = (noun: string) => {
    figures.counts++;
    return `${fmtInt(rnd.int(3, 4000))} ${noun}`;
  };
  const person = () => rnd.pick(cast);
  const org = () => rnd.pick(orgs);
  const quote = (speaker: Person): string => {
    // Prefer a quote this speaker has given before (it recurs across articles); reword some repeats.
    const theirs = quotes.filter((q) => q.speaker === speaker);
    const q = theirs.length > 0 && rnd.chance(0.7) ? rnd.pick(theirs) : rnd.pick(quotes);
    let text = q.text;
    const reworded = rnd.chance(0.35);
    if (reworded) for (const [from, to] of rnd.sample(REWORD, 2)) text = text.replace(from, to);
    usedQuotes.push({ id: q.id, reworded });
    return text;
  };
  const said = (p: Person, text: string): string => {
    const r = rnd.next();
    if (r < 0.4) return `“${text},” ${m.person(p)} said.`;
    if (r < 0.65) return `“${text},” said ${clause(m.person(p))}.`;
    if (r < 0.85 && m.known(p)) return `“${text},” ${p.pronoun} said${rnd.chance(0.5) ? ` on ${day}` : ''}.`;
    return `${clause(m.person(p))} said: “${text}.”`;
  };

  const sentences: Array<() => string> = [
    () => `${capital(m.person(person()))} said ${m.org(org())} had ${rnd.pick(VERBS_PAST)} ${rnd.pick(OBJECTS)} for the ${project} project ${rnd.pick(ADVERBIALS)}.`,
    () => `The ${project} project is expected to cost ${money()} over ${rnd.int(3, 25)} years, according to ${m.org(org())}.`,
    () => `Output of ${mineral} reached ${tonnes()} in ${year - 1}, up ${percent()} from a year earlier, official figures show.`,
    () => `${capital(m.org(org()))} employs ${count('workers')} at ${rnd.pick(PROJECTS)}, and plans to hire ${count('more')} by ${year + rnd.int(1, 4)}.`,
    () => `Exports of ${mineral2} to ${rnd.pick(COUNTRIES)} were worth ${money()} in the last fiscal year, ${percent()} of the sector’s total.`,
    () => `${capital(rnd.pick(STAKE))} have raised questions about ${rnd.sample(CONCERNS, 2).join(' and ')}.`,
    () => `The talks in ${rnd.pick(PLACES)} on ${day} focused on ${rnd.pick(CONCERNS)}, ${rnd.pick(STAKE)} said.`,
    () => `${capital(rnd.pick(COUNTRIES))} has offered ${money()} in financing, while ${rnd.pick(COUNTRIES)} is weighing a stake of about ${percent()}.`,
    () => `Officials said ${count('exploration licences')} had been issued in ${rnd.pick(PLACES)} district since ${MONTHS[rnd.int(0, 11)]}, covering ${fmtInt(rnd.int(100, 60000))} square kilometres.`,
    () => `${capital(m.person(person()))} ${rnd.pick(['told reporters', 'told lawmakers', 'told a news conference', 'wrote in a statement'])} that ${m.org(org())} would publish the terms ${rnd.pick(['within weeks', 'once talks conclude', 'by the end of the year', 'after a cabinet review'])}.`,
    () => `The agreement ${rnd.pick(['covers', 'includes', 'sets out'])} ${mineral}, ${mineral2} and ${mineral3}, with a processing plant planned near ${rnd.pick(PLACES)}.`,
    () => `China refines roughly ${percent()} of the world’s ${mineral2}, a dominance that ${rnd.pick(STAKE)} in ${rnd.pick(['Washington', 'Islamabad', 'Tokyo', 'Brussels'])} want to reduce.`,
    () => `A ${rnd.pick(['spokesperson', 'senior official', 'statement'])} for ${m.org(org())} ${rnd.pick(['declined to comment', 'did not respond to requests for comment', 'confirmed the figures', 'said the timeline was unchanged'])}.`,
    () => `Under the draft terms, ${m.org(org())} would keep ${percent()} of the revenue and the provincial government ${percent()}, ${rnd.pick(['people familiar with the talks said', 'according to a copy seen by reporters', 'officials said'])}.`,
    () => `${capital(rnd.pick(STAKE))} in ${rnd.pick(PLACES)} ${rnd.pick(['welcomed', 'questioned', 'cautiously backed'])} the move, saying ${rnd.pick(CONCERNS)} ${rnd.pick(['had been ignored for years', 'would decide its fate', 'must come first', 'was finally on the agenda'])}.`,
    () => `Pakistan holds an estimated ${money()} worth of untapped ${mineral2} and ${mineral3}, ${rnd.pick(['a figure disputed by some geologists', 'according to government estimates', 'by the reckoning of the planning ministry'])}.`,
    () => `The first consignment of ${fmtInt(rnd.int(2, 90) * 100)} tonnes of ${mineral} left ${rnd.pick(['Karachi port', 'Port Qasim', 'Gwadar'])} in ${MONTHS[rnd.int(0, 11)]}, ${rnd.pick(['bound for Texas', 'bound for Shanghai', 'headed to a refinery in Oman', 'destined for Japanese buyers'])}.`,
    () => `Security remains a concern: ${count('attacks')} on ${rnd.pick(['convoys', 'mining camps', 'survey teams', 'power lines'])} were recorded in ${rnd.pick(['Balochistan', 'Khyber Pakhtunkhwa', 'the border districts'])} last year, ${rnd.pick(STAKE)} noted.`,
    () => `${capital(m.org(org()))} ${rnd.pick(['has appointed', 'is hiring', 'has shortlisted'])} ${count('consultants')} to ${rnd.pick(['map deposits', 'review the contracts', 'design the refinery', 'train local engineers'])} in ${rnd.pick(PLACES)}.`,
    () => `Electricity for the ${rnd.pick(['smelter', 'refinery', 'concentrator', 'processing plant'])} would cost about ${rnd.int(8, 19)} cents a kilowatt-hour, ${rnd.pick(['roughly double the regional average', 'a price investors call uncompetitive', 'below what industry pays today'])}.`,
    () => `In ${MONTHS[rnd.int(0, 11)]} ${year - rnd.int(0, 2)}, ${rnd.pick(COUNTRIES)} ${rnd.pick(['pledged', 'committed', 'set aside'])} ${money()} for ${rnd.pick(['roads and rail links', 'a geological database', 'water supply at the mine', 'a training institute'])} in the region.`,
    () => `The ${rnd.pick(['cabinet', 'National Assembly', 'provincial assembly', 'Senate committee'])} is due to ${rnd.pick(['debate', 'approve', 'review'])} the ${rnd.pick(['mining policy', 'royalty law', 'investment treaty', 'export rules'])} on ${DAYS[rnd.int(0, 6)]}, ${rnd.pick(['a week later than planned', 'amid protests outside', 'after a delay of two months'])}.`,
    () => `About ${count('families')} live within ${rnd.int(2, 40)} kilometres of the ${rnd.pick(['pit', 'tailings dam', 'concession', 'haul road'])}, and ${rnd.pick(['many depend on herding', 'few have piped water', 'most have yet to be consulted', 'some have been offered jobs'])}.`,
  ];

  // The lede first (who did what, where, when), so that names are introduced in full there.
  const lead = person();
  const lede = `${capital(m.person(lead))} on ${day} ${rnd.pick(VERBS_PAST)} ${rnd.pick(OBJECTS)} on ${mineral} with ${m.org(orgs[0]!)}, ${rnd.pick(ADVERBIALS)}.`;
  const style: DatelineStyle = rnd.pick(['colon', 'colon', 'colon', 'bracket', 'dash', 'none'] as const);
  const datelinePlace = place;
  // Sentence skeletons are dealt like cards, so one article repeats a skeleton only after using them all.
  let deck: number[] = [];
  const nextSentence = () => {
    if (deck.length === 0) deck = shuffle(rnd, sentences.map((_, i) => i));
    return sentences[deck.pop()!]!();
  };
  const paragraphs: string[] = [];
  const n = rnd.int(8, 20);
  for (let p = 0; p < n; p++) {
    const parts: string[] = p === 0 ? [`${datelineText(style, datelinePlace)}${lede}`] : [];
    if (p > 0 && rnd.chance(0.3)) {
      const speaker = person();
      parts.push(said(speaker, quote(speaker)));
      if (rnd.chance(0.4)) parts.push(`“${quote(speaker)},” ${speaker.pronoun} added.`);
    } else {
      for (let k = rnd.int(p === 0 ? 0 : 1, p === 0 ? 1 : 3); k > 0; k--) parts.push(nextSentence());
    }
    paragraphs.push(parts.join(' '));
  }

  const title = makeTitle(rnd, lead, orgs[0]!, mineral, project, place);
  const headline = format !== 'txt' || rnd.chance(0.85);
  return {
    file, format, title, headline,
    standfirst: headline && rnd.chance(0.25) ? `${capital(rnd.pick(STAKE))} say ${rnd.pick(CONCERNS)} will decide whether the ${mineral} plan works` : null,
    date, publisher: rnd.pick(PUBLISHERS), url: `https://news.example.com/${year}/${slugish(title)}-${rnd.hex(6)}`,
    author: rnd.chance(0.6) ? `${rnd.pick([...FIRST_M, ...FIRST_F])} ${rnd.pick(SURNAMES)}` : null,
    dateline: { place: datelinePlace, style },
    paragraphs,
    people: [...new Set([lead, ...cast].map((p) => `${p.first} ${p.last}`))],
    orgs: orgs.map((o) => o.name),
    quotes: usedQuotes, figures,
    clutter: [], sidecar: format === 'txt' && rnd.chance(0.15), hardWrapped: format === 'txt' && rnd.chance(0.05), copyOf: null,
  };
}

function datelineText(style: DatelineStyle, place: string): string {
  if (style === 'colon') return `${place.toUpperCase()}: `;
  if (style === 'bracket') return `[${place}] `;
  if (style === 'dash') return `${place.toUpperCase()} — `;
  return '';
}

function makeTitle(rnd: Random, lead: Person, org: Org, mineral: string, project: string, place: string): string {
  const who = rnd.chance(0.5) ? lead.last : org.acronym ?? org.name;
  const templates = [
    () => `${who} ${rnd.pick(['backs', 'questions', 'defends', 'unveils', 'signs'])} ${mineral} deal for ${project}`,
    () => `${capital(mineral)} ${rnd.pick(['exports', 'output', 'prices', 'licences'])} ${rnd.pick(['rise', 'fall', 'stall', 'surge'])} as ${who} ${rnd.pick(['courts', 'woos', 'meets'])} US investors`,
    () => `${place} talks on ${project} ${rnd.pick(['end without deal', 'make progress', 'resume', 'draw protests'])}`,
    () => `Why ${project} matters for ${mineral} supply chains`,
    () => `${rnd.pick(COUNTRIES).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())} ${rnd.pick(['eyes', 'pledges', 'weighs', 'doubles'])} $${rnd.int(2, 900)} million ${rnd.pick(['stake', 'loan', 'bid', 'investment'])} in ${project}`,
    () => `${capital(mineral)} ${rnd.pick(['refinery', 'smelter', 'export terminal', 'survey'])} ${rnd.pick(['planned', 'delayed', 'approved', 'opposed'])} in ${place} ${rnd.pick(['after protests', 'as talks stall', 'amid security fears', 'ahead of budget', 'with US backing'])}`,
    () => `${who} says ${rnd.pick(['Pakistan', 'Balochistan', 'Islamabad'])} ready for ${mineral} investment, ${rnd.int(2, 30)} firms shortlisted`,
  ];
  return rnd.pick(templates)();
}

function syndicate(rnd: Random, original: Article, file: string): Article {
  // The same story as printed by another site: same text, another publisher and its own clutter.
  return { ...original, file, format: 'txt', publisher: rnd.pick(PUBLISHERS), sidecar: true, hardWrapped: false, clutter: [], copyOf: original.file, quotes: [...original.quotes] };
}

function shuffle<T>(rnd: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slugish = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);

// ---------------------------------------------------------------------------------------------
// Rendering to files
// ---------------------------------------------------------------------------------------------

/** Clutter and damage for about a fifth of the articles (recorded on the article). */
function dressUp(rnd: Random, a: Article, paragraphs: string[]): { before: string[]; body: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  const body = [...paragraphs];
  if (!(a.copyOf !== null || rnd.chance(0.2))) return { before, body, after };
  const readMore = () => `Read More: ${rnd.pick(['Pakistan Seeks Global Partners for Mineral Development', 'Islamabad Pushes for US Partnership on Critical Minerals', 'Reko Diq Financing Talks Enter Final Stage', 'Balochistan Leaders Demand Bigger Share of Royalties', 'China Tightens Export Controls on Rare Earths'])}`;
  if (rnd.chance(0.6)) {
    // "Read More: <Headline>" run into a paragraph, as scraped pages do.
    const at = rnd.int(1, body.length - 1);
    const sentencesOf = body[at]!.split(/(?<=[.”]) (?=[A-Z“])/);
    if (sentencesOf.length > 1) {
      sentencesOf.splice(1, 0, readMore());
      body[at] = sentencesOf.join(' ');
      a.clutter.push('read-more-inline');
    } else {
      body.splice(at, 0, readMore());
      a.clutter.push('read-more-line');
    }
  }
  if (rnd.chance(0.4)) {
    before.push(rnd.pick(['Share on Facebook Twitter WhatsApp Email', 'Facebook Twitter WhatsApp LinkedIn Email Print', 'Share this article']));
    a.clutter.push('share-bar');
  }
  if (rnd.chance(0.3)) {
    body.splice(rnd.int(2, body.length - 1), 0, 'Advertisement');
    a.clutter.push('advertisement');
  }
  if (rnd.chance(0.4)) {
    after.push('Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Name*', 'Email*', 'Website', 'Post Comment');
    a.clutter.push('comment-form');
  }
  if (rnd.chance(0.25)) {
    before.unshift(`Copyright ${a.publisher.toLowerCase().replace(/\s+/g, '')}`);
    a.clutter.push('copyright-line');
  }
  if (rnd.chance(0.5)) {
    // Lost line breaks: a function word glued to a neighbour ("signedthe", "theagreement"), a few times in one paragraph.
    const at = rnd.int(0, body.length - 1);
    let glued = 0;
    body[at] = body[at]!.replace(new RegExp(`(?<=\\p{Ll}) (${GLUE.join('|')}) (?=\\p{Ll})`, 'gu'), (all, word: string) => {
      if (glued >= 4 || !rnd.chance(0.5)) return all;
      glued++;
      return rnd.chance(0.5) ? `${word} ` : ` ${word}`;
    });
    if (glued > 0) a.clutter.push('run-together');
  }
  return { before, body, after };
}

function wrap(text: string, width = 72): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function render(rnd: Random, a: Article): string {
  const { before, body, after } = dressUp(rnd, a, a.paragraphs);
  if (a.format === 'md') {
    const fm = [
      '---',
      `title: ${JSON.stringify(a.title)}`,
      `date: ${a.date}`,
      `publisher: ${JSON.stringify(a.publisher)}`,
      `url: ${JSON.stringify(a.url)}`,
      ...(a.author ? [`author: ${JSON.stringify(a.author)}`] : []),
      'lang: en',
      '---',
    ];
    return `${fm.join('\n')}\n\n${[...before, ...body, ...after].join('\n\n')}\n`;
  }
  if (a.format === 'html') {
    const meta = [
      `<meta charset="utf-8">`,
      `<title>${escapeHtml(a.title)} | ${escapeHtml(a.publisher)}</title>`,
      `<meta property="og:site_name" content="${escapeHtml(a.publisher)}">`,
      `<meta property="og:title" content="${escapeHtml(a.title)}">`,
      `<meta property="article:published_time" content="${a.date}T09:00:00+05:00">`,
      `<link rel="canonical" href="${escapeHtml(a.url)}">`,
      ...(a.author ? [`<meta name="author" content="${escapeHtml(a.author)}">`] : []),
    ];
    return [
      '<!DOCTYPE html>',
      '<html lang="en">',
      `<head>\n  ${meta.join('\n  ')}\n  <style>.share a{margin-right:6px}</style>\n</head>`,
      '<body>',
      '  <nav class="site-nav"><a href="/">Home</a> <a href="/business/">Business</a> <a href="/mining/">Mining</a></nav>',
      '  <main>\n    <article>',
      `      <h1>${escapeHtml(a.title)}</h1>`,
      ...(a.author ? [`      <p class="byline">By ${escapeHtml(a.author)}</p>`] : []),
      '      <div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>',
      ...[...before, ...body].map((p) => `      <p>${escapeHtml(p)}</p>`),
      '    </article>',
      '    <aside class="related"><h2>Related stories</h2><ul><li><a href="/mining/">More mining news</a></li></ul></aside>',
      '  </main>',
      `  <footer><p>© ${a.date.slice(0, 4)} ${escapeHtml(a.publisher)}. All rights reserved.</p></footer>`,
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }
  const head = a.headline ? [a.title, ...(a.standfirst ? [a.standfirst] : [])] : [];
  const paragraphs = a.hardWrapped ? body.map((p) => wrap(p)) : body;
  return `${[...before, ...head, ...paragraphs, ...after].join(a.hardWrapped || rnd.chance(0.5) ? '\n\n' : '\n')}\n`;
}

function sidecarYaml(a: Article): string {
  return `publisher: ${a.publisher}\ndate: ${a.date}\nurl: ${a.url}\n`;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** Write the corpus into `dir` (created; default: a new folder under the OS temp dir). Returns the folder and the corpus. */
export async function writeCorpus(n: number, seed = 1, dir?: string): Promise<{ dir: string; corpus: Corpus }> {
  const out = dir ?? (await mkdtemp(path.join(tmpdir(), `sourcebook-corpus-${n}-`)));
  await mkdir(out, { recursive: true });
  const corpus = generateCorpus(n, seed);
  for (const f of corpus.files) await writeFile(path.join(out, f.name), f.data);
  return { dir: out, corpus };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const { dir, corpus } = await writeCorpus(Number(values.n), Number(values.seed), values.out);
  console.log(`${corpus.articles.length} articles (${corpus.files.length} files) in ${dir}`);
}
