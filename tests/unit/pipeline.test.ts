/** The orchestrator: deterministic output, nothing the user wrote touched, stale files removed, a killed run recovered. */
import { cp, lstat, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { discover } from '../../scripts/ingest/discover.ts';
import { paragraphIds } from '../../scripts/ingest/emit.ts';
import { mdxToSource } from '../../src/lib/source-mdx.ts';
import { recover } from '../../scripts/ingest/publish.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let seeds: string;
let out: string;

async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const sub of ['sources', 'raw']) {
    for (const name of await readdir(path.join(folder, sub)).catch(() => [] as string[])) files[`${sub}/${name}`] = await readFile(path.join(folder, sub, name), 'utf8');
  }
  files['ingest-report.json'] = await readFile(path.join(folder, 'ingest-report.json'), 'utf8').catch(() => '');
  return files;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-pipeline-'));
  seeds = path.join(dir, 'seeds');
  out = path.join(dir, 'content');
  await cp(path.join(root, 'seeds'), seeds, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('pipeline', () => {
  it('is deterministic: a second run writes nothing and the bytes are identical', async () => {
    const first = await ingest({ seedsDir: seeds, outDir: out });
    const before = await snapshot(out);
    const second = await ingest({ seedsDir: seeds, outDir: out });
    expect(first.written.length).toBeGreaterThan(10);
    expect(second.written).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
  });

  it('removes the generated files of an article whose seed is gone, and keeps hand-written files', async () => {
    await ingest({ seedsDir: seeds, outDir: out });
    const handWritten = path.join(out, 'sources', 'notes-by-an-editor.mdx');
    await writeFile(handWritten, '# My notes\n\nWritten by hand.\n');
    await rm(path.join(seeds, '000_87b10f4467543cc7.txt'));
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.removed.map((f) => path.basename(f)).sort()).toEqual(['pakistan-and-the-united-states-on-friday-discussed-expanding.mdx', 'pakistan-and-the-united-states-on-friday-discussed-expanding.txt']);
    expect(await readFile(handWritten, 'utf8')).toBe('# My notes\n\nWritten by hand.\n');
  });

  it('never changes seeds or sidecars', async () => {
    // Every file of the corpus folder: articles, sidecars, sourcebook.yaml, briefings and the registry.
    const files = async () => (await readdir(seeds, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(seeds, path.join(e.parentPath, e.name))).sort();
    const before = await Promise.all((await files()).map(async (n) => [n, await readFile(path.join(seeds, n), 'utf8')]));
    expect(before.map(([n]) => n)).toEqual(expect.arrayContaining(['sourcebook.yaml', 'briefings/the-islamabad-meeting-of-31-october-2025.mdx', 'entities/people.yaml']));
    await ingest({ seedsDir: seeds, outDir: out });
    const after = await Promise.all((await files()).map(async (n) => [n, await readFile(path.join(seeds, n), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('recovers from a run killed halfway: previous files intact, leftovers cleaned, the next run completes', async () => {
    await ingest({ seedsDir: seeds, outDir: out });
    const before = await snapshot(out);
    // What a kill between "write temp file" and "rename" leaves behind.
    await writeFile(path.join(out, 'sources', 'half-written.mdx.12345.tmp'), '---\nslug: trunc');
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.removed.map((f) => path.basename(f))).toEqual(['half-written.mdx.12345.tmp']);
    expect(await snapshot(out)).toEqual(before);
  });

  it('rejects an invalid sidecar naming it, and publishes the rest', async () => {
    await writeFile(path.join(seeds, '000_87b10f4467543cc7.txt.meta.yaml'), 'publisher: X\npublishr: typo\n');
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect(run.rejected).toEqual([{ file: '000_87b10f4467543cc7.txt', reason: expect.stringMatching(/^sidecar 000_87b10f4467543cc7\.txt\.meta\.yaml is invalid: unknown key\(s\) publishr/) }]);
    expect(run.accepted).toHaveLength(4);
  });

  it('keeps paragraph ids stable when other paragraphs change', () => {
    const a = paragraphIds(['First paragraph.', 'Second paragraph.', 'Third.']);
    const b = paragraphIds(['First paragraph, edited.', 'Second paragraph.', 'Third.']);
    expect(b[1]!.id).toBe(a[1]!.id);
    expect(b[0]!.id).not.toBe(a[0]!.id);
    expect(b.map((p) => p.n)).toEqual([1, 2, 3]);
  });

  it('never moves a published source: a copy added later leaves its slug, paragraph ids and page as they were', async () => {
    const file = '000_87b10f4467543cc7.txt';
    const first = await ingest({ seedsDir: seeds, outDir: out });
    const slug = first.accepted.find((a) => a.file === file)!.slug;
    const before = await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8');
    // An exact copy whose name sorts first, so no rule by file name alone could keep the original's slug.
    await cp(path.join(seeds, file), path.join(seeds, '0000 copy.txt'));
    const second = await ingest({ seedsDir: seeds, outDir: out });
    expect(second.accepted.find((a) => a.file === file)!.slug).toBe(slug);
    expect(await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8')).toBe(before);
    const copy = mdxToSource(await readFile(path.join(out, 'sources', `${second.accepted.find((a) => a.file === '0000 copy.txt')!.slug}.mdx`), 'utf8'));
    expect(copy.slug).not.toBe(slug);
    expect(copy.duplicateOf).toBe(slug);
    expect(copy.paragraphs.map((p) => p.id)).toEqual(mdxToSource(before).paragraphs.map((p) => p.id));
    // And the copy going again changes nothing for the original.
    await rm(path.join(seeds, '0000 copy.txt'));
    await ingest({ seedsDir: seeds, outDir: out });
    expect(await readFile(path.join(out, 'sources', `${slug}.mdx`), 'utf8')).toBe(before);
  });

  it('gives colliding titles slugs from each file alone, whatever else is in the folder', async () => {
    const article = (n: number) => `Chromite output rises\n\nQUETTA: Chromite output rose in the ${n}th month, officials in Muslim Bagh said on Monday, citing new ${n} licences.\n`;
    await writeFile(path.join(seeds, 'b.txt'), article(1));
    await writeFile(path.join(seeds, 'c.txt'), article(2));
    const alone = await ingest({ seedsDir: seeds, outDir: out, cache: false });
    const slugOf = (r: typeof alone, f: string) => r.accepted.find((a) => a.file === f)!.slug;
    expect(slugOf(alone, 'b.txt')).toBe('chromite-output-rises');
    // A fresh output folder, and a third claimant whose name sorts first: the suffix of c.txt is still its own.
    await writeFile(path.join(seeds, 'a.txt'), article(3));
    const fresh = await ingest({ seedsDir: seeds, outDir: path.join(dir, 'fresh') });
    expect(slugOf(fresh, 'c.txt')).toBe(slugOf(alone, 'c.txt'));
    expect(new Set(fresh.accepted.map((a) => a.slug)).size).toBe(fresh.accepted.length);
  });

  it('finds nested folders and does not mistake sidecars for articles', async () => {
    await mkdir(path.join(seeds, 'more'));
    await writeFile(path.join(seeds, 'more', 'extra.txt'), 'Extra\n\nQUETTA: An extra article about chromite mining in Balochistan.\n');
    const found = await discover(seeds);
    expect(found.inputs.map((i) => i.file)).toContain('more/extra.txt');
    expect(found.inputs.some((i) => i.file.endsWith('.meta.yaml'))).toBe(false);
  });
});

describe('the ingest command', () => {
  it('exits non-zero with --strict when a file is rejected, and zero without it', async () => {
    await writeFile(path.join(seeds, 'empty.txt'), '');
    const node = path.join(root, 'node_modules/.bin/node');
    const lax = spawnSync(node, ['scripts/ingest.ts', '--seeds', seeds, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(lax.status).toBe(0);
    expect(lax.stdout).toMatch(/empty\.txt\s+REJECTED\s+empty file/);
    const strict = spawnSync(node, ['scripts/ingest.ts', '--seeds', seeds, '--out', out, '--strict'], { cwd: root, encoding: 'utf8' });
    expect(strict.status).toBe(1);
  });
});

describe('the committed content', () => {
  it('is what the ingest makes of seeds/ today (run `npm run ingest` and commit content/ when this fails)', async () => {
    await ingest({ seedsDir: path.join(root, 'seeds'), outDir: out });
    const fresh = await snapshot(out);
    const committed = await snapshot(path.join(root, 'content'));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, text] of Object.entries(fresh)) expect(committed[name], name).toBe(text);
  });
});

describe('atomic publication', () => {
  it('swaps the target of a content folder that is a symbolic link, keeping the link', async () => {
    const real = path.join(dir, 'real-content');
    await mkdir(real);
    await symlink(real, out);
    const run = await ingest({ seedsDir: seeds, outDir: out });
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect((await readdir(path.join(real, 'sources'))).length).toBe(run.accepted.length);
    expect((await readdir(dir)).filter((n) => n.includes('.ingest-'))).toEqual([]);
  });

  it('writes in place when asked (the dev server, whose watcher follows the folders), leaving the folder itself where it was', async () => {
    await ingest({ seedsDir: seeds, outDir: out });
    const inode = (await lstat(path.join(out, 'sources'))).ino;
    await writeFile(path.join(seeds, 'extra.txt'), 'Extra report\n\nQUETTA: An extra article about chromite mining in Balochistan, officials said.\n');
    const run = await ingest({ seedsDir: seeds, outDir: out, atomic: false });
    expect(run.accepted).toHaveLength(6);
    expect((await lstat(path.join(out, 'sources'))).ino).toBe(inode);
    expect((await readdir(dir)).filter((n) => n.includes('.ingest-'))).toEqual([]);
  });

  it('completes a swap that a kill interrupted between its two renames', async () => {
    await ingest({ seedsDir: seeds, outDir: out });
    const before = await snapshot(out);
    // What a kill right after "content → content.ingest-old" leaves: the old folder aside, the complete stage beside it.
    await cp(out, `${out}.ingest-next`, { recursive: true });
    await rename(out, `${out}.ingest-old`);
    await recover(out);
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(dir)).filter((n) => n.includes('.ingest-'))).toEqual([]);
  });
});

describe('pipeline: evidence across the corpus', () => {
  // Two different stories (not copies, which are no evidence) from one outlet.
  const ledes = [
    'Officials said on Monday that divers had cleared part of the wreckage from the river and that ships would pass again within weeks.\n\nThe mayor said the port workers would be paid while the channel stayed closed.',
    'The governor asked lawmakers on Thursday for emergency money to rebuild the bridge, which carried thirty thousand cars a day across the harbour.\n\nEngineers expect the design work alone to take more than a year, a state official told reporters.',
  ];
  const story = (n: number, outlet: string, tail: string) => `Harbour story number ${n} of the week\n\n${outlet}\n\n${ledes[n - 1]}\n\n${tail}\n`;

  it('removes a line one publisher prints under several articles, and puts it back when it no longer repeats, with cached files', async () => {
    await rm(seeds, { recursive: true });
    await mkdir(seeds);
    const tail = 'Harbor Ledger tips desk 555-0100';
    await writeFile(path.join(seeds, 'a.txt'), story(1, 'Harbor Ledger', tail));
    await writeFile(path.join(seeds, 'b.txt'), story(2, 'Harbor Ledger', tail));
    await ingest({ seedsDir: seeds, outDir: out });
    const read = async (file: string) => mdxToSource(await readFile(path.join(out, 'sources', file), 'utf8'));
    const slugs = await readdir(path.join(out, 'sources'));
    const first = await read(slugs[0]!);
    expect(first.paragraphs.map((p) => p.text)).not.toContain(tail);
    expect(first.changes).toContainEqual({ rule: 'corpus-boilerplate', before: tail, after: 'printed in 2 articles of harbor ledger' });
    // Re-ingesting the unchanged corpus writes nothing.
    const again = await ingest({ seedsDir: seeds, outDir: out });
    expect(again.written).toEqual([]);
    // b.txt changes; a.txt comes from the cache, and its line is article text again.
    await writeFile(path.join(seeds, 'b.txt'), story(2, 'Harbor Ledger', 'Reporting by the night desk'));
    const third = await ingest({ seedsDir: seeds, outDir: out });
    expect(third.reused).toBeGreaterThan(0);
    const a = (await Promise.all((await readdir(path.join(out, 'sources'))).map(read))).find((s) => s.file === 'a.txt')!;
    expect(a.paragraphs.map((p) => p.text)).toContain(tail);
  });
});

describe('a large folder', () => {
  it('is ingested on several threads into exactly what one thread makes, a bad file rejected in its place', async () => {
    const { generateCorpus } = await import('../../scripts/bench/generate.ts');
    const big = path.join(dir, 'big');
    await mkdir(big);
    for (const f of generateCorpus(40, 3).files) await writeFile(path.join(big, f.name), f.data);
    // A page with no article in it, among the others: rejected by the per-file stages.
    await writeFile(path.join(big, '017_navigation-only.html'), '<html><head><title>x</title></head><body><nav>Home | News</nav></body></html>');
    const many = await ingest({ seedsDir: big, outDir: path.join(dir, 'many') });
    expect(many.workers).toBeGreaterThan(1);
    expect(many.rejected).toEqual([{ file: '017_navigation-only.html', reason: 'no article text found in the web page' }]);
    const single = await ingest({ seedsDir: big, outDir: path.join(dir, 'one'), workers: 1 });
    expect(single.workers).toBe(1);
    expect(single.accepted).toEqual(many.accepted);
    expect(await snapshot(path.join(dir, 'many'))).toEqual(await snapshot(path.join(dir, 'one')));
  }, 120_000);
});
