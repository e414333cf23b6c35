/** A numbered branch named alone (`the president of District 751`): the organisation, not a person called District. */
import { BRANCH_WORDS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { capWord, free, isAcronymToken, nameStart } from './read.ts';

export const branches: Matcher = {
  name: 'branches',
  description: 'A numbered branch named alone (`District 751`), with the body it belongs to when that comes first (`IAM District 751`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (let i = 0; i < tokens.length - 1; i++) {
      if (!capWord(w, i) || !BRANCH_WORDS.has(tokens[i]!.text) || !/^\d+$/.test(tokens[i + 1]!.text) || !free(w, i, i + 2)) continue;
      let start = i;
      while (start > 0 && capWord(w, start - 1) && free(w, start - 1, start) && (isAcronymToken(tokens[start - 1]!.text) || nameStart(w, start - 1))) start--;
      const text = w.text.slice(tokens[start]!.start, tokens[i + 1]!.end);
      w.add({ type: 'organization', name: text, text, start: tokens[start]!.start, end: tokens[i + 1]!.end, registryId: null, form: 'name', aliases: [] }, [start, i + 2]);
    }
    return w.found;
  },
};
