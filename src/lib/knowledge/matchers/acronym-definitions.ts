/** `Name (ACR)`: the acronym names the organisation (or place) before it, when its letters fit the name's initials. */
import { DEFINITION_CONNECTORS, NAME_CONNECTORS, isWord } from '../lexicon.ts';
import { draft, type Draft, type Matcher } from './context.ts';
import { defineAcronym, parenthesisedAcronyms } from './define-acronym.ts';
import { acronymMatches, initials } from './read.ts';

/** The capitalised run (with name connectors) that ends just before token `end` (exclusive), as a token index. */
function runStartBefore(w: Draft, end: number): number {
  let k = end - 1;
  while (k >= 0) {
    const t = w.tokens[k]!;
    if (t.kind === 'word' && t.cap && !(t.text === 'The' || (t.first && isWord(t.text) && !w.discovery.midCaps.has(t.text)))) {
      k--;
      continue;
    }
    // Connectors inside a name, also in other languages and in pairs ("Authority for the Regulation", "Sociedad Química y Minera").
    if (t.kind === 'word' && (NAME_CONNECTORS.has(t.text) || DEFINITION_CONNECTORS.has(t.text)) && k > 0 && (w.tokens[k - 1]!.cap || (k > 1 && NAME_CONNECTORS.has(w.tokens[k - 1]!.text) && w.tokens[k - 2]!.cap))) {
      k--;
      continue;
    }
    if ((t.text === '(' || t.text === ')') && w.tokens[k - 1]?.cap) {
      k--;
      continue;
    }
    break;
  }
  let start = k + 1;
  while (start < end && (NAME_CONNECTORS.has(w.tokens[start]!.text) || DEFINITION_CONNECTORS.has(w.tokens[start]!.text) || w.tokens[start]!.text === ')' || w.tokens[start]!.text === '(')) start++;
  return start;
}

/** True when `acr` abbreviates `name` loosely: its letters are the initials in order with at most two words skipped (`IWIP`, Indonesia Weda Bay Industrial Park). */
export function acronymFitsLoosely(acr: string, name: string): boolean {
  const ini = initials(name);
  const a = acr.replace(/[^A-Z]/g, '');
  if (a.length < 3 || ini[0] !== a[0] || ini.at(-1) !== a.at(-1) || ini.length > a.length + 2) return false;
  let j = 0;
  for (const ch of ini) if (ch === a[j]) j++;
  return j === a.length;
}

export const acronymDefinitions: Matcher = {
  name: 'acronym-definitions',
  description: '`Name (ACR)` where the acronym’s letters fit the initials of the capitalised words before it: both name the organisation (or place); a law’s acronym names nothing',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const { tokens } = w;
    for (const i of parenthesisedAcronyms(tokens)) {
      const acr = tokens[i]!;
      const end = i - 1;
      const runStart = runStartBefore(w, end);
      // Try the longest suffix of the run whose initials fit the acronym, then a loose fit.
      let found: [number, number] | null = null;
      for (const fits of [acronymMatches, acronymFitsLoosely]) {
        for (let s = runStart; s < end && !found; s++) {
          if (!tokens[s]!.cap) continue;
          const name = w.text.slice(tokens[s]!.start, tokens[end - 1]!.end);
          if (fits(acr.text, name)) found = [s, end];
        }
        if (found) break;
      }
      if (!found) continue;
      defineAcronym(w, found, i);
    }
    return w.found;
  },
};
