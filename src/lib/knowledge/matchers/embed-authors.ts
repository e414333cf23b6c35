/** The organisation behind an embedded post (its author), with the account handle as an alias. */
import { ORG_HEADS } from '../lexicon.ts';
import { tokenize } from '../text.ts';
import type { Found, Matcher } from './context.ts';

export const embedAuthors: Matcher = {
  name: 'embed-authors',
  description: 'The author of an embedded post: an organisation when its name has a head word, else a name for the join; the account handle is an alias',
  phase: 'after',
  find(ctx) {
    const i = ctx.block.embed;
    if (i === null) return [];
    const embed = ctx.prep.source.embeds[i];
    // The first block of the embed carries its author.
    if (!embed || ctx.prep.blocks.findIndex((b) => b.embed === i) !== ctx.bi || !embed.author.trim()) return [];
    const tk = tokenize(embed.author);
    const headAt = tk.tokens.findIndex((t) => ORG_HEADS.has(t.text));
    let name = embed.author.trim();
    if (headAt >= 0) {
      let end = headAt;
      while (tk.tokens[end + 1] && (['of', 'for', '&'].includes(tk.tokens[end + 1]!.text) || tk.tokens[end + 1]!.cap) && tk.tokens[end + 1]!.text !== ',') end++;
      name = embed.author.slice(tk.tokens[0]!.start, tk.tokens[end]!.end);
    } else if (!/\s/.test(name)) {
      return [];
    }
    const mention = {
      type: headAt >= 0 ? ('organization' as const) : ('unknown' as const),
      name,
      text: embed.author.trim(),
      block: ctx.bi,
      start: 0,
      end: 0,
      registryId: null,
      form: 'name' as const,
      inQuote: false,
      roles: [],
      titled: null,
      hints: { person: false, place: false, org: true },
      gender: null,
      aliases: [embed.author.trim(), ...(embed.handle ? [embed.handle] : [])],
    };
    return [{ kind: 'mention', mention, claim: null, typed: false } satisfies Found];
  },
};
