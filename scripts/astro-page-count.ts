/**
 * A log handler for the astro stage (scripts/astro-build.ts): Astro's own console output at the level asked for
 * (`config.level`, default warn), and a count of the pages it generated: rendered, or kept from the previous build
 * by the incremental build (astro.config.mjs `experimental.incrementalBuild`; it logs those as "(cached)" or
 * "(restored)", the rendered ones with their render time "(+12ms)"). Astro loads this module by its path
 * (`logger.entrypoint`); astro-build.ts imports the same module and reads `pageCount` when the build is done.
 */
import nodeLog, { type NodeHandlerConfig } from 'astro/logger/node';

/** Pages (and endpoint files) Astro generated in this process: rendered, or kept from the previous build. */
export const pageCount = { rendered: 0, kept: 0 };

type Destination = ReturnType<typeof nodeLog>;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export default function pageCountingLog(config: NodeHandlerConfig = {}): Destination {
  const console = nodeLog({ level: config.level ?? 'warn' });
  return {
    write(event) {
      if (event.label === 'SKIP_FORMAT' && event.level === 'info') {
        const text = event.message.replace(ANSI, '').trim();
        if (text === '(cached)' || text === '(restored)') pageCount.kept++;
        else if (text.startsWith('(+')) pageCount.rendered++;
      }
      console.write(event);
    },
  };
}
