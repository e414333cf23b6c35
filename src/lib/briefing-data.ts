/** Data shaping for the briefing pages: order, and the sources each briefing cites (read from its <Cite> elements). */
import type { Source } from '../schemas/source.ts';
import type { BriefingFrontmatter } from '../schemas/briefing.ts';
import { citedSources } from './citations.ts';
import { formatDate, stated } from './site-data.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { briefingFiles, briefingsDir } from './briefings.ts';

/**
 * The written briefings. A corpus without any (most corpora other than the
 * default one) gets none without asking Astro, which would warn on every page
 * that the collection "does not exist or is empty".
 */
export async function writtenBriefings(): Promise<CollectionEntry<'briefings'>[]> {
  if ((await briefingFiles(briefingsDir())).length === 0) return [];
  return getCollection('briefings');
}

/** A briefing as the pages use it. */
export interface BriefingItem {
  slug: string;
  title: string;
  summary: string;
  /** ISO date, or null. */
  dateIso: string | null;
  /** Display date, or null. */
  date: string | null;
}

/** One source a briefing cites, with the paragraphs it cites, in order of first citation. */
export interface CitedSource {
  slug: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  publisher: string | null;
  date: string | null;
  dateIso: string | null;
  paragraphs: { id: string; n: number }[];
}

export function briefingItem(id: string, data: BriefingFrontmatter): BriefingItem {
  return { slug: id, title: data.title, summary: data.summary, dateIso: data.date ?? null, date: data.date ? formatDate(data.date) : null };
}

/** Newest first, undated last; ties by title. */
export function compareBriefings(a: BriefingItem, b: BriefingItem): number {
  if (a.dateIso && b.dateIso && a.dateIso !== b.dateIso) return a.dateIso < b.dateIso ? 1 : -1;
  if (a.dateIso && !b.dateIso) return -1;
  if (!a.dateIso && b.dateIso) return 1;
  return a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug, 'en');
}

/** The sources cited by a briefing's MDX body, resolved against the loaded sources (unknown ones are skipped: the build check reports them). */
export function briefingSources(body: string, sources: readonly Source[]): CitedSource[] {
  const bySlug = new Map(sources.map((s) => [s.slug as string, s]));
  return citedSources(body).flatMap(({ source: slug, paragraphs }) => {
    const source = bySlug.get(slug);
    if (!source) return [];
    const dateIso = stated(source.date);
    return [
      {
        slug,
        title: source.title,
        lang: source.lang,
        dir: source.dir,
        publisher: stated(source.publisher),
        dateIso,
        date: dateIso ? formatDate(dateIso) : null,
        paragraphs: paragraphs.flatMap((id) => {
          const p = source.paragraphs.find((x) => x.id === id);
          return p ? [{ id, n: p.n }] : [];
        }),
      },
    ];
  });
}
