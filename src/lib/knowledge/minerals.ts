/**
 * The minerals gazetteer, as data: the USGS 2022 list of critical minerals plus
 * common mined commodities, with the word patterns that find them in text.
 * Matching is whole-word and case-insensitive; text inside organisation names
 * (`Barrick Gold Corporation`) is masked by the caller before matching.
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

/** The USGS 2022 critical minerals (50), in the list's order. */
const USGS_2022: readonly [string, ...string[]][] = [
  ['aluminum', 'aluminium', 'bauxite'], ['antimony'], ['arsenic'], ['barite', 'baryte'], ['beryllium'], ['bismuth'], ['cerium'],
  ['cesium', 'caesium'], ['chromium'], ['cobalt'], ['dysprosium'], ['erbium'], ['europium'], ['fluorspar', 'fluorite'],
  ['gadolinium'], ['gallium'], ['germanium'], ['graphite'], ['hafnium'], ['holmium'], ['indium'], ['iridium'], ['lanthanum'],
  ['lithium'], ['lutetium'], ['magnesium'], ['manganese'], ['neodymium'], ['nickel'], ['niobium'], ['palladium'], ['platinum'],
  ['praseodymium'], ['rhodium'], ['rubidium'], ['ruthenium'], ['samarium'], ['scandium'], ['tantalum'], ['tellurium'],
  ['terbium'], ['thulium'], ['tin'], ['titanium'], ['tungsten'], ['vanadium'], ['ytterbium'], ['yttrium'], ['zinc'], ['zirconium'],
];

const WIKIDATA: Readonly<Record<string, string>> = { copper: 'Q753', gold: 'Q897', lithium: 'Q568' };

/** Every mineral and commodity the extractor recognises. */
export const MINERALS: readonly MineralDef[] = [
  ...USGS_2022.map(([name, ...aliases]): MineralDef => ({
    id: name,
    name,
    aliases,
    usgsCritical: true,
    description: `${name[0]!.toUpperCase()}${name.slice(1)}, on the USGS 2022 list of critical minerals.`,
    ...(WIKIDATA[name] ? { wikidata: WIKIDATA[name] } : {}),
  })),
  { id: 'rare-earths', name: 'rare earths', aliases: ['rare earth elements', 'rare-earth elements', 'rare earth materials', 'rare earth metals', 'rare-earth', 'rare earth', 'REEs'], usgsCritical: true, description: 'Rare earth elements: the lanthanides plus scandium and yttrium, most of them on the USGS critical list.' },
  { id: 'copper', name: 'copper', aliases: [], usgsCritical: false, description: 'Copper, an industrial metal (not on the USGS 2022 critical list).', wikidata: 'Q753' },
  { id: 'gold', name: 'gold', aliases: [], usgsCritical: false, description: 'Gold, a precious metal.', wikidata: 'Q897' },
  { id: 'silver', name: 'silver', aliases: [], usgsCritical: false, description: 'Silver, a precious metal.' },
  { id: 'iron-ore', name: 'iron ore', aliases: ['iron'], usgsCritical: false, description: 'Iron ore, the raw material of steel.' },
  { id: 'coal', name: 'coal', aliases: [], usgsCritical: false, description: 'Coal, a mined fuel.' },
  { id: 'salt', name: 'salt', aliases: ['rock salt', 'Himalayan salt'], usgsCritical: false, description: 'Salt (halite), mined as rock salt.' },
  { id: 'gypsum', name: 'gypsum', aliases: [], usgsCritical: false, description: 'Gypsum, an industrial mineral used in cement and plaster.' },
  { id: 'chromite', name: 'chromite', aliases: ['chrome ore'], usgsCritical: false, description: 'Chromite, the ore of chromium.' },
  { id: 'gemstones', name: 'gemstones', aliases: ['gems', 'precious stones', 'gemstone'], usgsCritical: false, description: 'Gemstones and precious stones.' },
  { id: 'uranium', name: 'uranium', aliases: [], usgsCritical: false, description: 'Uranium, a nuclear fuel.' },
  { id: 'marble', name: 'marble', aliases: [], usgsCritical: false, description: 'Marble, a dimension stone.' },
  { id: 'granite', name: 'granite', aliases: [], usgsCritical: false, description: 'Granite, a dimension stone.' },
  { id: 'limestone', name: 'limestone', aliases: [], usgsCritical: false, description: 'Limestone, used for cement.' },
  { id: 'potash', name: 'potash', aliases: [], usgsCritical: false, description: 'Potash, a potassium fertiliser mineral.' },
  { id: 'phosphate', name: 'phosphate', aliases: ['phosphate rock'], usgsCritical: false, description: 'Phosphate rock, a fertiliser mineral.' },
  {
    id: 'lead',
    name: 'lead',
    aliases: [],
    usgsCritical: false,
    description: 'Lead, a base metal (matched only where the text is clearly about the metal).',
    contextual: [/\blead(?=[- ](?:ore|zinc|deposits?|mines?|mining|concentrate|smelter)\b)/giu, /\b(?:zinc|silver)(?:,| and| or|-)\s*lead\b/giu, /\blead(?=,? (?:and|or) (?:zinc|silver|copper)\b)/giu],
  },
  {
    id: 'oil',
    name: 'oil',
    aliases: [],
    usgsCritical: false,
    description: 'Crude oil (petroleum), a mined fuel rather than a mineral in the USGS sense; matched only in resource contexts.',
    contextual: [/\b(?:crude )?oil(?= (?:and gas|reserves?|fields?|exploration|deposits?|production|wells?)\b)/giu, /\bcrude oil\b/giu, /\bpetroleum(?= (?:reserves?|deposits?)\b)/giu],
  },
];

/** One mineral found in a text. */
export interface MineralHit {
  /** Mineral id. */
  id: string;
  /** Start offset in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The words as written. */
  text: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]');
}

/** Plain names → mineral id (lowercase, hyphens and spaces folded). */
const BY_NAME = new Map<string, string>(MINERALS.filter((m) => !m.contextual).flatMap((m) => [m.name, ...m.aliases].map((n) => [n.toLowerCase().replace(/[ -]/g, ' '), m.id] as const)));

/** Compiled patterns: one alternation of every plain name (longest first, so `iron ore` wins over `iron`), then the contextual ones. */
const PATTERNS: readonly { id: string | null; re: RegExp }[] = [
  {
    id: null,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${MINERALS.filter((m) => !m.contextual)
        .flatMap((m) => [m.name, ...m.aliases])
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  },
  ...MINERALS.flatMap((m) => (m.contextual ?? []).map((re) => ({ id: m.id, re }))),
];

/** Landform nouns that, right after a mineral word, make it part of a place description (`salt flats`). */
const LANDFORM_AFTER = /^[ -](?:flats?|pans?|lakes?|marsh(?:es)?|plains?|domes?)(?![\p{L}])/iu;

/**
 * Every mineral mentioned in `text`, in order; `masked` ranges (organisation
 * names, people's names) are skipped. Overlaps keep the longest match.
 */
export function findMinerals(text: string, masked: readonly (readonly [number, number])[] = []): MineralHit[] {
  const hits: MineralHit[] = [];
  for (const { id: fixed, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const id = fixed ?? BY_NAME.get(m[0].toLowerCase().replace(/[ -]/g, ' '));
      if (!id) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "lead" in "contextual" patterns may be part of a longer match: take the word "lead" itself.
      const word = id === 'lead' ? /lead/iu.exec(m[0]) : null;
      const s = word ? start + word.index : start;
      const e = word ? s + 4 : end;
      if (masked.some(([a, b]) => s < b && e > a)) continue;
      // "salt flats", "salt lake": a landform named after the mineral, not the mineral.
      if (LANDFORM_AFTER.test(text.slice(e, e + 12))) continue;
      hits.push({ id, start: s, end: e, text: text.slice(s, e) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MineralHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
