/**
 * The mention finder: a list of matchers, in the order they run, and the
 * runner that owns what they share. Each block (paragraph or embedded post)
 * is read by every `reading` matcher in turn, the first block first: a
 * matcher sees the tokens the matchers before it claimed (and, through the
 * source's notes, what earlier blocks taught: acronyms, place names, people's
 * names). Once every block is read, each `after` matcher reads every block.
 * Only the runner changes the claims, the notes and the mentions, by applying
 * what the matchers found. Pure: same source and context, same output.
 */
import type { PreparedSource } from '../blocks.ts';
import type { DiscoveryContext, Pronoun, RawMention, SourceMentions } from '../mentions.ts';
import { normName } from '../text.ts';
import { markTypes, type ClaimType, type Found, type Matcher, type MatchContext } from './context.ts';
import { acronymDefinitions } from './acronym-definitions.ts';
import { acronyms } from './acronyms.ts';
import { acronymsAfterNames } from './acronyms-after-names.ts';
import { branches } from './branches.ts';
import { corporateTails } from './corporate-tails.ts';
import { dateline } from './dateline.ts';
import { describedOrgs } from './described-orgs.ts';
import { descriptions } from './descriptions.ts';
import { designatedPlaces } from './designated-places.ts';
import { embedAuthors } from './embed-authors.ts';
import { facilities } from './facilities.ts';
import { knownAs } from './known-as.ts';
import { lowercaseOrgs } from './lowercase-orgs.ts';
import { lowercaseTails } from './lowercase-tails.ts';
import { names } from './names.ts';
import { ofPlaces } from './of-places.ts';
import { orgHeads } from './org-heads.ts';
import { orgMemberNouns } from './org-member-nouns.ts';
import { orgSuffixNouns } from './org-suffix-nouns.ts';
import { placePatterns } from './place-patterns.ts';
import { basedPlaces, places } from './places.ts';
import { pronouns } from './pronouns.ts';
import { registryNames, registryPlaces } from './registry.ts';
import { roles } from './roles.ts';

export type { Found, Matcher, MatchContext } from './context.ts';

/** The matchers, in the order they run. */
export const MATCHERS: readonly Matcher[] = [
  dateline,
  registryNames,
  acronymDefinitions,
  lowercaseOrgs,
  lowercaseTails,
  orgHeads,
  branches,
  corporateTails,
  orgSuffixNouns,
  orgMemberNouns,
  acronymsAfterNames,
  registryPlaces,
  ofPlaces,
  designatedPlaces,
  places,
  basedPlaces,
  placePatterns,
  facilities,
  describedOrgs,
  acronyms,
  names,
  pronouns,
  embedAuthors,
  roles,
  knownAs,
  descriptions,
];

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

/** What the runner keeps for one source while the matchers read it. */
class SourceRun {
  readonly used: boolean[][];
  readonly types: ClaimType[][];
  readonly notes = {
    acronyms: new Map<string, string>(),
    instruments: new Set<string>(),
    defined: new Map<string, string[]>(),
    placeTails: new Map<string, string>(),
    personWords: new Set<string>(),
  };
  mentions: RawMention[] = [];
  readonly pronouns: Pronoun[] = [];

  readonly prep: PreparedSource;
  readonly discovery: DiscoveryContext;

  constructor(prep: PreparedSource, discovery: DiscoveryContext) {
    this.prep = prep;
    this.discovery = discovery;
    this.used = prep.blocks.map((b) => b.tk.tokens.map(() => false));
    this.types = prep.blocks.map((b) => b.tk.tokens.map(() => null));
    this.notes.defined = localDefinitions(prep);
  }

  /** What a matcher sees of block `bi`. */
  context(bi: number, byBlock: readonly (readonly RawMention[])[] | null): MatchContext {
    return {
      prep: this.prep,
      bi,
      block: this.prep.blocks[bi]!,
      discovery: this.discovery,
      used: this.used[bi]!,
      types: this.types[bi]!,
      notes: this.notes,
      mentions: this.mentions,
      blockMentions: byBlock?.[bi] ?? [],
    };
  }

  /** Apply what a matcher found in block `bi`, in order. */
  apply(bi: number, found: readonly Found[]): void {
    const used = this.used[bi]!;
    const types = this.types[bi]!;
    const dropped = new Set<RawMention>();
    for (const f of found) {
      switch (f.kind) {
        case 'mention':
          if (f.claim) for (let k = f.claim[0]; k < f.claim[1]; k++) used[k] = true;
          this.mentions.push(f.mention);
          if (f.typed) markTypes(this.prep.blocks[bi]!.tk.tokens, types, f.mention);
          break;
        case 'claim':
          for (let k = f.claim[0]; k < f.claim[1]; k++) used[k] = true;
          break;
        case 'acronym':
          this.notes.acronyms.set(f.acronym, f.name);
          break;
        case 'instrument':
          this.notes.instruments.add(f.acronym);
          break;
        case 'place-tail':
          this.notes.placeTails.set(f.word, f.place);
          break;
        case 'person-word':
          this.notes.personWords.add(f.word);
          break;
        case 'pronoun':
          this.pronouns.push(f.pronoun);
          break;
        case 'describe':
          if (f.titled !== undefined) f.mention.titled = f.titled;
          f.mention.roles.push(...f.roles);
          f.mention.aliases.push(...f.aliases);
          if (f.gender) {
            f.mention.gender = f.gender;
            f.mention.genderByTitle = true;
          }
          break;
        case 'drop':
          dropped.add(f.mention);
          break;
      }
    }
    if (dropped.size) this.mentions = this.mentions.filter((m) => !dropped.has(m));
  }

  /** The mentions found so far, by block. */
  byBlock(): RawMention[][] {
    const out: RawMention[][] = this.prep.blocks.map(() => []);
    for (const m of this.mentions) out[m.block]!.push(m);
    return out;
  }
}

/** Discover every entity mention in a prepared source, with `matchers` (all of them unless told). */
export function discoverMentions(prep: PreparedSource, ctx: DiscoveryContext, matchers: readonly Matcher[] = MATCHERS): SourceMentions {
  const run = new SourceRun(prep, ctx);
  const reading = matchers.filter((m) => m.phase === 'reading');
  prep.blocks.forEach((b, bi) => {
    if (b.byline) return;
    for (const m of reading) run.apply(bi, m.find(run.context(bi, null)));
  });
  for (const m of matchers) {
    if (m.phase !== 'after') continue;
    const byBlock = run.byBlock();
    // Everything found is applied once every block is read: no block sees what this matcher found in another.
    const found = prep.blocks.map((_, bi) => m.find(run.context(bi, byBlock)));
    found.forEach((f, bi) => run.apply(bi, f));
  }
  const kept = run.mentions.slice().sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  return { mentions: kept, acronyms: run.notes.acronyms, pronouns: run.pronouns };
}
