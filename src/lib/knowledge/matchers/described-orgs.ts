/**
 * Organisations named right after a description of what they are: `the state development agency Corfo`,
 * `lithium producer Sociedad Química y Minera`, `Chile’s state copper company Codelco`, and the other
 * way round, `Greenland’s parliament, the Inatsisartut`. The description is kept as a role and, with
 * its article or owner, as an alias.
 */
import { gazetteerPlace } from '../places.ts';
import { DETERMINERS, FUNCTION_WORDS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, PLACE_PARTICLES, TITLE_WORDS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { placeWord } from './phrases.ts';
import { bare, capWord, isPossessive, nameStart } from './read.ts';

export const describedOrgs: Matcher = {
  name: 'described-orgs',
  description: 'An organisation named right after a lowercase description of what it is (`the state development agency Corfo`, `Greenland’s parliament, the Inatsisartut`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens, text } = w;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const noun = tokens[i]!;
      if (noun.cap || noun.kind !== 'word' || !ORG_ROLE_NOUNS.has(noun.text) || PERSON_ROLE_NOUNS.has(noun.text)) continue;
      let k = i + 1;
      const apposed = tokens[k]?.text === ',' && tokens[k + 1]?.text === 'the' && capWord(w, k + 2);
      if (apposed) k += 2;
      if (!capWord(w, k) || !nameStart(w, k) || !placeWord(w, k)) continue;
      let e = k;
      while (capWord(w, e + 1) || (PLACE_PARTICLES.has(tokens[e + 1]?.text ?? '') && tokens[e + 1]!.text !== 'of' && capWord(w, e + 2))) e += capWord(w, e + 1) ? 1 : 2;
      const after = tokens[e + 1];
      if (after && after.kind === 'word' && after.cap) continue;
      if (apposed && after && ![',', '.', ';', '—', '–', ')'].includes(after.text)) continue;
      const runTokens = tokens.slice(k, e + 1).map((_, n) => k + n);
      if (runTokens.length > 1 && runTokens.every((x) => !tokens[x]!.cap || w.b.tags[x]?.person)) continue;
      const name = text.slice(tokens[k]!.start, tokens[e]!.end).replace(/\s+/g, ' ');
      if (gazetteerPlace(name) || runTokens.some((x) => TITLE_WORDS.has(bare(tokens[x]!.text)))) continue;
      // The description: lowercase words before the noun, back to an article or an owner ("Chile’s").
      let d = i;
      while (d > 0 && i - d < 4) {
        const p = tokens[d - 1]!;
        if (p.kind === 'word' && !p.cap && !DETERMINERS.has(p.text) && !FUNCTION_WORDS.has(p.text) && !isPossessive(p.text)) d--;
        else break;
      }
      let from = d;
      const p = tokens[d - 1];
      if (p && DETERMINERS.has(p.text.toLowerCase())) from = d - 1;
      else if (p && isPossessive(p.text) && tokens[d - 2]?.cap) {
        from = d - 2;
        while (from > 0 && w.used[from - 1] && w.types[from - 1] === w.types[d - 2]) from--;
      }
      const role = text.slice(tokens[d]!.start, noun.end);
      const described = text.slice(tokens[from]!.start, apposed ? noun.end : tokens[e]!.end).replace(/\s+/g, ' ');
      w.add({ type: 'organization', name, text: name, start: tokens[k]!.start, end: tokens[e]!.end, registryId: null, form: 'name', roles: [{ role, org: null }], aliases: described !== name ? [described] : [] }, [k, e + 1]);
      i = e;
    }
    return w.found;
  },
};
