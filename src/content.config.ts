/** Content collections: generated sources (parsed as data, never compiled). */
import { defineCollection } from 'astro:content';
import { Source } from './schemas/source.ts';
import { loadSources } from './lib/load-sources.ts';

const sources = defineCollection({
  loader: async () => (await loadSources()).map((source) => ({ id: source.slug, ...source })),
  schema: Source,
});

export const collections = { sources };
