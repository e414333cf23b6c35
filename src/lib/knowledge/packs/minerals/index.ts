/**
 * The minerals pack: the USGS 2022 list of critical minerals plus common mined
 * commodities, with the word patterns that find them in text. A corpus turns it
 * on with `packs: [minerals]` in its sourcebook.yaml; without it nothing is typed
 * as a mineral and the site has no Minerals index.
 */
import type { MineralDef } from '../types.ts';

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

