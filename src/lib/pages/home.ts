/** What the home page says the sourcebook covers: counts, dates, publishers, the most-named entities. */
import { formatDate } from '../site-data.ts';
import { ENTITY_TYPES, TYPE_ORDER, plural } from './context.ts';
import { shownTypes } from './nav.ts';
import type { SiteModel } from './index.ts';
import { listText } from './text.ts';

export interface Coverage {
  /** One sentence: articles, publishers, dates. */
  articles: string;
  /** One sentence: what was read from them. */
  contents: string;
  /** The most-named entities of each type that has any. */
  top: { label: string; items: SiteModel['top'][keyof SiteModel['top']] }[];
}

export function coverage(model: SiteModel): Coverage {
  const sources = [...model.ctx.sources.values()];
  const publishers = [...new Set(sources.map((s) => s.publisher).filter((p): p is string => !!p))];
  const dates = model.sourceDates;
  const copies = model.copyDates;
  const undated = model.covered - dates.length;
  // A copy that gives only the day it was republished is not dated as a publication, but its date is said apart.
  const when =
    dates.length === 0
      ? copies.length > 0 ? 'none stating when it was first published' : 'none of them dated'
      : dates.length === 1
        ? `one dated ${formatDate(dates[0]!)}${undated ? `, ${plural(undated, 'undated one', 'undated ones')}` : ''}`
        : `dated from ${formatDate(dates[0]!)} to ${formatDate(dates.at(-1)!)}${undated ? `, and ${plural(undated, 'undated one', 'undated ones')}` : ''}`;
  const copied =
    copies.length === 0
      ? ''
      : copies.length === 1
        ? `; one is a copy republished on ${formatDate(copies[0]!)}`
        : `; ${plural(copies.length, 'copy', 'copies')} were republished ${copies[0] === copies.at(-1) ? `on ${formatDate(copies[0]!)}` : `from ${formatDate(copies[0]!)} to ${formatDate(copies.at(-1)!)}`}`;
  const from = publishers.length === 0 ? 'none naming its publisher' : `from ${plural(publishers.length, 'named publisher')}`;
  const counts = shownTypes().map((t) => plural(model.rows[t].length, ENTITY_TYPES[t].singular.toLowerCase(), ENTITY_TYPES[t].plural.toLowerCase()));
  return {
    articles: `${plural(model.covered, 'article')} ${from}, ${when}${copied}.`,
    contents: `They name ${listText(counts)}; Sourcebook reads from them ${plural(model.knowledge.quotes.length, 'quotation')}, ${plural(model.figures.length, 'figure')}, ${plural(model.events.length, 'event')} and ${plural(model.discrepancies.length, 'point')} on which they disagree.`,
    top: TYPE_ORDER.map((t) => ({ label: ENTITY_TYPES[t].plural, items: model.top[t] })).filter((g) => g.items.length > 0),
  };
}
