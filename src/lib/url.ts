/**
 * Internal links. Every link the site writes goes through `href()` so that the
 * configured `base` (SOURCEBOOK_BASE) is respected.
 */

/** The site's base path, always ending in `/` (e.g. `/` or `/sourcebook/`). Outside Vite/Astro it defaults to `/`. */
export function basePath(base: string = (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/'): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Site-internal URL for `path` (relative to the site root, with or without a
 * leading slash), prefixed with the base path. A `#fragment` or `?query` is kept.
 *
 * @example href('search/') // '/search/' or '/sourcebook/search/'
 */
export function href(path = '', base?: string): string {
  return basePath(base) + path.replace(/^\/+/, '');
}

/** URL of a source page: `/sources/<slug>/`. */
export function sourceHref(slug: string, base?: string): string {
  return href(`sources/${encodeURIComponent(slug)}/`, base);
}

/** URL of the search page, optionally with a query. */
export function searchHref(query?: string, base?: string): string {
  return href(query ? `search/?q=${encodeURIComponent(query)}` : 'search/', base);
}
