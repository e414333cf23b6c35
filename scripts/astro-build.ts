/**
 * The build's astro stage in a process of its own (started by scripts/build.ts),
 * so that the memory Astro holds when it finishes (the rendered site's modules,
 * the knowledge of every source) is returned before Pagefind indexes the site.
 *
 *   node scripts/astro-build.ts <root> [--cache-dir DIR] [--rss-file FILE]
 *
 * Reads the same environment as the build (SOURCEBOOK_CONTENT, SOURCEBOOK_DIST,
 * SOURCEBOOK_BASE, SOURCEBOOK_SITE). With --rss-file, writes its peak resident
 * memory in kilobytes, its CPU time in milliseconds and the pages it rendered and
 * kept from the previous build there (`<kB> <ms> <rendered> <kept>`).
 *
 * Astro's incremental build (astro.config.mjs) keeps its manifest and a copy of
 * every keyed page in the cache folder (--cache-dir, default node_modules/.astro):
 * a page whose cacheKey (src/lib/pages/cache-key.ts) and modules are unchanged is
 * copied from there instead of rendered. The counts come from Astro's log
 * (scripts/astro-page-count.ts); scripts/build.ts prints them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';
import { pageCount } from './astro-page-count.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { 'cache-dir': { type: 'string' }, 'rss-file': { type: 'string' } },
});
try {
  await build({
    root: path.resolve(positionals[0] ?? '.'),
    // Info reaches the log handler, which counts the pages and shows warnings and errors only, as before.
    logLevel: 'info',
    logger: { entrypoint: pathToFileURL(path.join(import.meta.dirname, 'astro-page-count.ts')), config: { level: 'warn' } },
    ...(values['cache-dir'] ? { cacheDir: path.resolve(values['cache-dir']) } : {}),
  });
} catch (error) {
  // The message names the file and the reason (e.g. a briefing citation that does not resolve); the stack is for DEBUG=1.
  console.error(process.env.DEBUG ? ((error as Error).stack ?? String(error)) : `astro build: ${(error as Error).message}`);
  process.exitCode = 1;
}
if (values['rss-file']) {
  const cpu = process.cpuUsage();
  writeFileSync(values['rss-file'], `${process.resourceUsage().maxRSS} ${(cpu.user + cpu.system) / 1000} ${pageCount.rendered} ${pageCount.kept}`);
}
