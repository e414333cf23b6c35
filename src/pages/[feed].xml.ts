/**
 * /rss.xml: the sources and the written briefings, newest first (undated items last).
 * RSS links must be absolute, so the feed exists only when the site's public URL is configured.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { compareSources, excerpt, formatDate, stated } from '../lib/site-data.ts';
import { SITE } from '../lib/site.ts';
import { briefingItem, compareBriefings, writtenBriefings } from '../lib/briefing-data.ts';
import { rss, type FeedItem } from '../lib/feeds.ts';
import { href, sourceHref } from '../lib/url.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const abs = (path: string) => new URL(path, site).href;

  const sources = (await getCollection('sources')).map((e) => e.data).sort(compareSources);
  const briefings = (await writtenBriefings()).map((e) => briefingItem(e.id, e.data)).sort(compareBriefings);

  const items: FeedItem[] = [
    ...briefings.map((b) => ({ title: b.title, link: abs(href(`briefings/${b.slug}/`)), description: b.summary, date: b.dateIso, category: 'Briefing' })),
    ...sources.map((s) => {
      const publisher = stated(s.publisher);
      const original = stated(s.date);
      // A copy whose original date is unknown enters the feed on the day it was republished, and says so.
      const copy = original ? null : (s.republished?.date.value ?? null);
      const date = original ?? copy;
      const byline = [publisher ?? 'Publisher not stated in the source', original ? formatDate(original) : copy ? `republished ${formatDate(copy)}` : 'date not stated in the source'].join(', ');
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
