/**
 * JavaScript each page type may load, in bytes (external scripts plus inline
 * scripts, JSON-LD excluded). A type not listed here gets only the site-wide
 * enhancements (DEFAULT_BUDGET). Add a type here when a page of it genuinely
 * needs an enhancement, with the smallest budget that fits.
 */
const KB = 1024;

/** Reading pages: small enhancements only (copy buttons, opening a cited paragraph's box). */
const READING = 10 * KB;

export const JS_BUDGET: Record<string, number> = {
  // Full-text search is the one feature that is JavaScript: Pagefind's UI and index loader.
  search: Infinity,
  sources: READING,
  briefings: READING,
  // Entity pages (people, organisations, places, events …), whichever of these the site has.
  people: READING,
  organizations: READING,
  organisations: READING,
  places: READING,
  entities: READING,
  events: READING,
  // The figures table sorts by column (a small enhancement; the table reads fine without it).
  figures: READING,
  minerals: READING,
  // The split indexes' overviews send an old address (/quotes/#qg-…) on to the page that lists the item (AnchorLookup).
  quotes: READING,
  discrepancies: READING,
};

/**
 * Budget of every type not listed above: the site-wide enhancements only — the
 * "/" key that focuses search, the search-highlight loader and the offline
 * service worker's registration (under 1 KB together). Anything more fails.
 */
const DEFAULT_BUDGET = 1 * KB;

/** The JavaScript budget of a page type, in bytes (0: the type needs none). */
export function jsBudget(type: string): number {
  return JS_BUDGET[type] ?? DEFAULT_BUDGET;
}
