/** /rss.xml: the sources and the written briefings, newest first (undated items last). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE, compareSources, excerpt, formatDate, stated } from '../lib/site-data.ts';
import { briefingItem, compareBriefings, writtenBriefings } from '../lib/briefing-data.ts';
import { rss, type FeedItem } from '../lib/feeds.ts';
import { href, sourceHref } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  // Absolute only with a configured site URL; otherwise site-relative (never a placeholder host).
  const abs = (path: string) => (site ? new URL(path, site).href : path);

  const sources = (await getCollection('sources')).map((e) => e.data).sort(compareSources);
  const briefings = (await writtenBriefings()).map((e) => briefingItem(e.id, e.data)).sort(compareBriefings);

  const items: FeedItem[] = [
    ...briefings.map((b) => ({ title: b.title, link: abs(href(`briefings/${b.slug}/`)), description: b.summary, date: b.dateIso, category: 'Briefing' })),
    ...sources.map((s) => {
      const publisher = stated(s.publisher);
      const date = stated(s.date);
      const byline = [publisher ?? 'Publisher not stated in the source', date ? formatDate(date) : 'date not stated in the source'].join(', ');
      return {
        title: s.title,
        link: abs(sourceHref(s.slug)),
        description: `${byline}. ${excerpt(s.standfirst ?? s.paragraphs[0]?.text ?? '', 300)}`,
        date,
        category: 'Source',
      };
    }),
  ];
  // Dated items newest first; undated ones keep their order (briefings, then sources) after them.
  const order = items.map((item, i) => ({ item, i }));
  order.sort((a, b) => {
    const da = a.item.date;
    const db = b.item.date;
    if (da && db && da !== db) return da < db ? 1 : -1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return a.i - b.i;
  });

  const body = rss({
    title: SITE.name,
    description: SITE.description,
    link: abs(href()),
    self: abs(href('rss.xml')),
    language: SITE.lang,
    items: order.map((o) => o.item),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
