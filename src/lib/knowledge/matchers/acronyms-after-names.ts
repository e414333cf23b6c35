/**
 * `(ACR)` right after an organisation or place name found by other means abbreviates it, whatever
 * its letters (`Financial Market Commission (CMF)`: the acronym of the name in another language).
 */
import { draft, type Matcher } from './context.ts';
import { defineAcronym, parenthesisedAcronyms } from './define-acronym.ts';
import { free } from './read.ts';

export const acronymsAfterNames: Matcher = {
  name: 'acronyms-after-names',
  description: '`(ACR)` right after an organisation or place already found abbreviates it, whatever its letters',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (const i of parenthesisedAcronyms(tokens)) {
      const acr = tokens[i]!;
      if (!free(w, i, i + 1)) continue;
      const type = w.types[i - 2];
      if (!w.used[i - 2] || (type !== 'organization' && type !== 'place')) continue;
      let s = i - 2;
      while (s > 0 && w.used[s - 1] && w.types[s - 1] === type && tokens[s - 1]!.kind === 'word') s--;
      if (w.hasAcronym(acr.text)) continue;
      defineAcronym(w, [s, i - 1], i);
    }
    return w.found;
  },
};
