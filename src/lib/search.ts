/**
 * The search index's vocabulary, shared by the pages that are indexed
 * (through src/components/SearchMeta.astro) and the search page's script:
 * the kinds of page, the filters and sorts, and the URL parameters.
 *
 * Nothing here touches the file system, so the search page's browser script
 * can import it too.
 */
import { formatDate } from './site-data.ts';
import spellingVariants from './spelling-variants.json' with { type: 'json' };

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

/**
 * Pagefind weight (`data-pagefind-weight`, default 1, headings up to 7) of the
 * words an index page (a person, organisation, place or mineral) is known by:
 * low, so that for a content word the articles' own paragraphs come first and
 * the index page after them.
 */
export const INDEX_PAGE_WEIGHT = 0.1;

// ---------------------------------------------------------------------------------------------
// Queries: what the search page sends to Pagefind, and the order it shows the results in
// ---------------------------------------------------------------------------------------------

/** Spelling variants (src/lib/spelling-variants.json): groups of forms of one word, and the endings a form may take. */
export interface SpellingVariants {
  suffixes: readonly string[];
  groups: readonly (readonly string[])[];
}

/** The project's list of British and American spellings. */
export const SPELLING_VARIANTS: SpellingVariants = spellingVariants;

/**
 * The query as Pagefind can match it: currency signs and other symbols the
 * index does not keep are dropped from the words (`$500 million` → `500
 * million`; Pagefind indexes `$500` as `500`, and a `$` in the query matches
 * nothing). Double quotes (an exact phrase) are kept.
 */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[$€£¥₹₨%#*+=<>^~|\\{}[\]]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The word written the other ways its group of spellings allows, case kept
 * for the first letter (`Defence` → [`Defense`]); [] when it has no variant.
 */
export function wordVariants(word: string, variants: SpellingVariants = SPELLING_VARIANTS): string[] {
  const lower = word.toLocaleLowerCase('en');
  let best: { form: string; group: readonly string[]; suffix: string } | null = null;
  for (const group of variants.groups) {
    for (const form of group) {
      if (!lower.startsWith(form) || (best && best.form.length >= form.length)) continue;
      const suffix = lower.slice(form.length);
      if (variants.suffixes.includes(suffix)) best = { form, group, suffix };
    }
  }
  if (!best) return [];
  const capital = word.charAt(0) !== lower.charAt(0);
  return best.group
    .filter((form) => form !== best.form)
    .map((form) => `${form}${best.suffix}`)
    .map((w) => (capital ? w.charAt(0).toLocaleUpperCase('en') + w.slice(1) : w));
}

/**
 * The queries to run for one search: the query itself first, then the same
 * query with its words in their other spellings (`defence framework` →
 * `defense framework`), at most `limit` in all.
 */
export function queryVariants(query: string, limit = 8, variants: SpellingVariants = SPELLING_VARIANTS): string[] {
  const parts = query.split(/(\s+|"|[-‐–—/])/);
  let out: string[][] = [[]];
  for (const part of parts) {
    const forms = /^\p{L}+$/u.test(part) ? [part, ...wordVariants(part, variants)] : [part];
    out = out.flatMap((prefix) => forms.map((form) => [...prefix, form])).slice(0, limit);
  }
  return [...new Set(out.map((p) => p.join('')))].slice(0, limit);
}

/** Words of a name, lower-cased, for comparing names. */
const nameWords = (name: string) => new Set(name.toLocaleLowerCase('en').split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/**
 * The query with a name it contains written as another name of the same
 * entity that shares no word with it (`FWO` → `Frontier Works Organization`,
 * and back): `names` are the groups of names of the registered entities
 * (/search/aliases.json). Forms that share a word (`Malik`, `Mr Malik`) add
 * nothing a search for the shorter one does not already find.
 */
export function aliasQueries(query: string, names: readonly (readonly string[])[], limit = 4): string[] {
  const out: string[] = [];
  const lower = query.toLocaleLowerCase('en');
  for (const group of names) {
    for (const form of group) {
      const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${form.toLocaleLowerCase('en').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
      if (at < 0) continue;
      const words = nameWords(form);
      for (const other of group) {
        if (other === form || [...nameWords(other)].some((w) => words.has(w))) continue;
        out.push(`${query.slice(0, at)}${other}${query.slice(at + form.length)}`);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/**
 * The order of results of equal standing: a source (an article) first, then
 * a briefing, then the pages of the indexes. Lower comes first.
 */
export function kindRank(kindLabel: string | undefined): number {
  if (kindLabel === SEARCH_KINDS.source) return 0;
  if (kindLabel === SEARCH_KINDS.briefing) return 1;
  return 2;
}

/**
 * Reorder the first results of a search so that the reporting comes first:
 * sources, then briefings, then index pages, each in Pagefind's order.
 * `ranked` are the first results with their kind; the rest keep their place after them.
 */
export function reportingFirst<T>(ranked: ReadonlyArray<{ result: T; kind: string | undefined }>, rest: readonly T[]): T[] {
  const ordered = ranked.map((r, i) => ({ ...r, i, rank: kindRank(r.kind) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  return [...ordered.map((r) => r.result), ...rest];
}

/** A run of an excerpt's text, marked when it matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/**
 * Pagefind's excerpt (the page text with `&`, `<`, `>` escaped and the
 * matches in `<mark>`) as plain text runs, so the search page can draw it with
 * text nodes: nothing from the index is ever parsed as HTML. Any other tag is
 * kept as the text it is.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = piece.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, name: string) => {
        if (ENTITIES[name.toLowerCase()]) return ENTITIES[name.toLowerCase()]!;
        const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : /^#/.test(name) ? parseInt(name.slice(1), 10) : NaN;
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      });
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
