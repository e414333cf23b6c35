/**
 * Sentence splitting on top of Intl.Segmenter, which (in V8) knows no
 * abbreviations: segments ending in a known abbreviation are joined again.
 */

/** Abbreviations that end with a period but do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'pres', 'amb',
  'st', 'jr', 'sr', 'no', 'nos', 'inc', 'co', 'corp', 'ltd', 'plc', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'est', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'a.m', 'p.m', 'mt', 'ft', 'km', 'sq', 'rs',
]);

/** US states as newsrooms abbreviate them in datelines ("HARROW BAY, Wash. (January 3, 2024) —"): abbreviations only when capitalised. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss',
  'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash',
  'W.Va', 'Wis', 'Wyo', 'D.C',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence and where it starts in the text. */
export type Sentence = { text: string; start: number };

/** Split text into sentences (each keeps its trailing space), joining false breaks after abbreviations and initials. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pending: Sentence | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    pending = pending ? { text: pending.text + segment, start: pending.start } : { text: segment, start: index };
    const word = /(?:^|[\s(“"])([\p{L}.]+)\.\s*$/u.exec(pending.text)?.[1];
    const last = word?.toLowerCase();
    // (A state after a comma is a dateline's or an address's: "Wash." in "HARROW BAY, Wash. (…)", never "wash." ending a sentence.)
    const state = word !== undefined && STATE_ABBREVIATIONS.has(word) && /,\s*[\p{L}.]+\.\s*$/u.test(pending.text);
    const isAbbrev = last !== undefined && (ABBREVIATIONS.has(last) || state || /^(?:\p{L}\.)*\p{L}$/u.test(last));
    if (!isAbbrev) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out;
}
