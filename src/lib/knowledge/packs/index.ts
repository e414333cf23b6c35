/**
 * Domain packs: topic knowledge as data, turned on per corpus
 * (`packs: [minerals, pakistan]` in sourcebook.yaml, src/schemas/corpus.ts).
 * `buildKnowledge` activates the corpus's packs before it reads any source;
 * the matchers read the merged data through `domain()`, which is cached per
 * set of packs, so switching corpora in one process (the eval) is cheap.
 */
import type { PackName } from '../../../schemas/corpus.ts';
import { MINERALS } from './minerals/index.ts';
import { PAKISTAN } from './pakistan/index.ts';
import type { CurrencySymbol, CurrencyWord, MineralDef, Pack, PlaceList } from './types.ts';

export type { CurrencySymbol, CurrencyWord, MineralDef, Pack, PlaceKind, PlaceList } from './types.ts';

/** Every pack by name. */
export const PACK_DATA: Readonly<Record<PackName, Pack>> = {
  minerals: { minerals: MINERALS },
  pakistan: PAKISTAN,
};

/** The data of the active packs, merged. `key` names the set (for caches). */
export interface Domain {
  key: string;
  packs: readonly PackName[];
  minerals: readonly MineralDef[];
  places: readonly PlaceList[];
  demonyms: readonly (readonly [string, string])[];
  currencySymbols: readonly CurrencySymbol[];
  currencyWords: readonly CurrencyWord[];
}

const domains = new Map<string, Domain>();
let active: Domain = merge([]);

function merge(names: readonly PackName[]): Domain {
  const packs = [...new Set(names)].sort();
  const key = packs.join(',');
  const cached = domains.get(key);
  if (cached) return cached;
  const data = packs.map((n) => PACK_DATA[n]);
  const domain: Domain = {
    key,
    packs,
    minerals: data.flatMap((p) => p.minerals ?? []),
    places: data.flatMap((p) => p.places ?? []),
    demonyms: data.flatMap((p) => p.demonyms ?? []),
    currencySymbols: data.flatMap((p) => p.currencySymbols ?? []),
    currencyWords: data.flatMap((p) => p.currencyWords ?? []),
  };
  domains.set(key, domain);
  return domain;
}

/** Turn on exactly `names` (and no other pack) for the extraction that follows. */
export function activatePacks(names: readonly PackName[]): Domain {
  active = merge(names);
  return active;
}

/** The merged data of the active packs. */
export function domain(): Domain {
  return active;
}
