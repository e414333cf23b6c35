/**
 * Entity discovery in one source: registry aliases, acronyms defined in
 * parentheses (a local definition beats the registry's), organisation names
 * (by the words that end them, a corporate last word, a description before
 * them, a statement or company role after them), places (by gazetteer, by
 * the shape of their names and by context), and people (capitalised names
 * with a title, an apposition, a relative clause, a speech verb or
 * `compromise`'s name tags as evidence). Titles and appositions become roles;
 * `known as` names become aliases. Pure: same source and context, same output.
 */
import type { EntityType } from '../../schemas/knowledge.ts';
import type { Block, PreparedSource } from './blocks.ts';
import { demonyms, gazetteerPlace, GAZETTEER, placeIndex } from './places.ts';
import {
  BUSINESS_NOUNS, COMPASS_WORDS, CORPORATE_TAILS, EVENT_HEADS, HONORIFICS, INSTRUMENT_HEADS, MONTHS, NAME_CONNECTORS, NAME_PARTICLES,
  NEVER_NAMES, NOT_ACRONYMS, ORG_HEADS, ORG_ROLE_NOUNS, ORG_SUFFIX_NOUNS, PERSON_ROLE_NOUNS, PLACE_NOUNS, PLACE_PREFIXES, PLACE_SUFFIXES,
  BRANCH_WORDS, MINISTRY_FIELDS, ORG_QUALIFIERS, RANK_TITLES, STANDALONE_ORGS, SPEECH_VERBS, TITLE_HEADS, TITLE_WORDS, WEEKDAYS, isWord,
} from './lexicon.ts';
import type { RegistryIndex } from './registry.ts';
import { normName, tokenize, type Token } from './text.ts';

/** What discovery needs to know about the whole corpus. */
export interface DiscoveryContext {
  registry: RegistryIndex;
  /** Words seen capitalised away from the start of a sentence anywhere in the corpus. */
  midCaps: ReadonlySet<string>;
  /** Publisher names of the corpus's sources (known organisations). */
  publishers: readonly string[];
}

/** A role found next to a person's name. */
export interface RawRole {
  /** The role as written, without honorifics. */
  role: string;
  /** Name of the organisation it is held in, as written nearby, or null. */
  org: string | null;
}

/** One reference to an entity (or to a name whose type is not known yet) in one block. */
export interface RawMention {
  /** Entity type, or `unknown` for a lone capitalised word the corpus join must resolve. */
  type: EntityType | 'unknown';
  /** The name as found: a person's name without title, an organisation's full name, a place's canonical name. */
  name: string;
  /** The words as written. */
  text: string;
  /** Index of the block in the prepared source. */
  block: number;
  start: number;
  end: number;
  /** Registry id when matched through the registry. */
  registryId: string | null;
  /** `name`: a full name; `short`: a surname or first word that must be resolved; `description`: `the finance minister`; `acronym`. */
  form: 'name' | 'short' | 'description' | 'acronym';
  /** Inside quotation marks. */
  inQuote: boolean;
  /** Roles stated next to it (people), or descriptions (organisations). */
  roles: RawRole[];
  /** The name with its title as written (`Finance Minister Muhammad Aurangzeb`), when it has one. */
  titled: string | null;
  /** Context hints for `unknown` mentions. */
  hints: { person: boolean; place: boolean; org: boolean };
  /** Gender from a first name or honorific, when known. */
  gender: 'm' | 'f' | null;
  /** True when the gender comes from an honorific (`Ms`, `Mr`), which beats a guess from a first name. */
  genderByTitle?: boolean;
  /** Further aliases (an account handle). */
  aliases: string[];
}

/** A pronoun that can stand for a person. */
export interface Pronoun {
  block: number;
  start: number;
  word: string;
}

/** Everything discovery finds in one source. */
export interface SourceMentions {
  mentions: RawMention[];
  /** Acronym → the name it abbreviates, from `Name (ACR)` in this source. */
  acronyms: Map<string, string>;
  pronouns: Pronoun[];
}

const WEEKDAY_SET = new Set<string>(WEEKDAYS);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);
const NAME_SUFFIXES = new Set(['II', 'III', 'IV', 'Jr', 'Jr.', 'Sr', 'Sr.']);
const AMBIGUOUS_PLACES = new Set(['Jordan', 'Chad', 'Georgia', 'Victoria', 'Florence', 'Virginia', 'Lima', 'Perth', 'Columbia', 'Israel', 'Washington', 'Mark']);
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Southeast', 'Southwest', 'Northeast', 'Northwest', 'Eastern', 'Western', 'Northern', 'Southern']);

/** Title-case an all-caps word (`ISLAMABAD` → `Islamabad`). */
function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/** Strip the abbreviation dot and fold case, for word-list lookups. */
function bare(t: string): string {
  return t.replace(/\.$/, '').toLowerCase();
}

/** True for an acronym-like token: 2–8 capitals (maybe with digits), not an initialism with dots. */
function isAcronymToken(t: string): boolean {
  // An all-caps place (a dateline, `ISLAMABAD`) is not an acronym either.
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(t) && !NOT_ACRONYMS.has(t) && !(t.length > 3 && gazetteerPlace(t));
}

/** Initials of a name for acronym matching: each capitalised word (and hyphen part) gives its first letter; all-caps words give all letters. */
function initials(name: string): string {
  let out = '';
  for (const word of name.split(/[\s]+/)) {
    for (const part of word.split(/[-–]/)) {
      const clean = part.replace(/[^\p{L}]/gu, '');
      if (!clean || !/^\p{Lu}/u.test(clean)) continue;
      out += clean === clean.toUpperCase() && clean.length <= 4 ? clean : clean[0];
    }
  }
  return out.toUpperCase();
}

/** True when `acr` abbreviates `name` (its initials, or a suffix of the name's initials). */
export function acronymMatches(acr: string, name: string): boolean {
  const ini = initials(name);
  const a = acr.replace(/[^A-Z]/g, '');
  return a.length >= 2 && (ini === a || (ini.endsWith(a) && a.length >= 3));
}

/** Per-block working state. */
interface Work {
  b: Block;
  bi: number;
  tokens: Token[];
  used: boolean[];
  /** Entity type of the mention that took each token. */
  types: (RawMention['type'] | null)[];
  /** Words of the people's full names found so far in the source (shared by its blocks): `Ponce` of Julio Ponce Lerou may start a sentence. */
  personWords: Set<string>;
}

/** Discover every entity mention in a prepared source. */
export function discoverMentions(prep: PreparedSource, ctx: DiscoveryContext): SourceMentions {
  const mentions: RawMention[] = [];
  const acronyms = new Map<string, string>();
  const state: SourceState = { acronyms, instruments: new Set(), defined: localDefinitions(prep), placeTails: new Map() };
  const pronouns: Pronoun[] = [];
  const personWords = new Set<string>();
  const works: Work[] = prep.blocks.map((b, bi) => ({ b, bi, tokens: b.tk.tokens, used: b.tk.tokens.map(() => false), types: b.tk.tokens.map(() => null), personWords }));
  for (const w of works) {
    if (w.b.byline) continue;
    const add = (m: Omit<RawMention, 'block' | 'inQuote' | 'roles' | 'titled' | 'hints' | 'gender' | 'aliases'> & Partial<RawMention>) => {
      const mention: RawMention = {
        block: w.bi,
        inQuote: w.b.quotes.some((q) => m.start >= q.start && m.start < q.end),
        roles: [],
        titled: null,
        hints: { person: false, place: false, org: false },
        gender: null,
        aliases: [],
        ...m,
      };
      mentions.push(mention);
      for (let k = 0; k < w.tokens.length; k++) if (w.tokens[k]!.start >= m.start && w.tokens[k]!.end <= m.end) w.types[k] = m.type;
      return mention;
    };
    if (w.bi === 0) matchDateline(w, prep.source.dateline.value, add);
    matchRegistry(w, ctx, add, false, state);
    matchAcronymDefinitions(w, ctx, add, state);
    matchLowercaseOrgs(w, add);
    matchOrgSpans(w, ctx, add);
    matchAcronymsAfterNames(w, add, state);
    matchRegistry(w, ctx, add, true, state);
    matchPlaces(w, add, state);
    matchPlacePatterns(w, ctx, add);
    matchDescribedOrgs(w, ctx, add);
    matchAcronyms(w, add, state);
    matchNames(w, ctx, add);
    for (const t of w.tokens) if (/^(?:he|she)$/i.test(t.text)) pronouns.push({ block: w.bi, start: t.start, word: t.text.toLowerCase() });
  }
  matchEmbedAuthors(prep, mentions);
  for (const m of mentions) if (m.type === 'person') addRoles(works[m.block]!, m);
  const kept = matchKnownAs(works, mentions);
  matchDescriptions(works, kept);
  kept.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  return { mentions: kept, acronyms, pronouns };
}

/** What discovery learns about a whole source before reading it block by block. */
interface SourceState {
  /** Acronym → the name it abbreviates here. */
  acronyms: Map<string, string>;
  /** Acronyms this source defines as the name of a law, plan or treaty (`Critical Raw Materials Act (CRMA)`): not entities. */
  instruments: Set<string>;
  /** Acronyms defined here in parentheses, with the words before the parenthesis (lowercase): a local definition beats the registry. */
  defined: Map<string, string[]>;
  /** Last words of formal place names seen so far (`Congo` of `Democratic Republic of Congo`) → the place. */
  placeTails: Map<string, string>;
}

const LOCAL_DEFINITION = /\(([A-Z][A-Z0-9&]{1,7})\)/g;

/** The acronyms a source defines in parentheses, with the (up to 13) words before each definition. */
function localDefinitions(prep: PreparedSource): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of prep.blocks) {
    if (!b.tk.text.includes('(')) continue;
    for (const m of b.tk.text.matchAll(LOCAL_DEFINITION)) {
      const before = b.tk.text.slice(Math.max(0, m.index - 200), m.index).trim().split(/\s+/).slice(-13).join(' ');
      if (!before) continue;
      const list = out.get(m[1]!) ?? [];
      list.push(normName(before));
      out.set(m[1]!, list);
    }
  }
  return out;
}

/**
 * True when a registry acronym alias may stand for its entry in this source: always, unless the source
 * defines the acronym in parentheses after words that are none of the entry's other names
 * (`Comisión para el Mercado Financiero (CMF)` is not the registry's CMF).
 */
function registryAcronymApplies(acr: string, id: string | null, ctx: DiscoveryContext, state: SourceState): boolean {
  const defs = state.defined.get(acr);
  if (!defs?.length || !id) return true;
  const entry = ctx.registry.entries.get(id);
  if (!entry) return true;
  const names = [entry.name, ...entry.aliases].filter((n) => !isAcronymToken(n)).map(normName);
  return defs.some((d) => names.some((n) => d === n || d.endsWith(` ${n}`)));
}

type Add = (m: Omit<RawMention, 'block' | 'inQuote' | 'roles' | 'titled' | 'hints' | 'gender' | 'aliases'> & Partial<RawMention>) => RawMention;

/** Token index by start offset, per token list (the first token at an offset wins). */
const tokenStarts = new WeakMap<readonly Token[], Map<number, number>>();

/** Token index range covering [start, end), or null when the offsets do not fall on token boundaries. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let starts = tokenStarts.get(tokens);
  if (!starts) tokenStarts.set(tokens, (starts = new Map(tokens.map((t, k) => [t.start, k] as const).reverse())));
  const i = starts.get(start) ?? -1;
  if (i < 0) return null;
  let j = i;
  while (j < tokens.length && tokens[j]!.end < end) j++;
  return j < tokens.length && tokens[j]!.end === end ? [i, j + 1] : null;
}

/** True when no token in [i, j) is taken yet. */
function free(w: Work, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (w.used[k]) return false;
  return true;
}

function take(w: Work, i: number, j: number): void {
  for (let k = i; k < j; k++) w.used[k] = true;
}

interface AliasCandidate {
  alias: string;
  ci: boolean;
  type: EntityType;
  id: string | null;
  name: string;
}

/** All aliases of some types as one pattern (longest first), with a lookup from the matched words back to the alias. */
interface AliasMatcher {
  re: RegExp;
  byKey: Map<string, AliasCandidate>;
}

const matcherCache = new WeakMap<DiscoveryContext, Map<string, AliasMatcher | null>>();

/** Lookup key for matched words: brackets dropped, spaces and apostrophes folded; case folded for case-insensitive aliases. */
function aliasKey(text: string, ci: boolean): string {
  const k = text.replace(/[[\]]/g, ' ').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
  return ci ? `i:${k.toLowerCase()}` : `s:${k}`;
}

/** The matcher for registry aliases and publisher names of the wanted types (built once per context). */
function aliasMatcher(ctx: DiscoveryContext, places: boolean): AliasMatcher | null {
  let cache = matcherCache.get(ctx);
  if (!cache) matcherCache.set(ctx, (cache = new Map()));
  const key = places ? 'places' : 'others';
  if (cache.has(key)) return cache.get(key)!;
  const list: AliasCandidate[] = [
    ...ctx.registry.aliases.map((a) => ({ alias: a.alias, ci: a.caseInsensitive, type: a.type, id: a.id as string | null, name: ctx.registry.entries.get(a.id)!.name })),
    ...ctx.publishers.map((p) => ({ alias: p, ci: false, type: 'organization' as const, id: null as string | null, name: p })),
  ]
    .filter((c) => (c.type === 'place') === places)
    .sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
  const byKey = new Map<string, AliasCandidate>();
  for (const c of list) {
    const k = aliasKey(c.alias, c.ci);
    if (!byKey.has(k)) byKey.set(k, c);
  }
  // Spaces also match brackets ("President [Donald] Trump"); case-insensitive aliases (descriptions) fold case letter by letter.
  const body = (c: AliasCandidate) =>
    [...c.alias]
      .map((ch) => {
        if (ch === ' ') return '[\\s\\[\\]]+';
        if (ch === '’' || ch === "'") return "[’']";
        if (c.ci && ch.toLowerCase() !== ch.toUpperCase()) return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
        return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
  const matcher = list.length ? { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(body).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byKey } : null;
  cache.set(key, matcher);
  return matcher;
}

/** Registry aliases (longest first at each position) and the corpus's publisher names. */
function matchRegistry(w: Work, ctx: DiscoveryContext, add: Add, places: boolean, state: SourceState): void {
  const matcher = aliasMatcher(ctx, places);
  if (!matcher) return;
  const text = w.b.tk.text;
  matcher.re.lastIndex = 0;
  for (const m of text.matchAll(matcher.re)) {
    const c = matcher.byKey.get(aliasKey(m[0], false)) ?? matcher.byKey.get(aliasKey(m[0], true));
    if (!c) continue;
    const range = tokenRange(w.tokens, m.index, m.index + m[0].length);
    if (!range || !free(w, ...range)) continue;
    // A locally defined acronym wins over the registry's.
    if (isAcronymToken(m[0]) && !registryAcronymApplies(m[0], c.id, ctx, state)) continue;
    // "Ministry of Energy and Mineral Resources": the registry's "Ministry of Energy" is only the start of a longer name.
    if (c.type === 'organization' && continuesName(w, range[1])) continue;
    take(w, ...range);
    const description = c.ci && /^(?:the|a|an)\s/i.test(c.alias);
    const surface = /[[\]]/.test(m[0]) ? m[0].replace(/[[\]]/g, '').replace(/\s+/g, ' ') : m[0];
    const aliases = c.type === 'organization' ? longerForms(w, range[0], range[1] - 1) : [];
    add({ type: c.type, name: c.name, text: surface, start: m.index, end: m.index + m[0].length, registryId: c.id, form: description ? 'description' : isAcronymToken(m[0]) ? 'acronym' : 'name', aliases });
  }
}

/**
 * True when the name that ends before token `end` goes on (`… of Energy` + `and Mineral Resources`): `and`
 * then capitalised words that are not a name of their own (no head word, title, place, acronym or person).
 */
function continuesName(w: Work, end: number): boolean {
  const { tokens } = w;
  if (!['and', '&'].includes(tokens[end]?.text ?? '') || !capWord(w, end + 1)) return false;
  if (!tokens.slice(0, end).some((t) => t.text === 'of' || t.text === 'for')) return false;
  let k = end + 1;
  while (capWord(w, k)) {
    const t = tokens[k]!;
    if (ORG_HEADS.has(t.text) || TITLE_HEADS.has(bare(t.text)) || isAcronymToken(t.text) || gazetteerPlace(t.text) || w.b.tags[k]?.person) return false;
    k++;
  }
  return k - end - 1 <= 3;
}

/** The capitalised run (with name connectors) that ends just before token `end` (exclusive), as a token index. */
function runStartBefore(w: Work, end: number, ctx: DiscoveryContext): number {
  let k = end - 1;
  while (k >= 0) {
    const t = w.tokens[k]!;
    if (t.kind === 'word' && t.cap && !(t.text === 'The' || (t.first && isWord(t.text) && !ctx.midCaps.has(t.text)))) {
      k--;
      continue;
    }
    // Connectors inside a name, also in other languages and in pairs ("Authority for the Regulation", "Sociedad Química y Minera").
    if (t.kind === 'word' && (NAME_CONNECTORS.has(t.text) || DEFINITION_CONNECTORS.has(t.text)) && k > 0 && (w.tokens[k - 1]!.cap || (k > 1 && NAME_CONNECTORS.has(w.tokens[k - 1]!.text) && w.tokens[k - 2]!.cap))) {
      k--;
      continue;
    }
    if ((t.text === '(' || t.text === ')') && w.tokens[k - 1]?.cap) {
      k--;
      continue;
    }
    break;
  }
  let start = k + 1;
  while (start < end && (NAME_CONNECTORS.has(w.tokens[start]!.text) || DEFINITION_CONNECTORS.has(w.tokens[start]!.text) || w.tokens[start]!.text === ')' || w.tokens[start]!.text === '(')) start++;
  return start;
}

/** Lowercase words that may join the words of a name an acronym abbreviates (`for the`, Spanish `y`, French `et des`). */
const DEFINITION_CONNECTORS: ReadonlySet<string> = new Set(['the', 'de', 'del', 'della', 'des', 'du', 'da', 'do', 'dos', 'das', 'di', 'y', 'e', 'et', 'la', 'le', 'les', 'el', 'für', 'und', 'van', 'von', 'der', 'para', 'pour', 'per']);

/** True when `acr` abbreviates `name` loosely: its letters are the initials in order with at most two words skipped (`IWIP`, Indonesia Weda Bay Industrial Park). */
function acronymFitsLoosely(acr: string, name: string): boolean {
  const ini = initials(name);
  const a = acr.replace(/[^A-Z]/g, '');
  if (a.length < 3 || ini[0] !== a[0] || ini.at(-1) !== a.at(-1) || ini.length > a.length + 2) return false;
  let j = 0;
  for (const ch of ini) if (ch === a[j]) j++;
  return j === a.length;
}

/** What kind of name a capitalised name is by its last word: a law or plan, a place, or (by default) an organisation. */
function kindOfDefinedName(name: string): 'instrument' | 'place' | 'organization' {
  const words = name.replace(/[’']s$/, '').split(/\s+/);
  const last = words.at(-1) ?? '';
  if (INSTRUMENT_HEADS.has(last) && !words.some((x) => ORG_HEADS.has(x))) return 'instrument';
  if (gazetteerPlace(name) || PLACE_SUFFIXES.has(last) || PLACE_PREFIXES.has(name.split(/\s+/)[0]!)) return 'place';
  return 'organization';
}

/** `Name (ACR)`: the acronym names the organisation (or place) before it, when its letters fit the name's initials. */
function matchAcronymDefinitions(w: Work, ctx: DiscoveryContext, add: Add, state: SourceState): void {
  const { tokens } = w;
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acr = tokens[i]!;
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !isAcronymToken(acr.text)) continue;
    const end = i - 1;
    const runStart = runStartBefore(w, end, ctx);
    // Try the longest suffix of the run whose initials fit the acronym, then a loose fit.
    let found: [number, number] | null = null;
    for (const fits of [acronymMatches, acronymFitsLoosely]) {
      for (let s = runStart; s < end && !found; s++) {
        if (!tokens[s]!.cap) continue;
        const name = w.b.tk.text.slice(tokens[s]!.start, tokens[end - 1]!.end);
        if (fits(acr.text, name)) found = [s, end];
      }
      if (found) break;
    }
    if (!found) continue;
    defineAcronym(w, add, state, found, i);
  }
}

/** Record that the acronym at token `i` abbreviates the name at tokens `found`, and add both mentions. */
function defineAcronym(w: Work, add: Add, state: SourceState, found: [number, number], i: number): void {
  const { tokens } = w;
  const acr = tokens[i]!;
  const name = w.b.tk.text.slice(tokens[found[0]]!.start, tokens[found[1] - 1]!.end).replace(/\s+/g, ' ');
  const existing = mentionNameAt(w, found);
  const kind = existing ? (w.types[found[1] - 1] === 'place' ? 'place' : 'organization') : kindOfDefinedName(name);
  if (kind === 'instrument') {
    // A law or plan: neither it nor its acronym is an entity.
    state.instruments.add(acr.text);
    take(w, found[0], found[1]);
    take(w, i, i + 1);
    return;
  }
  state.acronyms.set(acr.text, existing ?? name);
  const place = kind === 'place' ? gazetteerPlace(name) ?? name : null;
  if (!existing && free(w, ...found) && !gazetteerPlace(name)) {
    take(w, ...found);
    // "The Example Refiners Group (ERG), an industry association …": the apposition describes it.
    const app = place ? null : appositionAfter(w, i + 2);
    add({ type: place ? 'place' : 'organization', name, text: name, start: tokens[found[0]]!.start, end: tokens[found[1] - 1]!.end, registryId: null, form: 'name', aliases: place ? [] : longerForms(w, found[0], found[1] - 1), roles: app?.kind === 'org' ? [{ role: app.text, org: null }] : [] });
  }
  if (free(w, i, i + 1)) {
    take(w, i, i + 1);
    add({ type: place ? 'place' : 'organization', name: existing ?? place ?? name, text: acr.text, start: acr.start, end: acr.end, registryId: null, form: 'acronym' });
  }
}

/**
 * `(ACR)` right after an organisation or place name found by other means abbreviates it, whatever
 * its letters (`Financial Market Commission (CMF)`: the acronym of the name in another language).
 */
function matchAcronymsAfterNames(w: Work, add: Add, state: SourceState): void {
  const { tokens } = w;
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acr = tokens[i]!;
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !isAcronymToken(acr.text) || !free(w, i, i + 1)) continue;
    const type = w.types[i - 2];
    if (!w.used[i - 2] || (type !== 'organization' && type !== 'place')) continue;
    let s = i - 2;
    while (s > 0 && w.used[s - 1] && w.types[s - 1] === type && tokens[s - 1]!.kind === 'word') s--;
    if (state.acronyms.has(acr.text)) continue;
    defineAcronym(w, add, state, [s, i - 1], i);
  }
}

/** Longer ways the text writes an organisation name at tokens [start, end]: `Pakistan’s X`, `Ministry of Energy’s X`, `X (Petroleum Division)`, `X (PMIF) 2025`. */
function longerForms(w: Work, start: number, end: number): string[] {
  const { tokens } = w;
  const text = w.b.tk.text;
  const out: string[] = [];
  if (/^[’']s$/.test(tokens[start - 1]?.text ?? '') && tokens[start - 2]?.cap) {
    let from = start - 2;
    if (w.types[from] === 'organization') while (from > 0 && w.types[from - 1] === 'organization') from--;
    if (w.types[from] === 'organization' || gazetteerPlace(tokens[from]!.text)) out.push(text.slice(tokens[from]!.start, tokens[end]!.end));
  }
  if (tokens[end + 1]?.text === '(' && tokens[end + 2]?.cap) {
    const close = tokens.findIndex((t, k) => k > end && t.text === ')');
    if (close > 0 && close - end <= 5) {
      const year = /^(?:19|20)\d\d$/.test(tokens[close + 1]?.text ?? '') ? close + 1 : close;
      if (!isAcronymToken(tokens[end + 2]!.text) || year > close) out.push(text.slice(tokens[start]!.start, tokens[year]!.end));
    }
  }
  return out;
}

/** When the tokens [i, j) end a span already taken by the registry, its name; else null. */
function mentionNameAt(w: Work, range: [number, number]): string | null {
  return w.used[range[1] - 1] ? w.b.tk.text.slice(w.tokens[range[0]]!.start, w.tokens[range[1] - 1]!.end) : null;
}

const MINISTRY_DOMAINS = [...MINISTRY_FIELDS].map((f) => f.replace(/ /g, '\\s')).join('|');

/** Lowercase organisation references: `finance ministry` → Ministry of Finance, `US embassy in Islamabad`, `Islamic State group`. */
function matchLowercaseOrgs(w: Work, add: Add): void {
  const text = w.b.tk.text;
  const patterns: { re: RegExp; name: (m: RegExpMatchArray) => string }[] = [
    { re: new RegExp(`(?<![\\p{L}])(${MINISTRY_DOMAINS}) ministry(?![\\p{L}])`, 'giu'), name: (m) => `Ministry of ${titleCase(m[1]!)}` },
    { re: new RegExp(`(?<![\\p{L}])ministry of (${MINISTRY_DOMAINS})(?![\\p{L}])`, 'gu'), name: (m) => `Ministry of ${titleCase(m[1]!)}` },
    { re: /(?<![\p{L}])((?:US|U\.S\.|UK|British|American|Chinese|Pakistani|Indian|Saudi|[A-Z][a-z]+) (?:embassy|mission|consulate|high commission)(?: in [A-Z][\p{L}]+)?)(?![\p{L}])/gu, name: (m) => m[1]! },
    { re: /(?<![\p{L}])(prime minister|president|chief minister)[’'](s office)(?![\p{L}])/giu, name: (m) => `${titleCase(m[1]!)}’${titleCase(m[2]!)}` },
  ];
  for (const { re, name } of patterns) {
    for (const m of text.matchAll(re)) {
      const range = tokenRange(w.tokens, m.index, m.index + m[0].length);
      if (!range || !free(w, ...range)) continue;
      take(w, ...range);
      add({ type: 'organization', name: name(m), text: m[0], start: m.index, end: m.index + m[0].length, registryId: null, form: 'name' });
    }
  }
}

/** True when token k is a capitalised, untaken word. */
function capWord(w: Work, k: number): boolean {
  const t = w.tokens[k];
  return !!t && t.kind === 'word' && t.cap && !w.used[k];
}

/** True when token k can begin a name (not a sentence-initial ordinary word, not `The`). */
function nameStart(w: Work, k: number, ctx: DiscoveryContext): boolean {
  const t = w.tokens[k]!;
  if (t.text === 'The' || t.text === 'A' || t.text === 'An') return false;
  if (NEVER_NAMES.has(t.text.toLowerCase())) return false;
  if (t.first && isWord(bare(t.text)) && !ctx.midCaps.has(t.text) && !w.b.tags[k]?.person && !w.personWords.has(t.text)) return false;
  return true;
}

/** Organisation names: a capitalised run ending in a head word (`Forum`, `Ministry`, `Bank`…), with `of`/`for` complements. */
function matchOrgSpans(w: Work, ctx: DiscoveryContext, add: Add): void {
  const { tokens } = w;
  const isHead = (k: number) => capWord(w, k) && ORG_HEADS.has(tokens[k]!.text.replace(/\.$/, ''));
  for (let i = 0; i < tokens.length; i++) {
    if (!isHead(i)) continue;
    let end = i;
    // Further heads in the same capitalised run ("World Bank Group"), and "(Private) Limited".
    for (let j = i + 1; j < tokens.length; j++) {
      if (capWord(w, j)) {
        if (isHead(j)) end = j;
        continue;
      }
      if (tokens[j]!.text === '(' && capWord(w, j + 1) && tokens[j + 2]?.text === ')' && isHead(j + 3)) {
        end = j + 3;
        j += 3;
        continue;
      }
      break;
    }
    // Complements: "of Finance", "for Settlement of Investment Disputes", "of South and Central Asian Affairs".
    for (;;) {
      const conn = tokens[end + 1];
      if (!conn || !['of', 'for', '&'].includes(conn.text)) break;
      let k = end + 2;
      if (tokens[k]?.text === 'the' && capWord(w, k + 1)) k++;
      if (!capWord(w, k) || WEEKDAY_SET.has(tokens[k]!.text) || MONTHS.has(tokens[k]!.text.toLowerCase())) break;
      let m = k;
      while (capWord(w, m + 1)) m++;
      if ((tokens[m + 1]?.text === 'and' || tokens[m + 1]?.text === '&') && m === k && capWord(w, m + 2)) {
        m += 2;
        while (capWord(w, m + 1)) m++;
      }
      end = m;
    }
    if (/^(?:19|20)\d\d$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 1]!.start === tokens[end]!.end + 1) end++;
    // A numbered branch: "… Aerospace Workers District 751", "Teamsters Local 100".
    if (BRANCH_WORDS.has(tokens[end]!.text) && /^\d+$/.test(tokens[end + 1]?.text ?? '')) end++;
    else if (BRANCH_WORDS.has(tokens[end + 1]?.text ?? '') && capWord(w, end + 1) && /^\d+$/.test(tokens[end + 2]?.text ?? '')) end += 2;
    // Left: the capitalised words before the head ("Federal", "State" too, though they are title words).
    let start = i;
    const opens = (k: number) => nameStart(w, k, ctx) || (ORG_QUALIFIERS.has(bare(tokens[k]!.text)) && !tokens[k]!.first);
    while (start > 0 && capWord(w, start - 1) && opens(start - 1) && !HYPHEN_ADJECTIVE.test(tokens[start - 1]!.text)) start--;
    if (start > 0 && !capWord(w, start - 1) && start === i && tokens[start - 1]?.text.match(/^[’']s$/) && TITLE_HEADS.has(bare(tokens[start - 2]?.text ?? ''))) {
      // "Prime Minister’s Office"
      start -= 2;
      while (start > 0 && capWord(w, start - 1) && nameStart(w, start - 1, ctx)) start--;
    }
    if (tokens[start - 1]?.text === 'and' && capWord(w, start - 2) && isWord(tokens[start - 2]!.text) && !gazetteerPlace(tokens[start - 2]!.text) && tokens[start - 3]?.text !== ',') {
      // "Oil and Gas Development Company Limited", "Federal Mediation and Conciliation Service"
      start -= 2;
      while (start > 0 && capWord(w, start - 1) && opens(start - 1)) start--;
    }
    // A lone head word is not a name ("the Forum", "Office"), unless it names one institution ("Congress").
    if (start === end && !isAcronymToken(tokens[start]!.text) && !STANDALONE_ORGS.has(tokens[start]!.text)) continue;
    if (!free(w, start, end + 1)) continue;
    take(w, start, end + 1);
    const text = w.b.tk.text.slice(tokens[start]!.start, tokens[end]!.end);
    const aliases = longerForms(w, start, end);
    add({ type: 'organization', name: text.replace(/\s+/g, ' '), text, start: tokens[start]!.start, end: tokens[end]!.end, registryId: null, form: 'name', aliases });
    i = end;
  }
  // A numbered branch named alone ("the president of District 751"): the organisation, not a person called District.
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!capWord(w, i) || !BRANCH_WORDS.has(tokens[i]!.text) || !/^\d+$/.test(tokens[i + 1]!.text) || !free(w, i, i + 2)) continue;
    // With the name of the body it belongs to, when it comes first ("IAM District 751").
    let start = i;
    while (start > 0 && capWord(w, start - 1) && free(w, start - 1, start) && (isAcronymToken(tokens[start - 1]!.text) || nameStart(w, start - 1, ctx))) start--;
    take(w, start, i + 2);
    const text = w.b.tk.text.slice(tokens[start]!.start, tokens[i + 1]!.end);
    add({ type: 'organization', name: text, text, start: tokens[start]!.start, end: tokens[i + 1]!.end, registryId: null, form: 'name', aliases: [] });
  }
  matchCorporateTails(w, ctx, add);
  // "<Name> group|party|movement" (lowercase noun after a capitalised name).
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!capWord(w, i) || !next || !ORG_SUFFIX_NOUNS.has(next.text) || HYPHEN_ADJECTIVE.test(w.tokens[i]!.text)) continue;
    let start = i;
    while (start > 0 && capWord(w, start - 1) && nameStart(w, start - 1, ctx)) start--;
    if (!nameStart(w, start, ctx) || gazetteerPlace(w.b.tk.text.slice(tokens[start]!.start, tokens[i]!.end))) continue;
    const text = w.b.tk.text.slice(tokens[start]!.start, tokens[i]!.end);
    // Ordinary words make a name only when there are several of them, capitalised away from the sentence start ("the Example Forest Watch group").
    if (text.split(' ').every((x) => isWord(x)) && (i === start || tokens[start]!.first || TITLE_WORDS.has(bare(tokens[start]!.text)))) continue;
    const company = !['group', 'party', 'movement', 'militia', 'company', 'firm', 'bank'].includes(next.text);
    if (company) {
      // "Anglo American plc": the suffix is part of the name.
      take(w, start, i + 2);
      add({ type: 'organization', name: `${text} ${next.text}`, text: `${text} ${next.text}`, start: tokens[start]!.start, end: next.end, registryId: null, form: 'name', aliases: [text] });
      continue;
    }
    take(w, start, i + 1);
    add({ type: 'organization', name: text, text, start: tokens[start]!.start, end: tokens[i]!.end, registryId: null, form: 'name', aliases: [`${text} ${next.text}`] });
  }
}

/** Capitalised adjectives made with a hyphen that qualify a name without being part of it (`Australian-listed`, `Quetta-based`). */
const HYPHEN_ADJECTIVE = /[-–](?:based|listed|owned|backed|controlled|run|born|headquartered|registered|led|funded|affiliated|linked|made)$/i;

/**
 * Companies named by a corporate last word (`Tianqi Lithium`, `Iluka Resources`, `Lynas Rare Earths`,
 * `Energy Transition Minerals`, `Tanbreez Mining Greenland`): the word must end the capitalised run
 * (or be followed only by a country), and the words before it must look like a name.
 */
function matchCorporateTails(w: Work, ctx: DiscoveryContext, add: Add): void {
  const { tokens } = w;
  for (let i = 1; i < tokens.length; i++) {
    if (!capWord(w, i) || !CORPORATE_TAILS.has(tokens[i]!.text)) continue;
    let end = i;
    while (capWord(w, end + 1) && CORPORATE_TAILS.has(tokens[end + 1]!.text)) end++;
    if (capWord(w, end + 1) && gazetteerPlace(tokens[end + 1]!.text) && !capWord(w, end + 2)) end++;
    if (capWord(w, end + 1) || (tokens[end + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[end + 1]!.text))) {
      i = end;
      continue;
    }
    // "Southern Copper chief executive Oscar Muestra", "Lumina Copper said in a statement": a company role or a statement after the name vouches for it, even at the sentence start.
    const role = corporateRoleAfter(w, end + 1) || statementAfter(w, end + 1);
    let start = i;
    while (start > 0 && capWord(w, start - 1) && (nameStart(w, start - 1, ctx) || (role && tokens[start - 1]!.first)) && !HYPHEN_ADJECTIVE.test(tokens[start - 1]!.text)) start--;
    // A demonym, a title word or a date word before the name is not part of it ("Chinese Tianqi Lithium").
    while (start < i && (demonyms().has(tokens[start]!.text) || TITLE_HEADS.has(bare(tokens[start]!.text)) || WEEKDAY_SET.has(tokens[start]!.text) || MONTHS.has(bare(tokens[start]!.text)))) start++;
    // The words of the name before the tail ("Rare" belongs to the tail "Rare Earths").
    const before = tokens.slice(start, i).filter((t) => !(t.text === 'Rare' && tokens[i]!.text === 'Earths'));
    if (!before.length) {
      i = end;
      continue;
    }
    // Ordinary words make a company name only when there are several of them away from the sentence start.
    const plain = before.every((t) => isWord(bare(t.text)));
    if (plain && (before.length < 2 || tokens[start]!.first) && !role) {
      i = end;
      continue;
    }
    if (!free(w, start, end + 1)) continue;
    take(w, start, end + 1);
    const text = w.b.tk.text.slice(tokens[start]!.start, tokens[end]!.end);
    add({ type: 'organization', name: text.replace(/\s+/g, ' '), text, start: tokens[start]!.start, end: tokens[end]!.end, registryId: null, form: 'name', aliases: longerForms(w, start, end) });
    i = end;
  }
}

/** Places from the gazetteer (longest match), `X-based`, hyphenated pairs (`Pakistan-US`) and `South and Southeast Asia`. */
function matchPlaces(w: Work, add: Add, state: SourceState): void {
  const { tokens } = w;
  const text = w.b.tk.text;
  const idx = placeIndex();
  for (let i = 0; i < tokens.length; i++) {
    if (!capWord(w, i)) continue;
    let matched = false;
    for (let n = Math.min(idx.maxTokens, tokens.length - i); n >= 1 && !matched; n--) {
      if (!free(w, i, i + n)) continue;
      const surface = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const place = gazetteerPlace(surface);
      if (!place) continue;
      if (AMBIGUOUS_PLACES.has(surface) && capWord(w, i + n) && !ORG_HEADS.has(tokens[i + n]!.text)) break;
      take(w, i, i + n);
      add({ type: 'place', name: place, text: surface, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, registryId: null, form: 'name' });
      // "Democratic Republic of Congo", then "Congo": the last word of a formal name stands for it later in the source.
      const tail = / of (?:the )?(\p{Lu}[\p{L}\p{M}-]+)$/u.exec(surface);
      if (tail && !gazetteerPlace(tail[1]!)) state.placeTails.set(tail[1]!, place);
      i += n - 1;
      matched = true;
    }
    if (matched) continue;
    const t = tokens[i]!;
    const tailOf = state.placeTails.get(t.text);
    if (tailOf && !capWord(w, i + 1) && !(capWord(w, i - 1) && !tokens[i - 1]!.first)) {
      take(w, i, i + 1);
      add({ type: 'place', name: tailOf, text: t.text, start: t.start, end: t.end, registryId: null, form: 'name' });
      continue;
    }
    // "the Kingdom of Denmark", "the Islamic Republic of Iran": the country, under its formal name.
    const formal = formalCountryAt(w, i);
    if (formal) {
      take(w, i, formal.end);
      add({ type: 'place', name: formal.place, text: text.slice(t.start, tokens[formal.end - 1]!.end), start: t.start, end: tokens[formal.end - 1]!.end, registryId: null, form: 'name' });
      i = formal.end - 1;
      continue;
    }
    // "South and Southeast Asia" → South Asia too.
    if (COMPASS.has(t.text) && tokens[i + 1]?.text === 'and' && tokens[i + 3]) {
      const region = gazetteerPlace(`${t.text} ${tokens[i + 3]!.text}`);
      if (region) {
        take(w, i, i + 1);
        add({ type: 'place', name: region, text: t.text, start: t.start, end: t.end, registryId: null, form: 'name' });
        continue;
      }
    }
    if (/[-–]/.test(t.text)) {
      const parts = [...t.text.matchAll(/[^-–]+/g)];
      const based = /[-–]based$/i.test(t.text);
      const named = parts.map((p) => ({ p, place: gazetteerPlace(p[0]) }));
      if (based || (named.length > 1 && named.every((x) => x.place))) {
        take(w, i, i + 1);
        for (const { p, place } of named) {
          if (based && p[0].toLowerCase() === 'based') continue;
          if (!place && !(based && /^\p{Lu}/u.test(p[0]))) continue;
          add({ type: 'place', name: place ?? p[0], text: p[0], start: t.start + p.index, end: t.start + p.index + p[0].length, registryId: null, form: 'name' });
        }
      }
    }
  }
  // "Islamabad based" / "Quetta-based" for names not in the gazetteer.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (capWord(w, i) && tokens[i + 1]!.text === 'based' && !isWord(tokens[i]!.text)) {
      take(w, i, i + 1);
      add({ type: 'place', name: tokens[i]!.text, text: tokens[i]!.text, start: tokens[i]!.start, end: tokens[i]!.end, registryId: null, form: 'name' });
    }
  }
}

/** Lowercase words inside a place name (`Salar de Atacama`, `Isla de la Plata`). */
const PLACE_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'dos', 'di', 'du', 'des', 'le', 'of', 'y']);

/** The capitalised run starting at token i (with place particles between capitalised words), as its last token index. */
function placeRunEnd(w: Work, i: number): number {
  let j = i;
  for (;;) {
    if (capWord(w, j + 1) && w.tokens[j + 1]!.start <= w.tokens[j]!.end + 1) j++;
    else if (PLACE_PARTICLES.has(w.tokens[j + 1]?.text ?? '') && capWord(w, j + 2)) j += 2;
    else return j;
  }
}

/** True when a capitalised word may be part of a place name (not a title, an organisation word, a month or a person's first name). */
function placeWord(w: Work, k: number): boolean {
  const t = w.tokens[k]!;
  const b = bare(t.text);
  return !ORG_HEADS.has(t.text) && !CORPORATE_TAILS.has(t.text) && !TITLE_WORDS.has(b) && !INSTRUMENT_HEADS.has(t.text) && !WEEKDAY_SET.has(t.text) && !MONTHS.has(b) && !demonyms().has(t.text) && !NEVER_NAMES.has(b);
}

/**
 * Places by the shape of their names: a geographic first word (`Mount Weld`, `Salar de Atacama`),
 * a compass word (`Central Sulawesi`, `Northern Territory`, `Haut-Katanga`), or a geographic last
 * word (`Maluku Islands`, `Weda Bay`).
 */
function matchPlacePatterns(w: Work, ctx: DiscoveryContext, add: Add): void {
  const { tokens } = w;
  const text = w.b.tk.text;
  for (let i = 0; i < tokens.length; i++) {
    if (!capWord(w, i)) continue;
    const t = tokens[i]!;
    const hyphen = /^(\p{Lu}\p{Ll}+)[-–]\p{Lu}[\p{L}\p{M}]+$/u.exec(t.text);
    if (hyphen && COMPASS_WORDS.has(hyphen[1]!) && !COMPASS_WORDS.has(t.text.slice(hyphen[1]!.length + 1)) && !gazetteerPlace(t.text)) {
      take(w, i, i + 1);
      add({ type: 'place', name: t.text, text: t.text, start: t.start, end: t.end, registryId: null, form: 'name' });
      continue;
    }
    const j = placeRunEnd(w, i);
    if (j === i) continue;
    const words = tokens.slice(i, j + 1).filter((x) => x.cap);
    const rest = words.slice(1);
    const lastWord = tokens[j]!.text;
    const restOk = rest.every((_, n) => placeWord(w, tokens.indexOf(rest[n]!, i)));
    let place = false;
    if (PLACE_PREFIXES.has(t.text) && restOk) place = true;
    else if (COMPASS_WORDS.has(t.text) && restOk && (rest.some((x) => !isWord(bare(x.text))) || PLACE_SUFFIXES.has(lastWord) || !!gazetteerPlace(rest.map((x) => x.text).join(' ')))) place = true;
    else if (PLACE_SUFFIXES.has(lastWord) && words.slice(0, -1).every((_, n) => placeWord(w, tokens.indexOf(words[n]!, i))) && words.slice(0, -1).some((x) => !isWord(bare(x.text)) || gazetteerPlace(x.text)) && nameStart(w, i, ctx)) place = true;
    if (!place) {
      i = j;
      continue;
    }
    const name = text.slice(t.start, tokens[j]!.end).replace(/\s+/g, ' ');
    take(w, i, j + 1);
    add({ type: 'place', name, text: name, start: t.start, end: tokens[j]!.end, registryId: null, form: 'name' });
    i = j;
  }
}

/**
 * Organisations named right after a description of what they are: `the state development agency Corfo`,
 * `lithium producer Sociedad Química y Minera`, `Chile’s state copper company Codelco`, and the other
 * way round, `Greenland’s parliament, the Inatsisartut`. The description is kept as a role and, with
 * its article or owner, as an alias.
 */
function matchDescribedOrgs(w: Work, ctx: DiscoveryContext, add: Add): void {
  const { tokens } = w;
  const text = w.b.tk.text;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.cap || noun.kind !== 'word' || !ORG_ROLE_NOUNS.has(noun.text) || PERSON_ROLE_NOUNS.has(noun.text)) continue;
    let k = i + 1;
    const apposed = tokens[k]?.text === ',' && tokens[k + 1]?.text === 'the' && capWord(w, k + 2);
    if (apposed) k += 2;
    if (!capWord(w, k) || !nameStart(w, k, ctx) || !placeWord(w, k)) continue;
    let e = k;
    while (capWord(w, e + 1) || (PLACE_PARTICLES.has(tokens[e + 1]?.text ?? '') && tokens[e + 1]!.text !== 'of' && capWord(w, e + 2))) e += capWord(w, e + 1) ? 1 : 2;
    const after = tokens[e + 1];
    if (after && after.kind === 'word' && after.cap) continue;
    if (apposed && after && ![',', '.', ';', '—', '–', ')'].includes(after.text)) continue;
    const runTokens = tokens.slice(k, e + 1).map((_, n) => k + n);
    if (runTokens.length > 1 && runTokens.every((x) => !tokens[x]!.cap || w.b.tags[x]?.person)) continue;
    const name = text.slice(tokens[k]!.start, tokens[e]!.end).replace(/\s+/g, ' ');
    if (gazetteerPlace(name) || runTokens.some((x) => TITLE_WORDS.has(bare(tokens[x]!.text)))) continue;
    // The description: lowercase words before the noun, back to an article or an owner ("Chile’s").
    let d = i;
    while (d > 0 && i - d < 4) {
      const p = tokens[d - 1]!;
      if (p.kind === 'word' && !p.cap && !DETERMINERS.has(p.text) && !FUNCTION_WORDS.has(p.text) && !/^[’']s$/.test(p.text)) d--;
      else break;
    }
    let from = d;
    const p = tokens[d - 1];
    if (p && DETERMINERS.has(p.text.toLowerCase())) from = d - 1;
    else if (p && /^[’']s$/.test(p.text) && tokens[d - 2]?.cap) {
      from = d - 2;
      while (from > 0 && w.used[from - 1] && w.types[from - 1] === w.types[d - 2]) from--;
    }
    const role = text.slice(tokens[d]!.start, noun.end);
    const described = text.slice(tokens[from]!.start, apposed ? noun.end : tokens[e]!.end).replace(/\s+/g, ' ');
    take(w, k, e + 1);
    add({ type: 'organization', name, text: name, start: tokens[k]!.start, end: tokens[e]!.end, registryId: null, form: 'name', roles: [{ role, org: null }], aliases: described !== name ? [described] : [] });
    i = e;
  }
}

/** Lowercase words that end the description in front of a name (verbs and prepositions, not adjectives). */
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'with', 'of', 'to', 'by', 'in', 'on', 'at', 'for', 'from', 'as', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'told', 'than', 'between', 'against', 'under', 'over', 'into', 'about', 'after', 'before', 'while', 'when', 'where', 'if', 'so', 'not', 'also']);

/**
 * `X, (also|widely|formerly) known as Y`, `X, formerly Y`, `X (formerly Y)`: Y is another name of X.
 * Y's own mentions are dropped and Y becomes an alias of X's mention. Returns the mentions kept.
 */
function matchKnownAs(works: readonly Work[], mentions: RawMention[]): RawMention[] {
  const drop = new Set<RawMention>();
  for (const m of mentions) {
    if (m.end === 0 || m.type === 'mineral' || drop.has(m)) continue;
    const w = works[m.block]!;
    const range = tokenRange(w.tokens, m.start, m.end);
    if (!range) continue;
    const { tokens } = w;
    let k = range[1];
    if (![',', '('].includes(tokens[k]?.text ?? '')) continue;
    k++;
    while (['also', 'widely', 'popularly', 'commonly', 'better', 'formerly', 'previously', 'locally', 'once', 'now'].includes(tokens[k]?.text ?? '')) k++;
    const formerly = ['formerly', 'previously'].includes(tokens[k - 1]?.text ?? '');
    if (['known', 'called', 'named', 'nicknamed', 'dubbed'].includes(tokens[k]?.text ?? '')) {
      k++;
      if (tokens[k]?.text === 'as') k++;
    } else if (!formerly) continue;
    if (!tokens[k]?.cap || tokens[k]!.kind !== 'word') continue;
    let e = k;
    while (tokens[e + 1]?.cap && tokens[e + 1]!.kind === 'word') e++;
    const alias = w.b.tk.text.slice(tokens[k]!.start, tokens[e]!.end).replace(/\s+/g, ' ');
    const from = tokens[k]!.start;
    const to = tokens[e]!.end;
    for (const o of mentions) if (o !== m && o.block === m.block && o.start >= from && o.end <= to && o.end > o.start) drop.add(o);
    take(w, k, e + 1);
    m.aliases.push(alias);
  }
  return drop.size ? mentions.filter((x) => !drop.has(x)) : mentions;
}

/** Words that make a country's formal name (`Kingdom of Denmark`, `Federal Republic of Germany`). */
const STATE_WORDS = new Set(['Kingdom', 'Republic', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth', 'Federation', 'Duchy', 'State', 'Islamic', 'Federal', 'Democratic', 'Socialist', 'United', 'Grand', 'Plurinational', 'Bolivarian', 'Arab', 'Hashemite', 'Oriental', 'Cooperative']);

/** A country's formal name starting at token i (`Kingdom of Denmark`): the gazetteer country and the token after the name. */
function formalCountryAt(w: Work, i: number): { place: string; end: number } | null {
  const { tokens } = w;
  let k = i;
  while (capWord(w, k) && STATE_WORDS.has(tokens[k]!.text) && k - i < 3) k++;
  if (k === i || !['Kingdom', 'Republic', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth', 'Federation', 'Duchy', 'State'].includes(tokens[k - 1]!.text) || tokens[k]?.text !== 'of') return null;
  let c = k + 1;
  if (tokens[c]?.text === 'the') c++;
  for (let n = 3; n >= 1; n--) {
    if (!free(w, c, c + n) || c + n > tokens.length) continue;
    const place = gazetteerPlace(w.b.tk.text.slice(tokens[c]!.start, tokens[c + n - 1]!.end));
    if (place && COUNTRY_NAMES.has(place)) return { place, end: c + n };
  }
  return null;
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(GAZETTEER.filter((g) => g.kind === 'country').flatMap((g) => g.entries.map((e) => e[0]!)));

/** The dateline the ingest found (`LUSAKA:`, `[Islamabad]`) is a place, in the gazetteer or not. */
function matchDateline(w: Work, dateline: string | null, add: Add): void {
  if (!dateline) return;
  const at = w.b.tk.text.indexOf(dateline);
  if (at < 0 || at > 2) return;
  const range = tokenRange(w.tokens, at, at + dateline.length);
  if (!range || !free(w, ...range)) return;
  take(w, ...range);
  add({ type: 'place', name: gazetteerPlace(dateline) ?? titleCase(dateline), text: dateline, start: at, end: at + dateline.length, registryId: null, form: 'name' });
}

/** Lone all-caps acronyms not defined here (`ASEAN`, `PMO`): organisations unless the join finds out otherwise. */
function matchAcronyms(w: Work, add: Add, state: SourceState): void {
  for (let i = 0; i < w.tokens.length; i++) {
    const t = w.tokens[i]!;
    if (w.used[i] || t.kind !== 'word' || !isAcronymToken(t.text)) continue;
    w.used[i] = state.instruments.has(t.text);
    if (w.used[i]) continue;
    // An acronym this source defines is one even when it spells a word ("ERG").
    const local = state.acronyms.has(t.text) || state.defined.has(t.text);
    if (!local && (isWord(t.text) || (t.first && t.text.length > 5))) continue;
    w.used[i] = true;
    // "the ERG": the acronym with its article is how the text names it.
    const aliases = local && /^the$/i.test(w.tokens[i - 1]?.text ?? '') ? [`${w.tokens[i - 1]!.text.toLowerCase()} ${t.text}`] : [];
    const expansion = state.acronyms.get(t.text);
    if (expansion !== undefined) {
      const place = kindOfDefinedName(expansion) === 'place';
      add({ type: place ? 'place' : 'organization', name: expansion, text: t.text, start: t.start, end: t.end, registryId: null, form: 'acronym', aliases });
      continue;
    }
    add({ type: 'unknown', name: t.text, text: t.text, start: t.start, end: t.end, registryId: null, form: 'acronym', hints: { person: false, place: false, org: true }, aliases });
  }
}

/** Titles that are also common surnames: after a first name they end a name (`Madeleine King`). */
const RANK_SURNAMES = new Set(['king', 'major', 'judge', 'marshal', 'bishop', 'mayor', 'chancellor', 'prince', 'lord', 'dean', 'sheriff', 'knight']);

/** True when the token can be part of a person's name. */
function nameLike(w: Work, k: number, last: boolean): boolean {
  const t = w.tokens[k]!;
  const word = bare(t.text);
  if (!last && NAME_PARTICLES.has(t.text) && !w.used[k]) return true;
  if (t.kind !== 'word' || !t.cap || w.used[k]) return false;
  if (NAME_SUFFIXES.has(t.text)) return true;
  if (/^(?:\p{Lu}\.){1,3}$/u.test(t.text)) return true; // initials: J.D.
  // A surname that is also a title ("Madeleine King"): after a first name.
  if (last && RANK_SURNAMES.has(word) && k > 0 && w.b.tags[k - 1]?.firstName && capWord(w, k - 1) && !TITLE_WORDS.has(bare(w.tokens[k - 1]!.text))) return true;
  if (TITLE_WORDS.has(word) || ORG_HEADS.has(t.text) || demonyms().has(t.text) || NEVER_NAMES.has(word)) return false;
  if (WEEKDAY_SET.has(t.text) || MONTHS.has(word) || gazetteerPlace(t.text)) return false;
  if (/[-–]/.test(t.text) && !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-\p{Lu}/u.test(t.text)) return false;
  if (t.text === t.text.toUpperCase() && t.text.length > 1) return false;
  return last || !isWord(word) || !!w.b.tags[k]?.person;
}

/** The role words before a person's name, scanning left (`US Critical Minerals Forum (CMF) Chairman`, `Finance Minister Senator`). */
function titleBefore(w: Work, nameStartIdx: number): { start: number; qualifierStart: number; roles: RawRole[]; honorific: string | null } {
  const { tokens } = w;
  let k = nameStartIdx - 1;
  let honorific: string | null = null;
  const isTitleToken = (t: Token, k: number) => {
    const b = bare(t.text);
    if (w.types[k] === 'organization' || w.types[k] === 'person') return false;
    // Capitalised ordinary words belong to titles too ("Minister of Mines", "Senior Director for Global Supply Chains").
    if (t.cap) return TITLE_WORDS.has(b) || TITLE_QUALIFIERS.has(b) || demonyms().has(t.text) || !!gazetteerPlace(t.text) || (isWord(b) && !t.first);
    return TITLE_HEADS.has(b) || PERSON_ROLE_NOUNS.has(b) || TITLE_QUALIFIERS.has(b) || ['of', 'for', 'to', 'the', 'and', '&'].includes(t.text) || b === 'd’affaires' || b === "d'affaires";
  };
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.text === '[' || t.text === ']') {
      k--;
      continue;
    }
    if ((t.kind === 'word' || t.text === '&') && isTitleToken(t, k)) {
      if (HONORIFICS.has(bare(t.text)) && k === nameStartIdx - 1) honorific = t.text;
      k--;
      continue;
    }
    // "The U.S. Critical Minerals Forum President, Mr. Robert Louis Strayer II"
    if (t.text === ',' && honorific && k === nameStartIdx - 2 && tokens[k - 1] && TITLE_HEADS.has(bare(tokens[k - 1]!.text))) {
      k--;
      continue;
    }
    break;
  }
  let start = k + 1;
  const scanStart = start;
  // Trim leading connectors, articles, demonyms and places: they qualify the title, they are not part of it.
  while (start < nameStartIdx) {
    const t = tokens[start]!;
    if (['of', 'for', 'to', 'the', 'and', '&', ','].includes(t.text) || demonyms().has(t.text) || TITLE_QUALIFIERS.has(bare(t.text)) || (t.cap && gazetteerPlace(t.text)) || (!t.cap && !TITLE_HEADS.has(bare(t.text)) && !PERSON_ROLE_NOUNS.has(bare(t.text)))) start++;
    else break;
  }
  const words = tokens.slice(start, nameStartIdx).filter((t) => t.text !== ',' && t.text !== '[' && t.text !== ']');
  if (!words.some((t) => TITLE_HEADS.has(bare(t.text)) || PERSON_ROLE_NOUNS.has(bare(t.text)))) return { start: nameStartIdx, qualifierStart: nameStartIdx, roles: [], honorific };
  // Organisation right before the title: "US Critical Minerals Forum (CMF) Chairman".
  let o = start - 1;
  if (tokens[o]?.text === ')' && tokens[o - 2]?.text === '(') o -= 3;
  const orgToken = o >= 0 && w.types[o] === 'organization' ? o : -1;
  // Split ranks and forms of address off the main title ("Finance Minister Senator" → "Finance Minister", "Senator").
  const roles: RawRole[] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length && ['of', 'for', 'to', 'the', 'and', '&'].includes(current.at(-1)!.text)) current.pop();
    const text = current.map((t) => t.text).join(' ').replace(/\s+’/g, '’');
    // A role names a title ("Under Ms Lacaze" gives none).
    const headed = current.some((t) => TITLE_HEADS.has(bare(t.text)) || PERSON_ROLE_NOUNS.has(bare(t.text)));
    if (current.length && headed && !(current.length === 1 && HONORIFICS.has(bare(current[0]!.text)))) roles.push({ role: text, org: null });
    current = [];
  };
  for (const t of words) {
    if (RANK_TITLES.has(bare(t.text)) && current.length && t.cap) flush();
    current.push(t);
  }
  flush();
  const first = roles[0];
  let qualifierStart = scanStart;
  if (first && orgToken >= 0) {
    first.org = orgAt(w, orgToken);
    if (orgToken === start - 1) {
      qualifierStart = orgToken;
      while (qualifierStart > 0 && w.types[qualifierStart - 1] === 'organization') qualifierStart--;
    }
  }
  return { start, qualifierStart, roles, honorific };
}

/** Text of the taken span (organisation or place) that covers token k, read back from the tokens around it. */
function orgAt(w: Work, k: number): string {
  let s = k;
  while (s > 0 && w.types[s - 1] === 'organization') s--;
  return w.b.tk.text.slice(w.tokens[s]!.start, w.tokens[k]!.end);
}

/** `Name, a senior official at …,` — the apposition after a name, with what kind of thing it describes. */
function appositionAfter(w: Work, nameEnd: number): { text: string; kind: 'person' | 'org' | 'place' | null; end: number; org: string | null } | null {
  const { tokens } = w;
  if (tokens[nameEnd]?.text !== ',') return null;
  const first = tokens[nameEnd + 1];
  if (!first || first.cap) return null;
  const lead = bare(first.text);
  // ", communications manager,": a role noun among the first few lowercase words.
  const roleSoon = () => {
    for (let k = nameEnd + 1; k < nameEnd + 4 && tokens[k]?.kind === 'word' && !tokens[k]!.cap; k++) if (PERSON_ROLE_NOUNS.has(bare(tokens[k]!.text)) || TITLE_HEADS.has(bare(tokens[k]!.text))) return true;
    return false;
  };
  if (!ARTICLES.has(lead) && !PERSON_ROLE_NOUNS.has(lead) && !TITLE_HEADS.has(lead) && !/-based$/.test(lead) && !roleSoon()) return null;
  let k = nameEnd + 1;
  const sentence = first.sentence;
  while (k < tokens.length && tokens[k]!.sentence === sentence && ![',', ';', '—', '–', '(', '”', '“', '"'].includes(tokens[k]!.text) && !(tokens[k]!.text === '.' && k === tokens.length - 1)) {
    if (['who', 'which', 'that', 'said', 'told'].includes(tokens[k]!.text)) break;
    k++;
  }
  if (k - nameEnd > 26) return null;
  const words = tokens.slice(nameEnd + 1, k);
  while (words.length && words.at(-1)!.text === '.') words.pop();
  if (!words.length) return null;
  const head = words.slice(0, 10).map((t) => bare(t.text));
  const kind = head.some((x) => PERSON_ROLE_NOUNS.has(x)) ? 'person' : head.some((x) => ORG_ROLE_NOUNS.has(x)) ? 'org' : head.some((x) => PLACE_NOUNS.has(x)) ? 'place' : null;
  let text = w.b.tk.text.slice(words[0]!.start, words.at(-1)!.end);
  text = text.replace(/^(?:a|an|the)\s+/i, '');
  const orgIdx = words.findIndex((t, i) => w.types[nameEnd + 1 + i] === 'organization' && t.cap);
  let org: string | null = null;
  if (orgIdx >= 0) {
    let e = nameEnd + 1 + orgIdx;
    while (e + 1 < k && w.types[e + 1] === 'organization') e++;
    org = w.b.tk.text.slice(w.tokens[nameEnd + 1 + orgIdx]!.start, w.tokens[e]!.end);
  }
  return { text, kind, end: k, org };
}

/** Prepositions after which a capitalised name is a place (`in Halmahera`, `near Kolwezi`). */
const LOCATIVE = new Set(['in', 'near', 'around', 'across', 'outside', 'throughout']);
/** Words that open a noun phrase: a place noun after one of them cannot belong to the name before it. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);
/** Place nouns that are also verbs (`Lynas mines rare earths`): they mark a place only after a determiner. */
const VERB_LIKE_PLACE_NOUNS = new Set(['mine', 'mines', 'field', 'fields', 'range', 'site', 'project', 'state', 'area', 'deposit', 'deposits']);
/** Roles a company has and a person does not: `Lynas chief executive Amanda Lacaze`. */
const CORPORATE_ROLE = /^(?:chief executive(?: officer)?|ceo|chairman|chairwoman|chair|executive chairman|managing director|chief financial officer|cfo|chief operating officer|coo|founder and chief executive|president and chief executive)$/;
/** Lowercase words that qualify a title without being one (`former President Joko Widodo`). */
const TITLE_QUALIFIERS = new Set(['former', 'late', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'ex', 'current', 'sitting']);
/** Words for what an organisation issues: `X said in a statement`. */
const STATEMENT_NOUNS = new Set(['statement', 'release', 'filing', 'note', 'post', 'notice', 'report', 'letter', 'communiqué']);

/** True when the token at k starts a place mention; returns the index after it, else -1. */
function placeAt(w: Work, k: number): number {
  if (w.types[k] !== 'place' || !w.used[k]) return -1;
  let e = k;
  while (e + 1 < w.tokens.length && w.types[e + 1] === 'place' && w.used[e + 1]) e++;
  return e + 1;
}

/** True when token k follows a list of places after a locative preposition (`in Australia and New Caledonia`). */
function coordinatedWithPlace(w: Work, k: number): boolean {
  const { tokens } = w;
  let j = k - 1;
  for (let guard = 0; guard < 6; guard++) {
    if (!['and', 'or', ','].includes(tokens[j]?.text ?? '')) return false;
    j--;
    if (w.types[j] !== 'place' || !w.used[j]) return false;
    while (j > 0 && w.types[j - 1] === 'place' && w.used[j - 1]) j--;
    const before = tokens[j - 1]?.text ?? '';
    if (LOCATIVE.has(before) || before === 'from' || before === 'at' || before === 'between') return true;
    j--;
  }
  return false;
}

/** The kind of thing a relative clause after a name describes: `, who …` a person, `, where …` a place, `, which is the world’s largest producer` an organisation. */
function relativeAfter(w: Work, end: number): 'person' | 'org' | 'place' | null {
  const { tokens } = w;
  if (tokens[end]?.text !== ',') return null;
  const word = tokens[end + 1]?.text;
  if (word === 'who') return 'person';
  if (word === 'where') return 'place';
  if (word !== 'which') return null;
  for (let k = end + 2; k < Math.min(tokens.length, end + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’s' && t.text !== "'s") return null;
    if (ORG_ROLE_NOUNS.has(t.text) && !PERSON_ROLE_NOUNS.has(t.text)) return 'org';
  }
  return null;
}

/** True when a place noun follows the name ending at `last` (`the Mutanda mine`, `Reko Diq copper-gold project`), not a verb (`Lynas mines rare earths`). */
function placeNounAfter(w: Work, from: number, last: number): string | null {
  const { tokens } = w;
  if (!tokens[last + 1] || tokens[last + 1]!.cap) return null;
  // Up to four lowercase words ahead ("Reko Diq copper-gold project", "Reko Diq in Chagai district"), capitalised words not counted.
  for (let k = last + 1, n = 0; k < tokens.length && n < 4; k++) {
    const t = tokens[k]!;
    if ((t.kind !== 'word' && t.text !== '-') || DETERMINERS.has(t.text)) return null;
    if (t.cap) continue;
    n++;
    if (!PLACE_NOUNS.has(t.text)) continue;
    if (VERB_LIKE_PLACE_NOUNS.has(t.text)) {
      const before = tokens[from - 1]?.text ?? '';
      const after = tokens[k + 1];
      const determined = DETERMINERS.has(before) || /^[’']s$/.test(before) || LOCATIVE.has(before) || ['at', 'of', 'from', 'to', 'for', 'on'].includes(before);
      if (!determined && after && after.kind === 'word' && !after.cap && !['in', 'at', 'near', 'of', 'and', 'or', 'is', 'was', 'has', 'will', 'would'].includes(after.text)) return null;
    }
    return t.text;
  }
  return null;
}

/** The speech verb after a name (skipping an apposition, a relative clause and an adverb), as a token index, or -1. */
function speechVerbAfter(w: Work, end: number): number {
  const { tokens } = w;
  const app = appositionAfter(w, end);
  let k = app ? app.end + 1 : end;
  // ", who works with …, said"
  if (tokens[k]?.text === ',' && tokens[k + 1]?.text === 'who') {
    const sentence = tokens[k]!.sentence;
    let c = k + 2;
    while (c < tokens.length && tokens[c]!.sentence === sentence && tokens[c]!.text !== ',' && !/^[“”"]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.text === ',' && c - k < 30) k = c + 1;
  }
  if (tokens[k]?.text.endsWith('ly')) k++;
  return tokens[k] && SPEECH_VERBS.has(tokens[k]!.text) && tokens[k]!.text !== 'according' ? k : -1;
}

/** True when the capitalised word at k may start a name that evidence for a person extends leftwards ("said Budi Contoh, a researcher"). */
function extendsName(w: Work, k: number, ctx: DiscoveryContext): boolean {
  const t = w.tokens[k];
  if (!t || !capWord(w, k) || w.tokens[k + 1]!.start !== t.end + 1 || !nameStart(w, k, ctx)) return false;
  const b = bare(t.text);
  if (TITLE_WORDS.has(b) || ORG_HEADS.has(t.text) || CORPORATE_TAILS.has(t.text) || demonyms().has(t.text) || NEVER_NAMES.has(b)) return false;
  if (WEEKDAY_SET.has(t.text) || MONTHS.has(b) || gazetteerPlace(t.text) || COMPASS_WORDS.has(t.text) || PLACE_PREFIXES.has(t.text)) return false;
  return !/[-–]/.test(t.text) && t.text !== t.text.toUpperCase();
}

/** People (and lone names the join must resolve) from the capitalised runs nothing else took. */
function matchNames(w: Work, ctx: DiscoveryContext, add: Add): void {
  const { tokens } = w;
  const text = w.b.tk.text;
  for (let i = 0; i < tokens.length; i++) {
    if (!capWord(w, i)) continue;
    // The run: capitalised words, letting brackets through ("President [Donald] Trump").
    const run: number[] = [];
    let j = i;
    while (j < tokens.length) {
      if (capWord(w, j)) run.push(j);
      else if (NAME_PARTICLES.has(tokens[j]!.text) && run.length && (capWord(w, j + 1) || (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && capWord(w, j + 2)))) run.push(j);
      else if (!['[', ']'].includes(tokens[j]!.text)) break;
      j++;
    }
    i = j - 1;
    while (run.length && !nameStart(w, run[0]!, ctx) && !TITLE_WORDS.has(bare(tokens[run[0]!]!.text))) run.shift();
    if (!run.length) continue;
    // The name is the longest tail of name-like words.
    let t = run.length - 1;
    if (!nameLike(w, run[t]!, true)) continue;
    while (t > 0 && nameLike(w, run[t - 1]!, false) && run.length - t < 5) t--;
    while (t < run.length - 1 && NAME_PARTICLES.has(tokens[run[t]!]!.text)) t++;
    const nameTokens = run.slice(t);
    while (nameTokens.length > 1 && NAME_SUFFIXES.has(tokens[nameTokens[0]!]!.text)) nameTokens.shift();
    // "Minister of Mines Paul Kabuswe": an ordinary word right after "of"/"for" ends a title, it does not start a name.
    while (nameTokens.length > 1 && isWord(bare(tokens[nameTokens[0]!]!.text)) && ['of', 'for', 'and', '&'].includes(tokens[nameTokens[0]! - 1]?.text ?? '')) nameTokens.shift();
    const last = nameTokens.at(-1)!;
    const app = appositionAfter(w, last + 1);
    const verb = speechVerbAfter(w, last + 1);
    const before0 = tokens[nameTokens[0]! - 1]?.text ?? '';
    const saidBefore = before0 === 'said' || before0 === 'told' || (before0 === 'to' && tokens[nameTokens[0]! - 2]?.text === 'According');
    // "X said in a statement": an organisation speaking.
    const statement = statementAfter(w, last + 1);
    // "in Peru and New Tolosa say …": a name after a place preposition is not the verb's subject.
    let runFrom = nameTokens[0]!;
    while (runFrom > run[0]! && capWord(w, runFrom - 1)) runFrom--;
    const locative = LOCATIVE.has(tokens[runFrom - 1]?.text ?? '') || coordinatedWithPlace(w, runFrom);
    const speech = ((verb >= 0 && !locative) || saidBefore) && !statement;
    const rel = relativeAfter(w, last + 1);
    // "led since August 2024 by Bahlil Lahadalia"
    const ledBy = before0 === 'by' && tokens.slice(Math.max(0, nameTokens[0]! - 7), nameTokens[0]! - 1).some((x) => ['led', 'headed', 'chaired'].includes(x.text) && x.sentence === tokens[nameTokens[0]!]!.sentence);
    // Evidence for a person takes in an ordinary capitalised word right before a lone surname ("said Budi Contoh, a researcher").
    if (nameTokens.length === 1 && (app?.kind === 'person' || rel === 'person' || speech || ledBy) && run[t - 1] === nameTokens[0]! - 1 && extendsName(w, nameTokens[0]! - 1, ctx) && !titleBefore(w, nameTokens[0]!).roles.length) {
      nameTokens.unshift(nameTokens[0]! - 1);
    }
    const first = nameTokens[0]!;
    if (!nameStart(w, first, ctx) && nameTokens.length === 1) continue;
    const name = nameTokens.map((k) => tokens[k]!.text).join(' ');
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const surface = /[[\]]/.test(text.slice(start, end)) ? name : text.slice(start, end);
    const title = titleBefore(w, first);
    const tags = nameTokens.map((k) => w.b.tags[k]!);
    const hasTitle = title.roles.length > 0 || !!title.honorific;
    const personEvidence = hasTitle || app?.kind === 'person' || (nameTokens.length > 1 && (speech || rel === 'person' || ledBy || tags.some((x) => x.person)));
    const allWords = nameTokens.every((k) => isWord(bare(tokens[k]!.text)));
    // A place keeps the capitalised words before its tail ("its Los Bronces mine", "New Caledonia").
    let placeFrom = first;
    while (placeFrom > run[0]! && capWord(w, placeFrom - 1) && !TITLE_WORDS.has(bare(tokens[placeFrom - 1]!.text))) placeFrom--;
    const noun = hasTitle ? null : placeNounAfter(w, placeFrom, last);
    const placeNoun = noun !== null;
    const beforeRun = tokens[placeFrom - 1]?.text ?? '';
    const prep = ['in', 'near', 'around', 'across', 'of'].includes(tokens[first - 1]?.text ?? '') || LOCATIVE.has(beforeRun) || coordinatedWithPlace(w, placeFrom);
    // "at Eneabba, Western Australia", "at Kamoto near Kolwezi", "on Halmahera in North Maluku", "Tanbreez, where …".
    const afterPlace = (tokens[last + 1]?.text === ',' && placeAt(w, last + 2) > 0 && !/^[’']s$/.test(tokens[placeAt(w, last + 2)]?.text ?? '') && !capWord(w, placeAt(w, last + 2))) || (['near', 'outside'].includes(tokens[last + 1]?.text ?? '') && (placeAt(w, last + 2) > 0 || capWord(w, last + 2)));
    const locatedIn = ['on', 'at', 'in', 'from'].includes(beforeRun) && tokens[last + 1]?.text === 'in' && placeAt(w, last + 2) > 0;
    const placeCue = rel === 'place' || afterPlace || locatedIn;
    // "an analyst at Jefferies": a workplace.
    const workplace = tokens[first - 1]?.text === 'at' && PERSON_ROLE_NOUNS.has(bare(tokens[first - 2]?.text ?? ''));
    // "Codelco’s stake", "Lynas chief executive Amanda Lacaze": a company.
    const possessed = /^[’']s$/.test(tokens[last + 1]?.text ?? '') && tokens.slice(last + 2, last + 5).some((x, n, all) => BUSINESS_NOUNS.has(x.text) && all.slice(0, n).every((y) => y.kind === 'word' && !y.cap));
    const corporateRole = corporateRoleAfter(w, last + 1);
    const titleGender = title.honorific ? honorificGender(title.honorific) : null;
    const gender = titleGender ?? (tags[0]?.female ? 'f' : tags[0]?.male ? 'm' : null);
    const base = { name, text: surface, start, end, registryId: null, gender, genderByTitle: titleGender !== null } as const;
    // "Chagai district", "Mutanda mine", "Maluku islands": the place with its noun is another name for it.
    const nextWord = tokens[last + 1]?.text ?? '';
    const nounAfter = ['district', 'province', 'region', 'valley', 'city', 'islands', 'island'].includes(nextWord) || (noun === nextWord && !['state', 'capital', 'area', 'site', 'field', 'fields'].includes(nextWord)) ? [`${name} ${nextWord}`] : [];
    // "in Australia and New Caledonia": after a preposition, an unknown word takes the capitalised words before it.
    const prepPlace = prep && !isWord(bare(tokens[last]!.text)) && !tags.some((x) => x.person) && rel !== 'person' && !speech;
    if ((placeNoun || prepPlace) && !hasTitle && app?.kind !== 'person' && placeFrom < first) {
      const placeName = text.slice(tokens[placeFrom]!.start, end);
      take(w, placeFrom, last + 1);
      add({ ...base, type: 'place', name: placeName, text: placeName, start: tokens[placeFrom]!.start, form: 'name', aliases: nounAfter.map((a) => a.replace(name, placeName)) });
      continue;
    }
    if (corporateRole && !hasTitle && !tags.some((x) => x.person) && !allWords) {
      take(w, first, last + 1);
      // A short form: the join resolves it to the full name the source uses ("Barrick" → Barrick Gold Corporation).
      add({ ...base, type: 'organization', form: 'short', gender: null, genderByTitle: false, hints: { person: false, place: false, org: true } });
      continue;
    }
    // "the Mutanda mine": a determiner, one capitalised word and a place noun make a place, even of an ordinary word.
    if (nameTokens.length === 1 && !hasTitle && noun && noun === tokens[last + 1]!.text && DETERMINERS.has(tokens[first - 1]?.text ?? '') && !tokens[first]!.first && !speech && app?.kind !== 'person') {
      take(w, first, last + 1);
      add({ ...base, type: 'place', form: 'name', aliases: nounAfter });
      continue;
    }
    if (nameTokens.length === 1 && !hasTitle) {
      if (NEVER_NAMES.has(name.toLowerCase())) continue;
      take(w, first, last + 1);
      const org = workplace || app?.kind === 'org' || tags[0]!.org || rel === 'org' || statement || possessed;
      add({ ...base, type: 'unknown', form: 'short', aliases: nounAfter, hints: { person: app?.kind === 'person' || speech || rel === 'person' || ledBy, place: !workplace && !statement && !possessed && (app?.kind === 'place' || placeNoun || prep || placeCue || tags[0]!.place), org } });
      continue;
    }
    if (!hasTitle && app?.kind === 'place') {
      take(w, first, last + 1);
      add({ ...base, type: 'place', form: 'name' });
      continue;
    }
    // "the company’s Tia Maria project": a determiner or owner, a name and a place noun right after it make a place, whatever the name sounds like.
    if (noun && noun === nextWord && !speech && app?.kind !== 'person' && rel !== 'person' && (DETERMINERS.has(tokens[placeFrom - 1]?.text ?? '') || /^[’']s$/.test(tokens[placeFrom - 1]?.text ?? ''))) {
      const placeName = text.slice(tokens[placeFrom]!.start, end);
      take(w, placeFrom, last + 1);
      add({ ...base, type: 'place', name: placeName, text: placeName, start: tokens[placeFrom]!.start, form: 'name', gender: null, genderByTitle: false, aliases: nounAfter.map((a) => a.replace(name, placeName)) });
      continue;
    }
    if (!hasTitle && (app?.kind === 'org' || ((rel === 'org' || statement || possessed) && !personEvidence))) {
      take(w, first, last + 1);
      add({ ...base, type: 'organization', form: 'name', roles: app?.kind === 'org' ? [{ role: app.text, org: null }] : [] });
      continue;
    }
    if (personEvidence && !(allWords && !hasTitle && app?.kind !== 'person' && !tags.some((x) => x.person))) {
      take(w, first, last + 1);
      add({ ...base, type: 'person', form: nameTokens.length === 1 ? 'short' : 'name' });
      if (nameTokens.length > 1) for (const k of nameTokens) w.personWords.add(tokens[k]!.text);
      continue;
    }
    if (placeNoun || placeCue || (prep && !allWords) || tags.every((x) => x.place)) {
      if (allWords) continue;
      const placeName = text.slice(tokens[placeFrom]!.start, end);
      take(w, placeFrom, last + 1);
      add({ ...base, type: 'place', name: placeName, text: placeName, start: tokens[placeFrom]!.start, form: 'name', aliases: nounAfter });
      continue;
    }
    if (tags.some((x) => x.org) && !allWords) {
      take(w, first, last + 1);
      add({ ...base, type: 'organization', form: 'name' });
      continue;
    }
    // No evidence here ("as much history as Reko Diq."): the join may know the name from elsewhere.
    if (!allWords && nameTokens.length > 1) {
      take(w, first, last + 1);
      add({ ...base, type: 'unknown', form: 'name', gender: null, genderByTitle: false });
    }
  }
}

/** True when a speech verb and `in a statement` (release, filing …) follow the name ending before token `end`. */
function statementAfter(w: Work, end: number): boolean {
  const { tokens } = w;
  const verb = speechVerbAfter(w, end);
  return verb >= 0 && tokens[verb + 1]?.text === 'in' && ['a', 'an', 'its', 'the'].includes(tokens[verb + 2]?.text ?? '') && STATEMENT_NOUNS.has(tokens[verb + 3]?.text ?? '');
}

/** The gender an honorific states (`Ms`, `Mrs`, `Dame` → f; `Mr`, `Sir` → m), else null. */
function honorificGender(honorific: string): 'm' | 'f' | null {
  const h = bare(honorific);
  return ['ms', 'mrs', 'miss', 'dame', 'lady'].includes(h) ? 'f' : ['mr', 'sir', 'lord'].includes(h) ? 'm' : null;
}

/** True when a company role and then a capitalised name follow token `k` (`Lynas chief executive Amanda Lacaze`). */
function corporateRoleAfter(w: Work, k: number): boolean {
  const { tokens } = w;
  let e = k;
  while (e < tokens.length && e - k < 4 && tokens[e]!.kind === 'word' && !tokens[e]!.cap) e++;
  if (e === k || !tokens[e]?.cap || tokens[e]!.kind !== 'word') return false;
  return CORPORATE_ROLE.test(tokens.slice(k, e).map((t) => t.text).join(' '));
}

/** The organisation behind each embedded post (its author), with the account handle as an alias. */
function matchEmbedAuthors(prep: PreparedSource, mentions: RawMention[]): void {
  prep.source.embeds.forEach((embed, i) => {
    const bi = prep.blocks.findIndex((b) => b.embed === i);
    if (bi < 0 || !embed.author.trim()) return;
    const tk = tokenize(embed.author);
    const headAt = tk.tokens.findIndex((t) => ORG_HEADS.has(t.text));
    let name = embed.author.trim();
    if (headAt >= 0) {
      let end = headAt;
      while (tk.tokens[end + 1] && (['of', 'for', '&'].includes(tk.tokens[end + 1]!.text) || tk.tokens[end + 1]!.cap) && tk.tokens[end + 1]!.text !== ',') end++;
      name = embed.author.slice(tk.tokens[0]!.start, tk.tokens[end]!.end);
    } else if (!/\s/.test(name)) {
      return;
    }
    mentions.push({
      type: headAt >= 0 ? 'organization' : 'unknown',
      name,
      text: embed.author.trim(),
      block: bi,
      start: 0,
      end: 0,
      registryId: null,
      form: 'name',
      inQuote: false,
      roles: [],
      titled: null,
      hints: { person: false, place: false, org: true },
      gender: null,
      aliases: [embed.author.trim(), ...(embed.handle ? [embed.handle] : [])],
    });
  });
}

/** Titles before and apposition after a person mention become its roles. */
function addRoles(w: Work, m: RawMention): void {
  if (m.end === 0) return;
  const range = tokenRange(w.tokens, m.start, m.end);
  if (!range) return;
  // A registry alias may carry its own title ("Senator Muhammad Aurangzeb", "Mr. Robert Louis Strayer II"): read titles from the first name word.
  let nameAt = range[0];
  if (m.registryId) while (nameAt < range[1] - 1 && w.tokens[nameAt]!.cap && TITLE_WORDS.has(bare(w.tokens[nameAt]!.text))) nameAt++;
  // The title words inside the alias are read like any title: lift the mention's claim on them while scanning.
  const types = w.types.slice(range[0], nameAt);
  for (let k = range[0]; k < nameAt; k++) w.types[k] = null;
  const title = titleBefore(w, nameAt);
  for (let k = range[0]; k < nameAt; k++) w.types[k] = types[k - range[0]]!;
  if (title.roles.length || title.honorific) {
    // The name with its title as written, with the country or organisation before it ("US Chargé d’Affaires Natalie Baker", "Barrick chief executive Mark Bristow").
    let from = title.roles.length ? Math.min(title.qualifierStart, range[0]) : Math.min(nameAt - 1, range[0]);
    while (from < nameAt && ['of', 'for', 'to', 'the', 'and', '&', ','].includes(w.tokens[from]!.text)) from++;
    m.titled = w.b.tk.text.slice(w.tokens[from]!.start, m.end).replace(/\s+/g, ' ').replace(/^.*,\s*/, '');
    m.roles.push(...title.roles);
    const name = w.b.tk.text.slice(w.tokens[nameAt]!.start, m.end).replace(/\s+/g, ' ');
    for (const r of title.roles) {
      m.aliases.push(`${r.role} ${name}`);
      // "Special Assistant to the President and Senior Director for …": each title on its own.
      for (const part of r.role.split(/ and (?=\p{Lu})/u).slice(1)) m.aliases.push(`${part} ${name}`);
    }
    if (title.honorific) m.aliases.push(`${title.honorific} ${name}`);
    const byTitle = title.honorific ? honorificGender(title.honorific) : null;
    if (byTitle) {
      m.gender = byTitle;
      m.genderByTitle = true;
    }
  }
  const app = appositionAfter(w, range[1]);
  if (app?.kind === 'person') m.roles.push({ role: app.text, org: app.org });
}

const roleKeys = new Map<string, string>();

/** Normalised form of a role for matching definite descriptions (`the finance minister`), memoised. */
export function roleKey(role: string): string {
  let key = roleKeys.get(role);
  if (key === undefined) {
    key = computeRoleKey(role);
    roleKeys.set(role, key);
  }
  return key;
}

/** Uncached `roleKey`. */
function computeRoleKey(role: string): string {
  return normName(role)
    .split(' ')
    .filter((x) => !ARTICLES.has(x) && !demonyms().has(titleCase(x)) && x !== 'us' && x !== 'u.s.' && !gazetteerPlace(titleCase(x)))
    .join(' ');
}

/** Definite descriptions that point back to an entity named earlier in the source: `the finance minister`, `the Forum`, `the Pakistani finance chief`. */
function matchDescriptions(works: Work[], mentions: RawMention[]): void {
  const found: RawMention[] = [];
  for (const w of works) {
    const text = w.b.tk.text;
    for (const the of text.matchAll(/\b[Tt]he\s+/gu)) {
      const at = the.index;
      const rest = /^(?:[\p{L}.’'-]+\s+){0,5}[\p{L}.’'-]+/u.exec(text.slice(at + the[0].length));
      if (!rest) continue;
      let earlierList: RawMention[] | null = null;
      const earlier = () => (earlierList ??= mentions.filter((x) => x.block < w.bi || (x.block === w.bi && x.end <= at)));
      const words = rest[0].split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const phrase = words.slice(0, n).join(' ');
        const end = at + the[0].length + phrase.length;
        const range = tokenRange(w.tokens, at, end);
        if (!range || w.types.slice(range[0] + 1, range[1]).some((t, k) => t !== null && t !== 'place' && w.used[range[0] + 1 + k])) continue;
        // A description ends where a name would begin ("the President Donald Trump" is not one).
        if (w.tokens[range[1]]?.cap && w.tokens[range[1]]!.kind === 'word') continue;
        const target = describe(phrase, earlier, w.bi);
        if (!target) continue;
        take(w, ...range);
        found.push({ ...target, text: text.slice(at, end), block: w.bi, start: at, end, form: 'description', inQuote: w.b.quotes.some((q) => at >= q.start && at < q.end), roles: [], titled: null, aliases: [] });
        break;
      }
    }
  }
  mentions.push(...found);
}

/** The earlier mention a description (without its article) points to, when exactly one entity fits. */
function describe(phrase: string, earlierOf: () => readonly RawMention[], block: number): RawMention | null {
  if (phrase.split(/\s+/).some((x) => ARTICLES.has(x.toLowerCase()) || ['who', 'which', 'said', 'and', 'of'].includes(x.toLowerCase()))) {
    if (!/\bof\b/i.test(phrase) || /\b(?:that|which|who|said|and)\b/i.test(phrase)) return null;
  }
  const key = roleKey(phrase);
  if (!key) return null;
  const earlier = earlierOf();
  const words = key.split(' ');
  const pick = (list: RawMention[]): RawMention | null => {
    const names = new Set(list.map((x) => x.registryId ?? roleKey(x.name)));
    return names.size === 1 ? list.at(-1)! : null;
  };
  // People by role, in lowercase ("the finance minister", "the US secretary of state"): "the President" is a title, not a description.
  const lowercase = phrase.split(/\s+/).every((x) => !/^\p{Lu}/u.test(x) || demonyms().has(x) || /^(?:US|U\.S\.)$/.test(x));
  const byRole = earlier.filter((x) => x.type === 'person' && x.form !== 'description' && x.roles.some((r) => roleKey(r.role) === key || roleKey(r.role).endsWith(` ${key}`)));
  if (lowercase && byRole.length && words.some((x) => TITLE_HEADS.has(x))) return pick(byRole);
  // "the finance chief": a domain word and a head word.
  if (lowercase && words.length === 2 && ['chief', 'minister', 'head', 'boss', 'czar'].includes(words[1]!)) {
    const byDomain = earlier.filter((x) => x.type === 'person' && x.roles.some((r) => roleKey(r.role).split(' ').includes(words[0]!) && /minister|secretary|chief|head/.test(roleKey(r.role))));
    if (byDomain.length) return pick(byDomain);
  }
  // Organisations by head word: "the Forum", "the ministerial", "the Ministry".
  if (words.length === 1 && ORG_HEADS.has(titleCase(words[0]!))) {
    const byHead = earlier.filter((x) => x.type === 'organization' && x.form === 'name' && normName(x.name).split(' ').some((p, i, all) => p === words[0] && (i === 0 || i === all.length - 1)));
    if (byHead.length) return pick(byHead);
  }
  // "the association": an organisation the source described as one ("…, an industry association representing …").
  if (words.length === 1 && lowercase && ORG_ROLE_NOUNS.has(words[0]!)) {
    // Only the organisation named last, within the last two paragraphs, and only when the source described it with that noun.
    const recent = earlier.filter((x) => x.type === 'organization' && x.form !== 'description').reduce<RawMention | null>((a, x) => (!a || x.block > a.block || (x.block === a.block && x.start > a.start) ? x : a), null);
    const key = recent ? recent.registryId ?? roleKey(recent.name) : null;
    const byRole = earlier.filter((x) => x.type === 'organization' && x.form === 'name' && (x.registryId ?? roleKey(x.name)) === key && x.roles.some((r) => roleHead(r.role) === words[0]));
    if (recent && block - recent.block <= 2 && byRole.length) return pick(byRole);
  }
  return null;
}

/** The noun a description of an organisation is about: its first organisation noun (`industry association representing companies` → `association`). */
function roleHead(role: string): string | null {
  return role.toLowerCase().split(/\s+/).find((x) => ORG_ROLE_NOUNS.has(x)) ?? null;
}

/** Words that end a capitalised run away from a sentence start anywhere in the corpus (surnames, place names): a sentence-initial ordinary word on this list may still be a name. */
export function corpusMidCaps(preps: readonly PreparedSource[]): Set<string> {
  const out = new Set<string>();
  for (const p of preps) {
    for (const b of p.blocks) {
      const ts = b.tk.tokens;
      for (let i = 0; i < ts.length; i++) {
        const t = ts[i]!;
        if (!t.cap || t.first || t.kind !== 'word' || NAME_SUFFIXES.has(t.text)) continue;
        const next = ts[i + 1];
        const nextIsName = next && next.cap && next.kind === 'word' && !NAME_SUFFIXES.has(next.text) && next.start === t.end + 1;
        if (!nextIsName) out.add(t.text);
      }
    }
  }
  return out;
}

/** Whether the organisation name ends in a word that names a gathering (`Forum`, `Ministerial`). */
export function isEventName(name: string): boolean {
  const words = name.replace(/\s*\(.*?\)\s*/g, ' ').trim().split(/\s+/);
  return words.some((x, i) => EVENT_HEADS.has(x) && i >= words.length - 2);
}
