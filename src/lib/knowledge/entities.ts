/**
 * Entity resolution across the corpus: mentions found in each source are
 * joined into entities. Registry aliases, acronyms and their expansions (the
 * source's own definition first), country-prefixed organisation names
 * (`US Critical Minerals Forum`), surnames and other words of a full name and
 * `Mr X` (resolved to the full name seen in the same source, else the only one
 * in the corpus) all end up on one entity. A lone name takes the type its
 * contexts in the source agree on.
 */
import type { Entity, EntityRole, EntityType, Mention } from '../../schemas/knowledge.ts';
import type { PreparedSource } from './blocks.ts';
import { COMPASS_WORDS, FAMILY_NAMES_FIRST, NAME_ABBREVIATIONS, ORG_QUALIFIERS, PLACE_PREFIXES, STORM_HEADS, isWord } from './lexicon.ts';
import { COUNTRIES, DEMONYMS, gazetteerPlace } from './places.ts';
import { findMinerals } from './minerals.ts';
import { acronymMatches, type RawMention, type SourceMentions } from './mentions.ts';
import { initials } from './matchers/read.ts';
import type { RegistryIndex } from './registry.ts';
import { byCode, normName, sentenceAt, slugify, uniqueIds } from './text.ts';

/** One source with what discovery found in it. */
export interface SourceAnalysis {
  prep: PreparedSource;
  found: SourceMentions;
}

/** Entities plus, for every raw mention, the id of the entity it was resolved to (null when dropped). */
export interface ResolvedEntities {
  entities: Entity[];
  byId: ReadonlyMap<string, Entity>;
  /** `mentionIds[s][m]`: entity id of mention m of source s. */
  mentionIds: (string | null)[][];
  /** Mineral mentions per source (they are found after the other entities, with names masked). */
  minerals: RawMention[][];
  /** Look up an entity id by a name as written (organisation or person), or null. */
  idForName: (name: string) => string | null;
}

const PATH_SEGMENT: Record<EntityType, string> = { person: 'people', organization: 'organizations', place: 'places', mineral: 'minerals' };
const TYPE_ORDER: Record<EntityType, number> = { person: 0, organization: 1, place: 2, mineral: 3 };
/** A country (or its demonym, or its possessive) before an organisation's name: `US`, `Pakistani`, `Chile's`. */
const COUNTRY_PREFIX = new RegExp(
  `^(?:the )?(?:${[...COUNTRIES.flat(), ...DEMONYMS.keys()]
    .map((n) => normName(n).replace(/[.]/g, '\\.'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:'s)? `,
);
/** Normalised country name, alias or demonym → the country's canonical name. */
const COUNTRY_OF: ReadonlyMap<string, string> = new Map([
  ...COUNTRIES.flatMap((names) => names.map((n) => [normName(n), names[0]!] as const)),
  ...[...DEMONYMS].map(([d, c]) => [normName(d), c] as const),
]);
/** The country a prefixed organisation key names (`us state department` → United States), or null. */
function prefixCountry(key: string): string | null {
  const m = COUNTRY_PREFIX.exec(key);
  return m ? COUNTRY_OF.get(m[0].trim().replace(/^the /, '').replace(/'s$/, '')) ?? null : null;
}

/** A person's name as a key: case folded, dots and name suffixes (`II`, `Jr`) dropped. */
export function personKey(name: string): string {
  return normName(name)
    .replace(/\./g, '')
    .replace(/\s+(?:ii|iii|iv|jr|sr)$/, '')
    .trim();
}

/** An organisation's name as a key: case folded, leading `the` and trailing possessive dropped. */
export function orgKey(name: string): string {
  return normName(name)
    .replace(/^the /, '')
    .replace(/'s$/, '')
    .replace(/\s*\(([^)]*)\)\s*/g, ' ')
    .trim()
    .replace(/^(.*?)\b(ministry|department) of (\w+)$/, '$1$3 $2')
    // A company's legal form is not part of what it is called ("Norfolk Southern Corp." is Norfolk Southern).
    .replace(LEGAL_FORM, '')
    // Places abbreviated inside names ("Court of Appeals for the D.C. Circuit" is "… for the District of Columbia Circuit").
    .replace(NAME_ABBREVIATION_RE, (a) => NAME_ABBREVIATIONS.get(a)!);
}

const NAME_ABBREVIATION_RE = new RegExp(`(?<![\\p{L}.])(?:${[...NAME_ABBREVIATIONS.keys()].map((k) => k.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'gu');

/** A legal form after a company's name (`Corp.`, `, Inc.`, `Ltd`, `LLC`, `plc`), as normName spells it. */
const LEGAL_FORM = /(?<=\S)(?:,)?\s+(?:inc|corp|co|ltd|llc|plc|llp|gmbh|ag|s\.?a|n\.?v)\.?$/;

/**
 * The family name of a person's name: its last word, ignoring suffixes (`Robert Louis Strayer II` → `Strayer`), or its first
 * in a name written surname first (`Lee Jae-myung` → `Lee`, `Yoon Suk Yeol` → `Yoon`).
 */
function surname(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !/^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(p));
  if (surnameFirst(parts)) return parts[0]!;
  return parts.at(-1) ?? name;
}

/** A name written surname first: a hyphenated given name after it ("Jae-myung"), or a listed family name and two short syllables ("Yoon Suk Yeol"). */
function surnameFirst(parts: readonly string[]): boolean {
  if (parts.length < 2 || parts.length > 3 || !/^\p{Lu}\p{Ll}{0,6}$/u.test(parts[0]!)) return false;
  if (/^\p{Lu}\p{Ll}{0,6}-\p{Ll}{1,6}$/u.test(parts.at(-1)!)) return true;
  return parts.length === 3 && FAMILY_NAMES_FIRST.has(parts[0]!) && parts.slice(1).every((p) => /^\p{Lu}\p{Ll}{0,5}$/u.test(p));
}

/**
 * Two or three capitalised words, none of them an ordinary English word: the shape of most people's names; or a family
 * name and a hyphenated given name ("Ahn Cheol-soo").
 */
function looksLikePersonalName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 2 && surnameFirst(words) && /-/.test(words[1]!) && !gazetteerPlace(words[0]!)) return true;
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isWord(w) && !gazetteerPlace(w));
}

interface Pending {
  s: number;
  m: number;
  mention: RawMention;
  key: string | null;
}

/** Resolve every mention of every source into entities. */
export function resolveEntities(analyses: readonly SourceAnalysis[], registry: RegistryIndex): ResolvedEntities {
  const registryKey = (name: string, type: EntityType): string | null => {
    const ids = (registry.byName.get(normName(name)) ?? []).filter((id) => registry.entries.get(id)?.type === type);
    return ids.length === 1 ? `reg:${ids[0]}` : null;
  };
  // Corpus acronyms: only those every defining source agrees on (country prefixes aside).
  const bareKey = (n: string) => orgKey(n).replace(COUNTRY_PREFIX, '');
  const acronyms = new Map<string, string | null>();
  for (const a of analyses) {
    for (const [acr, name] of a.found.acronyms) {
      const prev = acronyms.get(acr);
      if (prev === undefined) acronyms.set(acr, name);
      else if (prev !== null && bareKey(prev) !== bareKey(name)) acronyms.set(acr, null);
    }
  }

  const pending: Pending[] = analyses.flatMap((a, s) => a.found.mentions.map((mention, m) => ({ s, m, mention, key: null as string | null })));
  const orgNames = new Set<string>();
  for (const p of pending) if (p.mention.type === 'organization' && p.mention.form === 'name') orgNames.add(orgKey(p.mention.name));
  // A name without its country prefix is the key when it is used bare, or when several prefixed forms share it (US State Department, United States Department of State).
  const prefixed = new Map<string, Set<string>>();
  for (const key of orgNames) {
    const bare = key.replace(COUNTRY_PREFIX, '');
    if (bare !== key) prefixed.set(bare, (prefixed.get(bare) ?? new Set()).add(key));
  }
  // Only forms that name one country join (the Chinese and the Russian Academy of Sciences stay apart).
  const oneCountry = (bare: string) => new Set([...(prefixed.get(bare) ?? [])].map(prefixCountry)).size === 1;
  const useBare = (bare: string) => oneCountry(bare) && (orgNames.has(bare) || (prefixed.get(bare)?.size ?? 0) > 1);

  /** The key of a full name of a known type. */
  const fullKey = (name: string, type: EntityType, registryId: string | null): string => {
    if (registryId) return `reg:${registryId}`;
    const reg = registryKey(name, type);
    if (reg) return reg;
    if (type === 'person') return `person:${personKey(name)}`;
    if (type === 'organization') {
      const key = orgKey(name);
      const bare = key.replace(COUNTRY_PREFIX, '');
      const regBare = bare !== key ? registryKey(bare, 'organization') : null;
      if (regBare) return regBare;
      return `organization:${bare !== key && useBare(bare) ? bare : key}`;
    }
    return `${type}:${normName(name)}`;
  };

  // Pass 1: full names, acronyms and descriptions.
  for (const p of pending) {
    const { mention } = p;
    if (mention.form === 'acronym') {
      // The source's own definition first ("Financial Market Commission (CMF)"), then the corpus's.
      const expansion = analyses[p.s]!.found.acronyms.get(mention.text) ?? acronyms.get(mention.text);
      if (mention.registryId) p.key = `reg:${mention.registryId}`;
      else if (expansion) p.key = fullKey(expansion, mention.type === 'place' ? 'place' : 'organization', null);
      continue;
    }
    if (mention.type === 'unknown' || mention.form === 'short') continue;
    if (mention.form === 'description' && mention.type === 'person' && !/\s/.test(mention.name)) continue;
    p.key = fullKey(mention.name, mention.type, mention.registryId);
  }

  // "Donald J. Trump" and "Donald Trump", "John G. Roberts Jr." and "John Roberts": one person when the corpus names exactly
  // one person with those first and last names and middle initials (not both "George H. W. Bush" and "George W. Bush").
  const initialled = new Map<string, Set<string>>();
  const keys = new Set(pending.map((p) => p.key));
  for (const key of keys) {
    if (!key?.startsWith('person:')) continue;
    const words = key.slice('person:'.length).split(' ');
    if (words.length < 3) continue;
    const core = [words[0]!, ...words.slice(1, -1).filter((x) => [...x].length > 1), words.at(-1)!];
    if (core.length === words.length) continue;
    const plain = `person:${core.join(' ')}`;
    initialled.set(plain, (initialled.get(plain) ?? new Set()).add(key));
  }
  const sameWithoutInitials = new Map<string, string>();
  for (const [plain, variants] of initialled) if (variants.size === 1 && keys.has(plain)) sameWithoutInitials.set([...variants][0]!, plain);
  for (const p of pending) if (p.key && sameWithoutInitials.has(p.key)) p.key = sameWithoutInitials.get(p.key)!;

  // Short forms of a longer place or organisation name in the same source: its first word ("Haneda" of Haneda Airport),
  // its first two words ("Grace Ocean"), or a tail after a place or a first name ("Coast Guard" of Japan Coast Guard, "Key Bridge").
  const partsBySource = new Map<string, Set<string>>();
  for (const p of pending) {
    const { mention } = p;
    if (!p.key || (mention.type !== 'place' && mention.type !== 'organization') || mention.form !== 'name') continue;
    const words = mention.name.split(/\s+/);
    if (words.length < 2) continue;
    const parts = shortForms(words);
    for (const part of parts) {
      const k = `${p.s}|${mention.type}|${part}`;
      partsBySource.set(k, (partsBySource.get(k) ?? new Set()).add(p.key));
    }
  }
  const longerName = (s: number, type: EntityType, name: string): string | null => {
    const keys = partsBySource.get(`${s}|${type}|${name}`);
    return keys && keys.size === 1 ? [...keys][0]! : null;
  };
  const longerOfAnyType = (s: number, name: string): string | null => {
    const found = (['place', 'organization'] as const).map((t) => longerName(s, t, name)).filter((k): k is string => !!k);
    return found.length === 1 ? found[0]! : null;
  };
  // A full name that is a tail or the front of exactly one longer name of its type in its source is that name;
  // a person's name with no title that is the front of an organisation's name there is that organisation ("Grace Ocean" of Grace Ocean Pte. Ltd.).
  for (const p of pending) {
    const { mention } = p;
    if (!p.key || mention.form !== 'name' || mention.registryId) continue;
    const asCompany = mention.type === 'person' && !mention.titled && !mention.roles.length ? longerName(p.s, 'organization', mention.name) : null;
    const longer = mention.type === 'place' || mention.type === 'organization' ? longerName(p.s, mention.type, mention.name) : asCompany;
    if (longer && longer !== p.key) p.key = longer;
  }
  // A name read as a person's only by its shape (no title, role or honorific) that the corpus names as an organisation,
  // with or without its legal form ("Vantor Eastern said …" / "operated by Vantor Eastern Corp."), is that organisation.
  const orgKeys = new Set(pending.map((p) => p.key).filter((k): k is string => !!k?.startsWith('organization:')));
  for (const p of pending) {
    const { mention } = p;
    if (!p.key || mention.type !== 'person' || mention.form !== 'name' || mention.registryId || mention.titled || mention.roles.length || mention.genderByTitle) continue;
    const asOrg = fullKey(mention.name, 'organization', null);
    if (orgKeys.has(asOrg)) p.key = asOrg;
  }

  // Known names for resolving short forms.
  const personsBySurname = (among: readonly Pending[]) => {
    const map = new Map<string, Set<string>>();
    for (const p of among) {
      // A full name with the shape of a person's and no other reading counts too ("Yamal" after "Lamine Yamal").
      const shaped = p.mention.type === 'unknown' && p.mention.form === 'name' && looksLikePersonalName(p.mention.name);
      const key = shaped ? fullKey(p.mention.name, 'person', null) : p.key;
      if (!key || (p.mention.type !== 'person' && !shaped) || p.mention.form !== 'name') continue;
      const sn = surname(p.mention.name);
      const set = map.get(sn) ?? new Set();
      set.add(key);
      map.set(sn, set);
    }
    return map;
  };
  const corpusSurnames = personsBySurname(pending);
  // Each source's mentions, gathered once (a source's surnames are read from its own mentions only).
  const pendingBySource = new Map<number, Pending[]>();
  for (const p of pending) {
    const list = pendingBySource.get(p.s);
    if (list) list.push(p);
    else pendingBySource.set(p.s, [p]);
  }
  // Other words of full names in a source ("Ponce" of Julio Ponce Lerou; "Tedros" of Tedros Adhanom Ghebreyesus, "Thongchai" of
  // Thongchai Keeratihattayakorn, where the given name is the one used alone), for lone names no surname fits.
  const innerNames = new Map<string, Set<string>>();
  for (const p of pending) {
    // (A full name typed only by its shape — "Anies Baswedan" — counts too: the join makes it a person.)
    const shaped = p.mention.type === 'unknown' && p.mention.form === 'name' && looksLikePersonalName(p.mention.name);
    const key = shaped ? fullKey(p.mention.name, 'person', null) : p.key;
    if (!key || (p.mention.type !== 'person' && !shaped) || p.mention.form !== 'name') continue;
    const parts = p.mention.name.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x) && !/^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(x));
    for (const part of (surnameFirst(parts) ? parts.slice(1) : parts.slice(0, -1))) {
      const k = `${p.s}|${part}`;
      innerNames.set(k, (innerNames.get(k) ?? new Set()).add(key));
    }
  }
  // What the context says about each lone name, over all its mentions in a source.
  const votes = new Map<string, { person: number; place: number; org: number }>();
  for (const p of pending) {
    if (p.mention.type !== 'unknown' || p.mention.form === 'acronym') continue;
    const k = `${p.s}|${p.mention.name}`;
    const v = votes.get(k) ?? { person: 0, place: 0, org: 0 };
    if (p.mention.hints.person) v.person++;
    if (p.mention.hints.place) v.place++;
    if (p.mention.hints.org) v.org++;
    votes.set(k, v);
  }
  const firstWords = new Map<string, Set<string>>();
  const knownPlaces = new Map<string, string>();
  for (const p of pending) {
    if (!p.key) continue;
    if (p.mention.type === 'organization' && p.mention.form === 'name') {
      const first = p.mention.name.replace(/^(?:US|U\.S\.|The)\s+/, '').split(/\s+/)[0]!;
      if (!isWord(first)) firstWords.set(first, (firstWords.get(first) ?? new Set()).add(p.key));
    }
    if (p.mention.type === 'place') knownPlaces.set(p.mention.text, p.key);
  }
  const surnamesBySource = new Map<number, Map<string, Set<string>>>();
  const localSurnames = (src: number) => {
    let map = surnamesBySource.get(src);
    if (!map) surnamesBySource.set(src, (map = personsBySurname(pendingBySource.get(src) ?? [])));
    return map;
  };
  /** True when an organisation's full name (not just its first word) is this word. */
  const knownOrgName = (word: string) => orgNames.has(orgKey(word)) || !!registryKey(word, 'organization');
  const unknownAcronymOrg = (acr: string): string | null => {
    const fits = [...orgNames].filter((n) => acronymMatches(acr, n.replace(/\b\w/g, (c) => c.toUpperCase())));
    // "EPA" is the Environmental Protection Agency, not the Ohio one, whose initials only end in it.
    const exact = fits.filter((n) => initials(n.replace(/\b\w/g, (c) => c.toUpperCase())) === acr.replace(/[^A-Z]/g, ''));
    const one = fits.length === 1 ? fits[0]! : exact.length === 1 ? exact[0]! : null;
    return one ? fullKey(one, 'organization', null) : null;
  };

  // Short forms a source itself ties to one longer name ("Labour" after "the Labour Party"): another source that says
  // only the short form, capitalised where no sentence starts, means the same body when the corpus knows no other.
  const tiedShortForms = new Map<string, Set<string>>();
  const unresolved: Pending[] = [];
  // Pass 2: short forms and unknowns, same source first, then the corpus.
  const assigned = new Set(pending.map((p) => p.key).filter((k): k is string => !!k));
  for (const p of pending) {
    if (p.key) continue;
    const { mention } = p;
    const word = mention.name;
    // A full name with no evidence of its own: only a name known exactly from elsewhere.
    if (mention.type === 'unknown' && mention.form === 'name') {
      p.key = knownPlaces.get(mention.text) ?? registryKey(word, 'place') ?? registryKey(word, 'organization') ?? registryKey(word, 'person') ?? (['organization', 'person'] as const).map((t) => fullKey(word, t, null)).find((k) => assigned.has(k)) ?? null;
      // Else two or three capitalised words none of which is an English word ("a pass from Lamine Yamal"): most such names are people's.
      if (!p.key && looksLikePersonalName(word)) p.key = fullKey(word, 'person', null);
      continue;
    }
    if (mention.form === 'acronym') {
      p.key = registryKey(word, 'organization') ?? registryKey(word, 'place') ?? unknownAcronymOrg(word) ?? (isWord(word) ? null : `organization:${normName(word)}`);
      continue;
    }
    const local = localSurnames(p.s).get(surname(word));
    const corpus = corpusSurnames.get(surname(word));
    const single = (set: Set<string> | undefined) => (set && set.size === 1 ? [...set][0]! : null);
    const asPerson = single(local) ?? (mention.type === 'person' || !local ? single(corpus) : null) ?? (mention.type !== 'organization' && !/\s/.test(word) ? single(innerNames.get(`${p.s}|${word}`)) : null);
    if (asPerson && (mention.type === 'person' || mention.type === 'unknown')) {
      p.key = asPerson;
      continue;
    }
    if (mention.type === 'person') {
      p.key = registryKey(word, 'person') ?? `person:${personKey(word)}`;
      continue;
    }
    // The source's own cues for this name, over all its mentions: a place by its context ("at Kamoto near Kolwezi") beats a company that starts with the same word.
    const v = mention.type === 'unknown' ? votes.get(`${p.s}|${word}`) : undefined;
    const placeVote = !!v && v.place > 0 && v.org === 0 && v.person === 0;
    if (placeVote && !knownOrgName(word) && !isWord(word) && word.length >= 3) {
      p.key = longerName(p.s, 'place', word) ?? knownPlaces.get(word) ?? registryKey(word, 'place') ?? `place:${normName(word)}`;
      continue;
    }
    // A short form of one longer place or organisation name in this source ("Haneda" of Haneda Airport, "Synergy" of Synergy Marine Group).
    const longer = longerOfAnyType(p.s, word);
    if (longer) {
      p.key = longer;
      tiedShortForms.set(word, (tiedShortForms.get(word) ?? new Set()).add(longer));
      continue;
    }
    const org = single(firstWords.get(word));
    if (org) {
      p.key = org;
      continue;
    }
    // A party by its members ("the Conservatives", "the Republicans"): the organisation the corpus names by the singular, or "… Party".
    const members = /^\p{Lu}\p{Ll}{3,}s$/u.test(word) ? [word.slice(0, -1), `${word.slice(0, -1)} Party`].map((n) => fullKey(n, 'organization', null)).find((k) => assigned.has(k)) : undefined;
    if (members) {
      p.key = members;
      continue;
    }
    const known = knownPlaces.get(word) ?? registryKey(word, 'place') ?? registryKey(word, 'organization');
    if (known) {
      p.key = known;
      continue;
    }
    if (isWord(word) || word.length < 3) {
      if (mention.type === 'unknown' && !/\s/.test(word)) unresolved.push(p);
      continue;
    }
    const hints = v && !mention.hints.person && !mention.hints.place && !mention.hints.org ? { person: v.person > 0, place: v.place > 0, org: v.org > 0 } : mention.hints;
    if (hints.place && !hints.person && !hints.org) p.key = `place:${normName(word)}`;
    else if (hints.org && !hints.person) p.key = `organization:${normName(word)}`;
    else if (hints.place && !hints.person) p.key = `place:${normName(word)}`;
  }

  for (const p of unresolved) {
    const keys = tiedShortForms.get(p.mention.name);
    if (keys?.size === 1) p.key = [...keys][0]!;
  }
  // The name of a storm ("Milton" of Hurricane Milton, anywhere in the corpus) is neither a person nor a place.
  const storms = new Set<string>();
  for (const a of analyses) {
    for (const b of a.prep.blocks) {
      const tokens = b.tk.tokens;
      for (let i = 0; i + 1 < tokens.length; i++) if (STORM_HEADS.has(tokens[i]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1]!.text)) storms.add(tokens[i + 1]!.text);
    }
  }
  if (storms.size > 0) for (const p of pending) if (!p.mention.registryId && storms.has(p.mention.name)) p.key = null;

  // Minerals, with names of organisations and people masked ("Barrick Gold Corporation").
  const maskedBy = new Map<string, (readonly [number, number])[]>();
  for (const p of pending) {
    if (!p.key || p.mention.type === 'place') continue;
    const k = `${p.s}|${p.mention.block}`;
    const list = maskedBy.get(k) ?? [];
    list.push([p.mention.start, p.mention.end]);
    maskedBy.set(k, list);
  }
  const minerals: RawMention[][] = analyses.map((a, s) => {
    const found: RawMention[] = [];
    a.prep.blocks.forEach((b, bi) => {
      const masked = maskedBy.get(`${s}|${bi}`) ?? [];
      for (const hit of findMinerals(b.tk.text, masked)) {
        found.push({ type: 'mineral', name: hit.id, text: hit.text, block: bi, start: hit.start, end: hit.end, registryId: hit.id, form: 'name', inQuote: b.quotes.some((q) => hit.start >= q.start && hit.start < q.end), roles: [], titled: null, hints: { person: false, place: false, org: false }, gender: null, aliases: [] });
      }
    });
    return found;
  });
  minerals.forEach((list, s) => list.forEach((mention) => pending.push({ s, m: -1, mention, key: `reg:${mention.registryId}` })));

  return buildEntities(analyses, pending, registry, minerals, fullKey);
}

/** The shorter names a longer place or organisation name goes by: its first word, its first two words, and its tails after a place word or a first word. */
function shortForms(words: readonly string[]): string[] {
  const out: string[] = [];
  const first = words[0]!;
  // Not a word that opens many names ("North", "Lake", "National").
  const opener = COMPASS_WORDS.has(first) || PLACE_PREFIXES.has(first) || ORG_QUALIFIERS.has(first.toLowerCase()) || /^(?:The|U\.S\.|US|New)$/.test(first);
  if (!opener && /^\p{Lu}/u.test(first)) {
    out.push(first);
    if (words.length > 2 && /^\p{Lu}/u.test(words[1]!)) out.push(`${first} ${words[1]}`);
  }
  // Tails of two words or more that start capitalised ("Coast Guard", "Key Bridge"), none after "of".
  for (let i = 1; i <= words.length - 2; i++) {
    if (!/^\p{Lu}/u.test(words[i]!) || words.slice(0, i).includes('of')) break;
    out.push(words.slice(i).join(' '));
  }
  return out;
}

/** Group resolved mentions by key into entities with ids, names, aliases, roles and mentions. */
function buildEntities(
  analyses: readonly SourceAnalysis[],
  pending: readonly Pending[],
  registry: RegistryIndex,
  minerals: RawMention[][],
  fullKey: (name: string, type: EntityType, registryId: string | null) => string,
): ResolvedEntities {
  const groups = new Map<string, Pending[]>();
  for (const p of pending) {
    if (!p.key) continue;
    if (p.key.startsWith('reg:') && !registry.entries.has(p.key.slice(4))) continue;
    const list = groups.get(p.key) ?? [];
    list.push(p);
    groups.set(p.key, list);
  }
  const drafts = [...groups].map(([key, list]) => draftEntity(key, list, analyses, registry));
  drafts.sort((a, b) => TYPE_ORDER[a.entity.type] - TYPE_ORDER[b.entity.type] || byCode(a.entity.name.toLowerCase(), b.entity.name.toLowerCase()) || byCode(a.key, b.key));
  // Ids: registry ids are kept; derived ids that collide get the type, then a number.
  const taken = new Set(drafts.filter((d) => d.entity.registered).map((d) => d.entity.id));
  for (const d of drafts) {
    if (d.entity.registered) continue;
    if (taken.has(d.entity.id)) d.entity.id = `${d.entity.id}-${d.entity.type}`;
    taken.add(d.entity.id);
  }
  uniqueIds(drafts.map((d) => d.entity));
  for (const d of drafts) d.entity.path = `/${PATH_SEGMENT[d.entity.type]}/${d.entity.id}/`;
  const idByKey = new Map(drafts.map((d) => [d.key, d.entity.id]));
  const idForName = (name: string): string | null => {
    for (const type of ['organization', 'place', 'person'] as const) {
      const id = idByKey.get(fullKey(name, type, null));
      if (id) return id;
    }
    return null;
  };
  // Roles: resolve the organisation named next to each role.
  for (const d of drafts) {
    for (const r of d.roles) d.entity.roles.push({ source: r.source, role: r.role, organization: r.org ? idForName(r.org) : null, paragraph: r.paragraph });
  }
  const mentionIds = analyses.map((a) => a.found.mentions.map(() => null as string | null));
  for (const p of pending) if (p.key && p.m >= 0) mentionIds[p.s]![p.m] = idByKey.get(p.key) ?? null;
  const entities = drafts.map((d) => d.entity);
  return { entities, byId: new Map(entities.map((e) => [e.id, e])), mentionIds, minerals, idForName };
}

interface Draft {
  key: string;
  entity: Entity;
  roles: { source: string; role: string; org: string | null; paragraph: string | null }[];
}

/** One entity from its mentions. */
function draftEntity(key: string, list: Pending[], analyses: readonly SourceAnalysis[], registry: RegistryIndex): Draft {
  const reg = key.startsWith('reg:') ? registry.entries.get(key.slice(4)) ?? null : null;
  const type: EntityType = reg?.type ?? (list.find((p) => p.mention.type !== 'unknown')?.mention.type as EntityType | undefined) ?? (key.split(':')[0] as EntityType);
  const ordered = [...list].sort((a, b) => byCode(analyses[a.s]!.prep.source.slug, analyses[b.s]!.prep.source.slug) || a.mention.block - b.mention.block || a.mention.start - b.mention.start);
  const name = reg ? sourcedRegistryName(reg, ordered.map((p) => analyses[p.s]!.prep.blocks[p.mention.block]!.tk.text)) : canonicalName(type, ordered.map((p) => p.mention));
  const aliasSet = new Map<string, string>();
  const addAlias = (a: string) => {
    const clean = a.replace(/\s+/g, ' ').trim();
    if (clean && normName(clean) !== normName(name) && !aliasSet.has(normName(clean))) aliasSet.set(normName(clean), clean);
  };
  // The registry's own name too, when the sources spell it otherwise (`Chagai`): found by search, shown as the register's.
  for (const a of reg ? [reg.name, ...reg.aliases] : []) addAlias(a);
  for (const p of ordered) {
    const block = analyses[p.s]!.prep.blocks[p.mention.block]!;
    // A name or title put together from parts (`Chief of Army Staff Asim Munir` out of `Chief of Army Staff Gen. Asim Munir`) is no name a source uses;
    // a post's author and handle (a mention with no span) come from the post's own header.
    const header = p.mention.end === p.mention.start && block.embed !== null;
    const written = (n: string) => header || occurrences(block.tk.text, n) > 0;
    addAlias(p.mention.text);
    if (p.mention.form === 'name' && p.mention.type !== 'mineral' && written(p.mention.name)) addAlias(p.mention.name);
    if (p.mention.titled && written(p.mention.titled)) addAlias(p.mention.titled);
    for (const a of p.mention.aliases) if (written(a)) addAlias(a);
  }
  const mentions: Mention[] = [];
  const roles: Draft['roles'] = [];
  const seenRoles = new Set<string>();
  for (const p of ordered) {
    const a = analyses[p.s]!;
    const block = a.prep.blocks[p.mention.block]!;
    const sentence = p.mention.end > p.mention.start ? sentenceAt(block.tk, p.mention.start).text : block.tk.text;
    const { start, end, form } = p.mention;
    // Offsets only where they hold the words as written (a post's author has no span).
    const span = end > start && block.tk.text.slice(start, end) === p.mention.text ? { start, end, form } : {};
    mentions.push({ source: a.prep.source.slug, paragraph: block.paragraph, embed: block.embed, text: p.mention.text, sentence, ...span });
    for (const r of p.mention.roles) {
      const k = `${a.prep.source.slug}|${r.role}`;
      if (seenRoles.has(k)) continue;
      seenRoles.add(k);
      roles.push({ source: a.prep.source.slug, role: r.role, org: r.org, paragraph: block.paragraph });
    }
  }
  const description = reg?.description ?? discoveredDescription(type, roles);
  const entity: Entity = {
    id: reg?.id ?? slugify(name),
    type,
    name,
    aliases: [...aliasSet.values()].sort(byCode),
    path: '',
    description,
    wikidata: reg?.wikidata ?? null,
    registered: !!reg,
    sources: [...new Set(mentions.map((m) => m.source))].sort(byCode),
    roles: [] as EntityRole[],
    mentions,
  };
  return { key, entity, roles };
}

/** The name to show for a discovered entity: people by their longest full name, others by their most used name. */
function canonicalName(type: EntityType, mentions: readonly RawMention[]): string {
  const names = mentions.filter((m) => m.form === 'name').map((m) => m.name);
  const pool = names.length ? names : mentions.map((m) => m.name);
  const counts = new Map<string, number>();
  for (const n of pool) counts.set(n, (counts.get(n) ?? 0) + 1);
  const score = (n: string) => (type === 'person' ? n.split(/\s+/).length * 100 : 0) + (COUNTRY_PREFIX.test(normName(n)) ? -50 : 0) + counts.get(n)! * 2 + n.length / 1000;
  return [...counts.keys()].sort((a, b) => score(b) - score(a) || byCode(a, b))[0]!;
}

/** Text as compared for a name: an editor's brackets inside a quote (`President [Donald] Trump`), curly apostrophes and runs of spaces do not make it another name. */
export const plainText = (s: string) => s.replace(/[[\]]/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/** Occurrences of `name` in `text` as a whole name: not inside a word, and not the front of a longer name (`Robert Louis Strayer` in `Robert Louis Strayer II`). Case is kept. */
export function occurrences(text: string, name: string): number {
  const plainName = plainText(name);
  const plain = plainText(text);
  // Most texts asked about do not contain the name at all (every paragraph is asked about every alias).
  if (!plain.includes(plainName)) return 0;
  let re = WHOLE_NAME.get(plainName);
  if (!re) {
    const escaped = plainName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    WHOLE_NAME.set(plainName, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])(?!\\s+(?:II|III|IV|Jr|Sr)\\b)`, 'gu')));
  }
  return (plain.match(re) ?? []).length;
}
/** The pattern of each name asked about, made once. */
const WHOLE_NAME = new Map<string, RegExp>();

/**
 * The name to show for a registered entity, spelled as the sources spell it:
 * the registry's name when a source uses it, else the registry form the
 * mentioning paragraphs use most (`Chaghi` where the registry says `Chagai`);
 * for a person the fullest such name, and a spelled-out name before an
 * acronym. The registry's name stays when no source uses any of its forms.
 */
function sourcedRegistryName(reg: { type: EntityType; name: string; aliases: readonly string[] }, paragraphs: readonly string[]): string {
  const text = [...new Set(paragraphs)].join('\n');
  if (occurrences(text, reg.name) > 0) return reg.name;
  // Descriptions (`the Pakistani finance chief`) and titled forms are not names.
  const forms = reg.aliases.filter((a) => /^\p{Lu}/u.test(a) && !/^(?:Mr|Ms|Mrs|Dr)\.? /.test(a));
  const counts = new Map(forms.map((f) => [f, occurrences(text, f)] as const).filter(([, n]) => n > 0));
  if (counts.size === 0) return reg.name;
  const acronym = (n: string) => /^[\p{Lu}\d.&-]+$/u.test(n);
  const score = (n: string) => (acronym(n) ? -1000 : 0) + (reg.type === 'person' ? n.split(/\s+/).length * 100 : 0) + counts.get(n)! * 2 - n.length / 1000;
  return [...counts.keys()].sort((a, b) => score(b) - score(a) || byCode(a, b))[0]!;
}

/** A description for an entity the registry does not know: the first role a source gives that reads like one (`a Karachi-based commodities analyst`). */
function discoveredDescription(type: EntityType, roles: Draft['roles']): string | null {
  if (type !== 'person' && type !== 'organization') return null;
  const role = roles.find((r) => /^\p{Ll}/u.test(r.role)) ?? roles[0];
  return role ? role.role : null;
}
