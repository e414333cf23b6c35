/** `he` and `she`, which the quote attribution may resolve to a person named before them. */
import type { Found, Matcher } from './context.ts';

export const pronouns: Matcher = {
  name: 'pronouns',
  description: '`he` and `she`, for the quote attribution to resolve',
  phase: 'reading',
  find(ctx) {
    const found: Found[] = [];
    for (const t of ctx.block.tk.tokens) if (/^(?:he|she)$/i.test(t.text)) found.push({ kind: 'pronoun', pronoun: { block: ctx.bi, start: t.start, word: t.text.toLowerCase() } });
    return found;
  },
};
