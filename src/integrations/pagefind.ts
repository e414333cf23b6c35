/**
 * Search indexing: runs Pagefind over the built site (after `astro build`) and
 * writes the search bundle to `<siteDir>/pagefind/`.
 *
 * Only pages with a `data-pagefind-body` element are indexed (sources,
 * briefings, entity pages: the convention is in src/components/SearchMeta.astro).
 *
 * One index for every language (`forceLanguage`): the search page finds an
 * article whatever its language, and sorting by date is exact (Pagefind sorts
 * separate language indexes each on its own). Briefings' citation markers
 * (`.cite-ref`, e.g. "[Daily Times, ¶ 3]") are left out of the text.
 *
 * Called by scripts/build.ts; can also be run directly:
 *   node src/integrations/pagefind.ts dist
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE } from '../lib/site.ts';

/** Index options: one index in the site's language; citation markers left out. */
export const INDEX_OPTIONS = { forceLanguage: SITE.lang, excludeSelectors: ['.cite-ref'] };

/** What `indexSite` did. */
export interface IndexResult {
  /** Pages in the written index (those with `data-pagefind-body`), all languages. */
  pages: number;
  /** Wall time in milliseconds. */
  ms: number;
}

/** Await one Pagefind call; turn a rejection or a non-empty `errors` list into an Error naming the step. */
async function step<T extends { errors: string[] }>(name: string, call: () => Promise<T | undefined>): Promise<T> {
  let response: T | undefined;
  try {
    response = await call();
  } catch (error) {
    throw new Error(`Pagefind ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!response) throw new Error(`Pagefind ${name} failed: no response`);
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${name} failed: ${response.errors.join('; ')}`, { cause: response.errors });
  }
  return response;
}

/** Pages per language recorded in the written bundle's `pagefind-entry.json`, summed. */
async function indexedPages(outputPath: string): Promise<number> {
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(await readFile(entryFile, 'utf8')) as typeof entry;
  } catch (error) {
    throw new Error(`Pagefind wrote no readable ${entryFile}`, { cause: error });
  }
  return Object.values(entry.languages ?? {}).reduce((sum, lang) => sum + (lang.page_count ?? 0), 0);
}

/**
 * Index the built site in `siteDir` (e.g. `dist`) and write the bundle to
 * `<siteDir>/pagefind/`, replacing any previous bundle.
 */
export async function indexSite(siteDir: string): Promise<IndexResult> {
  const started = performance.now();
  const site = path.resolve(siteDir);
  const outputPath = path.join(site, 'pagefind');
  const info = await stat(site).catch((error: unknown) => {
    throw new Error(`Cannot index ${site}: the folder does not exist (run \`astro build\` first)`, { cause: error });
  });
  if (!info.isDirectory()) throw new Error(`Cannot index ${site}: not a folder`);
  try {
    await rm(outputPath, { recursive: true, force: true });
    const { index } = await step('createIndex', () => pagefind.createIndex(INDEX_OPTIONS));
    if (!index) throw new Error('Pagefind createIndex failed: no index returned');
    const { page_count: files } = await step(`addDirectory(${site})`, () => index.addDirectory({ path: site }));
    if (files === 0) throw new Error(`Pagefind found no HTML pages in ${site}`);
    await step(`writeFiles(${outputPath})`, () => index.writeFiles({ outputPath }));
    const pages = await indexedPages(outputPath);
    return { pages, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { pages, ms } = await indexSite(dir);
  console.log(`Pagefind: indexed ${pages} page(s) from ${dir} in ${ms} ms`);
}
