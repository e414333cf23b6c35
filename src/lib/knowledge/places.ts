/**
 * A general gazetteer of places as data: countries, regions, US states, large
 * provinces and major cities, each `[canonical name, ...aliases]`, plus demonyms.
 * Topic packs (src/lib/knowledge/packs/) add a country's smaller places. It lets
 * discovery recognise places in any article; unknown places are still found
 * from context (`in X`, `X district`, `X-based`).
 */
import { domain, type PlaceList } from './packs/index.ts';
import { tokenize } from './text.ts';

/** Countries and territories: canonical name first, then aliases. */
export const COUNTRIES: readonly (readonly string[])[] = [
  ['Afghanistan'], ['Albania'], ['Algeria'], ['Andorra'], ['Angola'], ['Argentina'], ['Armenia'], ['Australia'], ['Austria'],
  ['Azerbaijan'], ['Bahamas'], ['Bahrain'], ['Bangladesh'], ['Barbados'], ['Belarus'], ['Belgium'], ['Belize'], ['Benin'],
  ['Bhutan'], ['Bolivia'], ['Bosnia and Herzegovina', 'Bosnia'], ['Botswana'], ['Brazil'], ['Brunei'], ['Bulgaria'],
  ['Burkina Faso'], ['Burundi'], ['Cambodia'], ['Cameroon'], ['Canada'], ['Cape Verde'], ['Central African Republic'], ['Chad'],
  ['Chile'], ['China', "People's Republic of China", 'People’s Republic of China', 'PRC'], ['Colombia'], ['Comoros'],
  ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'], ['Republic of the Congo', 'Congo-Brazzaville'],
  ['Costa Rica'], ['Croatia'], ['Cuba'], ['Cyprus'], ['Czech Republic', 'Czechia'], ['Denmark'], ['Djibouti'], ['Dominican Republic'],
  ['Ecuador'], ['Egypt'], ['El Salvador'], ['Equatorial Guinea'], ['Eritrea'], ['Estonia'], ['Eswatini', 'Swaziland'], ['Ethiopia'],
  ['Fiji'], ['Finland'], ['France'], ['Gabon'], ['Gambia'], ['Georgia'], ['Germany'], ['Ghana'], ['Greece'], ['Guatemala'],
  ['Guinea'], ['Guyana'], ['Haiti'], ['Honduras'], ['Hungary'], ['Iceland'], ['India'], ['Indonesia'], ['Iran'], ['Iraq'],
  ['Ireland'], ['Israel'], ['Italy'], ['Ivory Coast', 'Côte d’Ivoire', "Côte d'Ivoire"], ['Jamaica'], ['Japan'], ['Jordan'],
  ['Kazakhstan'], ['Kenya'], ['Kosovo'], ['Kuwait'], ['Kyrgyzstan'], ['Laos'], ['Latvia'], ['Lebanon'], ['Lesotho'], ['Liberia'],
  ['Libya'], ['Liechtenstein'], ['Lithuania'], ['Luxembourg'], ['Madagascar'], ['Malawi'], ['Malaysia'], ['Maldives'], ['Mali'],
  ['Malta'], ['Mauritania'], ['Mauritius'], ['Mexico'], ['Moldova'], ['Monaco'], ['Mongolia'], ['Montenegro'], ['Morocco'],
  ['Mozambique'], ['Myanmar', 'Burma'], ['Namibia'], ['Nepal'], ['Netherlands', 'Holland'], ['New Zealand'], ['Nicaragua'],
  ['Niger'], ['Nigeria'], ['North Korea'], ['North Macedonia', 'Macedonia'], ['Norway'], ['Oman'], ['Pakistan'], ['Palestine'],
  ['Panama'], ['Papua New Guinea'], ['Paraguay'], ['Peru'], ['Philippines'], ['Poland'], ['Portugal'], ['Qatar'], ['Romania'],
  ['Russia', 'Russian Federation'], ['Rwanda'], ['Saudi Arabia', 'KSA'], ['Senegal'], ['Serbia'], ['Sierra Leone'], ['Singapore'],
  ['Slovakia'], ['Slovenia'], ['Somalia'], ['South Africa'], ['South Korea', 'Korea'], ['South Sudan'], ['Spain'], ['Sri Lanka'],
  ['Sudan'], ['Suriname'], ['Sweden'], ['Switzerland'], ['Syria'], ['Taiwan'], ['Tajikistan'], ['Tanzania'], ['Thailand'],
  ['Togo'], ['Trinidad and Tobago'], ['Tunisia'], ['Turkey', 'Türkiye'], ['Turkmenistan'], ['Uganda'], ['Ukraine'],
  ['United Arab Emirates', 'UAE'], ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], ['Uruguay'], ['Uzbekistan'],
  ['Venezuela'], ['Vietnam', 'Viet Nam'], ['Yemen'], ['Zambia'], ['Zimbabwe'], ['Greenland'], ['Hong Kong'],
  // Former states, still named in history and background paragraphs.
  ['Soviet Union', 'USSR', 'U.S.S.R.'], ['Yugoslavia'], ['Czechoslovakia'], ['East Germany'], ['West Germany'],
];

/** Continents and regions. */
export const REGIONS: readonly (readonly string[])[] = [
  ['Asia'], ['South Asia'], ['Southeast Asia', 'South-East Asia'], ['Central Asia'], ['East Asia'], ['West Asia'], ['Middle East'],
  ['Europe'], ['Eastern Europe'], ['Western Europe'], ['Africa'], ['North Africa'], ['Sub-Saharan Africa'], ['West Africa'],
  ['East Africa'], ['Southern Africa'], ['North America'], ['South America'], ['Latin America'], ['Central America'],
  ['Caribbean'], ['Oceania'], ['Arctic'], ['Antarctica'], ['Gulf', 'Persian Gulf', 'Arabian Gulf'], ['Indo-Pacific'],
  ['Asia-Pacific'], ['Balkans'], ['Caucasus'], ['Sahel'], ['Horn of Africa'], ['Indian Ocean'], ['Arabian Sea'],
  ['South China Sea'], ['Pacific'], ['Atlantic'],
  // Bodies of the solar system a story can happen on or go to (capitalised as names).
  ['Earth'], ['Moon'], ['Mars'], ['Venus'], ['Jupiter'], ['Saturn'],
];

/** Subnational regions: US states and large provinces and territories (a country's smaller regions belong in its pack). */
export const SUBNATIONAL: readonly (readonly string[])[] = [
  ['Alabama'], ['Alaska'], ['Arizona'], ['Arkansas'], ['California'], ['Colorado'], ['Connecticut'], ['Delaware'], ['Florida'],
  ['Hawaii'], ['Idaho'], ['Illinois'], ['Indiana'], ['Iowa'], ['Kansas'], ['Kentucky'], ['Louisiana'], ['Maine'], ['Maryland'],
  ['Massachusetts'], ['Michigan'], ['Minnesota'], ['Mississippi'], ['Missouri'], ['Montana'], ['Nebraska'], ['Nevada'],
  ['New Hampshire'], ['New Jersey'], ['New Mexico'], ['North Carolina'], ['North Dakota'], ['Ohio'], ['Oklahoma'], ['Oregon'],
  ['Pennsylvania'], ['Rhode Island'], ['South Carolina'], ['South Dakota'], ['Tennessee'], ['Texas'], ['Utah'], ['Vermont'],
  ['Virginia'], ['West Virginia'], ['Wisconsin'], ['Wyoming'],
  ['Kashmir'], ['England'], ['Scotland'], ['Wales'], ['Northern Ireland'], ['Catalonia'], ['Bavaria'], ['Andalusia'], ['Tibet'], ['Xinjiang'], ['Inner Mongolia'], ['Yunnan'],
  ['Sichuan'], ['Guangdong'], ['Ontario'], ['Quebec'], ['British Columbia'], ['Alberta'], ['Western Australia'], ['Queensland'],
  ['New South Wales'], ['Katanga'], ['Rajasthan'], ['Gujarat'], ['Maharashtra'], ['Kerala'], ['Tamil Nadu'], ['Karnataka'],
  ['Andhra Pradesh'], ['Uttar Pradesh'], ['West Bengal'], ['Telangana'],
];

/** Cities. */
export const CITIES: readonly (readonly string[])[] = [
  ['Washington', 'Washington, D.C.', 'Washington DC', 'Washington D.C.'], ['New York'], ['Los Angeles'], ['Chicago'], ['Houston'],
  ['San Francisco'], ['Boston'], ['Miami'], ['Seattle'], ['Denver'], ['St. Petersburg', 'Saint Petersburg', 'St Petersburg'], ['St. Louis', 'Saint Louis'], ['St. Paul', 'Saint Paul'],
  ['Beijing'], ['Shanghai'], ['Hong Kong'], ['Shenzhen'], ['Guangzhou'], ['Tianjin'], ['Chongqing'], ['Kashgar'], ['Urumqi'],
  ['New Delhi'], ['Delhi'], ['Mumbai'], ['Kolkata'], ['Chennai'], ['Bengaluru', 'Bangalore'], ['Chabahar'],
  ['Kabul'], ['Tehran'], ['Riyadh'], ['Jeddah'], ['Dubai'], ['Abu Dhabi'], ['Doha'], ['Muscat'], ['Ankara'], ['Istanbul'], ['Baghdad'],
  ['Cairo'], ['Moscow'], ['London'], ['Paris'], ['Berlin'], ['Brussels'], ['Geneva'], ['Vienna'], ['Rome'], ['Madrid'], ['Tokyo'],
  ['Seoul'], ['Singapore'], ['Kuala Lumpur'], ['Jakarta'], ['Bangkok'], ['Hanoi'], ['Manila'], ['Dhaka'], ['Colombo'], ['Kathmandu'],
  ['Tashkent'], ['Astana'], ['Almaty'], ['Baku'], ['Nairobi'], ['Johannesburg'], ['Pretoria'], ['Cape Town'], ['Lagos'], ['Kinshasa'],
  ['Lubumbashi'], ['Santiago'], ['Lima'], ['Buenos Aires'], ['Mexico City'], ['Ottawa'], ['Toronto'], ['Vancouver'], ['Sydney'],
  ['Canberra'], ['Perth'], ['Melbourne'], ['Davos'], ['Islamabad'], ['Karachi'], ['Lahore'], ['Hyderabad'], ['Baltimore'], ['Philadelphia'],
  ['Atlanta'], ['Dallas'], ['Detroit'], ['Phoenix'], ['San Diego'], ['New Orleans'], ['Pittsburgh'], ['Minneapolis'], ['St. Louis'], ['Annapolis'],
];

/** Demonyms → country (used to strip `Pakistani`, `US` from titles and to avoid treating them as names). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['Pakistani', 'Pakistan'], ['American', 'United States'], ['Chinese', 'China'], ['Indian', 'India'], ['Saudi', 'Saudi Arabia'],
  ['British', 'United Kingdom'], ['Afghan', 'Afghanistan'], ['Iranian', 'Iran'], ['Russian', 'Russia'], ['Japanese', 'Japan'],
  ['Canadian', 'Canada'], ['Australian', 'Australia'], ['German', 'Germany'], ['French', 'France'], ['Turkish', 'Turkey'],
  ['Emirati', 'United Arab Emirates'], ['Qatari', 'Qatar'], ['Bangladeshi', 'Bangladesh'], ['Kazakh', 'Kazakhstan'],
  ['Congolese', 'Democratic Republic of the Congo'], ['Chilean', 'Chile'], ['Indonesian', 'Indonesia'], ['Korean', 'South Korea'],
  ['European', 'Europe'], ['African', 'Africa'], ['Asian', 'Asia'], ['Western', 'West'], ['Malaysian', 'Malaysia'],
  ['Kenyan', 'Kenya'], ['Azerbaijani', 'Azerbaijan'], ['Danish', 'Denmark'], ['Finnish', 'Finland'],
  ['Spanish', 'Spain'], ['Portuguese', 'Portugal'], ['Italian', 'Italy'], ['Swedish', 'Sweden'], ['Norwegian', 'Norway'],
  ['Dutch', 'Netherlands'], ['Belgian', 'Belgium'], ['Swiss', 'Switzerland'], ['Austrian', 'Austria'], ['Polish', 'Poland'],
  ['Hungarian', 'Hungary'], ['Greek', 'Greece'], ['Irish', 'Ireland'], ['Ukrainian', 'Ukraine'], ['Israeli', 'Israel'],
  ['Syrian', 'Syria'], ['Iraqi', 'Iraq'], ['Lebanese', 'Lebanon'], ['Jordanian', 'Jordan'], ['Egyptian', 'Egypt'],
  ['Vietnamese', 'Vietnam'], ['Thai', 'Thailand'], ['Filipino', 'Philippines'], ['Taiwanese', 'Taiwan'], ['Singaporean', 'Singapore'],
  ['Nepali', 'Nepal'], ['Sri Lankan', 'Sri Lanka'], ['Colombian', 'Colombia'], ['Peruvian', 'Peru'], ['Venezuelan', 'Venezuela'],
  ['Cuban', 'Cuba'], ['Czech', 'Czech Republic'], ['Romanian', 'Romania'], ['Bulgarian', 'Bulgaria'], ['Serbian', 'Serbia'],
  ['Croatian', 'Croatia'], ['Estonian', 'Estonia'], ['Latvian', 'Latvia'], ['Lithuanian', 'Lithuania'], ['Icelandic', 'Iceland'],
  ['Mexican', 'Mexico'], ['Brazilian', 'Brazil'], ['Argentine', 'Argentina'], ['Argentinian', 'Argentina'], ['Nigerian', 'Nigeria'],
  ['Ethiopian', 'Ethiopia'], ['South African', 'South Africa'], ['Palestinian', 'Palestine'], ['North Korean', 'North Korea'],
  ['Belarusian', 'Belarus'], ['Georgian', 'Georgia'], ['Armenian', 'Armenia'], ['Slovak', 'Slovakia'], ['Slovenian', 'Slovenia'],
  ['Moroccan', 'Morocco'], ['Algerian', 'Algeria'], ['Libyan', 'Libya'], ['Tunisian', 'Tunisia'], ['Sudanese', 'Sudan'],
  ['Somali', 'Somalia'], ['Ghanaian', 'Ghana'], ['Ugandan', 'Uganda'], ['Tanzanian', 'Tanzania'], ['Zimbabwean', 'Zimbabwe'],
  ['Burmese', 'Myanmar'], ['Cambodian', 'Cambodia'], ['Mongolian', 'Mongolia'], ['Uzbek', 'Uzbekistan'], ['Kuwaiti', 'Kuwait'],
  ['Omani', 'Oman'], ['Yemeni', 'Yemen'],
]);

/** The general gazetteer's lists, with the kind of place each holds (packs add their own: `gazetteer()`). */
export const GAZETTEER: readonly PlaceList[] = [
  { kind: 'country', entries: COUNTRIES },
  { kind: 'region', entries: REGIONS },
  { kind: 'subnational', entries: SUBNATIONAL },
  { kind: 'city', entries: CITIES },
];

const merged = new Map<string, { gazetteer: readonly PlaceList[]; demonyms: ReadonlyMap<string, string> }>();

function active(): { gazetteer: readonly PlaceList[]; demonyms: ReadonlyMap<string, string> } {
  const d = domain();
  let m = merged.get(d.key);
  if (!m) {
    m = { gazetteer: [...GAZETTEER, ...d.places], demonyms: new Map([...DEMONYMS, ...d.demonyms]) };
    merged.set(d.key, m);
  }
  return m;
}

/** The gazetteer with the active packs' places. */
export function gazetteer(): readonly PlaceList[] {
  return active().gazetteer;
}

/** Demonyms → place, with the active packs' own. */
export function demonyms(): ReadonlyMap<string, string> {
  return active().demonyms;
}

/** Gazetteer names → canonical names, exact and upper case, and the longest name in tokens. */
export interface PlaceIndex {
  exact: Map<string, string>;
  upper: Map<string, string>;
  maxTokens: number;
}

const placeIndexes = new Map<string, PlaceIndex>();

/** Gazetteer names → canonical place names (exact case, and upper case for datelines), for the active packs. */
export function placeIndex(): PlaceIndex {
  const cached = placeIndexes.get(domain().key);
  if (cached) return cached;
  const exact = new Map<string, string>();
  const upper = new Map<string, string>();
  let maxTokens = 1;
  for (const { entries } of gazetteer()) {
    for (const [canonical, ...aliases] of entries) {
      // "Democratic Republic of the Congo" is also written without "the".
      const names = [canonical!, ...aliases];
      for (const name of [...names, ...names.filter((n) => / of the /.test(n)).map((n) => n.replace(/ of the /, ' of '))]) {
        if (!exact.has(name)) exact.set(name, canonical!);
        if (!upper.has(name.toUpperCase())) upper.set(name.toUpperCase(), canonical!);
        maxTokens = Math.max(maxTokens, tokenize(name).tokens.length);
      }
    }
  }
  const index = { exact, upper, maxTokens };
  placeIndexes.set(domain().key, index);
  return index;
}

/** The canonical gazetteer name for `text` (exact case; all-caps datelines too), or null. */
export function gazetteerPlace(text: string): string | null {
  const idx = placeIndex();
  const key = text.replace(/\s+/g, ' ').trim();
  return idx.exact.get(key) ?? (key.length > 3 && key === key.toUpperCase() ? idx.upper.get(key) ?? null : null);
}

