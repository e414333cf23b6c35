/** Titles before and an apposition after a person's name become the person's roles; an honorific states the gender. */
import { TITLE_CONNECTORS, TITLE_WORDS, isWord } from '../lexicon.ts';
import type { RawMention, RawRole } from '../mentions.ts';
import { scan, type ClaimType, type Found, type Matcher, type MatchContext } from './context.ts';
import { appositionAfter, honorificGender, titleBefore } from './phrases.ts';
import { bare, tokenRange } from './read.ts';

/** The roles, the titled name and the gender the words around a person mention state. */
function rolesOf(ctx: MatchContext, m: RawMention): Found | null {
  if (m.end === 0) return null;
  const { tokens } = ctx.block.tk;
  const range = tokenRange(tokens, m.start, m.end);
  if (!range) return null;
  // A registry alias may carry its own title ("Senator Muhammad Aurangzeb", "Mr. Robert Louis Strayer II"): read titles from the first name word.
  let nameAt = range[0];
  if (m.registryId) while (nameAt < range[1] - 1 && tokens[nameAt]!.cap && TITLE_WORDS.has(bare(tokens[nameAt]!.text))) nameAt++;
  // The title words inside the alias are read like any title: read past the mention's claim on them.
  let types: readonly ClaimType[] = ctx.types;
  if (nameAt > range[0]) {
    const lifted = ctx.types.slice();
    for (let k = range[0]; k < nameAt; k++) lifted[k] = null;
    types = lifted;
  }
  const title = titleBefore(scan(ctx, types), nameAt);
  const w = scan(ctx);
  const found = { kind: 'describe' as const, mention: m, roles: [] as RawRole[], aliases: [] as string[], titled: undefined as string | undefined, gender: undefined as 'm' | 'f' | undefined };
  if (title.roles.length || title.honorific) {
    // The name with its title as written, with the country or organisation before it ("US Chargé d’Affaires Natalie Baker", "Barrick chief executive Mark Bristow").
    let from = title.roles.length ? Math.min(title.qualifierStart, range[0]) : Math.min(nameAt - 1, range[0]);
    while (from < nameAt && (TITLE_CONNECTORS.has(tokens[from]!.text) || tokens[from]!.text === ',')) from++;
    // "Ishikawa Gov. Hiroshi Hase": the jurisdiction right before an abbreviated title, a name that is no English word, is part of how the text names them.
    const before = tokens[from - 1];
    if (title.roles.length && before?.cap && before.kind === 'word' && before.end + 1 === tokens[from]!.start && /\.$/.test(tokens[from]!.text) && !isWord(bare(before.text)) && ctx.types[from - 1] !== 'person' && ctx.types[from - 1] !== 'organization') from--;
    found.titled = w.text.slice(tokens[from]!.start, m.end).replace(/\s+/g, ' ').replace(/^.*,\s*/, '');
    found.roles.push(...title.roles);
    const name = w.text.slice(tokens[nameAt]!.start, m.end).replace(/\s+/g, ' ');
    for (const r of title.roles) {
      found.aliases.push(`${r.role} ${name}`);
      // "Special Assistant to the President and Senior Director for …": each title on its own.
      for (const part of r.role.split(/ and (?=\p{Lu})/u).slice(1)) found.aliases.push(`${part} ${name}`);
    }
    if (title.honorific) found.aliases.push(`${title.honorific} ${name}`);
    const byTitle = title.honorific ? honorificGender(title.honorific) : null;
    if (byTitle) found.gender = byTitle;
  }
  const app = appositionAfter(w, range[1]);
  if (app?.kind === 'person') found.roles.push({ role: app.text, org: app.org });
  return found.titled === undefined && !found.roles.length && !found.aliases.length && !found.gender ? null : found;
}

export const roles: Matcher = {
  name: 'roles',
  description: 'A person’s titles (`Finance Minister`, `Ms`) and an apposition after the name (`, a senior official at …`) become roles and other names; an honorific states the gender',
  phase: 'after',
  find(ctx) {
    const found: Found[] = [];
    for (const m of ctx.blockMentions) {
      if (m.type !== 'person') continue;
      const f = rolesOf(ctx, m);
      if (f) found.push(f);
    }
    return found;
  },
};
