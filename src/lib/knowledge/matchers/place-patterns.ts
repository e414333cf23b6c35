/**
 * Places by the shape of their names: a geographic first word (`Mount Weld`, `Salar de Atacama`),
 * a compass word (`Central Sulawesi`, `Northern Territory`, `Haut-Katanga`), or a geographic last
 * word (`Maluku Islands`, `Weda Bay`, and after `the` even of ordinary words, `the Seagirt Marine Terminal`).
 */
import { gazetteerPlace } from '../places.ts';
import { COMPASS_WORDS, PLACE_PARTICLES, PLACE_PREPOSITIONS, PLACE_PREFIXES, PLACE_SUFFIXES, isWord } from '../lexicon.ts';
import { draft, type Draft, type Matcher } from './context.ts';
import { placeWord } from './phrases.ts';
import { bare, capWord, nameStart } from './read.ts';

/** The capitalised run starting at token i (with place particles between capitalised words), as its last token index. */
function placeRunEnd(w: Draft, i: number): number {
  let j = i;
  for (;;) {
    if (capWord(w, j + 1) && w.tokens[j + 1]!.start <= w.tokens[j]!.end + 1) j++;
    else if (PLACE_PARTICLES.has(w.tokens[j + 1]?.text ?? '') && capWord(w, j + 2)) j += 2;
    else return j;
  }
}

export const placePatterns: Matcher = {
  name: 'place-patterns',
  description: 'Places by the shape of their names: a geographic first word (`Mount Weld`), a compass word (`Central Sulawesi`, `Haut-Katanga`) or a geographic last word (`Weda Bay`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens, text } = w;
    for (let i = 0; i < tokens.length; i++) {
      if (!capWord(w, i)) continue;
      const t = tokens[i]!;
      const hyphen = /^(\p{Lu}\p{Ll}+)[-–]\p{Lu}[\p{L}\p{M}]+$/u.exec(t.text);
      if (hyphen && COMPASS_WORDS.has(hyphen[1]!) && !COMPASS_WORDS.has(t.text.slice(hyphen[1]!.length + 1)) && !gazetteerPlace(t.text)) {
        w.add({ type: 'place', name: t.text, text: t.text, start: t.start, end: t.end, registryId: null, form: 'name' }, [i, i + 1]);
        continue;
      }
      const j = placeRunEnd(w, i);
      if (j === i) continue;
      const words = tokens.slice(i, j + 1).filter((x) => x.cap);
      const rest = words.slice(1);
      const lastWord = tokens[j]!.text;
      const restOk = rest.every((_, n) => placeWord(w, tokens.indexOf(rest[n]!, i)));
      let place = false;
      if (PLACE_PREFIXES.has(t.text) && restOk) place = true;
      else if (COMPASS_WORDS.has(t.text) && restOk && (rest.some((x) => !isWord(bare(x.text))) || PLACE_SUFFIXES.has(lastWord) || !!gazetteerPlace(rest.map((x) => x.text).join(' ')))) place = true;
      else if (PLACE_SUFFIXES.has(lastWord) && words.slice(0, -1).every((_, n) => placeWord(w, tokens.indexOf(words[n]!, i))) && (words.slice(0, -1).some((x) => !isWord(bare(x.text)) || gazetteerPlace(x.text)) || (words.length >= 3 && tokens[i - 1]?.text === 'the' && !t.first) || (words.length >= 2 && PLACE_PREPOSITIONS.has(tokens[i - 1]?.text ?? ''))) && nameStart(w, i)) place = true;
      if (!place) {
        i = j;
        continue;
      }
      const name = text.slice(t.start, tokens[j]!.end).replace(/\s+/g, ' ');
      w.add({ type: 'place', name, text: name, start: t.start, end: tokens[j]!.end, registryId: null, form: 'name' }, [i, j + 1]);
      i = j;
    }
    return w.found;
  },
};
