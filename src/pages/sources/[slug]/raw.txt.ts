/**
 * /sources/<slug>/raw.txt: the article's text as received (decoded to UTF-8,
 * otherwise untouched), from content/raw/<slug>.txt written by the ingest.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { contentPath } from '../../../lib/paths.ts';

export const getStaticPaths = (async () => (await getCollection('sources')).map((entry) => ({ params: { slug: entry.data.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = contentPath('raw', `${params.slug}.txt`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${file}, the original text of source ${params.slug}: run \`npm run ingest\` again`, { cause: error });
  }
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
