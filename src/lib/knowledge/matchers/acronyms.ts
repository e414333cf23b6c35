/** Lone all-caps acronyms (`ASEAN`, `PMO`): what this source defined them as, or organisations unless the join finds out otherwise. */
import { gazetteerPlace } from '../places.ts';
import { COUNTRY_ABBREVIATIONS, TITLE_WORDS, US_STATE_CODES, isWord } from '../lexicon.ts';
import { draft, type Matcher } from './context.ts';
import { kindOfDefinedName } from './define-acronym.ts';
import { bare, capWord, isAcronymToken } from './read.ts';

/** Units written in capitals after a number ("128 GB", "3 GHz", "40 MPH"). */
const MEASURE_ACRONYMS = /^(?:[KMGTP]B|[KMG]HZ|MPH|KPH|KWH|MWH|GWH|TWH|PPM|PPB)$/i;

export const acronyms: Matcher = {
  name: 'acronyms',
  description: 'Lone all-caps acronyms: what this source defined them as, else an organisation for the join to resolve; a law’s acronym names nothing, and an undefined acronym that spells a word is not one, nor is an undefined code with digits (`A350`); one glued to a name that is no word is the front of a company name (`TD Cowen`)',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    for (let i = 0; i < w.tokens.length; i++) {
      const t = w.tokens[i]!;
      if (w.used[i] || t.kind !== 'word' || !isAcronymToken(t.text)) continue;
      if (w.isInstrument(t.text)) {
        w.take(i, i + 1);
        continue;
      }
      // An acronym this source defines is one even when it spells a word ("ERG").
      const local = w.hasAcronym(t.text) || w.defined.has(t.text);
      if (!local && (isWord(t.text) || (t.first && t.text.length > 5))) continue;
      // A code with digits (`A350`, `C5`, `F-16`) names a model, a slot or a strain, not an organisation, unless the source defines it.
      if (!local && /\d/.test(t.text)) {
        w.take(i, i + 1);
        continue;
      }
      // A state's postal code after a city or before a ZIP code ("San Francisco, CA 94105", "BALTIMORE, MD (April 5, 2024)"),
      // and a unit after a number ("128 GB"), name no organisation.
      const prev = w.tokens[i - 1];
      const state = US_STATE_CODES.has(t.text) && ((prev?.text === ',' && /^\p{Lu}/u.test(w.tokens[i - 2]?.text ?? '')) || /^\d{5}$/.test(w.tokens[i + 1]?.text ?? ''));
      if (!local && (state || (/^\d[\d.,]*$/.test(prev?.text ?? '') && MEASURE_ACRONYMS.test(t.text)))) {
        w.take(i, i + 1);
        continue;
      }
      // "the ERG": the acronym with its article is how the text names it.
      const aliases = local && /^the$/i.test(w.tokens[i - 1]?.text ?? '') ? [`${w.tokens[i - 1]!.text.toLowerCase()} ${t.text}`] : [];
      // "TD Cowen", "BNY Mellon": an undefined acronym glued to a capitalised name that is no English word, place or title is the front of one company name.
      const next = w.tokens[i + 1];
      if (!local && next && capWord(w, i + 1) && next.start === t.end + 1 && !isWord(bare(next.text)) && !gazetteerPlace(next.text) && !TITLE_WORDS.has(bare(next.text).toLowerCase()) && !COUNTRY_ABBREVIATIONS.includes(t.text) && !gazetteerPlace(t.text) && !(w.tokens[i + 2]?.cap && w.tokens[i + 2]!.start === next.end + 1)) {
        const text = w.text.slice(t.start, next.end);
        w.add({ type: 'organization', name: text, text, start: t.start, end: next.end, registryId: null, form: 'name' }, [i, i + 2]);
        i++;
        continue;
      }
      const expansion = w.acronymOf(t.text);
      if (expansion !== undefined) {
        const place = kindOfDefinedName(expansion) === 'place';
        w.add({ type: place ? 'place' : 'organization', name: expansion, text: t.text, start: t.start, end: t.end, registryId: null, form: 'acronym', aliases }, [i, i + 1]);
        continue;
      }
      w.add({ type: 'unknown', name: t.text, text: t.text, start: t.start, end: t.end, registryId: null, form: 'acronym', hints: { person: false, place: false, org: true }, aliases }, [i, i + 1]);
    }
    return w.found;
  },
};
