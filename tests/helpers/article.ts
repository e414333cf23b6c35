/** A synthetic source for the knowledge tests: a slug, a dateline, paragraphs and a date, nothing else stated. */
import type { Source } from '../../src/schemas/source.ts';

/** A source with these paragraphs (ids derived from the slug), dated `date`. */
export function article(slug: string, dateline: string | null, paragraphs: readonly string[], date = '2025-03-10'): Source {
  return {
    slug: slug as Source['slug'],
    file: `${slug}.txt`,
    title: slug,
    titleFrom: 'text',
    standfirst: null,
    publisher: { value: null, from: null },
    date: { value: date, from: 'front-matter' },
    dateline: { value: dateline, from: dateline ? 'text' : null },
    url: { value: null, from: null },
    author: { value: null, from: null },
    lang: 'en',
    dir: 'ltr',
    wordCount: 100,
    contentHash: '0'.repeat(64),
    duplicateOf: null,
    embeds: [],
    changes: [],
    paragraphs: paragraphs.map((t, i) => ({ id: `p-${slug.slice(0, 4).replace(/[^a-f0-9]/g, 'a').padEnd(4, 'a')}000${i}` as Source['paragraphs'][number]['id'], n: i + 1, text: t })),
  };
}
