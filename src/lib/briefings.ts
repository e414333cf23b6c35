/**
 * The content loader for written briefings (<corpus>/briefings/*.mdx): Astro's
 * glob loader, preceded by the citation check (src/lib/citations.ts). A
 * briefing that cites a source or paragraph that does not exist fails the
 * build (and `astro check`), naming the file and line.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { checkCitations, formatProblems, sourceIndex } from './citations.ts';
import { loadSources } from './load-sources.ts';
import { corpusPath } from './paths.ts';

/** Where written briefings live. */
export const briefingsDir = (): string => corpusPath('briefings');

/** Every `*.mdx` file under `dir`, sorted, as paths relative to `dir` (none when `dir` does not exist). */
export async function briefingFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Check the citations of every briefing in `dir`; returns `file:line: message` lines (empty when all resolve). */
export async function checkBriefings(dir: string = briefingsDir(), sourcesDir?: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const index = sourceIndex(await loadSources(sourcesDir));
  const messages: string[] = [];
  for (const file of await briefingFiles(dir)) {
    const full = path.join(dir, file);
    const shown = path.relative(process.cwd(), full) || full;
    messages.push(...formatProblems(shown, checkCitations(await readFile(full, 'utf8'), index)));
  }
  return messages;
}

/** Loader for the `briefings` collection. */
export function briefingsLoader(dir: string = briefingsDir()): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: pathToFileURL(`${dir}/`) });
  return {
    name: 'sourcebook-briefings',
    async load(context) {
      if (!existsSync(dir)) {
        // Another corpus without written briefings: the collection is empty.
        context.store.clear();
        return;
      }
      const problems = await checkBriefings(dir);
      if (problems.length > 0) {
        throw new Error(`Briefing citations that do not resolve:\n${problems.join('\n')}`);
      }
      await inner.load(context);
    },
  };
}
