/**
 * The site's name, description, language and domain packs, from the corpus's
 * sourcebook.yaml (src/lib/corpus.ts). Server-side only: it reads the file system.
 */
import { readCorpusConfig } from './corpus.ts';
import { corpusDir } from './paths.ts';

/** The corpus's own settings (sourcebook.yaml), read once per build. */
const corpusConfig = readCorpusConfig(corpusDir());

/** Site-wide constants, from the corpus config where it states them. */
export const SITE = {
  name: corpusConfig.title ?? 'Sourcebook',
  description: corpusConfig.description ?? 'A searchable, citable collection of source articles, reproduced as published.',
  /** Language of the site's own interface text (nav, labels). */
  lang: corpusConfig.lang ?? 'en',
  /** Domain packs the corpus turns on (e.g. minerals). */
  packs: corpusConfig.packs,
};
