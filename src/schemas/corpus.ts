/**
 * A corpus's own settings, `<corpus>/sourcebook.yaml`: what the site is called,
 * where it is published and which domain packs it turns on. Every key is
 * optional; a folder of articles with no config builds as it is.
 */
import { z } from 'zod';

/** Domain packs a corpus can turn on (topic knowledge kept as data, src/lib/knowledge/packs/). */
export const PACKS = ['minerals', 'pakistan'] as const;
/** The name of a domain pack. */
export type PackName = (typeof PACKS)[number];

export const CorpusConfig = z.strictObject({
  /** The site's name, shown in the header, the page titles and the feed. */
  title: z.string().min(1).optional(),
  /** One sentence saying what the corpus is about; the home page and feed description. */
  description: z.string().min(1).optional(),
  /** The public address the site is served from (scheme, host and any path prefix), e.g. https://news.example.com/minerals/. */
  site: z.url({ protocol: /^https?$/ }).optional(),
  /** BCP 47 language tag of the articles and the site (default en). */
  lang: z.string().min(2).optional(),
  /** Domain packs to turn on, e.g. [minerals]. */
  packs: z.array(z.enum(PACKS)).default([]),
});
export type CorpusConfig = z.infer<typeof CorpusConfig>;
