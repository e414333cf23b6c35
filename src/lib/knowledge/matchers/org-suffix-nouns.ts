/** `<Name> group|party|movement`, `<Name> plc`: a lowercase noun after a capitalised name makes it an organisation. */
import { demonyms, gazetteerPlace } from '../places.ts';
import { DETACHED_ORG_SUFFIXES, ORG_SUFFIX_NOUNS, TITLE_WORDS, isWord } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { HYPHEN_ADJECTIVE } from './phrases.ts';
import { bare, capWord, nameStart } from './read.ts';

export const orgSuffixNouns: Matcher = {
  name: 'org-suffix-nouns',
  description: 'A capitalised name before a lowercase organisation noun (`the Islamic State group`, `Anglo American plc`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1];
      if (!capWord(w, i) || !next || !ORG_SUFFIX_NOUNS.has(next.text) || HYPHEN_ADJECTIVE.test(w.tokens[i]!.text)) continue;
      let start = i;
      while (start > 0 && capWord(w, start - 1) && nameStart(w, start - 1)) start--;
      // ("the Japanese company": a nationality describes the company, it does not name it.)
      if (!nameStart(w, start) || gazetteerPlace(w.text.slice(tokens[start]!.start, tokens[i]!.end)) || (start === i && demonyms().has(tokens[i]!.text))) continue;
      const text = w.text.slice(tokens[start]!.start, tokens[i]!.end);
      // Ordinary words make a name only when there are several of them, capitalised away from the sentence start ("the Example Forest Watch group").
      if (text.split(' ').every((x) => isWord(x)) && (i === start || tokens[start]!.first || TITLE_WORDS.has(bare(tokens[start]!.text)))) continue;
      if (!DETACHED_ORG_SUFFIXES.has(next.text)) {
        // "Anglo American plc": the suffix is part of the name.
        w.add({ type: 'organization', name: `${text} ${next.text}`, text: `${text} ${next.text}`, start: tokens[start]!.start, end: next.end, registryId: null, form: 'name', aliases: [text] }, [start, i + 2]);
        continue;
      }
      w.add({ type: 'organization', name: text, text, start: tokens[start]!.start, end: tokens[i]!.end, registryId: null, form: 'name', aliases: [`${text} ${next.text}`] }, [start, i + 1]);
    }
    return w.found;
  },
};
