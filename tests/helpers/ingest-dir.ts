/** Run the real ingest over a folder of files copied into a temporary seeds folder. */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../../scripts/ingest/pipeline.ts';

export type IngestRun = Awaited<ReturnType<typeof ingest>> & { out: string; mdx: Map<string, string>; cleanup: () => Promise<void> };

/** Copy `files` (absolute path → name in the seeds folder) and ingest them into a temporary folder. */
export async function ingestFiles(files: Record<string, string>): Promise<IngestRun> {
  const root = await mkdtemp(path.join(tmpdir(), 'sourcebook-test-'));
  const seeds = path.join(root, 'seeds');
  const out = path.join(root, 'content');
  for (const [name, from] of Object.entries(files)) await cp(from, path.join(seeds, name), { verbatimSymlinks: true });
  const report = await ingest({ seedsDir: seeds, outDir: out });
  const mdx = new Map<string, string>();
  for (const name of await readdir(path.join(out, 'sources')).catch(() => [] as string[])) {
    mdx.set(name, await readFile(path.join(out, 'sources', name), 'utf8'));
  }
  return { ...report, out, mdx, cleanup: () => rm(root, { recursive: true, force: true }) };
}
