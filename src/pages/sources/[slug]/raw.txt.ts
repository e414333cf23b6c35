/**
 * /sources/<slug>/raw.txt: the article's text as received (decoded to UTF-8,
 * otherwise untouched), from content/raw/<slug>.txt written by the ingest.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { contentPath } from '../../../lib/paths.ts';
import { pageKey } from '../../../lib/pages/cache-key.ts';

/** The text as received, from the file the ingest wrote. */
async function rawText(slug: string): Promise<string> {
  const file = contentPath('raw', `${slug}.txt`);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${file}, the original text of source ${slug}: run \`npm run ingest\` again`, { cause: error });
  }
}

// Keyed by the text it writes.
export const getStaticPaths = (async () =>
  Promise.all((await getCollection('sources')).map(async (entry) => ({ params: { slug: entry.data.slug }, cacheKey: pageKey('raw', await rawText(entry.data.slug)) })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await rawText(params.slug!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
