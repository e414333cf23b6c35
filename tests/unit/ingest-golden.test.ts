/**
 * Golden files for the ingest: each seed and each fixture case in
 * tests/fixtures/ingest/<case>/input.* has its expected MDX beside it.
 * Regenerate with `UPDATE=1 npm run test:unit`, then review the diff.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, expect, afterAll } from 'vitest';
import { expectGolden } from '../helpers/golden.ts';
import { ingestFiles, type IngestRun } from '../helpers/ingest-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.join(root, 'seeds');
const casesDir = path.join(root, 'tests/fixtures/ingest');

// Articles and sidecars only: the corpus's briefings/ and entities/ folders are not ingested.
const seedFiles = (await readdir(seedsDir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
const cases = (await readdir(casesDir).catch(() => [] as string[])).sort();

describe('ingest of the default corpus', async () => {
  const run = await ingestFiles(Object.fromEntries(seedFiles.map((f) => [f, path.join(seedsDir, f)])));
  afterAll(() => run.cleanup());

  it('accepts all five seeds and rejects nothing', () => {
    expect(run.accepted.map((a) => a.file)).toEqual(seedFiles.filter((f) => f.endsWith('.txt')));
    expect(run.rejected).toEqual([]);
  });

  for (const accepted of run.accepted) {
    it(`${accepted.file} matches its golden MDX`, async () => {
      await expectGolden(run.mdx.get(`${accepted.slug}.mdx`)!, path.join(root, 'tests/fixtures/golden/seeds', `${accepted.file}.mdx`));
    });
  }
});

describe('ingest of the fixture cases', () => {
  const runs: IngestRun[] = [];
  afterAll(() => Promise.all(runs.map((r) => r.cleanup())));
  for (const name of cases) {
    it(`${name} matches its golden MDX`, async () => {
      const input = (await readdir(path.join(casesDir, name))).find((f) => f.startsWith('input.'))!;
      const run = await ingestFiles({ [input]: path.join(casesDir, name, input) });
      runs.push(run);
      const actual = run.accepted[0] ? run.mdx.get(`${run.accepted[0].slug}.mdx`)! : `rejected: ${run.rejected[0]?.reason}\n`;
      await expectGolden(actual, path.join(casesDir, name, 'expected.mdx'));
    });
  }
});
