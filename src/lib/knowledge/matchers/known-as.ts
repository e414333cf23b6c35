/**
 * `X, (also|widely|formerly) known as Y`, `X, formerly Y`, `X (formerly Y)`: Y is another name of X.
 * Y's own mentions are dropped and Y becomes an alias of X's mention.
 */
import { FORMERLY, KNOWN_AS_ADVERBS, KNOWN_AS_VERBS } from '../lexicon.ts';
import type { RawMention } from '../mentions.ts';
import type { Found, Matcher } from './context.ts';
import { tokenRange } from './read.ts';

export const knownAs: Matcher = {
  name: 'known-as',
  description: '`X, also known as Y`, `X, formerly Y`: Y becomes another name of X, and Y’s own mentions are dropped',
  phase: 'after',
  find(ctx) {
    const found: Found[] = [];
    const drop = new Set<RawMention>();
    const { tokens, text } = ctx.block.tk;
    for (const m of ctx.blockMentions) {
      if (m.end === 0 || m.type === 'mineral' || drop.has(m)) continue;
      const range = tokenRange(tokens, m.start, m.end);
      if (!range) continue;
      let k = range[1];
      if (![',', '('].includes(tokens[k]?.text ?? '')) continue;
      k++;
      while (KNOWN_AS_ADVERBS.has(tokens[k]?.text ?? '')) k++;
      const formerly = FORMERLY.has(tokens[k - 1]?.text ?? '');
      if (KNOWN_AS_VERBS.has(tokens[k]?.text ?? '')) {
        k++;
        if (tokens[k]?.text === 'as') k++;
      } else if (!formerly) continue;
      if (!tokens[k]?.cap || tokens[k]!.kind !== 'word') continue;
      let e = k;
      while (tokens[e + 1]?.cap && tokens[e + 1]!.kind === 'word') e++;
      const alias = text.slice(tokens[k]!.start, tokens[e]!.end).replace(/\s+/g, ' ');
      const from = tokens[k]!.start;
      const to = tokens[e]!.end;
      for (const o of ctx.blockMentions) {
        if (o !== m && o.start >= from && o.end <= to && o.end > o.start && !drop.has(o)) {
          drop.add(o);
          found.push({ kind: 'drop', mention: o });
        }
      }
      found.push({ kind: 'claim', claim: [k, e + 1] });
      found.push({ kind: 'describe', mention: m, roles: [], aliases: [alias] });
    }
    return found;
  },
};
