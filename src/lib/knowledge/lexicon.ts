/**
 * Word lists the extractors use to read English news text: titles, the words
 * that end organisation names, speech verbs, calendar words, number words, and
 * an English dictionary (the `word-list` package) to tell names from ordinary words.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import type { Event } from '../../schemas/knowledge.ts';

type EventKind = Event['kind'];

/** Words that are titles by themselves (a title must contain one of these to count as a title). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'lt', 'lieutenant',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'brig', 'brigadier', 'adm', 'admiral', 'marshal', 'sen', 'senator',
  'rep', 'representative', 'congressman', 'congresswoman', 'president', 'vicepresident', 'minister', 'premier', 'chancellor',
  'secretary', 'undersecretary', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'executive', 'ceo',
  'head', 'governor', 'mayor', 'ambassador', 'envoy', 'chargé', 'charge', 'd’affaires', "d'affaires", 'consul', 'commissioner',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess',
  'emir', 'officer', 'manager', 'founder', 'leader', 'commander', 'counsellor', 'attorney', 'inspector', 'treasurer',
  'gov', 'pres', 'supt', 'superintendent', 'sgt', 'sergeant', 'cmdr', 'coach', 'sheriff',
  'administrator', 'speaker', 'cardinal', 'archbishop', 'rabbi', 'imam', 'detective', 'trooper', 'counsel',
]);

/** Titles and ranks that stand before a person's name (lowercase; `gen` also matches `Gen.`): the title heads above and the words that qualify them. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS,
  'field', 'vice', 'prime', 'under', 'deputy', 'assistant', 'special', 'senior', 'affaires', 'federal', 'provincial', 'foreign', 'finance',
  'defense', 'defence', 'energy', 'interior', 'state', 'economic', 'affairs', 'trade', 'commerce', 'petroleum', 'revenue', 'information',
  'planning', 'industries', 'industry', 'national', 'security', 'global', 'supply', 'chains', 'army', 'staff', 'the', 'of', 'for', 'to', 'and',
  '&', 'managing', 'board', 'member', 'registrar', 'rear',
]);

/** Abbreviated titles → the title (`Gov.` → governor). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['pres', 'president'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['adm', 'admiral'],
  ['col', 'colonel'], ['capt', 'captain'], ['lt', 'lieutenant'], ['supt', 'superintendent'], ['sec', 'secretary'], ['amb', 'ambassador'],
  ['sgt', 'sergeant'], ['cmdr', 'commander'], ['maj', 'major'], ['prof', 'professor'],
]);

/** Titles that are ranks or forms of address, listed as separate roles (`Senator`, `Gen.`). */
export const RANK_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'brig', 'brigadier', 'adm', 'admiral', 'sen', 'senator', 'rep', 'gov', 'sgt', 'cmdr', 'rear',
]);

/** Forms of address that carry no role (dropped from roles). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);

/** Lowercase nouns that name what a person does; in an apposition or before a name they mark a person. */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'consultant', 'analyst', 'minister', 'scholar', 'officer', 'member', 'geologist', 'executive', 'diplomat',
  'spokesperson', 'spokesman', 'spokeswoman', 'president', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'leader', 'head',
  'founder', 'researcher', 'economist', 'professor', 'expert', 'adviser', 'advisor', 'ambassador', 'envoy', 'lawyer', 'journalist',
  'commander', 'general', 'secretary', 'governor', 'senator', 'lawmaker', 'politician', 'activist', 'businessman', 'businesswoman',
  'engineer', 'student', 'fellow', 'lecturer', 'editor', 'reporter', 'correspondent', 'investor', 'banker', 'trader', 'manager',
  'partner', 'owner', 'chancellor', 'mayor', 'judge', 'diplomats', 'negotiator', 'strategist', 'specialist', 'veteran', 'founder',
  'ceo', 'commentator', 'writer', 'author', 'historian', 'mp', 'legislator', 'deputy', 'representative', 'delegate', 'attaché',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'captain', 'coach', 'player', 'athlete', 'pilot', 'driver',
  'worker', 'machinist', 'nurse', 'doctor', 'teacher', 'farmer', 'witness', 'survivor', 'resident', 'scientist', 'astronaut', 'senator',
  // Positions and roles in sport: "the flanker said", "the fly-half kicked".
  'flanker', 'fly-half', 'scrum-half', 'fullback', 'quarterback', 'pitcher', 'batter', 'bowler', 'batsman', 'wicketkeeper', 'referee',
  'umpire', 'jockey', 'cyclist', 'swimmer', 'sprinter', 'runner', 'boxer', 'golfer', 'skier', 'gymnast',
  // Running for office: "the opposition candidate told supporters".
  'candidate', 'nominee', 'challenger', 'incumbent',
]);

/** Lowercase nouns that, in an apposition, mark an organisation. */
export const ORG_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'arm', 'body', 'agency', 'group', 'organisation', 'organization', 'bank', 'council', 'ministry', 'department',
  'corporation', 'think', 'institute', 'university', 'party', 'lender', 'miner', 'producer', 'operator', 'consortium', 'venture',
  'regulator', 'authority', 'fund', 'network', 'publication', 'newspaper', 'broadcaster', 'association', 'wing', 'division',
  'developer', 'refiner', 'smelter', 'exporter', 'importer', 'supplier', 'maker', 'manufacturer', 'conglomerate',
  'parliament', 'legislature', 'subsidiary', 'utility', 'insurer', 'carrier', 'commission', 'watchdog', 'miners', 'companies',
  'contractor', 'contractors', 'union', 'unions', 'club', 'airline', 'shipowner', 'charterer', 'outlet', 'federation', 'agencies',
  'firms', 'bank', 'lenders', 'consultancy', 'court', 'administration', 'department', 'police', 'service', 'builder', 'planemaker',
]);

/** Lowercase nouns that, in an apposition or right after a name, mark a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'district', 'province', 'region', 'valley', 'city', 'town', 'village', 'port', 'project', 'mine', 'mines', 'deposit', 'deposits',
  'field', 'fields', 'county', 'state', 'capital', 'area', 'belt', 'basin', 'range', 'site', 'corridor', 'island', 'river',
]);

/** Words (capitalised) that end an organisation's name. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Forum', 'Ministry', 'Treasury', 'Department', 'Bureau', 'Council', 'Bank', 'Fund', 'Corporation', 'Corp', 'Company', 'Limited', 'Ltd',
  'Inc', 'LLC', 'PLC', 'Group', 'University', 'Institute', 'Institution', 'Authority', 'Organization', 'Organisation', 'Agency',
  'Office', 'Division', 'Commission', 'Committee', 'Association', 'Party', 'Laboratories', 'Laboratory', 'Center', 'Centre', 'Centers', 'Centres',
  'Embassy', 'Mission', 'Board', 'Court', 'Assembly', 'Parliament', 'Senate', 'Congress', 'Foundation', 'Trust', 'Society',
  'Federation', 'Alliance', 'Holdings', 'Metals', 'Press', 'Times', 'Tribune', 'Herald', 'Gazette', 'Journal', 'Exchange',
  'Ministerial', 'Summit', 'Conference', 'Secretariat', 'Directorate', 'Chamber', 'Consortium', 'Industries', 'Enterprises',
  'Network', 'Service', 'Services', 'School', 'College', 'Academy', 'Programme', 'Program', 'Initiative', 'Partnership',
  'Dialogue', 'Expo', 'Reuters', 'Bloomberg', 'Union', 'Guard', 'Corps', 'Navy', 'Army', 'Police', 'Administration', 'Command',
  'Ratings', 'Cabinet', 'Tribunal', 'Constabulary', 'Patrol', 'Port', 'Airways', 'Airlines', 'Railways', 'Brigade', 'Regiment', 'Coalition',
  'Caucus', 'League', 'Club', 'Pte', 'Pty', 'Bhd', 'GmbH', 'Syndicate', 'Cooperative', 'Co-operative', 'Guild', 'Lodge', 'Bureau', 'Inspectorate', 'Registry', 'Observatory',
  // Sports' governing bodies named for their sport: `World Rugby`, `New Zealand Rugby`, `World Athletics`, `Cricket Australia`.
  'Rugby', 'Athletics', 'Cricket', 'Netball', 'Aquatics',
  // Firms named for what they sell: `Meridian Cyber Research`, `Eastgate Risk Advisory`, `Monongahela Rail Advisors`.
  'Advisory', 'Advisors', 'Advisers', 'Research', 'Partners', 'Associates', 'Consulting', 'Consultants', 'Analytics', 'Capital', 'Strategies', 'Insights',
  // Armed services, surveys and legislatures: `Self-Defense Forces`, `Geological Survey`, `State Legislature`.
  'Forces', 'Survey', 'Legislature',
]);

/** Institutions named by one word, capitalised (`Congress passed…`, `the Navy said`). */
export const STANDALONE_ORGS: ReadonlySet<string> = new Set(['Congress', 'Parliament', 'Senate', 'Navy', 'Pentagon', 'Cabinet', 'Bundestag', 'Knesset', 'Duma', 'Interpol', 'Europol', 'Treasury', 'Commons']);

/** Words that head an organisation's name only with an `of` complement (`House of Commons`, `House of Representatives`, `Chamber of Commerce`). */
export const OF_ORG_HEADS: ReadonlySet<string> = new Set(['House', 'Chamber']);

/** Capitalised words that open an organisation's name though they are also title words (`Federal Highway Administration`, `Maryland State Police`). */
export const ORG_QUALIFIERS: ReadonlySet<string> = new Set([
  'federal', 'national', 'state', 'international', 'royal', 'central', 'provincial', 'global', 'foreign', 'interior', 'security', 'economic',
  'energy', 'trade', 'supreme', 'general', 'united', 'joint', 'unified', 'regional', 'municipal', 'county', 'city', 'metropolitan', 'special',
]);

/** Capitalised words that, followed by a number, end a branch of an organisation (`District 751`, `Local 100`). */
export const BRANCH_WORDS: ReadonlySet<string> = new Set(['District', 'Local', 'Lodge', 'Chapter', 'Division', 'Branch', 'Unit', 'Region', 'Precinct', 'Station']);

/**
 * Capitalised words that end a company's name when they end the capitalised run (`Tianqi Lithium`,
 * `Iluka Resources`, `Energy Transition Minerals`): unlike `ORG_HEADS` they are also ordinary
 * words (`Critical Minerals Strategy`), so they count only as the run's last word.
 */
export const CORPORATE_TAILS: ReadonlySet<string> = new Set([
  'Mining', 'Minerals', 'Mineral', 'Metals', 'Resources', 'Energy', 'Lithium', 'Gold', 'Copper', 'Nickel', 'Cobalt', 'Uranium',
  'Graphite', 'Materials', 'Petroleum', 'Oil', 'Gas', 'Steel', 'Chemicals', 'Chemical', 'Power', 'Capital', 'Partners',
  'Ventures', 'Investments', 'Technologies', 'Exploration', 'Explorations', 'Motors', 'Airlines', 'Logistics', 'Refining',
  'Smelting', 'Holding', 'Earths', 'Minera', 'Mines', 'Minerais', 'Mineração', 'Lines',
]);

/** Last words of the names of laws, plans and treaties: such names are not organisations (`Critical Raw Materials Act`). */
export const INSTRUMENT_HEADS: ReadonlySet<string> = new Set([
  'Act', 'Law', 'Bill', 'Strategy', 'Plan', 'Regulation', 'Regulations', 'Treaty', 'Accord', 'Accords', 'Protocol', 'Directive',
  'Decree', 'Ordinance', 'Amendment', 'Doctrine', 'Policy', 'Agenda', 'Roadmap', 'Code', 'Charter', 'Declaration', 'Communiqué',
]);

/**
 * First words of organisations' names in languages that put the head first (`Movimiento Ciudadano`, `Partido Acción Nacional`,
 * `Partai Gerindra`, `Banco de México`): with a capitalised word after them they name an organisation.
 */
export const ORG_FIRST_HEADS: ReadonlySet<string> = new Set([
  'Movimiento', 'Partido', 'Partito', 'Parti', 'Partei', 'Partai', 'Frente', 'Alianza', 'Coalición', 'Bloque', 'Unión', 'Agrupación',
  'Instituto', 'Banco', 'Banca', 'Banque', 'Fondo', 'Ministerio', 'Ministère', 'Ministero', 'Secretaría', 'Consejo', 'Conseil',
  'Comisión', 'Comissão', 'Commissione', 'Corte', 'Cour', 'Cámara', 'Senado', 'Asamblea', 'Assemblée', 'Sindicato', 'Confederación',
]);

/** Capitalised first words of geographic names (`Salar de Atacama`, `Mount Weld`, `Lake Victoria`). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'Salar', 'Lake', 'Mount', 'Mt', 'Mt.', 'Cape', 'Port', 'Gulf', 'Bay', 'River', 'Lago', 'Río', 'Cerro', 'Sierra', 'Monte', 'Isla',
  'Islas', 'Lac', 'Gunung', 'Pulau', 'Fort', 'Loch', 'Mont', 'Pico', 'Puerto', 'Nevado', 'Laguna', 'Wadi', 'Jebel', 'Jabal',
  'Bukit', 'Sungai', 'Tanjung', 'Kampung', 'Desierto', 'Valle', 'Playa', 'Plaza', 'Palacio', 'Puente', 'Estadio', 'Piazza', 'Place',
  'Stade', 'Stadio', 'Stadion',
]);

/** Capitalised last words of geographic names (`Northern Territory`, `Weda Bay Industrial Park`, `Maluku Islands`). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'Island', 'Islands', 'Peninsula', 'Plateau', 'Desert', 'Mountains', 'Hills', 'Valley', 'Basin', 'Bay', 'Strait', 'Straits',
  'Sea', 'Ocean', 'Coast', 'Delta', 'Highlands', 'Lowlands', 'Territory', 'Territories', 'Province', 'Region', 'District',
  'County', 'Prefecture', 'Governorate', 'Oblast', 'Park', 'River', 'Lake', 'Falls', 'Canyon', 'Gorge', 'Creek', 'Glacier',
  'Reef', 'Archipelago', 'Copperbelt', 'Belt', 'Range', 'Ranges', 'Mine', 'Deposit', 'Oasis',
  // Infrastructure and facilities: named bridges, channels, terminals, roads, venues and buildings are places too.
  'Bridge', 'Tunnel', 'Channel', 'Terminal', 'Highway', 'Expressway', 'Freeway', 'Parkway', 'Beltway', 'Turnpike', 'Airport', 'Stadium',
  'Arena', 'Palace', 'Square', 'Cathedral', 'Harbor', 'Harbour', 'Dam', 'Canal', 'Pier', 'Wharf', 'Refinery', 'Factory', 'Shipyard',
  'Stadion', 'Estadio', 'Boulevard', 'Avenue', 'Street', 'Memorial', 'Monument', 'Plaza', 'Hospital', 'Prison', 'Base',
  'Cosmodrome', 'Plant', 'Mill', 'Mills', 'Works', 'Smelter',
]);

/** Capitalised first words of geographic names written `X of Y` (`Sea of Japan`, `Gulf of Mexico`, `Strait of Hormuz`). */
export const OF_PLACE_HEADS: ReadonlySet<string> = new Set(['Sea', 'Gulf', 'Bay', 'Strait', 'Straits', 'Isle', 'Cape', 'Lake', 'Bight', 'Mouth']);

/** Words that name a facility or a road by a letter or a number after them (`Runway C`, `Interstate 695`, `Terminal 2`); lowercase too (`runway C`). */
export const DESIGNATED_PLACE_HEADS: ReadonlySet<string> = new Set([
  'runway', 'taxiway', 'terminal', 'gate', 'pier', 'berth', 'platform', 'interstate', 'highway', 'route', 'motorway', 'reactor', 'hangar', 'dock',
]);

/** Lowercase nouns that, after a name and a determiner, make a facility a place of its own (`its Shika nuclear plant`, `Boeing’s Renton factory`). */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set(['plant', 'factory', 'refinery', 'smelter', 'shipyard', 'reactor', 'mill', 'terminal', 'airport', 'airbase', 'dam', 'highway', 'motorway', 'expressway', 'freeway', 'tunnel', 'pipeline', 'stadium']);

/** Verbs of going that, before `to`, make the name after it a destination (`flew to Wajima`, `went to Suzu`). */
export const MOTION_VERBS: ReadonlySet<string> = new Set([
  'went', 'go', 'goes', 'going', 'gone', 'flew', 'fly', 'flies', 'flying', 'traveled', 'travelled', 'travel', 'travels', 'returned', 'return', 'returns',
  'moved', 'headed', 'drove', 'sailed', 'evacuated', 'fled', 'relocated', 'deployed', 'diverted', 'routed',
]);

/** Words that begin a place name in front of a capitalised name: compass points in several languages (`Central Sulawesi`, `Haut-Katanga`). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Central', 'Southeast', 'Southwest', 'Northeast', 'Northwest', 'Eastern', 'Western', 'Northern',
  'Southern', 'Upper', 'Lower', 'Greater', 'Inner', 'Outer', 'Haut', 'Bas', 'Nord', 'Sud', 'Est', 'Ouest', 'Norte', 'Sur', 'Alto',
  'Baja', 'Bajo',
]);

/** Lowercase nouns that, after `X’s`, show that X is a company or other organisation (`Codelco’s stake`). */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'stake', 'stakes', 'shares', 'shareholders', 'shareholder', 'board', 'subsidiary', 'subsidiaries', 'profit', 'profits', 'revenue',
  'revenues', 'earnings', 'stock', 'headquarters', 'employees', 'acquisition', 'takeover', 'spokesperson', 'spokesman',
  'spokeswoman', 'executives', 'management', 'customers', 'chairman', 'chairwoman', 'ceo', 'bid', 'balance', 'bonds', 'dividend',
  'listing', 'workforce', 'directors', 'founder', 'owners', 'joint',
]);

/** Organisation heads that name a gathering: an organisation with one of these is also an event. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(['Forum', 'Ministerial', 'Summit', 'Conference', 'Dialogue', 'Expo']);

/** Lowercase nouns that, right after a capitalised name, make it an organisation (`Islamic State group`). */
export const ORG_SUFFIX_NOUNS: ReadonlySet<string> = new Set(['group', 'party', 'movement', 'militia', 'company', 'firm', 'bank', 'plc', 'ltd', 'inc', 'llc', 'corp', 'sa', 'ag']);

/** Lowercase particles inside people's names (`Maria van der Berg`, `Ibn Saud`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'von', 'bin', 'binti', 'ibn', 'al', 'el', 'ul', 'ur']);

/** Lowercase words that may join the parts of an organisation's name (`Ministry of Finance`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'on']);

/** What ministries and departments are of, in lowercase (`finance ministry` → Ministry of Finance). */
export const MINISTRY_FIELDS: ReadonlySet<string> = new Set([
  'finance', 'foreign', 'interior', 'energy', 'commerce', 'defense', 'defence', 'information', 'planning', 'petroleum', 'water', 'railways',
  'trade', 'industries', 'education', 'health', 'law', 'justice', 'mining', 'mines', 'minerals', 'economic affairs', 'foreign affairs',
  'maritime affairs', 'power', 'transport', 'transportation', 'agriculture', 'environment', 'labour', 'labor', 'housing', 'culture',
  'home', 'treasury', 'communications',
]);

/** Verbs that attribute speech or a stated view. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained', 'explains',
  'described', 'describes', 'called', 'calling', 'highlighted', 'highlights', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'urged', 'warned', 'warns', 'praised', 'pointed', 'saying', 'adding', 'wrote', 'writes', 'insisted', 'claimed', 'maintained',
  'acknowledged', 'cautioned', 'reiterated', 'remarked', 'observed', 'announced', 'declared', 'argued', 'argues', 'asserted',
  'recalled', 'conceded', 'concluded', 'suggested', 'replied', 'responded', 'tweeted', 'posted', 'continued', 'commented',
  'noting', 'stressing', 'describing', 'arguing', 'explaining', 'according', 'welcomed', 'affirmed', 'reaffirmed', 'recognizing',
  'recognising', 'assured', 'assuring', 'believes', 'believed', 'thinks', 'thought', 'predicted', 'estimated', 'spoke', 'written',
  'dismissed', 'vowed', 'vows', 'pledged', 'answered', 'hailed',
]);

/** Words between a pronoun and its verb of saying after a quote (`,” she had said`, `,” he later added`, `,” he would say`). */
export const SPEECH_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'would', 'will', 'also', 'later', 'then', 'once', 'previously', 'again']);

/** Verbs of saying whose subject may follow them (`said Ellen Marsh`), not their object (`described Prigozhin as`, `told reporters`). */
export const INVERTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'noted', 'explained', 'wrote', 'writes', 'continued', 'replied', 'recalled', 'warned', 'insisted',
]);

/** Words that open a new clause after a quote (`,” and X said …`): what follows does not attribute the quote. */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/** Speech verbs that are participles: their subject is the subject of the sentence. */
export const PARTICIPLE_VERBS: ReadonlySet<string> = new Set([
  'saying', 'adding', 'calling', 'noting', 'stressing', 'describing', 'arguing', 'explaining', 'recognizing', 'recognising', 'assuring',
]);

/** Weekday names, Monday first. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Days named by a fixed date in most calendars (lowercase, straight apostrophe) → [month, day]; read in the reference date's year. */
export const FIXED_DAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["new year's day", [1, 1]], ["new year's eve", [12, 31]], ['christmas day', [12, 25]], ['christmas eve', [12, 24]], ['boxing day', [12, 26]],
  ["valentine's day", [2, 14]], ['halloween', [10, 31]], ['may day', [5, 1]],
]);

/** Number words → value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
]);

/** Scale words → multiplier. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['mn', 1e6], ['bn', 1e9], ['tn', 1e12], ['m', 1e6], ['k', 1e3],
  // South Asian numbering (`₹615 crore`, `Rs 5 lakh`).
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Units of length, of time and of extent, singular or plural, as written after a number or joined to it by a hyphen → the unit's name. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  foot: 'feet', feet: 'feet', ft: 'feet', mile: 'miles', miles: 'miles', meter: 'meters', meters: 'meters', metre: 'meters', metres: 'meters',
  kilometer: 'kilometers', kilometers: 'kilometers', kilometre: 'kilometers', kilometres: 'kilometers', km: 'kilometers', inch: 'inches',
  inches: 'inches', yard: 'yards', yards: 'yards', 'nautical mile': 'nautical miles', 'nautical miles': 'nautical miles',
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours', day: 'days', days: 'days',
  week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years', decade: 'decades', decades: 'decades',
  page: 'pages', pages: 'pages',
  // Speeds.
  mph: 'miles per hour', 'miles per hour': 'miles per hour', 'mile per hour': 'miles per hour', 'km/h': 'kilometers per hour', kph: 'kilometers per hour',
  'kilometers per hour': 'kilometers per hour', 'kilometres per hour': 'kilometers per hour', knot: 'knots', knots: 'knots',
};

/** Units of time (plural names in `MEASURE_UNITS`): a figure in one of them is a duration or an interval. */
export const TIME_UNIT_NAMES: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);

/** Units of length (plural names in `MEASURE_UNITS`): a figure in one of them, followed by `to`/`from`, is a distance. */
export const LENGTH_UNIT_NAMES: ReadonlySet<string> = new Set(['feet', 'miles', 'meters', 'kilometers', 'inches', 'yards', 'nautical miles']);

/**
 * Nouns of a measure that stand before its number (`magnitude 7.6`, `a category 4 hurricane`, `level 3`) or before `of` and
 * the number (`shaking of 7`, `an intensity of 6`): the number is read in that measure.
 */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'magnitude', 'intensity', 'shaking', 'category', 'level', 'grade', 'force', 'stage', 'class', 'tier', 'phase', 'rating', 'index', 'scale',
]);

/** Nouns counted without a plural `-s` (`12 crew`, `300 staff`, `40 aircraft`). */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'staff', 'personnel', 'crew', 'police', 'aircraft', 'spacecraft', 'cattle', 'livestock', 'sheep',
  'fish', 'deer', 'offspring', 'infantry', 'militia', 'faculty', 'clergy', 'youth', 'persons',
]);

/**
 * Verbs that give a level or a total (`the death toll rose to 221`, `stood at 221`, `the USGS put it at 7.5`): a bare number after
 * them, with `to` or `at` or none, is a figure of the verb's subject (or, for the transitive ones, of its object).
 */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'climbed', 'climbs', 'jumped', 'jumps', 'fell', 'falls', 'fallen', 'dropped', 'drops', 'increased',
  'decreased', 'grew', 'grown', 'stood', 'stands', 'reached', 'reaches', 'hit', 'hits', 'totalled', 'totaled', 'totals', 'topped',
  'exceeded', 'surpassed', 'measured', 'measures', 'numbered', 'numbers', 'soared', 'plunged', 'swelled', 'edged',
]);

/**
 * Words after a measure that say which dimension it is (`a crater about 4 metres wide`, `some 384,000 km away`) and verbs before
 * it that say so (`the rover weighs 26 kg`): the figure is that dimension of the thing named before it.
 */
export const DIMENSION_AFTER: Readonly<Record<string, string>> = {
  wide: 'width', broad: 'width', across: 'width', long: 'length', high: 'height', tall: 'height', deep: 'depth', thick: 'thickness',
  away: 'distance', apart: 'distance', distant: 'distance',
};
export const DIMENSION_VERBS: Readonly<Record<string, string>> = { weighs: 'mass', weighed: 'mass', weighing: 'mass', weigh: 'mass' };
/** Nouns that name what a measure is of a thing (`duration of the strike`, `length of the bridge`): a figure's `of` that begins with one says its dimension. */
export const DIMENSION_NOUNS: ReadonlySet<string> = new Set([
  ...Object.values(DIMENSION_AFTER), ...Object.values(DIMENSION_VERBS), 'duration', 'age', 'period', 'time', 'size', 'speed', 'area', 'volume', 'cost',
]);

/** Verbs of lasting: a duration after them (`a strike that stretched for 54 days`) is how long their subject lasted. */
export const LASTING_VERBS: ReadonlySet<string> = new Set(['lasted', 'lasts', 'last', 'stretched', 'stretches', 'ran', 'runs', 'continued', 'dragged', 'spanned', 'spans']);

/** Verbs that set a level on their object (`bringing its total to 5,500`, `put it at 7.5`, `puts the cost at`). */
export const LEVEL_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'bring', 'brings', 'bringing', 'brought', 'put', 'puts', 'putting', 'raise', 'raises', 'raised', 'raising', 'lift', 'lifts', 'lifted',
  'lifting', 'estimate', 'estimates', 'estimated', 'estimating', 'cut', 'cuts', 'cutting', 'push', 'pushed', 'pushing', 'revise', 'revised',
]);

/** Words after a duration that make it the time between two things (`ten days after the strike`, `three years ago`). */
export const INTERVAL_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'later', 'ago', 'earlier', 'from', 'into']);

/** Periods a rate is given per (`2,000 containers a day`, `$1 billion a month`) → the period's name. */
export const RATE_PERIODS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['minute', 'minute'], ['hour', 'hour'], ['day', 'day'], ['night', 'night'], ['week', 'week'], ['month', 'month'],
  ['quarter', 'quarter'], ['year', 'year'], ['annum', 'year'], ['season', 'season'], ['game', 'game'], ['match', 'match'],
]);

/** Irregular past forms of common verbs (`the bridge fell`): a word after a noun that is one of these, or ends in `-ed`, is not part of the noun phrase. */
export const PAST_VERBS: ReadonlySet<string> = new Set([
  'fell', 'struck', 'hit', 'sank', 'went', 'came', 'took', 'made', 'left', 'ran', 'broke', 'rose', 'began', 'became', 'drew', 'won', 'lost',
  'beat', 'shook', 'tore', 'stood', 'held', 'sent', 'spent', 'gave', 'got', 'had', 'was', 'were', 'did', 'said', 'told', 'knew', 'saw',
  'found', 'bound', 'brought', 'bought', 'sold', 'built', 'kept', 'met', 'paid', 'put', 'read', 'set', 'cut', 'led', 'flew', 'swept', 'burned', 'burnt',
]);

/** Fractions written in words (`half`, `two-thirds`, `a quarter`) → the share in percent. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 50], ['one-half', 50], ['a third', 100 / 3], ['one-third', 100 / 3], ['one third', 100 / 3], ['two-thirds', 200 / 3], ['two thirds', 200 / 3],
  ['a quarter', 25], ['one-quarter', 25], ['one quarter', 25], ['three-quarters', 75], ['three quarters', 75], ['a fifth', 20], ['one-fifth', 20],
  ['two-fifths', 40], ['three-fifths', 60], ['four-fifths', 80], ['a tenth', 10], ['one-tenth', 10],
]);

/** Capitalised words that are never names by themselves (junk left by web pages, generic words). */
/** Last words of the names of trophies, prizes and contests (`Webb Ellis Cup`, `Nobel Prize`, `Super Bowl`): such a name is nobody's. */
export const TROPHY_HEADS: ReadonlySet<string> = new Set([
  'Cup', 'Trophy', 'Prize', 'Award', 'Awards', 'Medal', 'Shield', 'Bowl', 'Plate', 'Championship', 'Championships', 'Open', 'Games',
  'Olympics', 'Paralympics', 'Series', 'Classic', 'Tour', 'Grand Prix', 'Invitational', 'Stakes',
]);

export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'read', 'more', 'copyright', 'leave', 'comment', 'reply', 'share', 'subscribe', 'advertisement', 'related', 'source', 'photo',
  'file', 'image', 'video', 'click', 'here', 'newsletter', 'sign', 'login', 'email', 'opinion', 'press', 'release', 'ends', 'editorial',
  'breaking', 'update', 'updated', 'exclusive', 'analysis', 'watch', 'listen', 'follow', 'home', 'news', 'menu', 'search',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those',
]);

/** Words before the name of a storm (`Hurricane Milton`, `Typhoon Haikui`): the name after them is no person's. */
export const STORM_HEADS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Superstorm', 'Tropical Storm', 'Tropical']);

/** A company's legal form on its own ("Inc.", "Co.", "Ltd"): the end of a name, never a name. */
export const LEGAL_FORM = /^(?:inc|co|corp|ltd|llc|plc|gmbh|ag|sa|s\.a|nv|bv|pty|pte|lp|l\.p|llp)\.?$/i;

/** US states as two-letter postal codes, which an address or a dateline prints after a city ("San Francisco, CA 94105", "BALTIMORE, MD (…)"). */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '),
);

/** All-caps words that are abbreviations but not organisations. */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set([
  'CEO', 'CFO', 'COO', 'GDP', 'MOU', 'MOUS', 'FDI', 'IPO', 'LNG', 'TV', 'AM', 'PM', 'ID', 'OK', 'USD', 'PKR', 'EUR', 'GBP', 'II',
  'III', 'IV', 'VI', 'AI', 'EV', 'EVS', 'CO2', 'FAQ', 'PDF', 'URL', 'GMT', 'UTC', 'PST', 'EST', 'HQ', 'MW', 'GW', 'KM', 'KG', 'BN',
  'MN', 'OPINION', 'ENDS', 'HTML', 'CSS', 'JSON', 'XML', 'HTTP', 'HTTPS', 'API', 'JSX', 'MDX', 'SQL', 'RSS', 'USB', 'GPS', 'DNA', 'FAQ',
  'PS', 'NB', 'AD', 'BC', 'CE', 'BCE', 'AM', 'PM', 'ET', 'PT', 'CT', 'EDT', 'EST', 'CDT', 'CST', 'MDT', 'MST', 'PDT', 'BST', 'CET', 'CEST', 'IST', 'JST', 'KST', 'PKT', 'AEST', 'AEDT', 'SGT', 'HKT', 'WIB', 'EAT', 'WAT', 'CAT', 'MSK',
  'UPDATE', 'NEW', 'YORK', 'MPH', 'KPH', 'FT', 'SUV', 'SUVS', 'DIY', 'ATM', 'RIP', 'ICU', 'ER', 'CCTV', 'VIP', 'POW', 'CPR',
]);

let dictionary: ReadonlySet<string> | null = null;
const known = new Map<string, boolean>();

/** True when `word` (any case) is an ordinary English word in the `word-list` dictionary. */
export function isWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    answer = dictionary.has(word.toLowerCase().replace(/’/g, "'"));
    known.set(word, answer);
  }
  return answer;
}

/** Words that report an encounter, an agreement, a shipment or an inauguration, by kind (a sentence may report several). */
export const EVENT_TRIGGERS: readonly [Exclude<EventKind, 'forum'>, RegExp][] = [
  ['call', /\b(?:by phone|phone call|telephone call|spoke (?:with|to))\b/i],
  ['meeting', /\b(?:met|meets|meeting|meetings|called on|calls on|held talks|talks with|discussed|discussions)\b/i],
  ['inauguration', /\b(?:inaugurated|inaugurates|inauguration)\b/i],
  ['shipment', /\b(?:consignment|shipment|shipped)\b/i],
  ['agreement', /\b(?:signed|signing|agreement|memorand(?:um|a)|MoUs?|deal|pact)\b/i],
  ['visit', /\b(?:visit|visited|visiting|visits|toured|touring|tours|arrived|arrives|surveyed|surveying)\b/i],
];
/**
 * Kinds of news event beyond encounters and agreements, with the words that report them, in priority order:
 * a sentence reports at most one of these (the first that matches).
 */
export const NEWS_TRIGGERS: readonly [EventKind, RegExp][] = [
  ['incident', /\b(?:collaps(?:e|ed|es|ing)|crash(?:ed|es)?|collided|collisions?|struck|rammed|slammed into|explo(?:sion|ded)|sank|capsized|derailed|caught fire|earthquake|disaster|accident)\b/i],
  ['ruling', /\b(?:ruled|ruling|verdict|overturn(?:ed|s)?|upheld|struck down|sentenced|acquitted)\b/i],
  ['charge', /\b(?:indicted|indictments?|charged with|arraigned|pleaded (?:not )?guilty)\b/i],
  ['strike', /\b(?:walked off the job|went on strike|strike (?:began|started|ended)|walkout|picket lines?)\b/i],
  ['vote', /\b(?:vot(?:e|ed|es|ing)|ballot(?:s|ing)?|ratif(?:y|ied|ies|ication))\b/i],
  ['resignation', /\b(?:resign(?:ed|s|ation)?|stepp(?:ed|ing) down|steps down|quit)\b/i],
  ['appointment', /\b(?:appointed|appointment|(?:named|became|becomes|become|took over as|takes over as) (?:the )?(?:new )?(?:company's |its |(?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*(?:'s|’s) )?(?:chief|president|ceo|head|director|chair|manager|coach|prime minister|governor)|took (?:over|the helm)|hired)\b/i],
  ['election', /\b(?:elected|election|re-elected)\b/i],
  ['launch', /\b(?:launch(?:ed|es)?|lifted off|liftoff)\b/i],
  ['match', /\b(?:beat|defeated|victory over|win over|semi-?finals?|quarter-?finals?|finals?|drew|match)\b/i],
  ['funding', /\b(?:fund(?:s|ing|ed)?|grants?|loans?|share sale|stock sale|bailout|allocated|appropriat\w+)\b/i],
  ['announcement', /\b(?:announc(?:ed|es|ement)|declare[ds]|unveil(?:ed|s)|estimated|disclosed|layoffs?|lay off|laid off|(?:would|will|to) cut|job cuts|cut \d|reopen(?:ed|s)?|refloated|recovered|filed|sued|reported|issued|ordered)\b/i],
];
/** Trigger words that are nouns: after `the`/`its` they refer back to an event rather than report it. */
export const NOUN_TRIGGER = /^(?:collapse|crash|collision|explosion|disaster|accident|earthquake|indictments?|vote|ballot|ratification|ruling|verdict|walkout|resignation|appointment|election|launch|liftoff|funding|grants?|loans?|bailout|announcement|layoffs?)$/i;

/**
 * Wire services and news agencies: they report events, they do not take part in them. Matched against whole
 * organisation names (any case); names ending in `News Agency`, `Press Agency` or `Wire` are agencies too.
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'associated press', 'ap', 'reuters', 'agence france-presse', 'afp', 'bloomberg news', 'xinhua', 'press trust of india', 'pti',
  'associated press of pakistan', 'app', 'anadolu', 'anadolu agency', 'kyodo', 'kyodo news', 'yonhap', 'tass', 'ria novosti', 'efe', 'ansa',
  'dpa', 'deutsche presse-agentur', 'bernama', 'antara', 'irna', 'wafa', 'united press international', 'upi', 'asian news international', 'ani',
]);
export const NEWS_AGENCY_NAME = /\b(?:news agency|press agency|wire service|news service|wire)$/i;
/**
 * Words just before a name that make it the teller of an event, an example or background, not an actor
 * ("according to the state news agency X", "the news agency X", "lenders like X", "such as X").
 */
export const NOT_ACTING_BEFORE = /(?:\baccording to\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,4}|\b(?:news agency|wire service|newspaper|broadcaster|news outlet|outlet|daily)\s+(?:the\s+)?|\b(?:like|such as|unlike)\s+(?:the\s+)?|\b(?:reported by|quoted by|cited by|told)\s+(?:the\s+)?)$/iu;
/** Words before a gathering that place what a speaker says in the sentence at it ("At the forum, X said …", "Addressing the summit, …"). */
export const AT_GATHERING = /\b(?:at|addressing|while addressing|speaking at|speaking to|on the sidelines of|during)\s+(?:the|this)\s+(?:[\p{L}-]+\s+){0,5}?(?:conference|gathering|summit|ministerial|forum|event|meeting|ceremony|session)\b/iu;
/** Verbs of a mutual act: who is named after their `with` takes part as much as the subject ("a jet collided with a coast guard aircraft"). */
export const MUTUAL_WITH_BEFORE = /\b(?:collided|clashed|merged|negotiated|drew|tied|fought|settled)\s+with\s+(?:the\s+|a\s+|an\s+)?$/i;
/** Prepositions just before a name that make it an object or a setting, not the subject of the clause ("the channel into the Port of X reopened"). */
export const OBJECT_BEFORE = /\b(?:into|in|at|from|to|for|on|near|about|over|under|against|through|across|toward|towards)\s+(?:the\s+)?$/i;
/**
 * Past tenses that do not end in -ed, for finding the verb of a sentence's main clause when no trigger word names
 * the news ("The outage began at 04:09 UTC on Friday"). General English, not any story's vocabulary.
 */
export const PAST_IRREGULAR: ReadonlySet<string> = new Set([
  'began', 'became', 'broke', 'brought', 'built', 'came', 'caught', 'chose', 'cut', 'drew', 'drove', 'fell', 'felt', 'fled', 'flew', 'fought',
  'froze', 'gave', 'got', 'grew', 'hit', 'held', 'hid', 'kept', 'knew', 'laid', 'led', 'left', 'lent', 'lost', 'made', 'meant', 'met',
  'paid', 'put', 'quit', 'ran', 'rang', 'rose', 'saw', 'sent', 'set', 'shook', 'shot', 'shut', 'slid', 'sold', 'spent', 'split', 'spoke', 'spread',
  'stood', 'stole', 'struck', 'swept', 'swung', 'took', 'tore', 'threw', 'won', 'woke', 'wrote', 'went', 'withdrew', 'overtook', 'undertook',
]);
/**
 * Main verbs that do not make a sentence the report of an event: saying, seeming, being and wanting
 * ("Delta said its software had been overwhelmed", "the roads remained closed").
 */
export const NOT_EVENT_VERBS: ReadonlySet<string> = new Set([
  'said', 'told', 'added', 'noted', 'argued', 'explained', 'stressed', 'warned', 'claimed', 'asked', 'replied', 'wrote', 'quoted', 'cited', 'described',
  'seemed', 'appeared', 'remained', 'stayed', 'continued', 'included', 'involved', 'contained', 'needed', 'wanted', 'hoped', 'expected', 'believed',
  'used', 'called', 'named', 'based', 'owned', 'related', 'compared', 'showed', 'suggested', 'indicated', 'meant', 'knew', 'felt', 'saw', 'liked',
  'got', 'kept', 'owed', 'lived', 'worked', 'listed', 'ranked', 'measured', 'numbered', 'totaled', 'totalled', 'amounted', 'equaled', 'equalled',
]);
/** Words before a verb that make it part of a relative or subordinate clause, or an adjective ("the update that crippled", "the affected machines"). */
export const NOT_MAIN_VERB_BEFORE = /\b(?:that|which|who|whom|whose|when|where|while|if|because|although|though|the|a|an|its|their|his|her|our|of|to|by|for|with|from|as)\s+$/i;

/** Words too common in news sentences to say which fact a sentence states (compared after lowercasing, before stemming). */
export const CLAIM_STOP_WORDS: ReadonlySet<string> = new Set([
  'about', 'some', 'more', 'than', 'nearly', 'almost', 'around', 'roughly', 'over', 'under', 'with', 'from', 'that', 'this', 'their', 'which',
  'were', 'have', 'been', 'said', 'says', 'after', 'before', 'into', 'duration', 'length', 'also', 'when', 'where', 'while', 'would', 'could',
  'will', 'what', 'they', 'them', 'there', 'these', 'those', 'then', 'only', 'other', 'such', 'each', 'most', 'many', 'much', 'least', 'being',
  'between', 'during', 'since', 'until', 'still', 'just', 'even', 'first', 'last', 'week', 'weeks', 'month', 'months', 'year', 'years', 'today',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'sept', 'october', 'november', 'december', 'told', 'later', 'earlier', 'here', 'because', 'whose', 'against',
]);

/** Hedges that make a figure a lower bound (`more than 50`: 52 agrees with it). */
export const LOWER_BOUND_HEDGES: ReadonlySet<string> = new Set(['over', 'more than', 'at least', 'just over', 'above', 'upwards of', 'in excess of']);
/** Hedges that make a figure an upper bound (`up to 90%`, `fewer than 20`). */
export const UPPER_BOUND_HEDGES: ReadonlySet<string> = new Set(['up to', 'less than', 'fewer than', 'under', 'below', 'at most']);
/** Hedges for a figure a little below the number (`nearly 50`: 47 agrees with it, 52 does not). */
export const JUST_BELOW_HEDGES: ReadonlySet<string> = new Set(['nearly', 'almost', 'close to', 'just under']);

/** Counted nouns that count the same thing under another word (`101 games`, `102 matches`), → the word they are compared as. */
export const COUNT_SYNONYMS: ReadonlyMap<string, string> = new Map([['games', 'matches'], ['fixtures', 'matches'], ['tonnes', 'tons'], ['vessels', 'ships'], ['machines', 'devices'], ['computers', 'devices']]);

/** Counted nouns that all count people, compared as one unit. */
export const PEOPLE_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'workers', 'members', 'machinists', 'employees', 'staff', 'personnel', 'persons', 'men', 'women', 'children', 'victims',
  'passengers', 'residents', 'fans', 'supporters', 'spectators', 'crew', 'troops', 'soldiers', 'evacuees', 'survivors', 'students', 'voters',
]);

/** Words that name one measure under different names (`the damage`, `losses`, `cost`), → the name they are compared as. */
export const MEASURE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['damage', 'cost'], ['damages', 'cost'], ['loss', 'cost'], ['losses', 'cost'], ['lost', 'cost'], ['costs', 'cost'], ['costing', 'cost'], ['bill', 'cost'],
  ['dead', 'death'], ['deaths', 'death'], ['killed', 'death'], ['killing', 'death'], ['died', 'death'], ['fatalities', 'death'], ['toll', 'death'],
  ['aboard', 'onboard'], ['onboard', 'onboard'],
  ['crowd', 'attendance'], ['attendance', 'attendance'], ['watched', 'attendance'],
]);

// ---------------------------------------------------------------------------------------------
// Words the mention matchers (src/lib/knowledge/matchers/) read names by
// ---------------------------------------------------------------------------------------------

/** Articles and possessives that open a noun phrase; dropped from a role before it is compared (`the finance minister`). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);

/** Words that open a noun phrase: a place noun after one of them cannot belong to the name before it. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);

/**
 * Words that, capitalised and joined by a hyphen to another, make a compound rather than a given name
 * ("Anti-war", "Co-founder", "Ex-minister"): a hyphenated given name ("Jae-myung", "Dong-hoon") never starts with one.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'anti', 'pro', 'co', 'ex', 'post', 'pre', 'self', 'non', 're', 'semi', 'multi', 'mid', 'well', 'half', 'over', 'under', 'cross', 'inter',
  'counter', 'vice', 'all', 'high', 'low', 'long', 'short', 'full', 'part', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'first', 'second', 'third', 'world', 'state', 'e', 'x', 'u', 'sub', 'super', 'ultra', 'neo', 'pan', 'trans', 'intra', 'out',
  'off', 'on', 'up', 'down', 'far', 'near', 'old', 'new', 'year', 'day', 'week', 'month', 'so', 'would', 'much', 'ill', 'mock', 'quasi',
]);

/**
 * Family names that come first in East Asian names written in full ("Yoon Suk Yeol", "Kim Jong Un", "Lee Kuan Yew"): in such a
 * name of three short words the first is the one a story uses alone ("Yoon said"). (A name whose last word is a hyphenated
 * given name — "Lee Jae-myung", "Ma Ying-jeou" — is read surname first without this list.)
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang', 'Chang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon',
  'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Woo', 'Min', 'Ryu',
  'Cha', 'Koo', 'Shim', 'Chun', 'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo',
  'He', 'Lin', 'Luo', 'Gao', 'Xi', 'Liang', 'Zheng', 'Xie', 'Tang', 'Feng', 'Yu', 'Dong', 'Xiao', 'Cheng', 'Cao', 'Yuan', 'Deng', 'Fu',
  'Shen', 'Zeng', 'Peng', 'Lu', 'Su', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Ye', 'Yan', 'Pan', 'Du', 'Xia', 'Zhong', 'Tian', 'Ren', 'Fan',
  'Fang', 'Shi', 'Yao', 'Tan', 'Liao', 'Zou', 'Xiong', 'Jin', 'Hao', 'Kong', 'Bai', 'Cui', 'Mao', 'Qiu', 'Qin', 'Gu', 'Hou', 'Meng', 'Nguyen',
  'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly',
]);

/** Words that end a person's name without being a name (`Robert Louis Strayer II`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['II', 'III', 'IV', 'Jr', 'Jr.', 'Sr', 'Sr.']);

/** Place names that are also people's names or ordinary words: followed by another capitalised word they are not the place (`Jordan Peterson`). */
export const AMBIGUOUS_PLACE_NAMES: ReadonlySet<string> = new Set(['Jordan', 'Chad', 'Georgia', 'Victoria', 'Florence', 'Virginia', 'Lima', 'Perth', 'Columbia', 'Israel', 'Washington', 'Mark']);

/** Compass words that share the name after `and` (`South and Southeast Asia` → South Asia too). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Central', 'Southeast', 'Southwest', 'Northeast', 'Northwest', 'Eastern', 'Western', 'Northern', 'Southern']);

/** Lowercase words that may join the words of a name an acronym abbreviates (`for the`, Spanish `y`, French `et des`). */
export const DEFINITION_CONNECTORS: ReadonlySet<string> = new Set(['the', 'de', 'del', 'della', 'des', 'du', 'da', 'do', 'dos', 'das', 'di', 'y', 'e', 'et', 'la', 'le', 'les', 'el', 'für', 'und', 'van', 'von', 'der', 'para', 'pour', 'per']);

/** Lowercase words inside a place name (`Salar de Atacama`, `Isla de la Plata`). */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'dos', 'di', 'du', 'des', 'le', 'of', 'y']);

/** Endings of capitalised adjectives made with a hyphen that qualify a name without being part of it (`Australian-listed`, `Quetta-based`). */
export const HYPHEN_ADJECTIVE_ENDINGS: readonly string[] = ['based', 'listed', 'owned', 'backed', 'controlled', 'run', 'born', 'headquartered', 'registered', 'led', 'funded', 'affiliated', 'linked', 'made'];

/** Lowercase words that end the description in front of a name (verbs and prepositions, not adjectives). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'with', 'of', 'to', 'by', 'in', 'on', 'at', 'for', 'from', 'as', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'be',
  'been', 'has', 'have', 'had', 'said', 'says', 'told', 'than', 'between', 'against', 'under', 'over', 'into', 'about', 'after', 'before', 'while',
  'when', 'where', 'if', 'so', 'not', 'also',
]);

/** Words that make a country's formal name (`Kingdom of Denmark`, `Federal Republic of Germany`). */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'Kingdom', 'Republic', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth', 'Federation', 'Duchy', 'State', 'Islamic', 'Federal', 'Democratic',
  'Socialist', 'United', 'Grand', 'Plurinational', 'Bolivarian', 'Arab', 'Hashemite', 'Oriental', 'Cooperative',
]);

/** The state words that can stand right before `of` in a country's formal name (`Kingdom of …`, not `Islamic of …`). */
export const STATE_HEADS: ReadonlySet<string> = new Set(['Kingdom', 'Republic', 'Sultanate', 'Emirate', 'Principality', 'Commonwealth', 'Federation', 'Duchy', 'State']);

/** Titles that are also common surnames: after a first name they end a name (`Madeleine King`). */
export const RANK_SURNAMES: ReadonlySet<string> = new Set(['king', 'major', 'judge', 'marshal', 'bishop', 'mayor', 'chancellor', 'prince', 'lord', 'dean', 'sheriff', 'knight']);

/** Prepositions after which a capitalised name is a place (`in Halmahera`, `near Kolwezi`). */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'around', 'across', 'outside', 'throughout']);

/**
 * Plural or collective nouns for an organisation's people and voice, which after a capitalised name make it an organisation
 * (`Labour MPs`, `Republican lawmakers`, `the Reform UK leader`, `Kremlin spokesman`); a demonym (`Chinese leader`) or a
 * place (`Texas lawmakers`) before them is not one.
 */
export const ORG_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'MPs', 'MEPs', 'lawmakers', 'legislators', 'senators', 'councillors', 'councilors', 'peers', 'frontbenchers', 'backbenchers',
  'leader', 'leadership', 'whip', 'spokesman', 'spokeswoman', 'spokesperson', 'manifesto', 'candidates', 'activists', 'members',
]);

/**
 * Nouns for a team's people: a capitalised name before one is the team (`the Manchester City midfielder`, `All Blacks captain
 * Sam Cane`), unless the name is a country's (`the England captain`: a national side, named as its country).
 */
export const TEAM_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'midfielder', 'winger', 'striker', 'forward', 'defender', 'goalkeeper', 'fly-half', 'scrum-half', 'flanker', 'fullback', 'quarterback',
  'pitcher', 'shortstop', 'captain', 'coach',
]);

/** Nations that field their own sides (`the England captain`) though the gazetteer does not list them as countries. */
export const TEAM_NATIONS: ReadonlySet<string> = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** Verbs of an election result: `Labour won 411 seats`, `the Liberal Democrats took 72 seats`. */
export const SEAT_VERBS: ReadonlySet<string> = new Set(['won', 'took', 'lost', 'secured', 'gained', 'held', 'kept', 'claimed', 'captured', 'retained']);

/** Prepositions of place that make a name ending in a place word a place even when its other words are English words (`outside Downing Street`, `at Buckingham Palace`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'outside', 'inside', 'near', 'on', 'from', 'to', 'into', 'toward', 'towards', 'across', 'along', 'through']);

/** Place nouns that are also verbs (`Lynas mines rare earths`): they mark a place only after a determiner. */
export const VERB_LIKE_PLACE_NOUNS: ReadonlySet<string> = new Set(['mine', 'mines', 'field', 'fields', 'range', 'site', 'project', 'state', 'area', 'deposit', 'deposits']);

/** Place nouns that make `<Name> <noun>` another name of the place (`Chagai district`, `Maluku islands`), even when not in `PLACE_NOUNS`. */
export const PLACE_ALIAS_NOUNS: ReadonlySet<string> = new Set(['district', 'province', 'region', 'valley', 'city', 'islands', 'island']);

/** Place nouns too general to make `<Name> <noun>` another name of the place (`Lagos state`, `the Norvale site`). */
export const GENERIC_PLACE_NOUNS: ReadonlySet<string> = new Set(['state', 'capital', 'area', 'site', 'field', 'fields']);

/** Roles a company has and a person does not, as written between a company's name and a person's (`Lynas chief executive Amanda Lacaze`). */
export const CORPORATE_ROLES: ReadonlySet<string> = new Set([
  'chief executive', 'chief executive officer', 'ceo', 'chairman', 'chairwoman', 'chair', 'executive chairman', 'managing director',
  'chief financial officer', 'cfo', 'chief operating officer', 'coo', 'founder and chief executive', 'president and chief executive',
]);

/** Lowercase words that qualify a title without being one (`former President Joko Widodo`). */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'late', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'ex', 'current', 'sitting']);

/** Words for what an organisation issues: `X said in a statement`. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'release', 'filing', 'note', 'post', 'notice', 'report', 'letter', 'communiqué']);

/** Honorifics that state a woman (`Ms`, `Dame`) and a man (`Mr`, `Sir`), lowercase without the dot. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['ms', 'mrs', 'miss', 'dame', 'lady']);
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'sir', 'lord']);

/** Verbs before `by <Name>` that make the name a person's (`led since August 2024 by Bahlil Lahadalia`). */
export const LEADERSHIP_VERBS: ReadonlySet<string> = new Set(['led', 'headed', 'chaired']);

/** Nouns after a name that say what kind of organisation it is without being part of its name (`the Islamic State group`); the other `ORG_SUFFIX_NOUNS` (`plc`, `ltd`) are. */
export const DETACHED_ORG_SUFFIXES: ReadonlySet<string> = new Set(['group', 'party', 'movement', 'militia', 'company', 'firm', 'bank']);

/** Head words of a short description of a person's office after its domain (`the finance chief`, `the border czar`). */
export const DOMAIN_HEADS: ReadonlySet<string> = new Set(['chief', 'minister', 'head', 'boss', 'czar']);

/** Words between a name and another name it goes by (`X, also known as Y`, `X, formerly Y`). */
export const KNOWN_AS_ADVERBS: ReadonlySet<string> = new Set(['also', 'widely', 'popularly', 'commonly', 'better', 'formerly', 'previously', 'locally', 'once', 'now']);
/** Of those, the ones that give another name by themselves (`X, formerly Y`). */
export const FORMERLY: ReadonlySet<string> = new Set(['formerly', 'previously']);
/** Participles that introduce another name (`known as`, `dubbed`). */
export const KNOWN_AS_VERBS: ReadonlySet<string> = new Set(['known', 'called', 'named', 'nicknamed', 'dubbed']);

/** Country abbreviations written in capitals before a diplomatic mission (`US embassy`, `UK high commission`); other countries are capitalised words. */
export const COUNTRY_ABBREVIATIONS: readonly string[] = ['US', 'U.S.', 'UK'];

/** Lowercase names of diplomatic missions (`US embassy in Islamabad`). */
export const DIPLOMATIC_MISSIONS: readonly string[] = ['embassy', 'mission', 'consulate', 'high commission'];

/** Offices whose holder's office is an organisation (`the prime minister’s office`). */
export const OFFICE_HOLDERS: readonly string[] = ['prime minister', 'president', 'chief minister'];

/** Kinds of organisation a definite description names (`the union`, `the airline`) → words that mark a name of that kind (`… Workers District 751`, `Delta Air Lines`). */
export const ORG_KIND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['union', new Set(['Union', 'Workers', 'Teamsters', 'Machinists', 'Longshoremen', 'Brotherhood', 'Guild', 'Employees', 'Nurses', 'Teachers'])],
  ['airline', new Set(['Airlines', 'Airways', 'Lines', 'Air'])],
  ['carrier', new Set(['Airlines', 'Airways', 'Lines', 'Air'])],
  ['bank', new Set(['Bank', 'Bancorp', 'Banking'])],
  ['insurer', new Set(['Insurance', 'Assurance', 'Mutual'])],
  ['railway', new Set(['Railway', 'Railways', 'Railroad', 'Rail'])],
  ['university', new Set(['University', 'College'])],
  // A court by its bench: "the panel wrote", "the judges wrote", "the justices ruled".
  ['panel', new Set(['Court', 'Circuit', 'Tribunal', 'Panel'])],
  ['judges', new Set(['Court', 'Circuit', 'Tribunal'])],
  ['justices', new Set(['Court'])],
  ['court', new Set(['Court', 'Circuit', 'Tribunal'])],
]);

/** A country's institutions written in lowercase after its name or demonym (`Japan's cabinet`, `the Swedish parliament`) → `Cabinet of Japan`. */
export const NATIONAL_BODIES: readonly string[] = ['cabinet', 'parliament', 'legislature', 'navy', 'army', 'air force', 'coast guard', 'supreme court', 'central bank', 'armed forces'];

/** Lowercase words that join the words of a title (`Minister of Mines`, `Special Assistant to the President`); they never begin or end one. */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'the', 'and', '&']);

/** Places abbreviated inside organisations' names, as normName spells them → written out (`D.C. Circuit`, `District of Columbia Circuit`). */
export const NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['d.c.', 'district of columbia']]);

/** Nouns a business is referred back to by (`the company said`, `the railroad`, `the planemaker`). */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'railroad', 'planemaker', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'manufacturer', 'retailer', 'conglomerate']);

/** Last words of the names of public bodies, which `the company` never refers back to. */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Department', 'Agency', 'Commission', 'Court', 'Council', 'Party', 'Union', 'Committee', 'Subcommittee', 'Administration', 'Board',
  'Authority', 'Police', 'Army', 'Navy', 'Guard', 'Government', 'Parliament', 'Senate', 'Congress', 'House', 'Office', 'Bureau', 'Service',
  'Circuit', 'Tribunal', 'Assembly', 'Cabinet', 'Command', 'Corps', 'Forces', 'Force', 'Survey', 'Legislature', 'Embassy', 'Mission',
]);

/** Words before a title that make another office of it. */
export const SECOND_RANKS: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'under', 'associate']);

/** Titles that go with any other at the same organisation: the founder may be its chief executive, anyone who runs it its head. */
export const COMPATIBLE_TITLES: ReadonlySet<string> = new Set(['head', 'leader', 'founder', 'officer', 'executive', 'manager']);

/** Who a population counts. */
export const POPULATION_NOUNS: ReadonlySet<string> = new Set(['people', 'residents', 'inhabitants', 'souls']);

/** Words before a title that say when its holder holds it (`the new prime minister`, `the outgoing chancellor`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['new', 'incoming', 'current', 'outgoing', 'former', 'departing', 'retiring']);
/** Of those, the ones that say the holder is leaving or has left. */
export const LEAVING_MODIFIERS: ReadonlySet<string> = new Set(['outgoing', 'former', 'departing', 'retiring']);

/** Places a count of people can be the population of (`a village of about 4,700 people`). */
export const SETTLEMENT_NOUNS: readonly string[] = ['town', 'village', 'city', 'country', 'nation', 'island', 'community', 'county', 'state', 'region', 'municipality', 'borough', 'suburb', 'hamlet'];
