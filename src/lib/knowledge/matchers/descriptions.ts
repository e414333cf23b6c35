/**
 * Definite descriptions that point back to an entity named earlier in the source: `the finance minister`,
 * `the Forum`, `the Pakistani finance chief`, `the association`. Read once every name is found.
 */
import { demonyms, gazetteerPlace } from '../places.ts';
import { ARTICLES, COMPANY_NOUNS, DOMAIN_HEADS, FACILITY_NOUNS, LEAVING_MODIFIERS, ORG_HEADS, ORG_KIND_WORDS, ORG_ROLE_NOUNS, PLACE_SUFFIXES, PUBLIC_BODY_HEADS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon.ts';
import type { RawMention } from '../mentions.ts';
import { normName } from '../text.ts';
import { draft, type Matcher } from './context.ts';
import { titleCase, tokenRange } from './read.ts';

const roleKeys = new Map<string, string>();

/** Normalised form of a role for matching definite descriptions (`the finance minister`), memoised. */
export function roleKey(role: string): string {
  let key = roleKeys.get(role);
  if (key === undefined) {
    key = computeRoleKey(role);
    roleKeys.set(role, key);
  }
  return key;
}

/** Uncached `roleKey`. */
function computeRoleKey(role: string): string {
  return normName(role)
    .split(' ')
    .filter((x) => !ARTICLES.has(x) && !demonyms().has(titleCase(x)) && x !== 'us' && x !== 'u.s.' && !gazetteerPlace(titleCase(x)))
    .join(' ');
}

export const descriptions: Matcher = {
  name: 'descriptions',
  description: 'Definite descriptions (`the finance minister`, `the Forum`, `the association`) of the one entity named earlier that fits them',
  phase: 'after',
  find(ctx) {
    const w = draft(ctx);
    const { text } = w;
    for (const the of text.matchAll(/\b[Tt]he\s+/gu)) {
      const at = the.index;
      const rest = /^(?:[\p{L}.’'-]+\s+){0,5}[\p{L}.’'-]+/u.exec(text.slice(at + the[0].length));
      if (!rest) continue;
      let earlierList: RawMention[] | null = null;
      const earlier = () => (earlierList ??= ctx.mentions.filter((x) => x.block < w.bi || (x.block === w.bi && x.end <= at)));
      const words = rest[0].split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        // A full stop after the last word ends the sentence ("fell into the channel."), unless the word is an abbreviation.
        // A possessive after it is not part of the description ("the Corps' Baltimore District", "the peninsula's residents").
        const phrase = words.slice(0, n).join(' ').replace(/(\p{Ll}{2,})\.$/u, '$1').replace(/(\p{L})[’']s?$/u, '$1');
        const end = at + the[0].length + phrase.length;
        const range = tokenRange(w.tokens, at, end);
        if (!range || w.types.slice(range[0] + 1, range[1]).some((t, k) => t !== null && t !== 'place' && w.used[range[0] + 1 + k])) continue;
        // A description ends where a name would begin ("the President Donald Trump" is not one).
        if (w.tokens[range[1]]?.cap && w.tokens[range[1]]!.kind === 'word') continue;
        const target = describe(phrase, earlier, w.bi);
        if (!target) continue;
        // The tokens are claimed, their types left as they are.
        w.push({ ...target, text: text.slice(at, end), block: w.bi, start: at, end, form: 'description', inQuote: w.b.quotes.some((q) => at >= q.start && at < q.end), roles: [], titled: null, aliases: [] }, range, false);
        break;
      }
    }
    return w.found;
  },
};

/** The earlier mention a description (without its article) points to, when exactly one entity fits. */
function describe(phrase: string, earlierOf: () => readonly RawMention[], block: number): RawMention | null {
  if (phrase.split(/\s+/).some((x) => ARTICLES.has(x.toLowerCase()) || ['who', 'which', 'said', 'and', 'of'].includes(x.toLowerCase()))) {
    if (!/\bof\b/i.test(phrase) || /\b(?:that|which|who|said|and)\b/i.test(phrase)) return null;
  }
  const key = roleKey(phrase);
  if (!key) return null;
  const earlier = earlierOf();
  const words = key.split(' ');
  const pick = (list: RawMention[]): RawMention | null => {
    const names = new Set(list.map((x) => x.registryId ?? roleKey(x.name)));
    return names.size === 1 ? list.at(-1)! : null;
  };
  // People by role, in lowercase ("the finance minister", "the US secretary of state"): "the President" is a title, not a description.
  const lowercase = phrase.split(/\s+/).every((x) => !/^\p{Lu}/u.test(x) || demonyms().has(x) || /^(?:US|U\.S\.)$/.test(x));
  // "the governor" of "Ishikawa Gov. Hiroshi Hase": one title word is the holder's title, abbreviated or not.
  const titleWord = (role: string) => words.length === 1 && roleKey(role).split(' ').some((x) => (TITLE_ABBREVIATIONS.get(x.replace(/\.$/, '')) ?? x) === key);
  const byRole = earlier.filter((x) => x.type === 'person' && x.form !== 'description' && x.roles.some((r) => roleKey(r.role) === key || roleKey(r.role).endsWith(` ${key}`) || titleWord(r.role)));
  // "the ISRO chief", "the Wagner chief": a capitalised name before a lowercase title is where the title is held.
  const heldAt = !lowercase && /^\p{Ll}/u.test(phrase.split(/\s+/).at(-1)!) && TITLE_HEADS.has(words.at(-1)!);
  if ((lowercase || heldAt) && byRole.length && words.some((x) => TITLE_HEADS.has(x))) return pick(byRole) ?? lastNamed(byRole, earlier, block);
  // "the new prime minister", "the outgoing prime minister": the holder whose role says the same of him, or (new, incoming,
  // current) the one holder whose role does not say he is leaving.
  const modifier = words.length > 1 && TITLE_MODIFIERS.has(words[0]!) ? words[0]! : null;
  if (lowercase && modifier && words.slice(1).some((x) => TITLE_HEADS.has(x))) {
    const base = words.slice(1).join(' ');
    const bare = (role: string) => roleKey(role).split(' ').filter((x) => !TITLE_MODIFIERS.has(x)).join(' ');
    const leaving = (role: string) => roleKey(role).split(' ').some((x) => LEAVING_MODIFIERS.has(x));
    const holders = earlier.filter((x) => x.type === 'person' && x.form !== 'description' && x.roles.some((r) => (bare(r.role) === base || bare(r.role).endsWith(` ${base}`)) && (LEAVING_MODIFIERS.has(modifier) ? leaving(r.role) : !leaving(r.role))));
    if (holders.length) return pick(holders);
  }
  // "the finance chief": a domain word and a head word.
  if (lowercase && words.length === 2 && DOMAIN_HEADS.has(words[1]!)) {
    const byDomain = earlier.filter((x) => x.type === 'person' && x.roles.some((r) => roleKey(r.role).split(' ').includes(words[0]!) && /minister|secretary|chief|head/.test(roleKey(r.role))));
    if (byDomain.length) return pick(byDomain);
  }
  // Organisations by head word: "the Forum", "the ministerial", "the Ministry", "the corps" (of "Army Corps of Engineers").
  if (words.length === 1 && ORG_HEADS.has(titleCase(words[0]!))) {
    const byHead = earlier.filter((x) => x.type === 'organization' && x.form === 'name' && normName(x.name).split(' ').some((p, i, all) => p === words[0] && (i === 0 || i === all.length - 1 || all[i + 1] === 'of')));
    if (byHead.length) return pick(byHead);
  }
  // Places by the noun that ends their name: "the peninsula" (Noto Peninsula), "the bridge", "the prefecture", "the plant".
  const noun = words.length === 1 ? words[0]! : '';
  if (noun && lowercase && (PLACE_SUFFIXES.has(titleCase(noun)) || FACILITY_NOUNS.has(noun))) {
    const byNoun = earlier.filter((x) => x.type === 'place' && x.form === 'name' && normName(x.name).split(' ').at(-1) === noun);
    if (byNoun.length) return pick(byNoun);
  }
  // "the association": an organisation the source described as one ("…, an industry association representing …").
  if (words.length === 1 && lowercase && ORG_ROLE_NOUNS.has(words[0]!)) {
    // Only the organisation named last, within the last two paragraphs, and only when the source described it with that noun.
    const recent = earlier.filter((x) => x.type === 'organization' && x.form !== 'description').reduce<RawMention | null>((a, x) => (!a || x.block > a.block || (x.block === a.block && x.start > a.start) ? x : a), null);
    const key = recent ? recent.registryId ?? roleKey(recent.name) : null;
    const byRole = earlier.filter((x) => x.type === 'organization' && x.form === 'name' && (x.registryId ?? roleKey(x.name)) === key && x.roles.some((r) => roleHead(r.role) === words[0]));
    if (recent && block - recent.block <= 2 && byRole.length) return pick(byRole);
  }
  // "the company", "the railroad", "the planemaker": the organisation named last, within the last two paragraphs, when its
  // name is not a public body's ("Boeing … the company said"; not "the Ministry of Finance … the company").
  if (words.length === 1 && lowercase && COMPANY_NOUNS.has(words[0]!)) {
    // (Named in full: a short form — "Lynas" of Lynas Rare Earths — is resolved later, with the corpus.)
    const recent = earlier.filter((x) => x.type === 'organization' && x.form !== 'description').at(-1);
    const last = recent?.name.split(/\s+/).at(-1) ?? '';
    if (recent?.form === 'name' && block - recent.block <= 2 && !PUBLIC_BODY_HEADS.has(last) && !/\bof\b/.test(recent.name)) return recent;
  }
  // "the union", "the airline": the one organisation named earlier whose name says it is one (`… Aerospace Workers District 751`, `Delta Air Lines`).
  const kind = words.length === 1 && lowercase ? ORG_KIND_WORDS.get(words[0]!) : undefined;
  if (kind) {
    const byKind = earlier.filter((x) => x.type === 'organization' && x.form === 'name' && x.name.split(/\s+/).some((p) => kind.has(p)));
    if (byKind.length) return pick(byKind);
  }
  return null;
}

/**
 * Of several holders of a title ("Gov. Mike DeWine and Pennsylvania Gov. Josh Shapiro"), the one the text named again last,
 * in this paragraph or the one before ("DeWine said … the governor warned"); null when that is no holder.
 */
function lastNamed(holders: readonly RawMention[], earlier: readonly RawMention[], block: number): RawMention | null {
  // (A surname alone is still of unknown type here: "DeWine said".)
  const last = earlier.filter((x) => (x.type === 'person' || (x.type === 'unknown' && x.form === 'short')) && x.form !== 'description' && x.block >= block - 1).at(-1);
  // A name named again after the holders were introduced singles one out; the second of a pair introduced together does not.
  if (!last || last.titled || holders.includes(last)) return null;
  const same = (h: RawMention) => (h.registryId && h.registryId === last.registryId) || h.name === last.name || h.name.endsWith(` ${last.name}`);
  const fits = holders.filter(same);
  return new Set(fits.map((h) => h.name)).size === 1 ? fits.at(-1)! : null;
}

/** The noun a description of an organisation is about: its first organisation noun (`industry association representing companies` → `association`). */
function roleHead(role: string): string | null {
  return role.toLowerCase().split(/\s+/).find((x) => ORG_ROLE_NOUNS.has(x)) ?? null;
}
