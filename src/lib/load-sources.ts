/**
 * Reads every generated `content/sources/*.mdx` into validated Source data.
 * Used by the content collection; no MDX is compiled or evaluated.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mdxToSource } from './source-mdx.ts';
import type { Source } from '../schemas/source.ts';
import { contentPath } from './paths.ts';

/** Load all sources from `dir` (default: the content folder's sources/), sorted by slug. Throws naming the file on invalid input. */
export async function loadSources(dir: string = contentPath('sources')): Promise<Source[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  } catch (error) {
    throw new Error(`Cannot read ${dir}: run \`npm run ingest\` first`, { cause: error });
  }
  return Promise.all(names.map(async (name) => mdxToSource(await readFile(path.join(dir, name), 'utf8'), path.join(dir, name))));
}
