/** The dateline the ingest found (`LUSAKA:`, `[Islamabad]`) is a place, in the gazetteer or not. */
import { gazetteerPlace } from '../places.ts';
import { draft, type Matcher } from './context.ts';
import { free, titleCase, tokenRange } from './read.ts';

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
    return w.found;
  },
};
