/**
 * Golden files for the ingest: each seed and each fixture case in
 * tests/fixtures/ingest/<case>/input.* has its expected MDX beside it.
 * Regenerate with `UPDATE=1 npm run test:unit`, then review the diff.
 */
import { RESERVED } from '../../src/lib/corpus.ts';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it, expect, afterAll } from 'vitest';
import { expectGolden } from '../helpers/golden.ts';
import { mdxToSource } from '../../src/lib/source-mdx.ts';
import { ingestFiles, type IngestRun } from '../helpers/ingest-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.join(root, 'seeds');
const casesDir = path.join(root, 'tests/fixtures/ingest');

const seedFiles = (await readdir(seedsDir)).filter((f) => !f.startsWith('.') && !RESERVED.has(f));
const cases = (await readdir(casesDir).catch(() => [] as string[])).sort();

describe('ingest of the default corpus', async () => {
  const run = await ingestFiles(Object.fromEntries(seedFiles.map((f) => [f, path.join(seedsDir, f)])));
  afterAll(() => run.cleanup());

  it('accepts all five seeds and rejects nothing', () => {
    expect(run.accepted.map((a) => a.file)).toEqual(seedFiles.filter((f) => f.endsWith('.txt')));
    expect(run.rejected).toEqual([]);
  });

  it('keeps what the seeds state and invents nothing they do not', async () => {
    const fm = (file: string) => {
      const slug = run.accepted.find((a) => a.file === file)!.slug;
      return mdxToSource(run.mdx.get(`${slug}.mdx`)!, `${slug}.mdx`);
    };
    expect(fm('001_4f9bc7997759fc66.txt').publisher.value).toBe('Daily Times');
    expect(fm('003_1967e6590f57c097.txt')).toMatchObject({ publisher: { value: 'The Media Line' }, url: { value: expect.stringContaining('themedialine.org') } });
    // 004 is a copy naming dawn.com as its source, republished on 3 February 2026: the two stay apart.
    expect(fm('004_377e3428134ceef2.txt')).toMatchObject({ publisher: { value: 'dawn.com' }, date: { value: null }, republished: { by: { value: null }, date: { value: '2026-02-03' } } });
    for (const file of ['000_87b10f4467543cc7.txt', '002_63c00f03cbfa2f43.txt']) {
      expect(fm(file)).toMatchObject({ publisher: { value: null, from: null }, date: { value: null, from: null } });
    }
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
