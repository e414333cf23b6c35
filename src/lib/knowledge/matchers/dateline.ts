/** The dateline the ingest found (`LUSAKA:`, `[Islamabad]`) is a place, in the gazetteer or not. */
import { gazetteerPlace } from '../places.ts';
import { draft, type Matcher } from './context.ts';
import { free, titleCase, tokenRange } from './read.ts';

/** A place joined to the dateline's by a slash, in capitals: "/BEIRUT" in "ISTANBUL/BEIRUT, Feb 6 (Corvus) —". */
const JOINED_PLACE = /^\/(\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,3})/u;

export const dateline: Matcher = {
  name: 'dateline',
  description: 'The dateline at the start of the first paragraph is a place, in the gazetteer or not',
  phase: 'reading',
  find(ctx) {
    const w = draft(ctx);
    const value = ctx.prep.source.dateline.value;
    if (ctx.bi !== 0 || !value) return w.found;
    const at = w.text.indexOf(value);
    if (at < 0 || at > 2) return w.found;
    const range = tokenRange(w.tokens, at, at + value.length);
    if (!range || !free(w, ...range)) return w.found;
    w.add({ type: 'place', name: gazetteerPlace(value) ?? titleCase(value), text: value, start: at, end: at + value.length, registryId: null, form: 'name' }, range);
    // "ISTANBUL/BEIRUT, Feb 6 (Corvus) —": the places a slash joins to the dateline's are places too.
    let end = at + value.length;
    for (let m = JOINED_PLACE.exec(w.text.slice(end)); m; m = JOINED_PLACE.exec(w.text.slice(end))) {
      const from = end + 1;
      const other = tokenRange(w.tokens, from, from + m[1]!.length);
      if (!other || !free(w, ...other)) break;
      w.add({ type: 'place', name: gazetteerPlace(m[1]!) ?? titleCase(m[1]!), text: m[1]!, start: from, end: from + m[1]!.length, registryId: null, form: 'name' }, other);
      end = from + m[1]!.length;
    }
    return w.found;
  },
};
