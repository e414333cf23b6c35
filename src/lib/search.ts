/**
 * The search index's vocabulary, shared by the pages that are indexed
 * (through src/components/SearchMeta.astro) and the search page's script:
 * the kinds of page, the filters and sorts, and the URL parameters.
 *
 * Nothing here touches the file system, so the search page's browser script
 * can import it too.
 */
import { formatDate } from './site-data.ts';

/** The kinds of page in the search index, with how the search page names them. */
export const SEARCH_KINDS = {
  source: 'Source',
  briefing: 'Briefing',
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  mineral: 'Mineral',
} as const;

/** A kind of indexed page: the value of its `kind` filter. */
export type SearchKind = keyof typeof SEARCH_KINDS;

/**
 * The filters, in the order the search page shows them. `key` is both the
 * Pagefind filter name and the URL parameter (`/search/?q=…&publisher=…`).
 */
export const SEARCH_FILTERS = [
  { key: 'kind', label: 'Kind of page', any: 'Any kind' },
  { key: 'publisher', label: 'Publisher', any: 'Any publisher' },
  { key: 'year', label: 'Year', any: 'Any year' },
  { key: 'person', label: 'Person', any: 'Anyone' },
  { key: 'mineral', label: 'Mineral', any: 'Any mineral' },
] as const;

/** Filters that exist only when the corpus turns on a domain pack (`mineral` needs the minerals pack). */
const FILTER_PACKS: Partial<Record<(typeof SEARCH_FILTERS)[number]['key'], string>> = { mineral: 'minerals' };

/** The filters a site with domain packs `packs` shows. */
export function searchFilters(packs: readonly string[]): (typeof SEARCH_FILTERS)[number][] {
  return SEARCH_FILTERS.filter((f) => !FILTER_PACKS[f.key] || packs.includes(FILTER_PACKS[f.key]!));
}

/** A filter's name. */
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/**
 * The orders results can be shown in (URL parameter `sort`). Pagefind sorts
 * only pages that carry the sort key, so every indexed page carries both
 * keys; undated pages get a value that puts them last in either order.
 */
export const SEARCH_SORTS = {
  relevance: { label: 'Best match', sort: null },
  newest: { label: 'Newest first', sort: { newest: 'desc' } },
  oldest: { label: 'Oldest first', sort: { oldest: 'asc' } },
} as const;

/** A sort's name. */
export type SearchSortKey = keyof typeof SEARCH_SORTS;

/** Sort values of a page without a date: first in ascending order, so last when `newest` sorts descending… */
const UNDATED_NEWEST = '0000-00-00';
/** …and last in ascending order for `oldest`. */
const UNDATED_OLDEST = '9999-99-99';

/**
 * URL parameter Pagefind adds to result links with the searched words
 * (`?highlight=antimony`); the landing page marks those words
 * (src/components/SearchHighlight.astro).
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** What a page tells the index about itself: see src/components/SearchMeta.astro. */
export interface SearchMetaInput {
  kind: SearchKind;
  title: string;
  /** ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
  date?: string | null | undefined;
  publisher?: string | null | undefined;
  people?: readonly string[] | undefined;
  minerals?: readonly string[] | undefined;
}

/** The filters, metadata and sort values a page is indexed with. */
export interface SearchFacets {
  /** Filter name → values (a page may have several people, minerals). */
  filters: Array<[SearchFilterKey, string]>;
  /** Metadata shown with a result: `title`, `kind` (the label), `date` (for people), `datetime` (ISO), `publisher`. */
  meta: Array<[string, string]>;
  /** Sort key → value. */
  sort: Array<[string, string]>;
}

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};
const unique = (values: readonly string[] | undefined): string[] =>
  [...new Set((values ?? []).map(clean).filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b, 'en'));

/** The index entries for one page; pure, so it can be tested and reused. */
export function searchFacets(input: SearchMetaInput): SearchFacets {
  const date = clean(input.date);
  const iso = date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) ? date : null;
  const publisher = clean(input.publisher);
  const filters: SearchFacets['filters'] = [['kind', input.kind]];
  if (publisher) filters.push(['publisher', publisher]);
  if (iso) filters.push(['year', iso.slice(0, 4)]);
  for (const person of unique(input.people)) filters.push(['person', person]);
  for (const mineral of unique(input.minerals)) filters.push(['mineral', mineral]);

  const meta: SearchFacets['meta'] = [
    ['title', clean(input.title) ?? input.kind],
    ['kind', SEARCH_KINDS[input.kind]],
  ];
  if (publisher) meta.push(['publisher', publisher]);
  if (iso) meta.push(['date', formatDate(iso)], ['datetime', iso]);

  const sort: SearchFacets['sort'] = [
    ['newest', iso ?? UNDATED_NEWEST],
    ['oldest', iso ?? UNDATED_OLDEST],
  ];
  return { filters, meta, sort };
}

/** What the search page reads from, and writes to, its URL. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterKey, string>>;
  sort: SearchSortKey;
}

/** Read `?q=…&publisher=…&sort=…` (unknown parameters and values are ignored). */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of SEARCH_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') ?? '';
  return { q: params.get('q')?.trim() ?? '', filters, sort: sort in SEARCH_SORTS ? (sort as SearchSortKey) : 'relevance' };
}

/** Write the state into `params` (empty values and the default sort are left out), keeping any other parameter. */
export function writeSearchState(params: URLSearchParams, state: SearchState): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of ['q', 'sort', ...SEARCH_FILTERS.map((f) => f.key)]) out.delete(key);
  if (state.q) out.set('q', state.q);
  for (const { key } of SEARCH_FILTERS) {
    const value = state.filters[key];
    if (value) out.set(key, value);
  }
  if (state.sort !== 'relevance') out.set('sort', state.sort);
  return out;
}
