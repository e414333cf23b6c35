/**
 * Companies named by a corporate last word (`Tianqi Lithium`, `Iluka Resources`, `Lynas Rare Earths`,
 * `Energy Transition Minerals`, `Tanbreez Mining Greenland`): the word must end the capitalised run
 * (or be followed only by a country), and the words before it must look like a name.
 */
import { demonyms, gazetteerPlace } from '../places.ts';
import { CORPORATE_TAILS, MONTHS, TITLE_HEADS, isWord } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { corporateRoleAfter, HYPHEN_ADJECTIVE, longerForms, statementAfter, WEEKDAY_SET } from './phrases.ts';
import { bare, capWord, free, nameStart } from './read.ts';

export const corporateTails: Matcher = {
  name: 'corporate-tails',
  description: 'Companies by a corporate last word (`Tianqi Lithium`, `Iluka Resources`) after words that look like a name, or any words when a company role or a statement follows',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 1; i < tokens.length; i++) {
      if (!capWord(w, i) || !CORPORATE_TAILS.has(tokens[i]!.text)) continue;
      let end = i;
      while (capWord(w, end + 1) && CORPORATE_TAILS.has(tokens[end + 1]!.text)) end++;
      if (capWord(w, end + 1) && gazetteerPlace(tokens[end + 1]!.text) && !capWord(w, end + 2)) end++;
      if (capWord(w, end + 1) || (tokens[end + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[end + 1]!.text))) {
        i = end;
        continue;
      }
      // "Southern Copper chief executive Oscar Muestra", "Lumina Copper said in a statement": a company role or a statement after the name vouches for it, even at the sentence start.
      const role = corporateRoleAfter(w, end + 1) || statementAfter(w, end + 1);
      let start = i;
      // Words the corpus also writes so mid-sentence are a name at the sentence start too ("Delta Air Lines sued").
      const seenMid = (k: number) => !!w.discovery.midRuns?.has(tokens.slice(k, end + 1).map((t) => t.text).join(' '));
      while (start > 0 && capWord(w, start - 1) && (nameStart(w, start - 1) || ((role || seenMid(start - 1)) && tokens[start - 1]!.first)) && !HYPHEN_ADJECTIVE.test(tokens[start - 1]!.text)) start--;
      // A demonym, a title word or a date word before the name is not part of it ("Chinese Tianqi Lithium").
      while (start < i && (demonyms().has(tokens[start]!.text) || TITLE_HEADS.has(bare(tokens[start]!.text)) || WEEKDAY_SET.has(tokens[start]!.text) || MONTHS.has(bare(tokens[start]!.text)))) start++;
      // The words of the name before the tail ("Rare" belongs to the tail "Rare Earths").
      const before = tokens.slice(start, i).filter((t) => !(t.text === 'Rare' && tokens[i]!.text === 'Earths'));
      if (!before.length) {
        i = end;
        continue;
      }
      // Ordinary words make a company name only when there are several of them away from the sentence start.
      const plain = before.every((t) => isWord(bare(t.text)));
      const opensSentence = tokens[start]!.first && !seenMid(start);
      if (plain && (before.length < 2 || opensSentence) && !role) {
        i = end;
        continue;
      }
      if (!free(w, start, end + 1)) continue;
      const text = w.text.slice(tokens[start]!.start, tokens[end]!.end);
      w.add({ type: 'organization', name: text.replace(/\s+/g, ' '), text, start: tokens[start]!.start, end: tokens[end]!.end, registryId: null, form: 'name', aliases: longerForms(w, start, end) }, [start, end + 1]);
      i = end;
    }
    return w.found;
  },
};
