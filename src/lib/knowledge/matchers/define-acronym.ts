/** What `Name (ACR)` defines, shared by the matchers that read acronym definitions. */
import { gazetteerPlace } from '../places.ts';
import { INSTRUMENT_HEADS, ORG_HEADS, PLACE_PREFIXES, PLACE_SUFFIXES } from '../lexicon.ts';
import type { Draft } from './context.ts';
import { appositionAfter, longerForms } from './phrases.ts';
import type { Token } from '../text.ts';
import { free, isAcronymToken } from './read.ts';

/** What kind of name a capitalised name is by its last word: a law or plan, a place, or (by default) an organisation. */
export function kindOfDefinedName(name: string): 'instrument' | 'place' | 'organization' {
  const words = name.replace(/[’']s$/, '').split(/\s+/);
  const last = words.at(-1) ?? '';
  if (INSTRUMENT_HEADS.has(last) && !words.some((x) => ORG_HEADS.has(x))) return 'instrument';
  if (gazetteerPlace(name) || PLACE_SUFFIXES.has(last) || PLACE_PREFIXES.has(name.split(/\s+/)[0]!)) return 'place';
  return 'organization';
}

/** When the tokens [i, j) end a span already claimed, its text; else null. */
function mentionNameAt(w: Draft, range: [number, number]): string | null {
  return w.used[range[1] - 1] ? w.text.slice(w.tokens[range[0]]!.start, w.tokens[range[1] - 1]!.end) : null;
}

/** Record that the acronym at token `i` abbreviates the name at tokens `found`, and add both mentions. */
export function defineAcronym(w: Draft, found: [number, number], i: number): void {
  const { tokens } = w;
  const acr = tokens[i]!;
  const name = w.text.slice(tokens[found[0]]!.start, tokens[found[1] - 1]!.end).replace(/\s+/g, ' ');
  const existing = mentionNameAt(w, found);
  const kind = existing ? (w.types[found[1] - 1] === 'place' ? 'place' : 'organization') : kindOfDefinedName(name);
  if (kind === 'instrument') {
    // A law or plan: neither it nor its acronym is an entity.
    w.noteInstrument(acr.text);
    w.take(found[0], found[1]);
    w.take(i, i + 1);
    return;
  }
  w.noteAcronym(acr.text, existing ?? name);
  const place = kind === 'place' ? gazetteerPlace(name) ?? name : null;
  if (!existing && free(w, ...found) && !gazetteerPlace(name)) {
    // "The Example Refiners Group (ERG), an industry association …": the apposition describes it.
    const app = place ? null : appositionAfter(w, i + 2);
    w.add({ type: place ? 'place' : 'organization', name, text: name, start: tokens[found[0]]!.start, end: tokens[found[1] - 1]!.end, registryId: null, form: 'name', aliases: place ? [] : longerForms(w, found[0], found[1] - 1), roles: app?.kind === 'org' ? [{ role: app.text, org: null }] : [] }, found);
  }
  if (free(w, i, i + 1)) {
    w.add({ type: place ? 'place' : 'organization', name: existing ?? place ?? name, text: acr.text, start: acr.start, end: acr.end, registryId: null, form: 'acronym' }, [i, i + 1]);
  }
}

/** Indexes of the acronyms written in parentheses (`(ACR)`) after at least two tokens. */
export function* parenthesisedAcronyms(tokens: readonly Token[]): Generator<number> {
  for (let i = 2; i + 1 < tokens.length; i++) if (tokens[i - 1]!.text === '(' && tokens[i + 1]!.text === ')' && isAcronymToken(tokens[i]!.text)) yield i;
}
