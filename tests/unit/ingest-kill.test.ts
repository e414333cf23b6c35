/**
 * A killed ingest never leaves a mix: the ingest command is started on a generated corpus of 500
 * articles that changes every article, killed with SIGKILL at points spread over its run,
 * and the content folder must then be exactly the previous state or exactly the new one.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { recover } from '../../scripts/ingest/publish.ts';

const root = path.resolve(import.meta.dirname, '../..');
const node = path.join(root, 'node_modules/.bin/node');
const ARTICLES = 500;
let dir: string;

/** Article `i` of corpus version `v`: every article's text differs between versions. */
function article(i: number, v: number): string {
  return [
    `Survey block ${i} reviewed in version ${v}`,
    '',
    `QUETTA: Officials said survey block ${i} covers about ${(i * 37) % 900 + 100 + v} square kilometres of the Chagai district, version ${v} of the report says.`,
    '',
    `The licence for block ${i} will be reviewed within ${(i % 11) + 1 + v} months, according to the provincial mines department.`,
  ].join('\n');
}

async function corpus(folder: string, v: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < ARTICLES; i++) await writeFile(path.join(folder, `article-${String(i).padStart(4, '0')}.txt`), article(i, v));
}

/** A hash of every file in the folder (names and bytes), or null when it does not exist. */
async function state(folder: string): Promise<string | null> {
  if (!existsSync(folder)) return null;
  const h = createHash('sha256');
  const entries = (await readdir(folder, { withFileTypes: true, recursive: true })).filter((e) => e.isFile());
  for (const e of entries.map((e) => path.join(e.parentPath, e.name)).sort()) {
    h.update(`${path.relative(folder, e)}\0`);
    h.update(await readFile(e));
  }
  return h.digest('hex');
}

const run = (seeds: string, out: string) => spawnSync(node, ['scripts/ingest.ts', '--seeds', seeds, '--out', out], { cwd: root, encoding: 'utf8' });

let oldState: string;
let newState: string;
let fullMs: number;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-kill-'));
  await corpus(path.join(dir, 'v1'), 1);
  await corpus(path.join(dir, 'v2'), 2);
  expect(run(path.join(dir, 'v1'), path.join(dir, 'old')).status).toBe(0);
  oldState = (await state(path.join(dir, 'old')))!;
  await cp(path.join(dir, 'old'), path.join(dir, 'new'), { recursive: true });
  const started = performance.now();
  expect(run(path.join(dir, 'v2'), path.join(dir, 'new')).status).toBe(0);
  fullMs = performance.now() - started;
  newState = (await state(path.join(dir, 'new')))!;
  expect(newState).not.toBe(oldState);
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('an ingest killed at any moment', () => {
  it('leaves the previous content or the new one, never a mix', async () => {
    const seen: string[] = [];
    // Kill points: once the stage beside the content folder exists (the run is past discovery), then later and later.
    for (const extra of [0, 0.2, 0.5, 0.8, 1.2]) {
      const out = path.join(dir, `killed-${extra}`);
      await cp(path.join(dir, 'old'), out, { recursive: true });
      const child = spawn(node, ['scripts/ingest.ts', '--seeds', path.join(dir, 'v2'), '--out', out], { cwd: root, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const started = performance.now();
      while (!existsSync(`${out}.ingest-next`) && child.exitCode === null && performance.now() - started < fullMs * 3) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, extra * fullMs));
      const staged = existsSync(`${out}.ingest-next`) ? (await readdir(path.join(`${out}.ingest-next`, 'sources')).catch(() => [])).length : -1;
      child.kill('SIGKILL');
      await exited;
      let after = await state(out);
      // Killed between the swap's two renames, the folder is briefly absent; the next run's recover() completes the swap.
      if (after === null) {
        await recover(out);
        after = await state(out);
      }
      expect([oldState, newState], `killed ${extra} of a run after the stage appeared`).toContain(after);
      seen.push(`+${extra}: ${after === oldState ? 'old' : 'new'}${staged >= 0 ? ` (stage had ${staged} files)` : ''}`);
      // And the next run finishes the job, leaving nothing beside the content folder.
      expect(run(path.join(dir, 'v2'), out).status).toBe(0);
      expect(await state(out)).toBe(newState);
      expect(existsSync(`${out}.ingest-next`) || existsSync(`${out}.ingest-old`)).toBe(false);
      await rm(out, { recursive: true, force: true });
    }
    console.log(`kills after the stage appeared, as a share of a ${Math.round(fullMs)} ms run → state left: ${seen.join('; ')}`);
    // At least one kill landed while the new corpus was being written (else the test proved little).
    expect(seen.filter((s) => s.includes('old') && s.includes('stage had')).length, seen.join('; ')).toBeGreaterThan(0);
  }, 600_000);
});
