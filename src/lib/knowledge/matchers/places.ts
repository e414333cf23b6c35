/**
 * Places from the gazetteer (longest match) and what it implies: the last word of a formal name standing
 * for it later (`Congo`), a country's formal name (`Kingdom of Denmark`), `South and Southeast Asia`,
 * `X-based`, `X-area` and hyphenated pairs (`Pakistan-US`).
 */
import { GAZETTEER, demonyms, gazetteerPlace, placeIndex } from '../places.ts';
import { AMBIGUOUS_PLACE_NAMES, COMPASS_POINTS, ORG_HEADS, STATE_HEADS, STATE_WORDS, isWord } from '../lexicon.ts';
import { draft, type Draft, type Matcher } from './context.ts';
import { capWord, free } from './read.ts';

const COUNTRY_NAMES: ReadonlySet<string> = new Set(GAZETTEER.filter((g) => g.kind === 'country').flatMap((g) => g.entries.map((e) => e[0]!)));

/** A country's formal name starting at token i (`Kingdom of Denmark`): the gazetteer country and the token after the name. */
function formalCountryAt(w: Draft, i: number): { place: string; end: number } | null {
  const { tokens } = w;
  let k = i;
  while (capWord(w, k) && STATE_WORDS.has(tokens[k]!.text) && k - i < 3) k++;
  if (k === i || !STATE_HEADS.has(tokens[k - 1]!.text) || tokens[k]?.text !== 'of') return null;
  let c = k + 1;
  if (tokens[c]?.text === 'the') c++;
  for (let n = 3; n >= 1; n--) {
    if (!free(w, c, c + n) || c + n > tokens.length) continue;
    const place = gazetteerPlace(w.text.slice(tokens[c]!.start, tokens[c + n - 1]!.end));
    if (place && COUNTRY_NAMES.has(place)) return { place, end: c + n };
  }
  return null;
}

export const places: Matcher = {
  name: 'places',
  description: 'Places from the gazetteer (longest first), the last word of a formal place name used alone later, a country’s formal name, `South and Southeast Asia`, `X-based` and `Pakistan-US`',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens, text } = w;
    const idx = placeIndex();
    for (let i = 0; i < tokens.length; i++) {
      if (!capWord(w, i)) continue;
      let matched = false;
      for (let n = Math.min(idx.maxTokens, tokens.length - i); n >= 1 && !matched; n--) {
        if (!free(w, i, i + n)) continue;
        const surface = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
        const place = gazetteerPlace(surface);
        if (!place) continue;
        if (AMBIGUOUS_PLACE_NAMES.has(surface) && capWord(w, i + n) && !ORG_HEADS.has(tokens[i + n]!.text)) break;
        // "East Palestine, Ohio", "Eastern Ukraine": a compass word before a known name makes another place (read by its shape).
        const before = tokens[i - 1];
        if (before && COMPASS_POINTS.has(before.text) && capWord(w, i - 1) && before.end + 1 === tokens[i]!.start && !gazetteerPlace(`${before.text} ${surface}`)) break;
        w.add({ type: 'place', name: place, text: surface, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, registryId: null, form: 'name' }, [i, i + n]);
        // "Democratic Republic of Congo", then "Congo": the last word of a formal name stands for it later in the source.
        const tail = / of (?:the )?(\p{Lu}[\p{L}\p{M}-]+)$/u.exec(surface);
        if (tail && !gazetteerPlace(tail[1]!)) w.notePlaceTail(tail[1]!, place);
        i += n - 1;
        matched = true;
      }
      if (matched) continue;
      const t = tokens[i]!;
      const tailOf = w.placeTail(t.text);
      if (tailOf && !capWord(w, i + 1) && !(capWord(w, i - 1) && !tokens[i - 1]!.first)) {
        w.add({ type: 'place', name: tailOf, text: t.text, start: t.start, end: t.end, registryId: null, form: 'name' }, [i, i + 1]);
        continue;
      }
      // "the Kingdom of Denmark", "the Islamic Republic of Iran": the country, under its formal name.
      const formal = formalCountryAt(w, i);
      if (formal) {
        w.add({ type: 'place', name: formal.place, text: text.slice(t.start, tokens[formal.end - 1]!.end), start: t.start, end: tokens[formal.end - 1]!.end, registryId: null, form: 'name' }, [i, formal.end]);
        i = formal.end - 1;
        continue;
      }
      // "South and Southeast Asia" → South Asia too.
      if (COMPASS_POINTS.has(t.text) && tokens[i + 1]?.text === 'and' && tokens[i + 3]) {
        const region = gazetteerPlace(`${t.text} ${tokens[i + 3]!.text}`);
        if (region) {
          w.add({ type: 'place', name: region, text: t.text, start: t.start, end: t.end, registryId: null, form: 'name' }, [i, i + 1]);
          continue;
        }
      }
      if (/[-–]/.test(t.text)) {
        const parts = [...t.text.matchAll(/[^-–]+/g)];
        const based = /[-–]based$/i.test(t.text);
        // "Seattle-area factories": a known place before "-area" or "-region".
        const area = /[-–](?:area|region)$/i.test(t.text) && parts.length === 2 && !!gazetteerPlace(parts[0]![0]);
        const named = parts.map((p) => ({ p, place: gazetteerPlace(p[0]) }));
        if (based || area || (named.length > 1 && named.every((x) => x.place))) {
          w.take(i, i + 1);
          for (const { p, place } of named) {
            if ((based || area) && p.index > 0 && /^(?:based|area|region)$/i.test(p[0])) continue;
            if (!place && !(based && /^\p{Lu}/u.test(p[0]))) continue;
            w.add({ type: 'place', name: place ?? p[0], text: p[0], start: t.start + p.index, end: t.start + p.index + p[0].length, registryId: null, form: 'name' });
          }
        }
      }
    }
    return w.found;
  },
};

export const basedPlaces: Matcher = {
  name: 'based-places',
  description: '`Islamabad based`: a capitalised word that is not an English word, before `based`, is a place',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 0; i + 1 < tokens.length; i++) {
      // ("… from Spanish and Portuguese based in Bristol": before "based in", the word is who is based, not where.)
      if (capWord(w, i) && tokens[i + 1]!.text === 'based' && !/^(?:in|at|on|near|out|outside|inside|around|between)$/.test(tokens[i + 2]?.text ?? '') && !isWord(tokens[i]!.text) && !demonyms().has(tokens[i]!.text)) {
        w.add({ type: 'place', name: tokens[i]!.text, text: tokens[i]!.text, start: tokens[i]!.start, end: tokens[i]!.end, registryId: null, form: 'name' }, [i, i + 1]);
      }
    }
    return w.found;
  },
};
