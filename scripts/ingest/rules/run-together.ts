/**
 * Cleaning rule: split words that were run together where a line break was lost
 * ("globalforum" → "global forum", "Islamabad’sintent" → "Islamabad’s intent", "over50" → "over 50").
 *
 * Approach
 * - A token is never split when it is a real word: accepted by Hunspell en_US (dictionary-en via nspell,
 *   tried also with British → American spelling variants) or present in sindresorhus' `word-list`
 *   (~274k words, which also carries many British spellings and closed compounds). Tokens in `keep`,
 *   known camel-case brands, all-caps tokens, URLs, e-mails, @handles and #hashtags are never split.
 * - Otherwise the token is segmented into 2 (or 3) pieces, every piece having to be a *trustworthy*
 *   word: 1–2 letter pieces only from a short whitelist; 3–4 letter pieces must be in BOTH Hunspell
 *   and word-list (which removes Hunspell's abbreviations and word-list's Scrabble oddities such as
 *   "ami", "ae"); longer pieces must be in Hunspell (or in word-list when ≥ 6 letters); capitalised
 *   proper nouns must be Hunspell names of ≥ 5 letters. Fewest pieces wins, then the pieces that are
 *   most common (function words > words in both dictionaries > others), then the longest pieces.
 * - Every split is graded. "Strong" splits are always made: a boundary next to a function word ("the",
 *   "and", "of", "now" …, with guards for name shapes such as "Asim", "Atwood", "Anwar"); after a
 *   possessive ’s; between letters and digits; lowercase word + ACRONYM ("expandingUS"); two title
 *   words in camel case ("VicePresident", "SecretaryGeneral"); a capital-only Hunspell name + a common
 *   lowercase word ("Pakistanipolicymakers"). "Weak" splits (two content words: "globalforum",
 *   "Ministerialhosted", other camel case) look exactly like compounds, brands and surnames
 *   ("dailytimes", "livestream", "Sandberg", "PowerPoint"), so they are only made where the text itself
 *   shows lost line breaks: at least EVIDENCE_MIN strong splits within EVIDENCE_WINDOW characters of
 *   them, in the text passed in (the cleaner passes one paragraph at a time). A clean article
 *   therefore comes out untouched.
 * - Also repaired: a lost space after a comma/semicolon before a lowercase word ("Copley,and").
 * - The result only ever inserts single spaces; it is deterministic (no state but memo caches).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

/** A repair: the run-together token as found and what it became. */
export type Repair = { before: string; after: string };

type Speller = { correct(word: string): boolean };
type Dictionary = { speller: Speller; words: Set<string>; forms: Record<string, unknown> | undefined };

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/** Short, very frequent words that glue phrases together; a boundary next to one is a strong signal. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'at', 'on', 'by', 'for', 'from',
  'with', 'into', 'onto', 'upon', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'has', 'have', 'had', 'do', 'does', 'did', 'its', 'it', 'this', 'that', 'these', 'those', 'their',
  'there', 'they', 'them', 'which', 'who', 'whom', 'whose', 'will', 'would', 'can', 'could', 'shall',
  'should', 'may', 'might', 'must', 'such', 'than', 'then', 'not', 'also', 'very', 'more', 'most',
  'about', 'after', 'before', 'between', 'through', 'during', 'against', 'among', 'amid', 'while',
  'where', 'when', 'what', 'how', 'his', 'her', 'our', 'your', 'my', 'we', 'he', 'she', 'you', 'i',
  'us', 'him', 'so', 'if', 'no', 'all', 'any', 'some', 'each', 'both', 'rather', 'still', 'yet',
  'just', 'only', 'even', 'per', 'via', 'within', 'without', 'across', 'toward', 'towards', 'because',
  'although', 'though', 'whether', 'said', 'says', 'now', 'here', 'why', 'too', 'ago', 'once',
  'soon', 'often', 'ever', 'never', 'again', 'every', 'other', 'another', 'many', 'much', 'few',
  'since', 'until', 'unless',
]);

/** Two-letter pieces that are acceptable (besides function words). */
const SHORT_OK: ReadonlySet<string> = new Set(['go', 'me', 'ok', 'ox', 'up']);

/**
 * Particles/prefixes that, as the FIRST piece, usually form a closed compound rather than a lost
 * space ("onboarding", "upskilling", "offtake", "cyberattack"). Such splits are never strong.
 */
const COMPOUND_FIRST: ReadonlySet<string> = new Set([
  'on', 'up', 'off', 'out', 'over', 'under', 'down', 'back', 'by', 'cyber', 'geo', 'eco', 'bio',
  'micro', 'macro', 'mega', 'mini', 'multi', 'inter', 'super', 'hyper', 'ultra', 'extra', 'anti',
  'non', 'pre', 'post', 'self', 'cross', 'counter', 'mid', 'semi', 'euro', 'petro', 'agri', 'agro',
  'techno', 'tele', 'socio', 'neuro', 'near', 'fore', 'after', 'under', 'with', 'head', 'hand',
]);

/** Prefixes that are words on their own ("sub", "over") but, split from a word by a line break, belong to it ("sub-⏎merged" → "submerged"). */
export const LINE_BREAK_PREFIXES: ReadonlySet<string> = new Set([
  ...COMPOUND_FIRST, 'sub', 're', 'un', 'de', 'dis', 'mis', 'inter', 'trans', 'super', 'fore', 'out', 'with',
]);

/**
 * Second pieces that usually head a closed compound or a surname/place name ("policymaking",
 * "friendshoring", "Sandberg", "Westbrook"). Weak splits ending in one of these are not made.
 */
const COMPOUND_LAST: ReadonlySet<string> = new Set([
  'making', 'maker', 'makers', 'shoring', 'based', 'led', 'wide', 'like', 'free', 'less', 'ship',
  'ships', 'hood', 'wise', 'ward', 'wards', 'proof', 'fold', 'scape', 'ware', 'line', 'lines', 'time',
  'times', 'work', 'works', 'way', 'ways', 'field', 'fields', 'force', 'forces', 'point', 'points',
  'side', 'sides', 'room', 'rooms', 'house', 'houses', 'holder', 'holders', 'keeping', 'keeper',
  'keepers', 'building', 'setting', 'sharing', 'taking', 'washing', 'water', 'waters', 'land',
  'lands', 'man', 'men', 'woman', 'women', 'person', 'power', 'craft', 'care', 'stream', 'streams',
  'center', 'centre', 'wood', 'woods', 'berg', 'stein', 'brook', 'stone', 'ton', 'town', 'burg',
  'ville', 'well', 'worth', 'smith', 'ford', 'bury', 'dale', 'ridge', 'port', 'mouth', 'field',
  'son', 'sons', 'hill', 'hall', 'gate', 'bridge', 'castle', 'haven', 'view', 'mont', 'more', 'stan',
  'shire', 'by', 'born', 'man', 'light', 'star', 'book', 'books', 'box', 'net', 'web', 'site',
  'sites', 'spot', 'zone', 'chain', 'chains', 'fire', 'wave', 'waves', 'down', 'up', 'out', 'off',
  'over', 'in', 'on', 'coin', 'coins',
]);

/**
 * Tokens that look like run-together words but are brands/names written in camel case or with
 * digits. Matched case-sensitively; the possessive/plural forms are handled by the caller.
 */
export const CAMEL_CASE_EXCEPTIONS: ReadonlySet<string> = new Set([
  'YouTube', 'PayPal', 'iPhone', 'iPad', 'iPod', 'iOS', 'iCloud', 'iTunes', 'LinkedIn', 'WhatsApp', 'openSUSE',
  'McDonald', 'McDonalds', 'DeepMind', 'OpenAI', 'PowerPoint', 'BlackRock', 'BlackBerry', 'BlackBerrys',
  'PlayStation', 'MasterCard', 'SoundCloud', 'JetBlue', 'SeaWorld', 'WeChat', 'FedEx', 'SpaceX',
  'FaceTime', 'AirPods', 'MacBook', 'eBay', 'TikTok', 'HarperCollins', 'ExxonMobil', 'GlaxoSmithKline',
  'AstraZeneca', 'BioNTech', 'SoftBank', 'CrowdStrike', 'PetroChina', 'NordStream', 'TotalEnergies',
  'WikiLeaks', 'GitHub', 'JavaScript', 'TypeScript', 'SharePoint', 'DreamWorks', 'HarperCollins',
  'PricewaterhouseCoopers', 'ArcelorMittal', 'BlackWater', 'BuzzFeed', 'HuffPost', 'MySpace',
  'WordPress', 'DropBox', 'StarLink', 'SolarWinds', 'CoinBase', 'FireEye', 'CloudFlare', 'LastPass',
  'AirAsia', 'AirBnB', 'EasyJet', 'RyanAir', 'SkyNews', 'NewYorker', 'ChatGPT', 'AliExpress', 'AliPay',
  'WeWork', 'DoorDash', 'GoFundMe', 'KickStarter', 'MacArthur', 'DeSantis', 'DiCaprio', 'LeBron',
  'McCain', 'McConnell', 'McCarthy', 'McKinsey', 'McLaren', 'McMaster', 'MacBook', 'macOS', 'tvOS',
  'watchOS', 'visionOS', 'Web3', 'Web2', 'Web1', 'Covid19', 'COVID19', 'Industry4', 'Vision2030',
  'SkyTruth', 'TechCrunch', 'BlueOrigin', 'TruthSocial', 'ByteDance', 'NetEase', 'SinoPec', 'NetApp',
  'DataBank', 'BioWare', 'StarCraft', 'WarCraft', 'MineCraft', 'PowerShell', 'OneDrive', 'OneNote',
  'XBox', 'PlayBook', 'QuickBooks', 'FreeBSD', 'NatWest', 'GoDaddy', 'SunPower', 'SolarCity',
  'JinkoSolar', 'LongView', 'BlackStone', 'KazMunayGas', 'PetroVietnam', 'SaudiAramco',
]);

/**
 * Words of official titles and institutions. Two of them run together in camel case
 * ("VicePresident", "SecretaryGeneral", "PrimeMinister", "UnitedStates") are a lost line break, not a
 * brand, so such a split is strong; any other camel-case pair is weak (brands look alike).
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Ministry', 'Secretary', 'General', 'Deputy',
  'Chief', 'Executive', 'Director', 'Foreign', 'Finance', 'Federal', 'State', 'States', 'United',
  'Nations', 'Kingdom', 'Department', 'Council', 'Bank', 'Fund', 'Monetary', 'International',
  'National', 'Senator', 'Governor', 'Chairman', 'Chairperson', 'Ambassador', 'Commissioner', 'Under',
  'Assistant', 'Special', 'Senior', 'Army', 'Staff', 'Court', 'Supreme', 'High', 'Justice', 'Attorney',
  'Defence', 'Defense', 'Interior', 'Affairs', 'Commerce', 'Energy', 'Trade', 'Treasury', 'Economic',
  'Parliament', 'Assembly', 'Senate', 'Congress', 'House', 'Representatives', 'Commission', 'Committee',
  'Authority', 'Corporation', 'Development', 'Planning', 'Petroleum', 'Mineral', 'Minerals', 'Resources',
  'Provincial', 'Admiral', 'Marshal', 'Lieutenant', 'Colonel', 'Major', 'Spokesperson',
  'Spokesman', 'Adviser', 'Advisor', 'Envoy', 'Consul', 'Embassy', 'Mission', 'Board', 'Agency',
  'Office', 'Bureau', 'Division', 'Forum', 'Summit', 'Ministerial', 'Critical', 'Global', 'Supply',
  'Transportation', 'Transport', 'Safety', 'Highway', 'Highways', 'Administration', 'Port', 'Police',
  'Coast', 'Guard', 'Corps', 'Engineers', 'Service', 'Services', 'Institute', 'University', 'Public',
  'Health', 'Works', 'Transit', 'Emergency', 'Management', 'Homeland', 'Security', 'Reserve', 'Open',
  'Market', 'Central', 'Olympic', 'Olympics', 'Games', 'Labour', 'Labor', 'Conservative', 'Party',
]);

/** Verbs of speech: a capitalised name run into one ("Mooresaid") lost a space, it is not one name. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'noted', 'stressed']);

/** Name particles after which a capital is part of the same name ("McDonald", "DeLauro", "O’Brien"). */
const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'Mc', 'Mac', 'De', 'Di', 'Da', 'Du', 'Le', 'La', 'Van', 'Von', 'Del', 'Della', 'St', 'Fitz', 'Al',
  'El', 'Ben', 'Abu', 'Bin',
]);

/** Letters after digits that are units/ordinals, not words ("31st", "10am", "5km", "1990s"). */
const UNIT_SUFFIXES: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 's', 'am', 'pm', 'km', 'kg', 'mg', 'ml', 'cm', 'mm', 'ft', 'in', 'yr', 'yrs',
  'gb', 'mb', 'tb', 'kb', 'ghz', 'mhz', 'hz', 'mah', 'mph', 'kmh', 'kph', 'bn', 'mn', 'tn', 'mw', 'gw',
  'kw', 'kwh', 'mwh', 'gwh', 'twh', 'bps', 'kbps', 'mbps', 'gbps', 'fps', 'dpi', 'ppm', 'ppb', 'sqft',
  'sqm', 'mins', 'secs', 'hrs', 'lbs', 'kgs', 'tons', 'tonnes', 'bbl', 'bpd', 'mtpa', 'sec', 'min',
]);

/**
 * Capitalised function words that make a strong split at the start of a Title-case token
 * ("Thehigh-level"). Short ones such as "A", "As", "His", "In", "At" are left out on purpose: they
 * begin too many names ("Aslam", "Asim", "Hisham", "Inman", "Atwood").
 */
const TITLE_STRONG_FIRST: ReadonlySet<string> = new Set([
  'The', 'This', 'These', 'Those', 'Their', 'There', 'That', 'When', 'While', 'Where', 'Which',
  'What', 'Both', 'Such', 'Some', 'Many', 'Most', 'They', 'Although', 'However', 'Into', 'From',
  'With', 'After', 'Before', 'During', 'Between', 'Among', 'Also',
]);

/** How far (in characters) to look for evidence of lost line breaks around a weak candidate. */
export const EVIDENCE_WINDOW = 1500;
/** How many strong splits must be within the window before weak (content + content) splits are made. */
export const EVIDENCE_MIN = 2;
/** Longest letter run that is considered for segmentation. */
const MAX_TOKEN = 40;

// ---------------------------------------------------------------------------------------------
// Dictionary (loaded once, synchronously, on first use)
// ---------------------------------------------------------------------------------------------

let dictionary: Dictionary | undefined;
let loadMs = 0;

/** Load Hunspell en_US (dictionary-en + nspell) and word-list once; returns the cached instance. */
export function loadDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  // dictionary-en's own entry point uses top-level await; read its two files directly instead.
  const dictDir = path.dirname(require.resolve('dictionary-en'));
  const aff = fs.readFileSync(path.join(dictDir, 'index.aff'));
  const dic = fs.readFileSync(path.join(dictDir, 'index.dic'));
  const nspell = require('nspell') as (aff: Buffer, dic: Buffer) => Speller;
  const speller = nspell(aff, dic);
  const words = new Set<string>();
  for (const line of fs.readFileSync(wordListPath, 'utf8').split('\n')) {
    const w = line.trim();
    if (w) words.add(w);
  }
  // nspell expands every affixed form into `data` when it loads; when that table is there it is used
  // only as a fast negative pre-check (a form absent from it in every casing cannot be correct).
  const data = (speller as unknown as { data?: unknown }).data;
  const forms = data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  dictionary = { speller, words, forms };
  loadMs = performance.now() - started;
  return dictionary;
}

/** Milliseconds the dictionary load took (0 before it is loaded). */
export function dictionaryLoadMs(): number {
  return loadMs;
}

// ---------------------------------------------------------------------------------------------
// Word tests
// ---------------------------------------------------------------------------------------------

const BRITISH_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/isation/g, 'ization'],
  [/is(e|es|ed|ing|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|ful|able|ably|less|er|ers)?$/, 'or$1'],
  [/our(?=i|a)/g, 'or'],
  [/tre(s|d)?$/, 'ter$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ogue(s)?$/, 'og$1'],
  [/mme(s)?$/, 'm$1'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/dgement/g, 'dgment'],
];
/** Cheap test: can any British rule apply at all? */
const BRITISH_HINT = /isation|is(?:e|es|ed|ing|er|ers)$|ys(?:e|es|ed|ing)$|our|tre[sd]?$|ences?$|ll(?:ed|ing|ers?)$|ogues?$|mmes?$|ae|oe|dgement/;

/** American spellings to try for a British-spelled lowercase word ("prioritisation" → "prioritization"). */
export function britishVariants(lower: string): string[] {
  if (!BRITISH_HINT.test(lower)) return [];
  const out: string[] = [];
  let all = lower;
  for (const [re, rep] of BRITISH_RULES) {
    const v = lower.replace(re, rep);
    if (v !== lower) out.push(v);
    all = all.replace(re, rep);
  }
  if (all !== lower && !out.includes(all)) out.push(all);
  return out;
}

function nspellCorrect(word: string): boolean {
  const { speller, forms } = loadDictionary();
  // Fast negative: nspell accepts `word` only if it, its lowercase or its sentence case is a known
  // form (or, for ordinals, a compound rule matches, which needs a digit).
  if (forms && !(word in forms) && !/\d/.test(word)) {
    const lower = word.toLowerCase();
    if (lower === word) return false;
    if (!(lower in forms) && !(`${word.charAt(0)}${lower.slice(1)}` in forms)) return false;
  }
  return speller.correct(word);
}

/** Hunspell acceptance (case as given), with curly apostrophes normalised and British variants tried. */
function hunspell(word: string): boolean {
  const norm = word.includes('’') ? word.replace(/’/g, "'") : word;
  if (nspellCorrect(norm)) return true;
  if (isLower(norm)) return britishVariants(norm).some(nspellCorrect);
  if (isTitle(norm)) return britishVariants(norm.toLowerCase()).some(nspellCorrect);
  return false;
}

function inWordList(lower: string): boolean {
  return loadDictionary().words.has(lower);
}

/** Bounded memo: cleared when it grows past `limit`, so a long-running ingest does not leak. */
class Memo<V> {
  private map = new Map<string, V>();
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
}

const realMemo = new Memo<boolean>(200_000);

/**
 * Is `token` a real word (never to be split)? Accepted by Hunspell (any case it allows, British
 * variants too) or present in word-list; possessive ’s / 's is stripped first.
 */
export function isWord(token: string): boolean {
  let hit = realMemo.get(token);
  if (hit !== undefined) return hit;
  const base = token.replace(/['’][sS]$/, '');
  const lower = base.toLowerCase();
  hit = inWordList(lower) || inWordList(lower.replace(/’/g, "'")) || hunspell(token) || hunspell(base);
  if (!hit && isUpper(base)) hit = hunspell(lower);
  realMemo.set(token, hit);
  return hit;
}

type PieceKind = 'function' | 'common' | 'word' | 'proper' | 'acronym' | 'possessive';
type Piece = { text: string; kind: PieceKind; weight: number };

// Case tests for letter strings (tokens here contain letters and at most an apostrophe).
const isLower = (s: string): boolean => s.length > 0 && s === s.toLowerCase() && s !== s.toUpperCase();
const isUpper = (s: string): boolean => s.length > 0 && s === s.toUpperCase() && s !== s.toLowerCase();
const isTitle = (s: string): boolean => s.length > 1 && isUpper(s.charAt(0)) && isLower(s.slice(1));

/** Classify a lowercase (or lower-cased Title) piece, or return null when it is not trustworthy. */
function lowerPiece(lower: string): PieceKind | null {
  if (FUNCTION_WORDS.has(lower)) return 'function';
  if (lower.length <= 2) return SHORT_OK.has(lower) ? 'common' : null;
  const wl = inWordList(lower);
  // 3–4 letters: both dictionaries must agree (drops "ami", "ae", "pk", "int" …).
  if (lower.length <= 4) return wl && nspellCorrect(lower) ? 'common' : null;
  if (wl) return lower.length >= 6 || hunspell(lower) ? 'common' : null;
  return hunspell(lower) ? 'word' : null;
}

const WEIGHT: Readonly<Record<PieceKind, number>> = {
  function: 3,
  common: 2,
  possessive: 2,
  proper: 2,
  acronym: 2,
  word: 1,
};

/** Is `p` an acceptable piece of a segmentation? Returns its kind and weight, or null. */
function piece(p: string): Piece | null {
  let kind: PieceKind | null = null;
  let weight = 0;
  if (p.includes("'") || p.includes('’')) {
    // Only a possessive ’s (or a contraction Hunspell knows, "don’t") may carry an apostrophe.
    const m = /^(\p{L}+)['’]([sS])$/u.exec(p);
    if (m && m[1] !== undefined) {
      const base = piece(m[1]);
      if (base && base.kind !== 'function') kind = 'possessive';
    } else if (/^\p{Ll}+['’]\p{Ll}+$/u.test(p) && hunspell(p)) {
      kind = 'function';
    }
  } else if (p.length === 1) {
    // Single letters weigh less than other function words so that "as well" beats "a swell".
    if (p === 'a' || p === 'A' || p === 'I') {
      kind = 'function';
      weight = 2;
    }
  } else if (isLower(p) || isTitle(p)) {
    const lower = p.toLowerCase();
    kind = lowerPiece(lower);
    // A proper noun Hunspell knows only capitalised ("Islamabad", "Pakistani"); short ones are
    // too often the first half of a surname ("Stan", "Kirk", "Hart").
    if (!kind && p.length >= 5 && isTitle(p) && hunspell(p)) kind = 'proper';
  } else if (isUpper(p) && p.length >= 2 && p.length <= 5) {
    // An acronym that Hunspell knows in capitals only: US, UK, EU, UN, NATO, UAE …
    if (p === 'US' || p === 'UK' || p === 'EU' || p === 'UN') kind = 'acronym';
    else if (hunspell(p) && !isWord(p.toLowerCase())) kind = 'acronym';
  }
  if (!kind) return null;
  return { text: p, kind, weight: weight || WEIGHT[kind] };
}

// ---------------------------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------------------------

type Segmentation = { pieces: Piece[]; strong: boolean };

function score(pieces: Piece[]): [number, number] {
  let w = 0;
  let sq = 0;
  for (const p of pieces) {
    w += p.weight;
    sq += p.text.length * p.text.length;
  }
  return [w, sq];
}

/** Fewest pieces, then most common pieces, then the longest pieces (largest sum of squares). */
function better(a: Piece[], b: Piece[] | undefined): boolean {
  if (!b) return true;
  if (a.length !== b.length) return a.length < b.length;
  const [aw, as] = score(a);
  const [bw, bs] = score(b);
  if (aw !== bw) return aw > bw;
  return as > bs;
}

const LETTER = /\p{L}/u;

/** Best segmentation of a letter token (with optional internal ’s) into 2–3 trusted pieces. */
function bestSegmentation(token: string): Piece[] | undefined {
  const n = token.length;
  // Cut only between two letters (never next to an apostrophe).
  const cuttable: boolean[] = [];
  for (let i = 1; i < n; i++) cuttable[i] = LETTER.test(token.charAt(i - 1)) && LETTER.test(token.charAt(i));
  const prefix: Array<Piece | null> = [];
  const suffixMemo: Array<Piece | null | undefined> = [];
  const suffix = (i: number): Piece | null => {
    let p = suffixMemo[i];
    if (p === undefined) {
      p = cuttable[i] ? piece(token.slice(i)) : null;
      suffixMemo[i] = p;
    }
    return p;
  };
  for (let i = 1; i < n; i++) prefix[i] = cuttable[i] ? piece(token.slice(0, i)) : null;
  let best: Piece[] | undefined;
  for (let i = 1; i < n; i++) {
    const first = prefix[i];
    if (!first) continue;
    const second = suffix(i);
    if (!second) continue;
    const cand = [first, second];
    if (acceptableSequence(cand) && better(cand, best)) best = cand;
  }
  if (best) return best;
  // Three pieces only with a function word among them ("suchascopper"): a line that short is rare,
  // and three content words in a row are more often a compound or a name.
  for (let i = 1; i < n; i++) {
    const first = prefix[i];
    if (!first) continue;
    for (let j = i + 1; j < n; j++) {
      const last = suffix(j);
      if (!last) continue;
      const midText = token.slice(i, j);
      if (first.kind !== 'function' && last.kind !== 'function' && !FUNCTION_WORDS.has(midText.toLowerCase())) continue;
      const mid = piece(midText);
      if (!mid) continue;
      const cand = [first, mid, last];
      if (acceptableSequence(cand) && better(cand, best)) best = cand;
    }
  }
  return best;
}

const VOWEL_START = /^[aeiouAEIOU]/;

/** Sequence-level sanity: "a" before a consonant, "an" before a vowel; no short all-function tokens. */
function acceptableSequence(pieces: Piece[]): boolean {
  for (let k = 0; k < pieces.length - 1; k++) {
    const cur = pieces[k];
    const next = pieces[k + 1];
    if (!cur || !next) return false;
    const lc = cur.text.toLowerCase();
    // "a" only before a consonant-initial word of 5+ letters ("anotable"); "async", "abra", "amax" stay.
    if (lc === 'a' && (VOWEL_START.test(next.text) || next.text.length < 5)) return false;
    if (lc === 'an' && !VOWEL_START.test(next.text)) return false;
  }
  // The article run into the word before it follows a function word ("wasa", "fora"); a word or name ending in "a" is one
  // word ("fromMariona" is "from Mariona", never "from Marion a"; "plata" is no "plat a").
  const tail = pieces.at(-1);
  if (tail && /^an?$/i.test(tail.text) && pieces.at(-2)?.kind !== 'function') return false;
  // Only function words: "tothe", "atthe", "inthe" yes; 4-letter "init", "isit", "asif" no.
  if (pieces.every((p) => p.kind === 'function') && (pieces.length > 2 || pieces.reduce((n, p) => n + p.text.length, 0) < 5)) {
    return false;
  }
  // A proper noun is only acceptable at the start of the token, after a possessive or a case change.
  if (pieces.some((p, k) => k > 0 && p.kind === 'proper' && pieces[k - 1]?.kind !== 'possessive' && !isCamelBoundary(pieces[k - 1]?.text ?? '', p.text))) {
    return false;
  }
  return true;
}

function isCamelBoundary(left: string, right: string): boolean {
  return /\p{Ll}$/u.test(left) && /^\p{Lu}/u.test(right);
}

/** Grade a chosen segmentation: strong splits are made anywhere, weak ones need nearby evidence. */
function grade(token: string, pieces: Piece[]): Segmentation | undefined {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return undefined;
  const bareOf = (p: Piece): string => p.text.replace(/['’][sS]$/, '');
  const titleToken = isTitle(token.replace(/['’]/g, ''));
  const camelAt = (k: number): boolean => k > 0 && isCamelBoundary(pieces[k - 1]?.text ?? '', pieces[k]?.text ?? '');
  const camel = pieces.some((_, k) => camelAt(k));

  // Camel case after a name particle is one name (McDonald, DeLauro, VanDyke).
  if (camel && NAME_PREFIXES.has(first.text)) return undefined;

  let strong = true;
  for (let k = 0; k < pieces.length - 1; k++) {
    const a = pieces[k];
    const b = pieces[k + 1];
    if (!a || !b) return undefined;
    let edge = false;
    if (a.kind === 'possessive') {
      edge = true;
    } else if (camelAt(k + 1)) {
      // "expandingUS": lowercase word + acronym; "VicePresident": two title words. Any other camel
      // case pair is weak (brands look alike: "PowerPoint", "BlackRock").
      edge = (b.kind === 'acronym' && isLower(a.text) && a.text.length >= 4) || (TITLE_WORDS.has(a.text) && TITLE_WORDS.has(b.text))
        // "thePort", "ofBaltimore": a lowercase function word run into a capitalised word.
        || (a.kind === 'function' && isLower(a.text) && a.text.length >= 2 && b.kind !== 'function' && bareOf(b).length >= 3);
    } else if (k === 0 && a.kind === 'proper' && isLower(b.text)) {
      // "Pakistanipolicymakers": a name Hunspell knows only capitalised + a common lowercase word.
      edge = ((b.kind === 'common' || b.kind === 'word') && b.text.length >= 5 && !COMPOUND_LAST.has(b.text)) || SPEECH_VERBS.has(b.text);
    } else if (a.kind === 'function' || b.kind === 'function') {
      edge = true;
      // Particle + content ("onboarding", "upskilling") is a compound far more often than a join.
      if (k === 0 && COMPOUND_FIRST.has(a.text.toLowerCase()) && b.kind !== 'function') edge = false;
      if (k === 0 && titleToken && a.kind === 'function') {
        // Title-case tokens starting with a short function word are names too often ("Atwood",
        // "Inman", "Aslam"); only a few sentence openers followed by a real word count.
        if (!TITLE_STRONG_FIRST.has(a.text) || bareOf(b).length < 4 || COMPOUND_LAST.has(bareOf(b).toLowerCase())) {
          edge = false;
        }
      }
      // A Title-case content word followed by a function word ("Hardin", "Curtis") is a name shape,
      // unless it is a name Hunspell knows followed by a verb of speech ("Mooresaid").
      if (k === 0 && titleToken && a.kind !== 'function' && b.kind === 'function') edge = a.kind === 'proper' && SPEECH_VERBS.has(b.text);
    }
    if (!edge) strong = false;
  }
  if (strong) return { pieces, strong };

  // Weak candidates: guard against compounds and surname/place shapes.
  if (camel) {
    // Two capitalised words ("VicePresident", "PrimeMinister", "NewDelhi"); brands are excluded earlier.
    for (const p of pieces) if (p.kind !== 'acronym' && bareOf(p).length < 3) return undefined;
    return { pieces, strong: false };
  }
  // Only function words ("Asif" → "As if") is a name shape, not a join of content words.
  if (!pieces.some((p) => p.kind !== 'function' && bareOf(p).length >= 5)) return undefined;
  if (COMPOUND_FIRST.has(first.text.toLowerCase())) return undefined;
  if (COMPOUND_LAST.has(bareOf(last).toLowerCase())) return undefined;
  for (const p of pieces) {
    if (p.kind !== 'function' && p.kind !== 'acronym' && bareOf(p).length < 5) return undefined;
  }
  return { pieces, strong: false };
}

// ---------------------------------------------------------------------------------------------
// Text scanning
// ---------------------------------------------------------------------------------------------

type Candidate = { start: number; cuts: number[]; before: string; after: string; strong: boolean };

/**
 * A person's title before a name run into it ("software chiefCraig Federighi", "PresidentVolodymyr"). Capitalised, the
 * generic ones (head, leader, officer, founder, executive) are left out: "LeaderBoard" is a name of its own.
 */
const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'chief', 'president', 'minister', 'secretary', 'governor', 'director', 'senator', 'mayor', 'chairman', 'chairwoman', 'chair',
  'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'commissioner', 'officer', 'founder', 'executive', 'head', 'leader',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'premier',
]);
const GENERIC_TITLES: ReadonlySet<string> = new Set(['head', 'leader', 'officer', 'founder', 'executive']);

/** A lower-case word that may stand before a name a lost space ran into it: a function word, a verb of saying, a title. */
const beforeName = (w: string) => FUNCTION_WORDS.has(w) || SPEECH_VERBS.has(w) || PERSONAL_TITLES.has(w);

/**
 * Shapes a lost space leaves around a name or an acronym, which the dictionary cannot segment: a pattern with the two
 * sides as groups, and what the sides must be for the split to be made.
 */
const LOST_SPACE_SHAPES: readonly { pattern: RegExp; splits: (left: string, right: string) => boolean }[] = [
  // "saidKarim", "theNTSB’s", "chiefCraig": a lower-case word, then a capitalised name or an acronym;
  // "groupRepublic", "includingGrupo": a word of four letters or more, then a capitalised word (brands start short: "iPhone", "eBay").
  { pattern: /(?<![\p{L}\p{N}])(\p{Ll}{2,})(\p{Lu}(?:\p{Ll}{2,}|\p{Lu}+)(?:[’']s)?)(?![\p{L}\p{N}])/gu, splits: (left, right) => beforeName(left) || (left.length >= 4 && /^\p{Lu}\p{Ll}/u.test(right) && isWord(left)) },
  // "board,”Satya": a quotation closed after its punctuation, then the next sentence's first word.
  { pattern: /(?<![\p{L}\p{N}])(\p{L}+[.,;:!?]["”’])(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu, splits: () => true },

  // "NHKall": an acronym, then a function word or verb of saying.
  { pattern: /(?<![\p{L}\p{N}])(\p{Lu}{2,})(\p{Ll}{2,})(?![\p{L}\p{N}])/gu, splits: (_, right) => FUNCTION_WORDS.has(right) || SPEECH_VERBS.has(right) },
  // "governor,Robert": a comma or semicolon before a capitalised name.
  { pattern: /(?<![\p{L}\p{N}])(\p{Ll}{2,}[,;])(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu, splits: () => true },
  // "aniPhone", "ofiOS": a lower-case word, then a name that starts in lower case and goes on in capitals.
  { pattern: /(?<![\p{L}\p{N}])(\p{Ll}+)(\p{Ll}\p{Lu}\p{L}+)(?![\p{L}\p{N}])/gu, splits: (left) => beforeName(left) },
  // "PresidentVolodymyr": a person's title, capitalised, then the name.
  {
    pattern: /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu,
    splits: (left) => PERSONAL_TITLES.has(left.toLowerCase()) && !GENERIC_TITLES.has(left.toLowerCase()),
  },
];

const URLISH = /(?:^[#@]|@|:\/\/|www\.|^https?:|\.(?:com|org|net|gov|edu|io|co|info|biz|tv|ly|pk|uk|us|in|me|ai|app|dev)(?:\b|\/|$)|\/\/)/i;

const keepLowerCache = new WeakMap<ReadonlySet<string>, { size: number; lower: Set<string> }>();

function keepHas(keep: ReadonlySet<string> | undefined, token: string): boolean {
  if (!keep || keep.size === 0) return false;
  const bare = token.replace(/['’][sS]$/, '');
  if (keep.has(token) || keep.has(bare)) return true;
  let entry = keepLowerCache.get(keep);
  if (!entry || entry.size !== keep.size) {
    entry = { size: keep.size, lower: new Set([...keep].map((k) => k.toLowerCase())) };
    keepLowerCache.set(keep, entry);
  }
  return entry.lower.has(token.toLowerCase()) || entry.lower.has(bare.toLowerCase());
}

type Analysis = { cuts: number[]; strong: boolean };
const analysisMemo = new Memo<Analysis | null>(100_000);

/** Decide how (if at all) one token should be split. Returns cut offsets relative to the token. */
function analyseToken(token: string, keep: ReadonlySet<string> | undefined): Analysis | undefined {
  if (token.length < 4 || token.length > MAX_TOKEN) return undefined;
  if (keepHas(keep, token)) return undefined;
  let res = analysisMemo.get(token);
  if (res === undefined) {
    res = analyse(token) ?? null;
    analysisMemo.set(token, res);
  }
  return res ?? undefined;
}

function analyse(token: string): Analysis | undefined {
  const bare = token.replace(/['’][sS]$/, '');
  if (CAMEL_CASE_EXCEPTIONS.has(token) || CAMEL_CASE_EXCEPTIONS.has(bare)) return undefined;
  if (CAMEL_CASE_EXCEPTIONS.has(bare.replace(/s$/, ''))) return undefined;

  // Letters and digits: "over50" → "over 50", "50countries" → "50 countries".
  if (/\p{N}/u.test(token)) {
    const ld = /^(\p{L}+)(\p{N}+)$/u.exec(token);
    if (ld && ld[1] && ld[2]) {
      const letters = ld[1];
      if (isUpper(letters) || !(isLower(letters) || isTitle(letters))) return undefined;
      if (letters.length < 2) return undefined;
      if (letters.length === 2 && !FUNCTION_WORDS.has(letters.toLowerCase())) return undefined;
      if (!piece(letters)) return undefined;
      return { cuts: [letters.length], strong: true };
    }
    const dl = /^(\p{N}+)(\p{L}+)$/u.exec(token);
    if (dl && dl[1] && dl[2]) {
      const letters = dl[2];
      if (letters.length < 4 || UNIT_SUFFIXES.has(letters.toLowerCase())) return undefined;
      if (!(isLower(letters) || isTitle(letters))) return undefined;
      const p = piece(letters);
      if (!p || (p.kind !== 'common' && p.kind !== 'proper' && p.kind !== 'function')) return undefined;
      return { cuts: [dl[1].length], strong: true };
    }
    return undefined;
  }

  // No lowercase letter at all: headline/acronym text, leave alone.
  if (!/\p{Ll}/u.test(token)) return undefined;
  if (isWord(token)) return undefined;
  // Lowercase start followed by capitals (iPhone, eBay, mRNA) is a brand/term shape.
  if (/^\p{Ll}\p{Lu}/u.test(token)) return undefined;
  // Starts with an acronym ("USofficials", "APIs", "NGOs", "JPMorgan"): only a known acronym
  // followed by a lowercase word of 4+ letters is split, and only weakly.
  const acr = /^(\p{Lu}{2,})(\p{Ll}[\p{Ll}'’]*)$/u.exec(token);
  if (/^\p{Lu}{2}/u.test(token)) {
    if (!acr || !acr[1] || !acr[2]) return undefined;
    const head = piece(acr[1]);
    const rest = piece(acr[2]);
    if (!head || head.kind !== 'acronym' || !rest || acr[2].replace(/['’]s$/, '').length < 4) return undefined;
    if (rest.kind !== 'common' && rest.kind !== 'function' && rest.kind !== 'possessive') return undefined;
    return { cuts: [acr[1].length], strong: false };
  }

  const pieces = bestSegmentation(token);
  if (!pieces) return undefined;
  const graded = grade(token, pieces);
  if (!graded) return undefined;
  const cuts: number[] = [];
  let offset = 0;
  for (let k = 0; k < pieces.length - 1; k++) {
    offset += pieces[k]?.text.length ?? 0;
    cuts.push(offset);
  }
  return { cuts, strong: graded.strong };
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const PUNCT_JOIN = /(\p{L}*\p{Ll}\p{Ll})([,;])(\p{Ll}+)/gu;

function collectCandidates(text: string, keep: ReadonlySet<string> | undefined): Candidate[] {
  const out: Candidate[] = [];
  const chunkRe = /\S+/g;
  let chunk: RegExpExecArray | null;
  let previous = '';
  while ((chunk = chunkRe.exec(text)) !== null) {
    const c = chunk[0];
    const afterCopyright = /^(?:copyright|©|\(c\))$/i.test(previous);
    previous = c;
    // "Copyright thenews", "© dailytimes": a publisher's handle, not words.
    if (c.length < 4 || afterCopyright) continue;
    if (/[#@:/.]/.test(c) && URLISH.test(c)) continue;
    if (keep && keep.size > 0) {
      const core = c.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (keepHas(keep, core)) continue;
    }
    const base = chunk.index;

    // "Copley,and": a lost space after a comma/semicolon before a lowercase word.
    if (/[,;]\p{Ll}/u.test(c) && !/\p{N}/u.test(c) && !/[=/\\]/.test(c)) {
      PUNCT_JOIN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PUNCT_JOIN.exec(c)) !== null) {
        const left = m[1] ?? '';
        const punct = m[2] ?? '';
        const right = m[3] ?? '';
        const p = piece(right);
        if (!p || p.kind === 'proper' || keepHas(keep, `${left}${punct}${right}`)) continue;
        const strong = p.kind === 'function';
        if (!strong && right.length < 5) continue;
        const start = base + m.index;
        out.push({
          start,
          cuts: [left.length + punct.length],
          before: `${left}${punct}${right}`,
          after: `${left}${punct} ${right}`,
          strong,
        });
      }
    }

    TOKEN.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = TOKEN.exec(c)) !== null) {
      const token = t[0];
      const res = analyseToken(token, keep);
      if (!res) continue;
      let after = '';
      let prev = 0;
      for (const cut of res.cuts) {
        after += `${token.slice(prev, cut)} `;
        prev = cut;
      }
      after += token.slice(prev);
      out.push({ start: base + t.index, cuts: res.cuts, before: token, after, strong: res.strong });
    }
    // "governmentannounced": a word of six letters or more run into a verb in the past tense (never after a prefix:
    // "undercounted", "counterattacked" are one word).
    const past = /^[\p{Ll}]{12,}ed$/u.test(c) && !isWord(c) ? pastAfterWord(c) : -1;
    if (past > 0) putStrong(out, { start: base, cuts: [past], before: c, after: `${c.slice(0, past)} ${c.slice(past)}`, strong: true });
    // Shapes a lost space leaves around a name or an acronym, which the dictionary cannot segment.
    // (Never inside code quoted in the text: "{globalThis.pwned = true}" is an identifier, not "global This".)
    const code = /[{}()<>=]|\.\p{Ll}/u.test(c);
    for (const { pattern, splits } of code ? [] : LOST_SPACE_SHAPES) {
      for (const m of c.matchAll(pattern)) {
        const [whole, left, right] = m as unknown as [string, string, string];
        if (keepHas(keep, whole.replace(/[’']s$/, '')) || !splits(left, right)) continue;
        putStrong(out, { start: base + m.index!, cuts: [left.length], before: whole, after: `${left} ${right}`, strong: true });
      }
    }
  }
  return out;
}

/** Add a strong reading of a token: the dictionary's own strong reading of the same token, when it has one, stands; a weak one gives way. */
function putStrong(out: Candidate[], candidate: Candidate): void {
  const other = out.findIndex((x) => x.start === candidate.start);
  if (other >= 0 && out[other]!.strong) return;
  if (other >= 0) out.splice(other, 1);
  out.push(candidate);
}

/** Where a word of six letters or more ends and a past-tense verb of six or more begins in `token`, or -1. */
function pastAfterWord(token: string): number {
  for (let cut = 6; cut <= token.length - 6; cut++) {
    const [left, right] = [token.slice(0, cut), token.slice(cut)];
    if (!COMPOUND_FIRST.has(left) && isWord(left) && isWord(right)) return cut;
  }
  return -1;
}

/**
 * Split tokens that are two (or three) real words run together where a line break was lost.
 * `keep` holds tokens that must never be split (names and other words seen as-is elsewhere in the corpus).
 */
export function splitRunTogether(text: string, keep?: ReadonlySet<string>, seen?: Vocabulary): { text: string; repairs: Repair[] } {
  loadDictionary();
  const candidates = collectCandidates(text, keep);
  if (seen) {
    // What the text's own vocabulary supports replaces a weaker reading of the same token.
    const supported = seenCandidates(text, seen);
    const at = new Set(supported.map((c) => c.start));
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !at.has(c.start)), ...supported);
    candidates.sort((a, b) => a.start - b.start);
  }
  if (candidates.length === 0) return { text, repairs: [] };

  const strongPositions = candidates.filter((c) => c.strong).map((c) => c.start).sort((a, b) => a - b);
  const countNear = (pos: number): number => {
    // strongPositions is sorted (candidates are collected left to right).
    const lo = lowerBound(strongPositions, pos - EVIDENCE_WINDOW);
    const hi = lowerBound(strongPositions, pos + EVIDENCE_WINDOW + 1);
    return hi - lo;
  };
  const accepted = candidates.filter((c) => c.strong || countNear(c.start) >= EVIDENCE_MIN);
  if (accepted.length === 0) return { text, repairs: [] };

  const inserts = new Set<number>();
  for (const c of accepted) for (const cut of c.cuts) inserts.add(c.start + cut);
  const sorted = [...inserts].sort((a, b) => a - b);
  let out = '';
  let prev = 0;
  for (const pos of sorted) {
    out += `${text.slice(prev, pos)} `;
    prev = pos;
  }
  out += text.slice(prev);
  return { text: out, repairs: accepted.map((c) => ({ before: c.before, after: c.after })) };
}

/** Names and two-word names seen written apart in the article or corpus ("Moore", "Key Bridge"): its own vocabulary. */
export type Vocabulary = { names: ReadonlySet<string>; pairs: ReadonlySet<string> };

/** Collect the capitalised words and capitalised word pairs of a text, as written. */
export function vocabularyOf(texts: readonly string[]): Vocabulary {
  const names = new Set<string>();
  const pairs = new Set<string>();
  for (const text of texts) {
    const words = text.split(/[^\p{L}'’-]+/u).filter(Boolean);
    words.forEach((w, i) => {
      // An acronym written on its own ("FTX", "NTSB") is a name the text knows too.
      if (/^\p{Lu}{2,6}$/u.test(w.replace(/['’]s$/, ''))) names.add(w.replace(/['’]s$/, ''));
      if (!isTitle(w.replace(/['’]s$/, '')) || FUNCTION_WORDS.has(w.toLowerCase())) return;
      names.add(w.replace(/['’]s$/, ''));
      const next = words[i + 1]?.replace(/['’]s$/, '');
      if (next && isTitle(next)) pairs.add(`${w} ${next}`);
    });
  }
  return { names, pairs };
}

/**
 * Splits the text's own vocabulary supports, made even without other evidence: a camel-case token whose
 * halves are written apart elsewhere ("KeyBridge" where "Key Bridge" is seen), and a name seen on its
 * own run into a lowercase function word or verb ("Mooresaid" where "Moore" is seen).
 */
function seenCandidates(text: string, seen: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const token = m[0];
    if (token.length < 5 || CAMEL_CASE_EXCEPTIONS.has(token)) continue;
    const camel = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(token);
    if (camel && seen.pairs.has(`${camel[1]} ${camel[2]}`)) {
      out.push({ start: m.index, cuts: [camel[1]!.length], before: token, after: `${camel[1]} ${camel[2]}`, strong: true });
      continue;
    }
    // "NeighbouringAlgeria": a capitalised common word (a sentence's first) run into a name the text writes on its own that is no word.
    if (camel && seen.names.has(camel[2]!) && !isWord(camel[2]!.toLowerCase()) && camel[1]!.length >= 4 && isWord(camel[1]!.toLowerCase())) {
      out.push({ start: m.index, cuts: [camel[1]!.length], before: token, after: `${camel[1]} ${camel[2]}`, strong: true });
      continue;
    }
    // "rivalFTX": a word run into an acronym the text writes on its own (a word of five letters or more: "openSUSE" is a name).
    const acronym = /^(\p{Ll}{5,})(\p{Lu}{2,6})$/u.exec(token);
    if (acronym && seen.names.has(acronym[2]!) && isWord(acronym[1]!) && !seen.names.has(token)) {
      out.push({ start: m.index, cuts: [acronym[1]!.length], before: token, after: `${acronym[1]} ${acronym[2]}`, strong: true });
      continue;
    }
    // "residentsLahaina": a word run into a name the text writes on its own.
    const into = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(token);
    if (into && seen.names.has(into[2]!) && isWord(into[1]!) && !isWord(into[2]!.toLowerCase())) {
      out.push({ start: m.index, cuts: [into[1]!.length], before: token, after: `${into[1]} ${into[2]}`, strong: true });
      continue;
    }
    const run = /^(\p{Lu}\p{Ll}+?)(\p{Ll}+)$/u.exec(token);
    if (!run || isWord(token) || seen.names.has(token)) continue;
    for (let cut = 3; cut <= token.length - 2; cut++) {
      const name = token.slice(0, cut);
      const rest = token.slice(cut);
      if (!seen.names.has(name)) continue;
      // A name + a function word or verb of speech ("Mooresaid"); or a name that is no common word
      // + a word of 4+ letters ("Lahainaresidents"), never a common word + word ("Westbrook").
      const glue = FUNCTION_WORDS.has(rest) || SPEECH_VERBS.has(rest);
      const word = name.length >= 5 && !isWord(name.toLowerCase()) && rest.length >= 4 && isWord(rest);
      if (glue || word) {
        out.push({ start: m.index, cuts: [cut], before: token, after: `${name} ${rest}`, strong: true });
        break;
      }
    }
  }
  return out;
}

function lowerBound(arr: readonly number[], value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
