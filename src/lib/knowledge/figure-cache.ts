/**
 * Figures are found in each article on its own (figures.ts `extractFigures`: its
 * paragraphs and the corpus's packs, nothing from other articles), and finding
 * them is one of the knowledge stage's larger costs. The build's tag stage
 * (scripts/tags.ts) finds them in its worker threads, for the articles
 * `<content>/.figure-cache.json` does not already hold, and the knowledge stage
 * reads them (`usePrecomputedFigures`): a rebuild after one article changed
 * finds that article's figures only. Keyed by a hash of the article's slug and
 * paragraphs; the file's version is the knowledge layer's code digest and the
 * packs, so a changed rule or pack never reads old figures. An accelerator: an
 * article it lacks has its figures found in process as before.
 */
import { createHash } from 'node:crypto';
import { readCacheEntries, writeCacheEntries } from '../cache-file.ts';
import type { Figure } from '../../schemas/knowledge.ts';
import type { PackName } from '../../schemas/corpus.ts';
import type { Source } from '../../schemas/source.ts';
import { knowledgeCodeDigest } from './code-digest.ts';

export const FIGURE_CACHE_FILE = '.figure-cache.json';

/** What figures are found from: the article's slug (it is in every figure's id) and its paragraphs. */
export interface FigureSource {
  slug: Source['slug'];
  paragraphs: ReadonlyArray<Pick<Source['paragraphs'][number], 'id' | 'text'>>;
}

/** The version of the file: the code that finds figures and the packs turned on. */
export function figureCacheVersion(packs: readonly PackName[]): string {
  return `${knowledgeCodeDigest()}|${[...packs].sort().join(',')}`;
}

/** The key of an article's figures. */
export function figureKey(source: FigureSource): string {
  const hash = createHash('sha256').update(source.slug);
  for (const p of source.paragraphs) hash.update(`\0${p.id}\0${p.text}`);
  return hash.digest('base64url').slice(0, 32);
}

/** The cached figures in `file` for `version`; empty when the file is missing, unreadable or from another version. */
export async function readFigureCache(file: string, version: string): Promise<Map<string, Figure[]>> {
  return new Map(Object.entries(await readCacheEntries<Figure[]>(file, version, 'figures')));
}

/** Write the cache (keys sorted, so the same figures give the same file), atomically. */
export function writeFigureCache(file: string, version: string, figures: ReadonlyMap<string, Figure[]>): Promise<void> {
  return writeCacheEntries(file, version, 'figures', figures);
}
