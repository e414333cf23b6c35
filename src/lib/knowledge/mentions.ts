/**
 * Entity discovery in one source: what a mention is, and the corpus-wide
 * word lists discovery needs. The matchers that find mentions (registry
 * aliases, acronyms, organisations, places, people, descriptions) are in
 * ./matchers/, listed in the order they run in ./matchers/index.ts.
 */
import type { EntityType } from '../../schemas/knowledge.ts';
import type { PreparedSource } from './blocks.ts';
import { EVENT_HEADS, NAME_SUFFIXES } from './lexicon.ts';
import type { RegistryIndex } from './registry.ts';

export { discoverMentions, MATCHERS } from './matchers/index.ts';
export { acronymMatches } from './matchers/read.ts';
export { roleKey } from './matchers/descriptions.ts';

/** What discovery needs to know about the whole corpus. */
export interface DiscoveryContext {
  registry: RegistryIndex;
  /** Words seen capitalised away from the start of a sentence anywhere in the corpus. */
  midCaps: ReadonlySet<string>;
  /** Runs of two or more capitalised words seen away from the start of a sentence anywhere in the corpus (`Delta Air Lines`). */
  midRuns?: ReadonlySet<string>;
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

/** Words that end a capitalised run away from a sentence start anywhere in the corpus (surnames, place names): a sentence-initial ordinary word on this list may still be a name. */
export function corpusMidCaps(preps: readonly PreparedSource[]): Set<string> {
  const out = new Set<string>();
  for (const ts of blockTokens(preps)) {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (!t.cap || t.first || t.kind !== 'word' || NAME_SUFFIXES.has(t.text)) continue;
      const next = ts[i + 1];
      const nextIsName = next && next.cap && next.kind === 'word' && !NAME_SUFFIXES.has(next.text) && next.start === t.end + 1;
      if (!nextIsName) out.add(t.text);
    }
  }
  return out;
}

/** The tokens of every block of every source. */
function* blockTokens(preps: readonly PreparedSource[]): Generator<PreparedSource['blocks'][number]['tk']['tokens']> {
  for (const p of preps) for (const b of p.blocks) yield b.tk.tokens;
}

/** Runs of two to six adjacent capitalised words that start away from a sentence start anywhere in the corpus: a sentence-initial run of ordinary words on this list is a name. */
export function corpusMidRuns(preps: readonly PreparedSource[]): Set<string> {
  const out = new Set<string>();
  for (const ts of blockTokens(preps)) {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (!t.cap || t.first || t.kind !== 'word' || (ts[i - 1]?.cap && ts[i - 1]!.end + 1 === t.start)) continue;
      let j = i;
      while (j - i < 5 && ts[j + 1]?.cap && ts[j + 1]!.kind === 'word' && ts[j + 1]!.start === ts[j]!.end + 1) j++;
      if (j > i) out.add(ts.slice(i, j + 1).map((x) => x.text).join(' '));
      i = j;
    }
  }
  return out;
}

/** Whether the organisation name ends in a word that names a gathering (`Forum`, `Ministerial`). */
export function isEventName(name: string): boolean {
  const words = name.replace(/\s*\(.*?\)\s*/g, ' ').trim().split(/\s+/);
  return words.some((x, i) => EVENT_HEADS.has(x) && i >= words.length - 2);
}
