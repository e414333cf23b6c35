/**
 * Small reading helpers shared by the matchers: token ranges, free and
 * capitalised tokens, where a name may start, acronyms and initials.
 */
import { gazetteerPlace } from '../places.ts';
import { isWord, MONTHS, NEVER_NAMES, NOT_ACRONYMS, WEEKDAYS } from '../lexicon.ts';
import type { Token } from '../text.ts';
import type { Scan } from './context.ts';

/** Title-case an all-caps word (`ISLAMABAD` → `Islamabad`). */
export function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/** Strip the abbreviation dot and fold case, for word-list lookups. */
export function bare(t: string): string {
  return t.replace(/\.$/, '').toLowerCase();
}

/** True for `’s` or `'s`. */
export function isPossessive(t: string | undefined): boolean {
  return /^[’']s$/.test(t ?? '');
}

/** True for an acronym-like token: 2–8 capitals (maybe with digits), not an initialism with dots. */
export function isAcronymToken(t: string): boolean {
  // An all-caps place (a dateline, `ISLAMABAD`) is not an acronym either.
  // Nor a month or weekday set in capitals (`MONDAY, JULY 15`).
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(t) && !NOT_ACRONYMS.has(t) && !MONTHS.has(t.toLowerCase()) && !WEEKDAYS.some((d) => d.toUpperCase() === t) && !(t.length > 3 && gazetteerPlace(t));
}

/** Initials of a name for acronym matching: each capitalised word (and hyphen part) gives its first letter; all-caps words give all letters. */
export function initials(name: string): string {
  let out = '';
  for (const word of name.split(/[\s]+/)) {
    for (const part of word.split(/[-–]/)) {
      const clean = part.replace(/[^\p{L}]/gu, '');
      if (!clean || !/^\p{Lu}/u.test(clean)) continue;
      out += clean === clean.toUpperCase() && clean.length <= 4 ? clean : clean[0];
    }
  }
  return out.toUpperCase();
}

/** True when `acr` abbreviates `name` (its initials, or a suffix of the name's initials). */
export function acronymMatches(acr: string, name: string): boolean {
  const ini = initials(name);
  const a = acr.replace(/[^A-Z]/g, '');
  return a.length >= 2 && (ini === a || (ini.endsWith(a) && a.length >= 3));
}

/** Token index by start offset, per token list (the first token at an offset wins). */
const tokenStarts = new WeakMap<readonly Token[], Map<number, number>>();

/** Token index range covering [start, end), or null when the offsets do not fall on token boundaries. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let starts = tokenStarts.get(tokens);
  if (!starts) tokenStarts.set(tokens, (starts = new Map(tokens.map((t, k) => [t.start, k] as const).reverse())));
  const i = starts.get(start) ?? -1;
  if (i < 0) return null;
  let j = i;
  while (j < tokens.length && tokens[j]!.end < end) j++;
  return j < tokens.length && tokens[j]!.end === end ? [i, j + 1] : null;
}

/** True when no token in [i, j) is claimed yet. */
export function free(w: Scan, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (w.used[k]) return false;
  return true;
}

/** True when token k is a capitalised, unclaimed word. */
export function capWord(w: Scan, k: number): boolean {
  const t = w.tokens[k];
  return !!t && t.kind === 'word' && t.cap && !w.used[k];
}

/** True when token k can begin a name (not a sentence-initial ordinary word, not `The`). */
export function nameStart(w: Scan, k: number): boolean {
  const t = w.tokens[k]!;
  if (t.text === 'The' || t.text === 'A' || t.text === 'An') return false;
  if (NEVER_NAMES.has(t.text.toLowerCase())) return false;
  if (t.first && isWord(bare(t.text)) && !w.discovery.midCaps.has(t.text) && !w.b.tags[k]?.person && !w.isPersonWord(t.text)) return false;
  return true;
}
