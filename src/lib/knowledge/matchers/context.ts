/**
 * What every mention matcher sees and what it reports. A matcher is
 * `{ name, description, phase, find(ctx) }`: `find` reads one block through
 * its `MatchContext` (the tokens, the tags, the corpus's registry, the tokens
 * the matchers before it claimed, what the source has taught so far) and
 * returns what it found as a list of `Found`. Only the runner
 * (./index.ts) changes the claims, the notes and the mention list, by
 * applying what the matchers return, in order.
 *
 * A matcher that claims as it goes (the next name may not start inside the
 * last one) works on a `Draft`: a private copy of the block's claims and the
 * source's notes that records every change as a `Found`.
 */
import type { Block, PreparedSource } from '../blocks.ts';
import type { DiscoveryContext, Pronoun, RawMention, RawRole } from '../mentions.ts';
import type { Token } from '../text.ts';

/** A half-open range of token indexes, [start, end). */
export type TokenSpan = readonly [number, number];

/** The type of the mention that claimed a token, or null for a token claimed without one (a law's acronym) or not claimed. */
export type ClaimType = RawMention['type'] | null;

/** What a source has taught the matchers so far; the runner keeps it, a matcher adds to it through `Found`. */
export interface SourceNotes {
  /** Acronym → the name it abbreviates here. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** Acronyms this source defines as the name of a law, plan or treaty (`Critical Raw Materials Act (CRMA)`): not entities. */
  readonly instruments: ReadonlySet<string>;
  /** Acronyms defined here in parentheses, with the words before the parenthesis (lowercase): a local definition beats the registry. */
  readonly defined: ReadonlyMap<string, readonly string[]>;
  /** Last words of formal place names seen so far (`Congo` of `Democratic Republic of Congo`) → the place. */
  readonly placeTails: ReadonlyMap<string, string>;
  /** Words of the people's full names found so far: `Ponce` of Julio Ponce Lerou may start a sentence. */
  readonly personWords: ReadonlySet<string>;
}

/** One block as a matcher sees it. Nothing in it can be changed from the matcher. */
export interface MatchContext {
  readonly prep: PreparedSource;
  /** Index of the block in the prepared source. */
  readonly bi: number;
  readonly block: Block;
  readonly discovery: DiscoveryContext;
  /** Per token of the block: claimed by an earlier matcher. */
  readonly used: readonly boolean[];
  /** Per token of the block: the type of the mention that claimed it. */
  readonly types: readonly ClaimType[];
  readonly notes: SourceNotes;
  /** The mentions found so far in the source, in the order they were found (for the matchers that run after the reading). */
  readonly mentions: readonly RawMention[];
  /** Those of them in this block. */
  readonly blockMentions: readonly RawMention[];
}

/** What a matcher reports. The runner applies each in order. */
export type Found =
  /** A mention, and the tokens it claims (none for a mention outside the text, or a part of a token). `typed: false`: the tokens keep their type. */
  | { kind: 'mention'; mention: RawMention; claim: TokenSpan | null; typed: boolean }
  /** Tokens claimed with no mention: a law and its acronym, the other name in `X, known as Y`. */
  | { kind: 'claim'; claim: TokenSpan }
  | { kind: 'acronym'; acronym: string; name: string }
  | { kind: 'instrument'; acronym: string }
  | { kind: 'place-tail'; word: string; place: string }
  | { kind: 'person-word'; word: string }
  | { kind: 'pronoun'; pronoun: Pronoun }
  /** What the text says around a mention found earlier: titles, an apposition, another name, a gender. */
  | { kind: 'describe'; mention: RawMention; roles: RawRole[]; aliases: string[]; titled?: string; gender?: 'm' | 'f' }
  /** A mention found earlier that is not one (a name's other name, `Y` of `X, known as Y`). */
  | { kind: 'drop'; mention: RawMention };

/**
 * `reading`: runs on each block in turn with the other reading matchers (bylines are not read), its findings
 * applied before the next matcher runs. `after`: runs once all blocks are read, on every block (bylines too);
 * its findings are applied when it has read them all.
 */
export type Phase = 'reading' | 'after';

/** One matcher. */
export interface Matcher {
  readonly name: string;
  readonly description: string;
  readonly phase: Phase;
  find(ctx: MatchContext): Found[];
}

/** What a new mention needs; the rest has defaults. */
export type NewMention = Omit<RawMention, 'block' | 'inQuote' | 'roles' | 'titled' | 'hints' | 'gender' | 'aliases'> & Partial<RawMention>;

/** A mention of this block with the defaults filled in (outside quotes unless it starts inside one). */
export function newMention(block: Block, bi: number, m: NewMention): RawMention {
  return {
    block: bi,
    inQuote: block.quotes.some((q) => m.start >= q.start && m.start < q.end),
    roles: [],
    titled: null,
    hints: { person: false, place: false, org: false },
    gender: null,
    aliases: [],
    ...m,
  };
}

/** Type the tokens that lie inside a mention's offsets. */
export function markTypes(tokens: readonly Token[], types: ClaimType[], m: RawMention): void {
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.start >= m.start && tokens[k]!.end <= m.end) types[k] = m.type;
}

/** What the reading helpers need of a block: its tokens and text, and the claims on them. */
export interface Scan {
  readonly bi: number;
  readonly b: Block;
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly used: readonly boolean[];
  readonly types: readonly ClaimType[];
  readonly discovery: DiscoveryContext;
  isPersonWord(word: string): boolean;
}

/**
 * A matcher's working copy of one block's claims and the source's notes (copied when it first changes them): it sees its own claims at once, and
 * records each change as a `Found` for the runner (`found`).
 */
export class Draft implements Scan {
  readonly bi: number;
  readonly b: Block;
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly discovery: DiscoveryContext;
  readonly found: Found[] = [];
  /** The block's claims: the runner's own until the first change, then this draft's copy. */
  #used: readonly boolean[];
  #types: readonly ClaimType[];
  #copied = false;
  readonly #notes: SourceNotes;
  #acronyms: Map<string, string> | null = null;
  #instruments: Set<string> | null = null;
  #placeTails: Map<string, string> | null = null;
  #personWords: Set<string> | null = null;

  constructor(ctx: MatchContext) {
    this.bi = ctx.bi;
    this.b = ctx.block;
    this.tokens = ctx.block.tk.tokens;
    this.text = ctx.block.tk.text;
    this.discovery = ctx.discovery;
    this.#used = ctx.used;
    this.#types = ctx.types;
    this.#notes = ctx.notes;
  }

  get used(): readonly boolean[] {
    return this.#used;
  }

  get types(): readonly ClaimType[] {
    return this.#types;
  }

  get defined(): ReadonlyMap<string, readonly string[]> {
    return this.#notes.defined;
  }

  /** The draft's own copy of the claims, made at the first change (most matchers find nothing in most blocks). */
  #own(): { used: boolean[]; types: ClaimType[] } {
    if (!this.#copied) {
      this.#used = this.#used.slice();
      this.#types = this.#types.slice();
      this.#copied = true;
    }
    return { used: this.#used as boolean[], types: this.#types as ClaimType[] };
  }

  /** Claim tokens [i, j) without a mention. */
  take(i: number, j: number): void {
    const { used } = this.#own();
    for (let k = i; k < j; k++) used[k] = true;
    this.found.push({ kind: 'claim', claim: [i, j] });
  }

  /** Claim tokens [i, j) (when given) for a new mention, and type the tokens inside it. */
  add(m: NewMention, claim: TokenSpan | null = null): RawMention {
    return this.push(newMention(this.b, this.bi, m), claim, true);
  }

  /** Claim tokens [i, j) (when given) for a mention made elsewhere; `typed: false` leaves the tokens' types as they are. */
  push(mention: RawMention, claim: TokenSpan | null, typed: boolean): RawMention {
    const { used, types } = this.#own();
    if (claim) for (let k = claim[0]; k < claim[1]; k++) used[k] = true;
    if (typed) markTypes(this.tokens, types, mention);
    this.found.push({ kind: 'mention', mention, claim, typed });
    return mention;
  }

  acronymOf(acr: string): string | undefined {
    return this.#acronyms?.get(acr) ?? this.#notes.acronyms.get(acr);
  }

  hasAcronym(acr: string): boolean {
    return !!this.#acronyms?.has(acr) || this.#notes.acronyms.has(acr);
  }

  noteAcronym(acronym: string, name: string): void {
    (this.#acronyms ??= new Map()).set(acronym, name);
    this.found.push({ kind: 'acronym', acronym, name });
  }

  isInstrument(acr: string): boolean {
    return !!this.#instruments?.has(acr) || this.#notes.instruments.has(acr);
  }

  noteInstrument(acronym: string): void {
    (this.#instruments ??= new Set()).add(acronym);
    this.found.push({ kind: 'instrument', acronym });
  }

  placeTail(word: string): string | undefined {
    return this.#placeTails?.get(word) ?? this.#notes.placeTails.get(word);
  }

  notePlaceTail(word: string, place: string): void {
    (this.#placeTails ??= new Map()).set(word, place);
    this.found.push({ kind: 'place-tail', word, place });
  }

  isPersonWord(word: string): boolean {
    return !!this.#personWords?.has(word) || this.#notes.personWords.has(word);
  }

  notePersonWord(word: string): void {
    (this.#personWords ??= new Set()).add(word);
    this.found.push({ kind: 'person-word', word });
  }
}

/** A draft of the block in `ctx`. */
export function draft(ctx: MatchContext): Draft {
  return new Draft(ctx);
}

/** A read-only scan of the block in `ctx` (for matchers that claim nothing as they go); `types` may be replaced to read past some claims. */
export function scan(ctx: MatchContext, types: readonly ClaimType[] = ctx.types): Scan {
  return {
    bi: ctx.bi,
    b: ctx.block,
    tokens: ctx.block.tk.tokens,
    text: ctx.block.tk.text,
    used: ctx.used,
    types,
    discovery: ctx.discovery,
    isPersonWord: (word) => ctx.notes.personWords.has(word),
  };
}
