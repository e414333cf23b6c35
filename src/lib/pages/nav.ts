/** The list of cross-reference indexes, with counts, for the index navigation and the /indexes/ page. */
import { href } from '../url.ts';
import { ENTITY_TYPES, TYPE_ORDER } from './context.ts';
import type { SiteModel } from './index.ts';
import type { EntityType } from '../../schemas/knowledge.ts';
import { SITE } from '../site.ts';

/** The entity types the site has indexes for: minerals only when the corpus turns on the minerals pack. */
export function shownTypes(): EntityType[] {
  return TYPE_ORDER.filter((t) => t !== 'mineral' || SITE.packs.includes('minerals'));
}

export interface IndexLink {
  /** Path relative to the base, e.g. `people/`. */
  path: string;
  href: string;
  label: string;
  count: number;
  /** What the index holds, in a sentence. */
  blurb: string;
}

export function indexLinks(model: SiteModel): IndexLink[] {
  const link = (path: string, label: string, count: number, blurb: string): IndexLink => ({ path, href: href(path), label, count, blurb });
  return [
    ...shownTypes().map((t) => link(`${ENTITY_TYPES[t].dir}/`, ENTITY_TYPES[t].plural, model.rows[t].length, ENTITY_TYPES[t].blurb)),
    link('quotes/', 'Quotes', model.quoteGroups.length, 'What the sources quote people as saying, grouped by statement, with the differences between versions.'),
    link('figures/', 'Figures', model.figures.length, 'Every amount, quantity, area, percentage and count the sources state, normalised and sortable.'),
    link('events/', 'Events', model.events.length, 'Meetings, forums, agreements and visits on a timeline, with who took part and which sources report them.'),
    link('discrepancies/', 'Discrepancies', model.discrepancies.length, 'Where the sources disagree: titles, dates, amounts and the wording of quotes, side by side.'),
  ];
}
