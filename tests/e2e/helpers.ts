/** Shared helpers for the browser tests: the expected data comes from content/sources. */
import { loadSources } from '../../src/lib/load-sources.ts';
import type { Source } from '../../src/schemas/source.ts';

let cached: Promise<Source[]> | undefined;

/** Every source the site was built from (content/sources/*.mdx), sorted by slug. */
export function sources(): Promise<Source[]> {
  cached ??= loadSources();
  return cached;
}

/** Path of a source page relative to the site base (no leading slash, so the base is kept). */
export function sourcePath(slug: string): string {
  return `sources/${slug}/`;
}

/** Sources whose title or text mentions `word` (case-insensitive). */
export async function sourcesMentioning(word: string): Promise<Source[]> {
  const needle = word.toLowerCase();
  return (await sources()).filter(
    (s) => s.title.toLowerCase().includes(needle) || s.paragraphs.some((p) => p.text.toLowerCase().includes(needle)),
  );
}
