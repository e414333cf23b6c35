/**
 * Where the site reads its corpus and generated content (src/lib/corpus.ts):
 * the corpus folder is SOURCEBOOK_SEEDS (default the project's seeds/), the
 * content folder SOURCEBOOK_CONTENT, else that corpus's own (content/ for the
 * default corpus). The build sets all three when told `--seeds DIR`.
 */
import path from 'node:path';
import { corpusPaths } from './corpus.ts';

/** The content folder (absolute): generated sources, raw texts, the ingest report and caches. */
export const contentDir = (): string => corpusPaths().content;

/** A path inside the content folder. */
export const contentPath = (...parts: string[]): string => path.join(contentDir(), ...parts);

/** The corpus folder (absolute): articles, sidecars, sourcebook.yaml, briefings/, entities/. */
export const corpusDir = (): string => corpusPaths().seeds;

/** A path inside the corpus folder. */
export const corpusPath = (...parts: string[]): string => path.join(corpusDir(), ...parts);
