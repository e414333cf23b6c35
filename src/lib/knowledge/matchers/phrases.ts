/**
 * What the words around a name say about it, shared by several matchers: a
 * title before it, an apposition or a speech verb after it, a company role,
 * a statement, the longer ways the text writes an organisation's name.
 */
import { demonyms, gazetteerPlace } from '../places.ts';
import {
  ARTICLES, CORPORATE_ROLES, CORPORATE_TAILS, FEMALE_HONORIFICS, HONORIFICS, HYPHEN_ADJECTIVE_ENDINGS, INSTRUMENT_HEADS, MALE_HONORIFICS, MONTHS,
  NEVER_NAMES, ORG_HEADS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PLACE_NOUNS, RANK_TITLES, SPEECH_VERBS, STATEMENT_NOUNS, TITLE_CONNECTORS, TITLE_HEADS, TITLE_QUALIFIERS,
  TITLE_WORDS, WEEKDAYS, isWord,
} from '../lexicon.ts';
import type { RawRole } from '../mentions.ts';
import type { Token } from '../text.ts';
import type { Scan } from './context.ts';
import { bare, isAcronymToken, isPossessive } from './read.ts';

export const WEEKDAY_SET: ReadonlySet<string> = new Set<string>(WEEKDAYS);

/** Capitalised adjectives made with a hyphen that qualify a name without being part of it (`Australian-listed`, `Quetta-based`). */
export const HYPHEN_ADJECTIVE = new RegExp(`[-–](?:${HYPHEN_ADJECTIVE_ENDINGS.join('|')})$`, 'i');

/** The gender an honorific states (`Ms`, `Mrs`, `Dame` → f; `Mr`, `Sir` → m), else null. */
export function honorificGender(honorific: string): 'm' | 'f' | null {
  const h = bare(honorific);
  return FEMALE_HONORIFICS.has(h) ? 'f' : MALE_HONORIFICS.has(h) ? 'm' : null;
}

/** True when a capitalised word may be part of a place name (not a title, an organisation word, a month or a person's first name). */
export function placeWord(w: Scan, k: number): boolean {
  const t = w.tokens[k]!;
  const b = bare(t.text);
  return !ORG_HEADS.has(t.text) && !CORPORATE_TAILS.has(t.text) && !TITLE_WORDS.has(b) && !INSTRUMENT_HEADS.has(t.text) && !WEEKDAY_SET.has(t.text) && !MONTHS.has(b) && !demonyms().has(t.text) && !NEVER_NAMES.has(b);
}

/** Longer ways the text writes an organisation name at tokens [start, end]: `Pakistan’s X`, `Ministry of Energy’s X`, `X (Petroleum Division)`, `X (PMIF) 2025`. */
export function longerForms(w: Scan, start: number, end: number): string[] {
  const { tokens, text } = w;
  const out: string[] = [];
  if (isPossessive(tokens[start - 1]?.text) && tokens[start - 2]?.cap) {
    let from = start - 2;
    if (w.types[from] === 'organization') while (from > 0 && w.types[from - 1] === 'organization') from--;
    if (w.types[from] === 'organization' || gazetteerPlace(tokens[from]!.text)) out.push(text.slice(tokens[from]!.start, tokens[end]!.end));
  }
  if (tokens[end + 1]?.text === '(' && tokens[end + 2]?.cap) {
    const close = tokens.findIndex((t, k) => k > end && t.text === ')');
    if (close > 0 && close - end <= 5) {
      const year = /^(?:19|20)\d\d$/.test(tokens[close + 1]?.text ?? '') ? close + 1 : close;
      if (!isAcronymToken(tokens[end + 2]!.text) || year > close) out.push(text.slice(tokens[start]!.start, tokens[year]!.end));
    }
  }
  return out;
}

/** A role found before a name. */
export interface TitleBefore {
  start: number;
  qualifierStart: number;
  roles: RawRole[];
  honorific: string | null;
}

/** The role words before a person's name, scanning left (`US Critical Minerals Forum (CMF) Chairman`, `Finance Minister Senator`). */
export function titleBefore(w: Scan, nameStartIdx: number): TitleBefore {
  const { tokens } = w;
  let k = nameStartIdx - 1;
  let honorific: string | null = null;
  const isTitleToken = (t: Token, k: number) => {
    const b = bare(t.text);
    if (w.types[k] === 'organization' || w.types[k] === 'person') return false;
    // Capitalised ordinary words belong to titles too ("Minister of Mines", "Senior Director for Global Supply Chains").
    if (t.cap) return TITLE_WORDS.has(b) || TITLE_QUALIFIERS.has(b) || demonyms().has(t.text) || !!gazetteerPlace(t.text) || (isWord(b) && !t.first);
    return TITLE_HEADS.has(b) || PERSON_ROLE_NOUNS.has(b) || TITLE_QUALIFIERS.has(b) || TITLE_CONNECTORS.has(t.text) || b === 'd’affaires' || b === "d'affaires";
  };
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.text === '[' || t.text === ']') {
      k--;
      continue;
    }
    if ((t.kind === 'word' || t.text === '&') && isTitleToken(t, k)) {
      if (HONORIFICS.has(bare(t.text)) && k === nameStartIdx - 1) honorific = t.text;
      k--;
      continue;
    }
    // "The U.S. Critical Minerals Forum President, Mr. Robert Louis Strayer II"
    if (t.text === ',' && honorific && k === nameStartIdx - 2 && tokens[k - 1] && TITLE_HEADS.has(bare(tokens[k - 1]!.text))) {
      k--;
      continue;
    }
    break;
  }
  let start = k + 1;
  const scanStart = start;
  // Trim leading connectors, articles, demonyms and places: they qualify the title, they are not part of it.
  while (start < nameStartIdx) {
    const t = tokens[start]!;
    if (TITLE_CONNECTORS.has(t.text) || t.text === ',' || demonyms().has(t.text) || TITLE_QUALIFIERS.has(bare(t.text)) || (t.cap && gazetteerPlace(t.text)) || (!t.cap && !TITLE_HEADS.has(bare(t.text)) && !PERSON_ROLE_NOUNS.has(bare(t.text)))) start++;
    else break;
  }
  const words = tokens.slice(start, nameStartIdx).filter((t) => t.text !== ',' && t.text !== '[' && t.text !== ']');
  if (!words.some((t) => TITLE_HEADS.has(bare(t.text)) || PERSON_ROLE_NOUNS.has(bare(t.text)))) return { start: nameStartIdx, qualifierStart: nameStartIdx, roles: [], honorific };
  // Organisation right before the title: "US Critical Minerals Forum (CMF) Chairman".
  let o = start - 1;
  if (tokens[o]?.text === ')' && tokens[o - 2]?.text === '(') o -= 3;
  const orgToken = o >= 0 && w.types[o] === 'organization' ? o : -1;
  // Split ranks and forms of address off the main title ("Finance Minister Senator" → "Finance Minister", "Senator").
  const roles: RawRole[] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length && TITLE_CONNECTORS.has(current.at(-1)!.text)) current.pop();
    const text = current.map((t) => t.text).join(' ').replace(/\s+’/g, '’');
    // A role names a title ("Under Ms Lacaze" gives none).
    const headed = current.some((t) => TITLE_HEADS.has(bare(t.text)) || PERSON_ROLE_NOUNS.has(bare(t.text)));
    if (current.length && headed && !(current.length === 1 && HONORIFICS.has(bare(current[0]!.text)))) roles.push({ role: text, org: null });
    current = [];
  };
  for (const t of words) {
    if (RANK_TITLES.has(bare(t.text)) && current.length && t.cap) flush();
    current.push(t);
  }
  flush();
  const first = roles[0];
  let qualifierStart = scanStart;
  if (first && orgToken >= 0) {
    first.org = orgAt(w, orgToken);
    if (orgToken === start - 1) {
      qualifierStart = orgToken;
      while (qualifierStart > 0 && w.types[qualifierStart - 1] === 'organization') qualifierStart--;
    }
  }
  return { start, qualifierStart, roles, honorific };
}

/** Text of the claimed span (organisation) that covers token k, read back from the tokens around it. */
function orgAt(w: Scan, k: number): string {
  let s = k;
  while (s > 0 && w.types[s - 1] === 'organization') s--;
  return w.text.slice(w.tokens[s]!.start, w.tokens[k]!.end);
}

/** An apposition after a name: its words, what kind of thing it describes, the token after it and the organisation named in it. */
export interface Apposition {
  text: string;
  kind: 'person' | 'org' | 'place' | null;
  end: number;
  org: string | null;
}

/** `Name, a senior official at …,` — the apposition after a name, with what kind of thing it describes. */
export function appositionAfter(w: Scan, nameEnd: number): Apposition | null {
  const { tokens } = w;
  if (tokens[nameEnd]?.text !== ',') return null;
  const first = tokens[nameEnd + 1];
  if (!first || first.cap) return null;
  const lead = bare(first.text);
  // ", communications manager,": a role noun among the first few lowercase words.
  const roleSoon = () => {
    for (let k = nameEnd + 1; k < nameEnd + 4 && tokens[k]?.kind === 'word' && !tokens[k]!.cap; k++) if (PERSON_ROLE_NOUNS.has(bare(tokens[k]!.text)) || TITLE_HEADS.has(bare(tokens[k]!.text))) return true;
    return false;
  };
  if (!ARTICLES.has(lead) && !PERSON_ROLE_NOUNS.has(lead) && !TITLE_HEADS.has(lead) && !/-based$/.test(lead) && !roleSoon()) return null;
  let k = nameEnd + 1;
  const sentence = first.sentence;
  while (k < tokens.length && tokens[k]!.sentence === sentence && ![',', ';', '—', '–', '(', '”', '“', '"'].includes(tokens[k]!.text) && !(tokens[k]!.text === '.' && k === tokens.length - 1)) {
    if (['who', 'which', 'that', 'said', 'told'].includes(tokens[k]!.text)) break;
    k++;
  }
  if (k - nameEnd > 26) return null;
  const words = tokens.slice(nameEnd + 1, k);
  while (words.length && words.at(-1)!.text === '.') words.pop();
  if (!words.length) return null;
  // The head words, a possessor left out ("the agency's director-general" is a person, not an agency) and a hyphenated
  // title read by its parts ("director-general").
  const head = words.slice(0, 10).filter((_, i) => !["’s", "'s"].includes(words[i + 1]?.text ?? '')).flatMap((t) => [bare(t.text), ...(t.text.includes('-') ? t.text.split('-').map(bare) : [])]);
  const kind = head.some((x) => PERSON_ROLE_NOUNS.has(x)) ? 'person' : head.some((x) => ORG_ROLE_NOUNS.has(x)) ? 'org' : head.some((x) => PLACE_NOUNS.has(x)) ? 'place' : null;
  let text = w.text.slice(words[0]!.start, words.at(-1)!.end);
  text = text.replace(/^(?:a|an|the)\s+/i, '');
  const orgIdx = words.findIndex((t, i) => w.types[nameEnd + 1 + i] === 'organization' && t.cap);
  let org: string | null = null;
  if (orgIdx >= 0) {
    let e = nameEnd + 1 + orgIdx;
    while (e + 1 < k && w.types[e + 1] === 'organization') e++;
    org = w.text.slice(w.tokens[nameEnd + 1 + orgIdx]!.start, w.tokens[e]!.end);
  }
  return { text, kind, end: k, org };
}

/** The speech verb after a name (skipping an apposition, a relative clause and an adverb), as a token index, or -1. */
export function speechVerbAfter(w: Scan, end: number): number {
  const { tokens } = w;
  const app = appositionAfter(w, end);
  let k = app ? app.end + 1 : end;
  // ", who works with …, said"
  if (tokens[k]?.text === ',' && tokens[k + 1]?.text === 'who') {
    const sentence = tokens[k]!.sentence;
    let c = k + 2;
    while (c < tokens.length && tokens[c]!.sentence === sentence && tokens[c]!.text !== ',' && !/^[“”"]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.text === ',' && c - k < 30) k = c + 1;
  }
  if (tokens[k]?.text.endsWith('ly')) k++;
  return tokens[k] && SPEECH_VERBS.has(tokens[k]!.text) && tokens[k]!.text !== 'according' ? k : -1;
}

/** True when a speech verb and `in a statement` (release, filing …) follow the name ending before token `end`. */
export function statementAfter(w: Scan, end: number): boolean {
  const { tokens } = w;
  const verb = speechVerbAfter(w, end);
  return verb >= 0 && tokens[verb + 1]?.text === 'in' && ['a', 'an', 'its', 'the'].includes(tokens[verb + 2]?.text ?? '') && STATEMENT_NOUNS.has(tokens[verb + 3]?.text ?? '');
}

/** True when a company role and then a capitalised name follow token `k` (`Lynas chief executive Amanda Lacaze`). */
export function corporateRoleAfter(w: Scan, k: number): boolean {
  const { tokens } = w;
  let e = k;
  while (e < tokens.length && e - k < 4 && tokens[e]!.kind === 'word' && !tokens[e]!.cap) e++;
  if (e === k || !tokens[e]?.cap || tokens[e]!.kind !== 'word') return false;
  return CORPORATE_ROLES.has(tokens.slice(k, e).map((t) => t.text).join(' '));
}
