/** Organisation names: a capitalised run ending in a head word (`Forum`, `Ministry`, `Bank`…), with `of`/`for` complements. */
import { gazetteerPlace } from '../places.ts';
import { BRANCH_WORDS, MONTHS, OF_ORG_HEADS, ORG_FIRST_HEADS, ORG_HEADS, ORG_QUALIFIERS, STANDALONE_ORGS, TITLE_HEADS, TITLE_WORDS, isWord } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { HYPHEN_ADJECTIVE, longerForms, WEEKDAY_SET } from './phrases.ts';
import { bare, capWord, free, isAcronymToken, isPossessive, nameStart } from './read.ts';

export const orgHeads: Matcher = {
  name: 'org-heads',
  description: 'Organisations by the word that ends their name (`Forum`, `Ministry`, `Bank`), with `of`/`for` complements, a year and a numbered branch',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    const isHead = (k: number) => capWord(w, k) && ORG_HEADS.has(tokens[k]!.text.replace(/\.$/, ''));
    // A name whose head comes first ("Movimiento Ciudadano", "Partido Acción Nacional", "Banco de México"): the head and the
    // capitalised words after it, through the small words such names are joined with.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!capWord(w, i) || !ORG_FIRST_HEADS.has(tokens[i]!.text)) continue;
      let end = i;
      for (let j = i + 1; j < tokens.length; j++) {
        // (A title after the name starts its holder's: "Partido Verde leader Ana Ruiz".)
        if (capWord(w, j) && TITLE_WORDS.has(bare(tokens[j]!.text))) break;
        if (capWord(w, j)) end = j;
        else if (!['de', 'del', 'la', 'las', 'los', 'y', 'e', 'por', 'para', 'di', 'della', 'du', 'des', 'pour'].includes(tokens[j]!.text) || !capWord(w, j + 1)) break;
      }
      if (end === i || !free(w, i, end + 1)) continue;
      const text = w.text.slice(tokens[i]!.start, tokens[end]!.end);
      w.add({ type: 'organization', name: text.replace(/\s+/g, ' '), text, start: tokens[i]!.start, end: tokens[end]!.end, registryId: null, form: 'name', aliases: [] }, [i, end + 1]);
      i = end;
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!isHead(i) && !(capWord(w, i) && OF_ORG_HEADS.has(tokens[i]!.text) && tokens[i + 1]?.text === 'of' && capWord(w, i + 2))) continue;
      let end = i;
      // Further heads in the same capitalised run ("World Bank Group"), and "(Private) Limited".
      for (let j = i + 1; j < tokens.length; j++) {
        if (capWord(w, j)) {
          if (isHead(j)) end = j;
          continue;
        }
        // "Senate Environment and Public Works Committee": an "and" between two ordinary capitalised words of the run
        // (not right after a head: "the Bank and Treasury Department" are two).
        if (tokens[j]!.text === 'and' && j - 1 > i && capWord(w, j - 1) && !isHead(j - 1) && capWord(w, j + 1)) continue;
        if (tokens[j]!.text === '(' && capWord(w, j + 1) && tokens[j + 2]?.text === ')' && isHead(j + 3)) {
          end = j + 3;
          j += 3;
          continue;
        }
        break;
      }
      // Complements: "of Finance", "for Settlement of Investment Disputes", "of South and Central Asian Affairs".
      for (;;) {
        const conn = tokens[end + 1];
        if (!conn || !['of', 'for', '&'].includes(conn.text)) break;
        let k = end + 2;
        if (tokens[k]?.text === 'the' && capWord(w, k + 1)) k++;
        if (!capWord(w, k) || WEEKDAY_SET.has(tokens[k]!.text) || MONTHS.has(tokens[k]!.text.toLowerCase())) break;
        let m = k;
        while (capWord(w, m + 1)) m++;
        if ((tokens[m + 1]?.text === 'and' || tokens[m + 1]?.text === '&') && m === k && capWord(w, m + 2)) {
          m += 2;
          while (capWord(w, m + 1)) m++;
        } else if (tokens[m + 1]?.text === 'and' && m > k && capWord(w, m + 2) && !capWord(w, m + 3) && isWord(bare(tokens[m + 2]!.text)) && !TITLE_WORDS.has(bare(tokens[m + 2]!.text))) {
          // "for Disease Control and Prevention": one more ordinary word after the "and" ends the complement (a title does not: "Affairs and Prime Minister …").
          m += 2;
        }
        end = m;
      }
      if (/^(?:19|20)\d\d$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 1]!.start === tokens[end]!.end + 1) end++;
      // A numbered branch: "… Aerospace Workers District 751", "Teamsters Local 100".
      if (BRANCH_WORDS.has(tokens[end]!.text) && /^\d+$/.test(tokens[end + 1]?.text ?? '')) end++;
      else if (BRANCH_WORDS.has(tokens[end + 1]?.text ?? '') && capWord(w, end + 1) && /^\d+$/.test(tokens[end + 2]?.text ?? '')) end += 2;
      // Left: the capitalised words before the head ("Federal", "State" too, though they are title words).
      let start = i;
      const opens = (k: number) => nameStart(w, k) || (ORG_QUALIFIERS.has(bare(tokens[k]!.text)) && !tokens[k]!.first);
      // Words the corpus also writes mid-sentence with the head are the name at a sentence's start too ("Silicon Valley Bank, a lender …").
      const seenMid = (k: number) => tokens[k]!.first && !!w.discovery.midRuns?.has(tokens.slice(k, end + 1).map((t) => t.text).join(' '));
      while (start > 0 && capWord(w, start - 1) && (opens(start - 1) || seenMid(start - 1)) && !HYPHEN_ADJECTIVE.test(tokens[start - 1]!.text)) start--;
      // "United Airlines said …": a qualifier opening the sentence still opens a name that would otherwise be a lone head.
      if (start === i && capWord(w, i - 1) && tokens[i - 1]!.first && ORG_QUALIFIERS.has(bare(tokens[i - 1]!.text)) && !STANDALONE_ORGS.has(tokens[i]!.text)) start--;
      // "The International Longshoremen's Association", "the Women's Institute": an ordinary plural's possessive inside the name (an owner's is not: "Boeing's Board").
      if (isPossessive(tokens[start - 1]?.text) && tokens[start - 1]!.start === tokens[start - 2]?.end && capWord(w, start - 2) && isWord(bare(tokens[start - 2]!.text)) && !isHead(start - 2) && !gazetteerPlace(tokens[start - 2]!.text) && start === i) {
        start -= 2;
        while (start > 0 && capWord(w, start - 1) && opens(start - 1) && !HYPHEN_ADJECTIVE.test(tokens[start - 1]!.text)) start--;
      }
      if (start > 0 && !capWord(w, start - 1) && start === i && isPossessive(tokens[start - 1]?.text) && TITLE_HEADS.has(bare(tokens[start - 2]?.text ?? ''))) {
        // "Prime Minister’s Office"
        start -= 2;
        while (start > 0 && capWord(w, start - 1) && nameStart(w, start - 1)) start--;
      }
      if (tokens[start - 1]?.text === 'and' && capWord(w, start - 2) && isWord(tokens[start - 2]!.text) && !gazetteerPlace(tokens[start - 2]!.text) && !isHead(start - 2) && tokens[start - 3]?.text !== ',') {
        // "Oil and Gas Development Company Limited", "Federal Mediation and Conciliation Service"
        start -= 2;
        while (start > 0 && capWord(w, start - 1) && opens(start - 1)) start--;
      }
      // A lone head word is not a name ("the Forum", "Office"), unless it names one institution ("Congress").
      if (start === end && !isAcronymToken(tokens[start]!.text) && !STANDALONE_ORGS.has(tokens[start]!.text)) continue;
      if (!free(w, start, end + 1)) continue;
      const text = w.text.slice(tokens[start]!.start, tokens[end]!.end);
      // A country named with a head word (`Soviet Union`, `United Kingdom`) is the gazetteer's place.
      if (gazetteerPlace(text.replace(/\s+/g, ' '))) continue;
      const aliases = longerForms(w, start, end);
      w.add({ type: 'organization', name: text.replace(/\s+/g, ' '), text, start: tokens[start]!.start, end: tokens[end]!.end, registryId: null, form: 'name', aliases }, [start, end + 1]);
      i = end;
    }
    return w.found;
  },
};
