/** Lowercase organisation references: `finance ministry` → Ministry of Finance, `US embassy in Islamabad`, `the prime minister’s office`. */
import { COUNTRY_ABBREVIATIONS, DIPLOMATIC_MISSIONS, MINISTRY_FIELDS, OFFICE_HOLDERS } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { free, titleCase, tokenRange } from './read.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MINISTRY_DOMAINS = [...MINISTRY_FIELDS].map((f) => f.replace(/ /g, '\\s')).join('|');
const COUNTRY = [...COUNTRY_ABBREVIATIONS.map(escape), '[A-Z][a-z]+'].join('|');

/** The patterns, with the organisation's name from what each matched. */
const PATTERNS: readonly { re: RegExp; name: (m: RegExpMatchArray) => string }[] = [
  { re: new RegExp(`(?<![\\p{L}])(${MINISTRY_DOMAINS}) ministry(?![\\p{L}])`, 'giu'), name: (m) => `Ministry of ${titleCase(m[1]!)}` },
  { re: new RegExp(`(?<![\\p{L}])ministry of (${MINISTRY_DOMAINS})(?![\\p{L}])`, 'gu'), name: (m) => `Ministry of ${titleCase(m[1]!)}` },
  { re: new RegExp(`(?<![\\p{L}])((?:${COUNTRY}) (?:${DIPLOMATIC_MISSIONS.join('|')})(?: in [A-Z][\\p{L}]+)?)(?![\\p{L}])`, 'gu'), name: (m) => m[1]! },
  { re: new RegExp(`(?<![\\p{L}])(${OFFICE_HOLDERS.join('|')})[’'](s office)(?![\\p{L}])`, 'giu'), name: (m) => `${titleCase(m[1]!)}’${titleCase(m[2]!)}` },
];

export const lowercaseOrgs: Matcher = {
  name: 'lowercase-orgs',
  description: 'Organisations written in lowercase: `finance ministry` (Ministry of Finance), `US embassy in Islamabad`, `the prime minister’s office`',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    for (const { re, name } of PATTERNS) {
      for (const m of w.text.matchAll(re)) {
        const range = tokenRange(w.tokens, m.index, m.index + m[0].length);
        if (!range || !free(w, ...range)) continue;
        w.add({ type: 'organization', name: name(m), text: m[0], start: m.index, end: m.index + m[0].length, registryId: null, form: 'name' }, range);
      }
    }
    return w.found;
  },
};
