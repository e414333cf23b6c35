/** The files of a built site, for the stages that run after `astro build` (and the benchmark that measures them). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, rel) : Promise.resolve(entry.isFile() ? [rel] : []);
    }),
  );
  return nested.flat().sort();
}

/** The site's HTML pages (the search bundle left out), as POSIX paths relative to `dir`, sorted. */
export async function htmlPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/'));
}
