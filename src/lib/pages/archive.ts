/**
 * The list of sources by month of publication (/archive/<yyyy-mm>/), so the
 * home page lists only the newest and stays small whatever the size of the
 * corpus; a month with more sources than a page holds continues on numbered pages.
 */
import type { SourceListItem } from '../site-data.ts';
import { type IndexPart, cutParts } from './parts.ts';

/** The home page lists every source when there are at most this many, else the newest this many and the months. */
export const HOME_SOURCES = 100;

/** Estimated HTML bytes of a source in the list. */
const itemBytes = (item: SourceListItem) => 420 + 1.2 * (item.title.length + item.excerpt.length + (item.publisher?.length ?? 0));

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The archive's pages: sources (in the home page's order, newest first) by month; undated ones last. */
export function archiveParts(items: readonly SourceListItem[]): IndexPart[] {
  const keyed = items.map((item) => {
    const month = item.dateIso?.slice(0, 7) ?? null;
    const label = month && /^\d{4}-\d{2}$/.test(month) ? MONTH.format(new Date(`${month}-01T00:00:00Z`)) : month ?? 'Date not stated';
    return { id: item.slug, key: month ?? 'undated', label, bytes: itemBytes(item) };
  });
  return cutParts('sources', keyed).map((part) => ({ ...part, path: part.path.replace(/^sources\//, 'archive/') }));
}
