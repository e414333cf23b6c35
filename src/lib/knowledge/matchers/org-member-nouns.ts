/**
 * Organisations named by their people or their result, without a suffix: `Labour MPs`, `the Reform UK leader`,
 * `Republican lawmakers`, `a Kremlin spokesman`, `Labour won 411 seats`, and teams by a player's position: `the Barcelona
 * winger`. The nouns (ORG_MEMBER_NOUNS, TEAM_MEMBER_NOUNS) and verbs (SEAT_VERBS) are data; a demonym, a place (for a team,
 * a country), a person's name or a title before them is not an organisation.
 */
import { COUNTRIES, demonyms, gazetteerPlace } from '../places.ts';
import { ORG_MEMBER_NOUNS, SEAT_VERBS, TEAM_MEMBER_NOUNS, TEAM_NATIONS, TITLE_WORDS, MONTHS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { WEEKDAY_SET } from './phrases.ts';
import { bare, capWord, nameStart } from './read.ts';

export const orgMemberNouns: Matcher = {
  name: 'org-member-nouns',
  description: 'A capitalised name before a noun for its people or voice (`Labour MPs`, `the Reform UK leader`), a team before a player\'s position (`the Barcelona winger`), or that won seats (`Labour won 411 seats`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 0; i < tokens.length; i++) {
      if (!capWord(w, i)) continue;
      // The run of capitalised words (at most three: a party's name, not a sentence of them).
      let end = i;
      while (end + 1 < tokens.length && capWord(w, end + 1) && !ORG_MEMBER_NOUNS.has(tokens[end + 1]!.text) && tokens[end + 1]!.start === tokens[end]!.end + 1 && end - i < 2) end++;
      const next = tokens[end + 1];
      const seats = next && SEAT_VERBS.has(next.text) && /^\d/.test(tokens[end + 2]?.text ?? '') && /^seats?$/.test(tokens[end + 3]?.text ?? '');
      const member = next && ORG_MEMBER_NOUNS.has(next.text) && next.start === tokens[end]!.end + 1;
      const team = next && TEAM_MEMBER_NOUNS.has(next.text) && next.start === tokens[end]!.end + 1;
      if (!member && !seats && !team) {
        i = end;
        continue;
      }
      // "Many Conservative MPs": a sentence's ordinary first word is not part of the name.
      let from = i;
      while (from < end && !nameStart(w, from)) from++;
      const words = tokens.slice(from, end + 1).map((t) => t.text);
      const text = w.text.slice(tokens[from]!.start, tokens[end]!.end);
      // A team's name is whole (no ordinary word skipped before it) and no nation's (`the England captain`: its side); a city's
      // club is one (`the Barcelona winger`). Any other name is no place.
      const teamOnly = team && !member && !seats;
      const placeLike = teamOnly ? from !== i || COUNTRIES.some((c) => c.includes(text)) || TEAM_NATIONS.has(text) : !!gazetteerPlace(text);
      const rejected =
        !nameStart(w, from) || words.some((x) => TITLE_WORDS.has(bare(x)) || WEEKDAY_SET.has(x) || MONTHS.has(bare(x).toLowerCase())) ||
        demonyms().has(text) || placeLike || words.some((_, n) => !!w.b.tags[from + n]?.person || !!w.b.tags[from + n]?.firstName) || w.isPersonWord(words.at(-1)!);
      if (!rejected) {
        w.add({ type: 'organization', name: text, text, start: tokens[from]!.start, end: tokens[end]!.end, registryId: null, form: 'name' }, [from, end + 1]);
      }
      i = end;
    }
    return w.found;
  },
};
