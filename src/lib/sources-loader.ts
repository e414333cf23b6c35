/**
 * The content loader of the `sources` collection: reads every generated
 * `content/sources/*.mdx` (parsed as data, never compiled) and, in
 * `astro dev`, watches that folder and re-reads it when a file changes, is
 * added or is removed (e.g. after the dev server's ingest, see
 * src/integrations/dev-ingest.ts), so an edited seed shows up without a restart.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadSources } from './load-sources.ts';
import { contentPath } from './paths.ts';

/** How long to wait after the last change before re-reading (the ingest writes several files). */
const DEBOUNCE_MS = 150;

/** Replace the store's entries with the sources in `dir`; entries whose data did not change are kept as they are. */
async function sync({ store, parseData, generateDigest }: LoaderContext, dir: string): Promise<number> {
  const sources = await loadSources(dir);
  const seen = new Set<string>();
  for (const source of sources) {
    const id = source.slug as string;
    const data = await parseData({ id, data: { ...source } as Record<string, unknown>, filePath: path.relative(process.cwd(), path.join(dir, `${id}.mdx`)) });
    store.set({ id, data, digest: generateDigest(data) });
    seen.add(id);
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  return sources.length;
}

/** Loader for the `sources` collection (the folder defaults to the content folder's `sources/`). */
export function sourcesLoader(dir: string = contentPath('sources')): Loader {
  return {
    name: 'sourcebook-sources',
    async load(context) {
      await sync(context, dir);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(dir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> = Promise.resolve();
      const inDir = (file: string) => path.resolve(file).startsWith(path.resolve(dir) + path.sep) && file.endsWith('.mdx');
      const schedule = (file: string) => {
        if (!inDir(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(async () => {
            try {
              const n = await sync(context, dir);
              logger.info(`re-read ${n} source(s) from ${path.relative(process.cwd(), dir) || dir}`);
            } catch (error) {
              logger.error(`could not re-read the sources: ${(error as Error).message}`);
            }
          });
        }, DEBOUNCE_MS);
      };
      watcher.on('change', schedule);
      watcher.on('add', schedule);
      watcher.on('unlink', schedule);
    },
  };
}
