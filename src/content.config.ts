/** Content collections: generated sources (parsed as data, never compiled); written briefings (MDX). */
import { defineCollection } from 'astro:content';
import { Source } from './schemas/source.ts';
import { loadSources } from './lib/load-sources.ts';
import { BriefingFrontmatter } from './schemas/briefing.ts';
import { briefingsLoader } from './lib/briefings.ts';

const sources = defineCollection({
  loader: async () => (await loadSources()).map((source) => ({ id: source.slug, ...source })),
  schema: Source,
});

/** Written briefings, content/briefings/*.mdx; every <Cite> is checked against the sources at load time. */
const briefings = defineCollection({
  loader: briefingsLoader(),
  schema: BriefingFrontmatter,
});

export const collections = { sources, briefings };
