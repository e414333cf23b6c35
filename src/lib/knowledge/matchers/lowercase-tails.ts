/**
 * An organisation the corpus names in full with a country before it (`Japan Coast Guard`), written in
 * lowercase without the country (`a coast guard plane`, `the coast guard said`): the one full name of
 * the corpus whose tail it is. Two countries' coast guards in one corpus leave it alone.
 */
import { demonyms, gazetteerPlace } from '../places.ts';
import { ORG_HEADS } from '../lexicon.ts';
import type { DiscoveryContext } from '../mentions.ts';
import { draft, type Matcher } from './context.ts';
import { free, tokenRange } from './read.ts';

const tailsByCorpus = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

/** Lowercase tail (`coast guard`) → the one full name of the corpus it ends (`Japan Coast Guard`), null when several do. */
function corpusTails(discovery: DiscoveryContext): Map<string, string | null> {
  const runs = discovery.midRuns;
  if (!runs) return new Map();
  let tails = tailsByCorpus.get(runs);
  if (tails) return tails;
  tails = new Map();
  for (const run of runs) {
    const words = run.split(' ');
    if (words.length < 3 || !ORG_HEADS.has(words.at(-1)!) || !(gazetteerPlace(words[0]!) || demonyms().has(words[0]!))) continue;
    const tail = words.slice(1).join(' ').toLowerCase();
    tails.set(tail, tails.has(tail) && tails.get(tail) !== run ? null : run);
  }
  tailsByCorpus.set(runs, tails);
  return tails;
}

export const lowercaseTails: Matcher = {
  name: 'lowercase-tails',
  description: 'A country’s organisation written in lowercase without the country (`the coast guard`): the one full name the corpus gives it (`Japan Coast Guard`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const tails = corpusTails(ctx.discovery);
    if (!tails.size) return w.found;
    const lower = w.text.toLowerCase();
    for (const [tail, name] of tails) {
      if (!name) continue;
      for (let at = lower.indexOf(tail); at >= 0; at = lower.indexOf(tail, at + tail.length)) {
        const written = w.text.slice(at, at + tail.length);
        // Lowercase as written: the capitalised form is a name the other matchers read.
        if (written !== tail) continue;
        const range = tokenRange(w.tokens, at, at + tail.length);
        if (!range || !free(w, ...range)) continue;
        w.add({ type: 'organization', name, text: written, start: at, end: at + tail.length, registryId: null, form: 'name' }, range);
      }
    }
    return w.found;
  },
};
