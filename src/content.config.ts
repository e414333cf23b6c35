/** Content collections: generated sources (parsed as data, never compiled); written briefings (MDX). */
import { defineCollection } from 'astro:content';
import { Source } from './schemas/source.ts';
import { sourcesLoader } from './lib/sources-loader.ts';
import { BriefingFrontmatter } from './schemas/briefing.ts';
import { briefingsLoader } from './lib/briefings.ts';

/** Generated sources, content/sources/*.mdx, re-read in `astro dev` when that folder changes. */
const sources = defineCollection({
  loader: sourcesLoader(),
  schema: Source,
});

/** Written briefings, <corpus>/briefings/*.mdx; every <Cite> is checked against the sources at load time. */
const briefings = defineCollection({
  loader: briefingsLoader(),
  schema: BriefingFrontmatter,
});

export const collections = { sources, briefings };
