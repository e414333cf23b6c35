/**
 * The shape of a domain pack: topic knowledge kept as data (a country's
 * provinces and currency, a gazetteer of minerals) that a corpus turns on in
 * its sourcebook.yaml (`packs: [minerals]`).
 */

/** One mineral or commodity the extractor recognises. */
export interface MineralDef {
  /** Stable id, used in page URLs. */
  id: string;
  /** Canonical name (lowercase, as used in running text). */
  name: string;
  /** Other names matched as whole words. */
  aliases: readonly string[];
  /** True when on the USGS 2022 list of critical minerals. */
  usgsCritical: boolean;
  /** One line saying what it is. */
  description: string;
  /** Wikidata item id, only where certain. */
  wikidata?: string;
  /** Patterns that must match instead of the bare names (for ambiguous words like `lead` or `oil`). */
  contextual?: readonly RegExp[];
}

/** The kinds of place a gazetteer list holds. */
export type PlaceKind = 'country' | 'region' | 'subnational' | 'city' | 'facility';

/** A gazetteer list: `[canonical name, ...aliases]` entries of one kind. */
export interface PlaceList {
  kind: PlaceKind;
  entries: readonly (readonly string[])[];
}

/** A currency written as a symbol or code before the number (`Rs 5 billion`). */
export interface CurrencySymbol {
  /** The symbol as a regular-expression source (`Rs\.?`), matched before the number. */
  pattern: string;
  /** ISO 4217 code. */
  code: string;
}

/** A currency written as words after the number (`5 billion rupees`). */
export interface CurrencyWord {
  /** The words as a regular-expression source (`(?:pakistani )?rupees?`). */
  pattern: string;
  /** ISO 4217 code. */
  code: string;
}

/** One domain pack. Every field is optional: a pack adds only what its topic needs. */
export interface Pack {
  /** Minerals and commodities: with them the corpus has a Minerals index. */
  minerals?: readonly MineralDef[];
  /** Places the general gazetteer leaves out. */
  places?: readonly PlaceList[];
  /** Demonym → place name. */
  demonyms?: readonly (readonly [string, string])[];
  /** Currency symbols before a number. */
  currencySymbols?: readonly CurrencySymbol[];
  /** Currency words after a number. */
  currencyWords?: readonly CurrencyWord[];
}
