/**
 * Facilities named by a place-like name and a lowercase facility noun after a determiner or an owner:
 * `its Shika nuclear plant`, `Boeing’s Renton factory`, `the Everett assembly plant`. The facility is a
 * place of its own, named with its noun; up to two lowercase words may qualify the noun.
 */
import { gazetteerPlace } from '../places.ts';
import { DETERMINERS, FACILITY_NOUNS, FUNCTION_WORDS, ORG_HEADS, PLACE_PREPOSITIONS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { capWord, isPossessive, nameStart } from './read.ts';

export const facilities: Matcher = {
  name: 'facilities',
  description: 'Facilities as places: a name and a lowercase facility noun after a determiner or an owner (`its Shika nuclear plant`, `Boeing’s Renton factory`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 1; i < tokens.length; i++) {
      if (!capWord(w, i) || !nameStart(w, i)) continue;
      const before = tokens[i - 1]!.text;
      if (!DETERMINERS.has(before.toLowerCase()) && !isPossessive(before)) continue;
      let last = i;
      while (capWord(w, last + 1) && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
      // A country or an organisation's head word is the owner, not the facility's name ("the Japan plant", "the Authority factory").
      if (ORG_HEADS.has(tokens[last]!.text) || (last === i && gazetteerPlace(tokens[i]!.text))) {
        i = last;
        continue;
      }
      let k = last + 1;
      let noun = -1;
      for (let n = 0; n < 3 && k < tokens.length; n++, k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word' || t.cap || FUNCTION_WORDS.has(t.text)) break;
        if (FACILITY_NOUNS.has(t.text)) {
          noun = k;
          break;
        }
      }
      // "the Smiths plant trees": a noun with an object after it is a verb.
      const after = tokens[noun + 1];
      if (noun < 0 || (after && after.kind === 'word' && !after.cap && !FUNCTION_WORDS.has(after.text) && !DETERMINERS.has(after.text) && !PLACE_PREPOSITIONS.has(after.text))) {
        i = last;
        continue;
      }
      const text = w.text.slice(tokens[i]!.start, tokens[noun]!.end);
      w.add({ type: 'place', name: text.replace(/\s+/g, ' '), text, start: tokens[i]!.start, end: tokens[noun]!.end, registryId: null, form: 'name' }, [i, noun + 1]);
      i = noun;
    }
    return w.found;
  },
};
