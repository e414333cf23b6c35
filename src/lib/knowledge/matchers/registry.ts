/**
 * Registry aliases (longest first at each position) and the corpus's
 * publisher names: one matcher for organisations and people, read first, and
 * one for places, read after the organisation names.
 */
import type { EntityType } from '../../../schemas/knowledge.ts';
import { gazetteerPlace } from '../places.ts';
import { ORG_HEADS, TITLE_HEADS } from '../lexicon.ts';
import type { DiscoveryContext } from '../mentions.ts';
import { normName } from '../text.ts';
import { draft, type Draft, type Matcher, type MatchContext } from './context.ts';
import { longerForms } from './phrases.ts';
import { bare, capWord, free, isAcronymToken, tokenRange } from './read.ts';

interface AliasCandidate {
  alias: string;
  ci: boolean;
  type: EntityType;
  id: string | null;
  name: string;
}

/** All aliases of some types as one pattern (longest first), with a lookup from the matched words back to the alias. */
interface AliasMatcher {
  re: RegExp;
  byKey: Map<string, AliasCandidate>;
}

const matcherCache = new WeakMap<DiscoveryContext, Map<string, AliasMatcher | null>>();

/** Lookup key for matched words: brackets dropped, spaces and apostrophes folded; case folded for case-insensitive aliases. */
function aliasKey(text: string, ci: boolean): string {
  const k = text.replace(/[[\]]/g, ' ').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
  return ci ? `i:${k.toLowerCase()}` : `s:${k}`;
}

/** The matcher for registry aliases and publisher names of the wanted types (built once per context). */
function aliasMatcher(ctx: DiscoveryContext, places: boolean): AliasMatcher | null {
  let cache = matcherCache.get(ctx);
  if (!cache) matcherCache.set(ctx, (cache = new Map()));
  const key = places ? 'places' : 'others';
  if (cache.has(key)) return cache.get(key)!;
  const list: AliasCandidate[] = [
    ...ctx.registry.aliases.map((a) => ({ alias: a.alias, ci: a.caseInsensitive, type: a.type, id: a.id as string | null, name: ctx.registry.entries.get(a.id)!.name })),
    ...ctx.publishers.map((p) => ({ alias: p, ci: false, type: 'organization' as const, id: null as string | null, name: p })),
  ]
    .filter((c) => (c.type === 'place') === places)
    .sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
  const byKey = new Map<string, AliasCandidate>();
  for (const c of list) {
    const k = aliasKey(c.alias, c.ci);
    if (!byKey.has(k)) byKey.set(k, c);
  }
  // Spaces also match brackets ("President [Donald] Trump"); case-insensitive aliases (descriptions) fold case letter by letter.
  const body = (c: AliasCandidate) =>
    [...c.alias]
      .map((ch) => {
        if (ch === ' ') return '[\\s\\[\\]]+';
        if (ch === '’' || ch === "'") return "[’']";
        if (c.ci && ch.toLowerCase() !== ch.toUpperCase()) return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
        return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
  const matcher = list.length ? { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(body).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byKey } : null;
  cache.set(key, matcher);
  return matcher;
}

/**
 * True when a registry acronym alias may stand for its entry in this source: always, unless the source
 * defines the acronym in parentheses after words that are none of the entry's other names
 * (`Comisión para el Mercado Financiero (CMF)` is not the registry's CMF).
 */
function registryAcronymApplies(acr: string, id: string | null, w: Draft): boolean {
  const defs = w.defined.get(acr);
  if (!defs?.length || !id) return true;
  const entry = w.discovery.registry.entries.get(id);
  if (!entry) return true;
  const names = [entry.name, ...entry.aliases].filter((n) => !isAcronymToken(n)).map(normName);
  return defs.some((d) => names.some((n) => d === n || d.endsWith(` ${n}`)));
}

/**
 * True when the name that ends before token `end` goes on (`… of Energy` + `and Mineral Resources`): `and`
 * then capitalised words that are not a name of their own (no head word, title, place, acronym or person).
 */
function continuesName(w: Draft, end: number): boolean {
  const { tokens } = w;
  if (!['and', '&'].includes(tokens[end]?.text ?? '') || !capWord(w, end + 1)) return false;
  if (!tokens.slice(0, end).some((t) => t.text === 'of' || t.text === 'for')) return false;
  let k = end + 1;
  while (capWord(w, k)) {
    const t = tokens[k]!;
    if (ORG_HEADS.has(t.text) || TITLE_HEADS.has(bare(t.text)) || isAcronymToken(t.text) || gazetteerPlace(t.text) || w.b.tags[k]?.person) return false;
    k++;
  }
  return k - end - 1 <= 3;
}

function findAliases(ctx: MatchContext, places: boolean) {
  const w = draft(ctx);
  const matcher = aliasMatcher(ctx.discovery, places);
  if (!matcher) return w.found;
  matcher.re.lastIndex = 0;
  for (const m of w.text.matchAll(matcher.re)) {
    const c = matcher.byKey.get(aliasKey(m[0], false)) ?? matcher.byKey.get(aliasKey(m[0], true));
    if (!c) continue;
    const range = tokenRange(w.tokens, m.index, m.index + m[0].length);
    if (!range || !free(w, ...range)) continue;
    // A locally defined acronym wins over the registry's.
    if (isAcronymToken(m[0]) && !registryAcronymApplies(m[0], c.id, w)) continue;
    // "Ministry of Energy and Mineral Resources": the registry's "Ministry of Energy" is only the start of a longer name.
    if (c.type === 'organization' && continuesName(w, range[1])) continue;
    const description = c.ci && /^(?:the|a|an)\s/i.test(c.alias);
    const surface = /[[\]]/.test(m[0]) ? m[0].replace(/[[\]]/g, '').replace(/\s+/g, ' ') : m[0];
    const aliases = c.type === 'organization' ? longerForms(w, range[0], range[1] - 1) : [];
    w.add({ type: c.type, name: c.name, text: surface, start: m.index, end: m.index + m[0].length, registryId: c.id, form: description ? 'description' : isAcronymToken(m[0]) ? 'acronym' : 'name', aliases }, range);
  }
  return w.found;
}

export const registryNames: Matcher = {
  name: 'registry',
  description: 'The registry’s names of organisations and people, and the corpus’s publishers (longest first)',
  phase: 'reading',
  find: (ctx) => findAliases(ctx, false),
};

export const registryPlaces: Matcher = {
  name: 'registry-places',
  description: 'The registry’s names of places (longest first), read after the organisation names that may contain them',
  phase: 'reading',
  find: (ctx) => findAliases(ctx, true),
};
