/**
 * Machine-readable citation metadata for a source page's <head>: Highwire
 * Press tags (read by Google Scholar and Zotero), Dublin Core, OpenGraph and a
 * schema.org NewsArticle as JSON-LD. Unknown values are left out, never guessed.
 */
import type { Source } from '../schemas/source.ts';
import { externalUrl, stated } from './site-data.ts';
import { SITE } from './site.ts';

/** One `<meta>` element: `name` (Highwire, Dublin Core) or `property` (OpenGraph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface SourceHead {
  meta: MetaTag[];
  /** JSON-LD text, safe to place inside `<script type="application/ld+json">`. */
  jsonLd: string;
}

/**
 * JSON for an HTML `<script>` data block: `<`, `>` and `&` are written as
 * Unicode escapes so no value can close the element (`</script>`) or open a
 * comment, and U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) as Highwire wants it: `YYYY/MM/DD`. */
export function highwireDate(iso: string): string {
  return iso.replace(/-/g, '/');
}

/** Head metadata for a source page at `pageUrl` (its canonical URL) on the site whose home is `homeUrl`. */
export function sourceHead(source: Source, pageUrl: string, homeUrl: string): SourceHead {
  const date = stated(source.date);
  const publisher = stated(source.publisher);
  const author = stated(source.author);
  const original = externalUrl(stated(source.url));

  const meta: MetaTag[] = [];
  const name = (n: string, content: string | null) => {
    if (content) meta.push({ name: n, content });
  };
  const property = (p: string, content: string | null) => {
    if (content) meta.push({ property: p, content });
  };

  // Highwire Press
  name('citation_title', source.title);
  name('citation_author', author);
  name('citation_publication_date', date ? highwireDate(date) : null);
  name('citation_publisher', publisher);
  name('citation_journal_title', publisher);
  name('citation_public_url', pageUrl);
  name('citation_language', source.lang);
  // Dublin Core
  name('DC.title', source.title);
  name('DC.creator', author);
  name('DC.date', date);
  name('DC.publisher', publisher);
  name('DC.type', 'Text');
  name('DC.source', original);
  name('DC.language', source.lang);
  name('DC.identifier', pageUrl);
  // OpenGraph (og:type, og:title, og:url and og:site_name come from the layout)
  property('article:published_time', date);
  property('article:author', author);

  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: source.title,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    inLanguage: source.lang,
  };
  if (date) article.datePublished = date;
  if (publisher) article.publisher = { '@type': 'Organization', name: publisher };
  if (original) article.isBasedOn = original;
  if (source.standfirst) article.description = source.standfirst;
  article.isPartOf = { '@type': 'WebSite', name: SITE.name, url: homeUrl };
  return { meta, jsonLd: jsonForScript(article) };
}
