/**
 * Machine-readable citation metadata for a source page's <head>: Highwire
 * Press tags (read by Google Scholar and Zotero), Dublin Core, OpenGraph and a
 * schema.org NewsArticle as JSON-LD. Unknown values are left out, never guessed.
 */
import type { Source } from '../schemas/source.ts';
import { SITE } from './site.ts';
import type { CiteFacts } from './cite.ts';

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
export function jsonForScript(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent || undefined)
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

/**
 * Head metadata for a source page. What it describes is the original article
 * (title, author, publication, date of publication, URL), so that Zotero's
 * Embedded Metadata translator files it as a newspaper article and Citoid
 * reads the same values; the page itself is its archived copy. `pageUrl` (the
 * canonical URL) and `homeUrl` are null when no site URL is configured: then
 * no absolute URL of ours is written.
 *
 * Choices made for Zotero's rules (tests/unit/zotero-embedded-metadata.ts, a
 * port of its translator): no `citation_journal_title` (Zotero would make any
 * item with it a journal article); the publication is `prism.publicationName`;
 * `DC.type` "News Item" is the type its rules map to a newspaper article; no
 * `DC.source` (Zotero reads it as the publication's name); a date that is only
 * the republication date is not given as a publication date.
 */
export function sourceHead(source: Source, facts: CiteFacts, pageUrl: string | null, homeUrl: string | null): SourceHead {
  const { author, publisher, published: date, originalUrl: original } = facts;

  const meta: MetaTag[] = [];
  const name = (n: string, content: string | null) => {
    if (content) meta.push({ name: n, content });
  };
  const property = (p: string, content: string | null) => {
    if (content) meta.push({ property: p, content });
  };

  // Highwire Press
  name('citation_title', facts.title);
  name('citation_author', author);
  name('citation_publication_date', date ? highwireDate(date) : null);
  name('citation_publisher', publisher);
  name('citation_public_url', original ?? pageUrl);
  name('citation_language', source.lang);
  // PRISM: the publication (Zotero's and Citoid's "publication" for a newspaper article)
  name('prism.publicationName', publisher);
  // Dublin Core
  name('DC.title', facts.title);
  name('DC.creator', author);
  name('DC.date', date);
  name('DC.publisher', publisher);
  name('DC.type', 'News Item');
  name('DC.language', source.lang);
  // OpenGraph (og:type, og:title and og:url come from the layout; no og:site_name, which Zotero takes for the publication)
  property('article:published_time', date);
  property('article:author', author);

  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.title,
    inLanguage: source.lang,
  };
  const url = original ?? pageUrl;
  if (url) article.url = url;
  if (pageUrl) {
    article.mainEntityOfPage = pageUrl;
    if (original) article.archivedAt = pageUrl;
  }
  if (author) article.author = { name: author };
  if (date) article.datePublished = date;
  if (publisher) article.publisher = { '@type': 'Organization', name: publisher };
  if (source.standfirst) article.description = source.standfirst;
  if (homeUrl) article.isPartOf = { '@type': 'WebSite', name: SITE.name, url: homeUrl };
  return { meta, jsonLd: jsonForScript(article) };
}
