/**
 * Dates an article states about itself, read with chrono-node (it knows the formats outlets print:
 * "March 26, 2024 8:52 PM EDT", "Wed 27 Mar 2024 06.10 EDT", "Posted 3/29/2024", "Sep 18, 2024, 16:45 ET",
 * "BALTIMORE, MD (April 5, 2024) —"). Only a date with its day, month and year printed counts: "on
 * Friday" or "March 26" alone is never turned into a date. The day is the one printed, never shifted by
 * its time zone.
 */
import * as chrono from 'chrono-node';

/** A date read from a line: the day as printed, whether it says when the article was updated, and the words it came from. */
export type StatedDate = { date: string; updated: boolean; text: string };

/** Words that mark a date as the last update rather than the publication. */
const UPDATED = /\b(?:updated?|modified|last\s+updated|revised|corrected)\b[\s:]*(?:on\s+|at\s+)?(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Za-z]{2,5}\s*)?,?\s*(?:on\s+)?)?$/i;
/** Words that may surround a date on a line of its own ("Published", "Posted", a weekday, a time zone, separators). */
const DATE_LINE_FILLER = /\b(?:(?:issue|vol\.?|volume)\s+(?:no\.?\s*|number\s+)?|no\.?\s*)#?\s*\d{1,5}\b|#\d{1,5}\b|\b(?:published|posted|updated?|modified|last|first|on|at|date|dated|filed|released?|issued|this|story|article|am|pm|a\.m\.|p\.m\.|local|time|gmt|utc|bst|cet|cest|edt|est|cdt|cst|mdt|mst|pdt|pst|et|pt|ist|pkt|aest|jst|hst|hdt|akst|akdt|art|ast|gst|sgt|cat|eat|wat|aedt|nzst|nzdt|kst|msk|gmt[+-]\d{1,2}(?::?\d{2})?)\b|\b\d{1,3}\s*min(?:ute)?s?(?:\s+read)?\b|\b[ap]\.m\.|[|·•—–,:()\-/.+]|\d{1,2}[.:]\d{2}(?::\d{2})?|[+-]\d{1,2}(?::?\d{2})?/gi;

/** What is left of a date line that names who posted it: "by" and a name of up to five words. */
const DATE_BY = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** Every fully stated date in `text`, in order. `dayFirst` reads 3/4/2024 as 3 April (British usage). */
export function statedDates(text: string, dayFirst = false): StatedDate[] {
  const found = read(dayFirst ? chrono.en.GB : chrono.en, text);
  // A date printed in another language ("10 de octubre de 2024" in a translation's note), when English finds none.
  if (found.length > 0 || !/\b\d{4}\b/.test(text) || !/\p{L}{3}/u.test(text)) return found;
  for (const parser of OTHER_LANGUAGES) {
    const other = read(parser, text);
    if (other.length > 0) return other;
  }
  return found;
}

/** Languages whose written-out dates are read when an English reading finds none (chrono-node's locales). */
const OTHER_LANGUAGES: readonly Parser[] = [chrono.es, chrono.fr, chrono.de, chrono.pt, chrono.it, chrono.nl];

/** What a locale of chrono-node offers: its parse (a locale module and a configured Chrono both have it). */
type Parser = Pick<chrono.Chrono, 'parse'>;

function read(parser: Parser, text: string): StatedDate[] {
  const out: StatedDate[] = [];
  for (const r of parser.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
    // A relative date ("3h ago", "yesterday") is certain only against the reading day: its year must be printed.
    if (!/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/.test(r.text)) continue;
    const y = s.get('year');
    const m = s.get('month');
    const d = s.get('day');
    if (y === null || m === null || d === null || y < 1800 || y > 2200) continue;
    out.push({ date: `${y}-${pad(m)}-${pad(d)}`, updated: UPDATED.test(text.slice(Math.max(0, r.index - 40), r.index)), text: r.text });
  }
  return out;
}

/** True when a line is a date line: its dates and the words around dates ("Published", times, time zones) are all it says. */
export function isDateLine(line: string): boolean {
  if (line.length > 120) return false;
  const dates = statedDates(line);
  if (dates.length === 0) return false;
  let rest = line;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  const weekdays = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?/gi;
  const left = rest.replace(weekdays, ' ').replace(DATE_LINE_FILLER, ' ').trim();
  // A dateline with its date ("SEATTLE, Sept. 13, 2024", "Madrid, 15 July 2024"): only the place is left.
  if (left === '' || (new RegExp(`^${left.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,`).test(line.trim()) && /^\p{Lu}[\p{L}.'’ -]{1,30}$/u.test(left))) return true;
  // A section label set apart from the date ("SCIENCE | 23 Aug 2023 | 14:20 GMT"): one word in capitals.
  if (/[|·•]/.test(line) && /^\p{Lu}{2,20}$/u.test(left)) return true;
  // Who posted it, after the date ("Posted On: 23 AUG 2023 7:32PM by PIB Delhi", "Posted on March 5, 2024 by Jane Doe").
  return DATE_BY.test(left);
}

/** British, European and Asian usage: numeric dates are day first ("26/07/2024"), told by a day over 12 or the time zones printed. */
export function dayFirstIn(text: string): boolean {
  // Dotted numeric dates ("11.10.2024") are day first wherever they are printed (German, Nordic, Slavic usage).
  return /\b(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{4}\b/.test(text) || /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b/.test(text) || /\b(?:BST|GMT|CET|CEST|EET|IST|PKT|AEST|AEDT|NZST|NZDT|SAST|EAT|WAT|SGT|JST|KST|AST)\b/.test(text);
}
