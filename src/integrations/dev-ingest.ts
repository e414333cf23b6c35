/**
 * `astro dev` only: runs the ingest when the dev server starts and again
 * whenever a file in the seeds folder (SOURCEBOOK_SEEDS, default `seeds`)
 * changes — an article or its `.meta.yaml` sidecar — debounced, one run at a
 * time. The ingest writes the content folder; the sources collection re-reads
 * it (src/lib/sources-loader.ts) and written briefings are watched by their
 * own loader.
 *
 * The knowledge layer (`loadKnowledge()`) and the page models built on it are
 * memoised per process, which is right for a build but stale in dev. When the
 * content folder's sources or entity registry change, this integration marks
 * the knowledge module as changed in Vite, exactly as if it had been edited:
 * Astro invalidates it and every module that imports it, and the browser
 * reloads, so the next request recomputes the knowledge once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, corpusDir } from '../lib/paths.ts';

/** Quiet time after the last change before acting (editors save in several steps). */
const DEBOUNCE_MS = 200;

/** The module holding the memoised knowledge; "changing" it resets every memo built on it. */
const KNOWLEDGE_MODULE = fileURLToPath(new URL('../lib/knowledge/index.ts', import.meta.url));

/** True when `file` is inside `dir`. */
const inside = (dir: string, file: string) => {
  const rel = path.relative(dir, path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** Run `task` after `ms` of quiet; never two at once (a change during a run schedules one more run). */
function debounced(ms: number, task: () => Promise<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };
}

export default function devIngest(): AstroIntegration {
  return {
    name: 'sourcebook-dev-ingest',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const seeds = corpusDir();
        const content = contentDir();
        // The registry lives in the corpus folder but is not an article: a change there only refreshes the knowledge.
        const registry = path.join(seeds, 'entities');
        const watched = [path.join(content, 'sources'), registry];

        // Loaded here, not at the top: `astro build` never needs it (scripts/build.ts runs the ingest itself).
        const { ingest } = await import('../../scripts/ingest/pipeline.ts');
        const runIngest = async () => {
          const started = performance.now();
          try {
            // In place, not swapped: the watcher below follows content/sources, which a swap would replace.
            const report = await ingest({ seedsDir: seeds, outDir: content, atomic: false });
            const changed = report.written.length + report.removed.length;
            logger.info(
              `ingest: ${report.accepted.length} accepted, ${report.rejected.length} rejected; ${changed} file(s) written or removed in ${Math.round(performance.now() - started)} ms`,
            );
            for (const r of report.rejected) logger.warn(`rejected ${r.file}: ${r.reason}`);
          } catch (error) {
            logger.error(`ingest failed: ${(error as Error).message}`);
          }
        };
        const reingest = debounced(DEBOUNCE_MS, runIngest);

        const refreshKnowledge = debounced(DEBOUNCE_MS, async () => {
          // Vite handles this as an edit of the knowledge module: it and its importers are re-run on the next request.
          server.watcher.emit('change', KNOWLEDGE_MODULE);
        });

        server.watcher.add([seeds, ...watched]);
        const onEvent = (file: string) => {
          if (watched.some((dir) => inside(dir, file))) refreshKnowledge();
          else if (inside(seeds, file) && !inside(path.join(seeds, 'briefings'), file)) reingest();
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent);

        // Start from content that matches the seeds (the ingest cache makes this quick when nothing changed).
        await runIngest();
      },
    },
  };
}
