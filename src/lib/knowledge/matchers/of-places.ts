/**
 * Geographic names written `X of Y`: a geographic head word, `of` and a capitalised name (`Sea of Japan`,
 * `Gulf of Mexico`, `Strait of Hormuz`). Runs before the gazetteer, which would take `Japan` alone.
 */
import { OF_PLACE_HEADS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { capWord } from './read.ts';

export const ofPlaces: Matcher = {
  name: 'of-places',
  description: 'Geographic names written `X of Y` with a geographic head word (`Sea of Japan`, `Gulf of Mexico`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (!capWord(w, i) || !OF_PLACE_HEADS.has(tokens[i]!.text) || tokens[i + 1]!.text !== 'of' || !capWord(w, i + 2)) continue;
      // "the Bay of Bengal", not "Sea of Japan coast guard" cut short: the name runs over its capitalised words.
      let end = i + 2;
      while (capWord(w, end + 1) && tokens[end + 1]!.start === tokens[end]!.end + 1) end++;
      const text = w.text.slice(tokens[i]!.start, tokens[end]!.end);
      w.add({ type: 'place', name: text.replace(/\s+/g, ' '), text, start: tokens[i]!.start, end: tokens[end]!.end, registryId: null, form: 'name' }, [i, end + 1]);
      i = end;
    }
    return w.found;
  },
};
