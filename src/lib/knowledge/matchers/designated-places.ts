/**
 * Facilities and roads named by a letter or a number after a head word: `Runway C`, `Interstate 695`,
 * `Terminal 2`, `runway 34R`. The head may be lowercase (`landing on runway C`); the designator is a
 * capital letter, a number, or both, and nothing capitalised follows it.
 */
import { DESIGNATED_PLACE_HEADS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { free } from './read.ts';

const DESIGNATOR = /^(?:[A-Z]|\d{1,4}[A-Z]?|[A-Z]\d{1,3})$/;

export const designatedPlaces: Matcher = {
  name: 'designated-places',
  description: 'Facilities and roads named by a letter or number after a head word (`Runway C`, `Interstate 695`, `Terminal 2`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const head = tokens[i]!;
      const code = tokens[i + 1]!;
      if (head.kind !== 'word' || !DESIGNATED_PLACE_HEADS.has(head.text.toLowerCase()) || !DESIGNATOR.test(code.text)) continue;
      if (code.start !== head.end + 1 || !free(w, i, i + 2)) continue;
      // "Gate 5 Capital" or "Unit 2 Holdings": a capitalised word after the code makes it part of another name; "gate 5 p.m." is a time.
      const next = tokens[i + 2];
      if ((next && next.start === code.end + 1 && next.cap) || /^\s*[ap]\.?\s?m\b/i.test(w.text.slice(code.end, code.end + 6))) continue;
      // A lone letter designates only after a capitalised head or right after "on"/"at"/"of" ("on runway C"), not in "terminal A and B" lists of grades.
      if (/^[A-Z]$/.test(code.text) && !head.cap && !['on', 'at', 'of', 'to', 'onto', 'from', 'near', 'beside'].includes(tokens[i - 1]?.text ?? '')) continue;
      const name = `${head.text[0]!.toUpperCase()}${head.text.slice(1)} ${code.text}`;
      const text = w.text.slice(head.start, code.end);
      w.add({ type: 'place', name, text, start: head.start, end: code.end, registryId: null, form: 'name' }, [i, i + 2]);
      i++;
    }
    return w.found;
  },
};
