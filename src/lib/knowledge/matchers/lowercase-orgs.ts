/** Lowercase organisation references: `finance ministry` → Ministry of Finance, `US embassy in Islamabad`, `the prime minister’s office`, `Japan's cabinet`. */
import { demonyms, gazetteerPlace } from '../places.ts';
import { COUNTRY_ABBREVIATIONS, DETERMINERS, DIPLOMATIC_MISSIONS, MINISTRY_FIELDS, NATIONAL_BODIES, OFFICE_HOLDERS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { free, titleCase, tokenRange } from './read.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MINISTRY_DOMAINS = [...MINISTRY_FIELDS].map((f) => f.replace(/ /g, '\\s')).join('|');
const COUNTRY = [...COUNTRY_ABBREVIATIONS.map(escape), '[A-Z][a-z]+'].join('|');

/** The country (or state) a place name or demonym before a national body stands for (`Japan's`, `Japanese`, `US`, `Kansas`), or null. */
function countryBefore(word: string): string | null {
  const bare = word.replace(/[’']s$/, '');
  return demonyms().get(bare) ?? gazetteerPlace(bare);
}

/** The patterns, with the organisation's name from what each matched (null: not one). */
const PATTERNS: readonly { re: RegExp; name: (m: RegExpMatchArray) => string | null; namedAfter?: boolean }[] = [
  { re: new RegExp(`(?<![\\p{L}])(${MINISTRY_DOMAINS}) ministry(?![\\p{L}])`, 'giu'), name: (m) => `Ministry of ${titleCase(m[1]!)}` },
  { re: new RegExp(`(?<![\\p{L}])ministry of (${MINISTRY_DOMAINS})(?![\\p{L}])`, 'gu'), name: (m) => `Ministry of ${titleCase(m[1]!)}` },
  { re: new RegExp(`(?<![\\p{L}])((?:${COUNTRY}) (?:${DIPLOMATIC_MISSIONS.join('|')})(?: in [A-Z][\\p{L}]+)?)(?![\\p{L}])`, 'gu'),
    // A country's mission (`US embassy`, `Norwegian consulate`), not a determiner before one (`The mission cost …`).
    name: (m) => (DETERMINERS.has(m[1]!.split(' ')[0]!.toLowerCase()) ? null : m[1]!),
  },
  { re: new RegExp(`(?<![\\p{L}])(${OFFICE_HOLDERS.join('|')})[’'](s office)(?![\\p{L}])`, 'giu'), name: (m) => `${titleCase(m[1]!)}’${titleCase(m[2]!)}` },
  {
    re: new RegExp(`(?<![\\p{L}.])((?:${COUNTRY})(?:[’']s)?|\\p{Lu}\\p{Ll}+) (${NATIONAL_BODIES.join('|')})(?![\\p{L}])`, 'gu'),
    name: (m) => {
      const country = countryBefore(m[1]!);
      // Named like a country-prefixed organisation (`Japan Cabinet`), so the join meets `U.S. Coast Guard` and `the US coast guard` as one.
      return country ? `${country} ${titleCase(m[2]!)}` : null;
    },
    // "Greenland's parliament, the Inatsisartut": the body's own name follows, and the matchers that read it keep this as another name for it.
    namedAfter: true,
  },
];

export const lowercaseOrgs: Matcher = {
  name: 'lowercase-orgs',
  description: 'Organisations written in lowercase: `finance ministry` (Ministry of Finance), `US embassy in Islamabad`, `the prime minister’s office`',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    for (const { re, name, namedAfter } of PATTERNS) {
      for (const m of w.text.matchAll(re)) {
        if (namedAfter && /^(?:,\s+(?:the\s+)?|\s+\()\p{Lu}/u.test(w.text.slice(m.index + m[0].length))) continue;
        const range = tokenRange(w.tokens, m.index, m.index + m[0].length);
        const named = name(m);
        if (!named || !range || !free(w, ...range)) continue;
        w.add({ type: 'organization', name: named, text: m[0], start: m.index, end: m.index + m[0].length, registryId: null, form: 'name' }, range);
      }
    }
    return w.found;
  },
};
