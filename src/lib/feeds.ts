/**
 * The RSS feed and the sitemap, as XML text. Every value is escaped; dates
 * are the sources' and briefings' own (never the build time), so the output
 * is the same for the same content.
 */

/** Escape text for XML character data and attribute values. */
export function xmlEscape(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date (as RSS wants) for a full ISO date `YYYY-MM-DD`, at 00:00 UTC; null for partial dates. */
export function rfc822(iso: string | null): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return null;
  return `${DAYS[d.getUTCDay()]}, ${m[3]} ${MONTHS[d.getUTCMonth()]} ${m[1]} 00:00:00 GMT`;
}

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  description: string;
  /** ISO date, when known. */
  date: string | null;
  category: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the site's home page. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  language: string;
  items: FeedItem[];
}

/** RSS 2.0 text for a feed. */
export function rss(feed: Feed): string {
  const items = feed.items.map((item) => {
    const date = rfc822(item.date);
    return [
      '    <item>',
      `      <title>${xmlEscape(item.title)}</title>`,
      `      <link>${xmlEscape(item.link)}</link>`,
      `      <guid isPermaLink="true">${xmlEscape(item.link)}</guid>`,
      `      <description>${xmlEscape(item.description)}</description>`,
      `      <category>${xmlEscape(item.category)}</category>`,
      ...(date ? [`      <pubDate>${date}</pubDate>`] : []),
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(feed.title)}</title>`,
    `    <link>${xmlEscape(feed.link)}</link>`,
    `    <description>${xmlEscape(feed.description)}</description>`,
    `    <language>${xmlEscape(feed.language)}</language>`,
    `    <atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Sitemap protocol text for a list of absolute URLs (sorted, deduplicated). */
export function sitemap(urls: readonly string[]): string {
  const unique = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((url) => `  <url><loc>${xmlEscape(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
