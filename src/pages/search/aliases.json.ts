/**
 * /search/aliases.json: the names of each registered entity that share no word with one another (`CMF`, `Critical
 * Minerals Forum`), so that the search page also runs a query with a name written the other way (src/lib/search.ts aliasQueries).
 */
import type { APIRoute } from 'astro';
import { loadKnowledge } from '../../lib/knowledge/index.ts';

const words = (name: string) => name.toLocaleLowerCase('en').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export const GET: APIRoute = async () => {
  const groups = (await loadKnowledge()).entities
    .filter((e) => e.registered)
    .map((e) => [...new Set([e.name, ...e.aliases])].filter((n) => /^\p{Lu}/u.test(n) && !/^the\s/i.test(n) && !/[[\]]/.test(n) && n.length <= 60))
    // Names, not descriptions ("the finance minister"): capitalised, not starting with "the". Only names with another that shares no word with them are of use to the search.
    .map((names) => names.filter((n) => names.some((m) => m !== n && !words(m).some((w) => words(n).includes(w)))))
    .filter((names) => names.length > 1);
  return new Response(JSON.stringify(groups), { headers: { 'Content-Type': 'application/json' } });
};
