/**
 * A corpus is a folder the user owns (src/lib/corpus.ts): where it builds to, its config, and a real build of a
 * second corpus that leaves the default corpus and every tracked file of the checkout as they were.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFolder, corpusPaths, readCorpusConfig, siteUrl } from '../../src/lib/corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const second = path.join(root, 'tests/fixtures/second-corpus');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

async function tempCorpus(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-corpus-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** sha256 of every file under `dir`, by relative path. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out[path.relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return out;
}

describe('where a corpus builds', () => {
  it('the default corpus builds into content/ and dist/', () => {
    const p = corpusPaths({}, {});
    expect(p).toEqual({ seeds: path.join(root, 'seeds'), content: path.join(root, 'content'), dist: path.join(root, 'dist'), isDefault: true });
    expect(corpusPaths({ seeds: './seeds/' }, {}).isDefault).toBe(true);
  });

  it('another folder builds into its own .sourcebook/ folder, never content/ or dist/', () => {
    const p = corpusPaths({ seeds: second }, {});
    expect(p.isDefault).toBe(false);
    expect(p.content).toBe(path.join(buildFolder(second), 'content'));
    expect(p.dist).toBe(path.join(buildFolder(second), 'dist'));
    expect(path.relative(root, p.content)).toMatch(/^\.sourcebook\/second-corpus-[0-9a-f]{8}\/content$/);
    // Two folders with the same name elsewhere do not share a build folder.
    expect(buildFolder('/tmp/a/second-corpus')).not.toBe(buildFolder('/tmp/b/second-corpus'));
  });

  it('--content and --dist, or SOURCEBOOK_CONTENT and SOURCEBOOK_DIST, say otherwise', () => {
    expect(corpusPaths({ seeds: second, content: '/tmp/c', dist: '/tmp/d' }, {})).toMatchObject({ content: '/tmp/c', dist: '/tmp/d' });
    expect(corpusPaths({}, { SOURCEBOOK_SEEDS: second, SOURCEBOOK_DIST: '/tmp/d' })).toMatchObject({ isDefault: false, dist: '/tmp/d' });
  });
});

describe('the corpus config (sourcebook.yaml)', () => {
  it('is optional: a folder of articles alone has defaults', async () => {
    expect(readCorpusConfig(second)).toEqual({ packs: [] });
  });

  it('the default corpus names itself and turns on the minerals pack, with no public URL invented', () => {
    const config = readCorpusConfig(path.join(root, 'seeds'));
    expect(config.title).toBeTruthy();
    expect(config.packs).toContain('minerals');
    expect(config.site).toBeUndefined();
  });

  it('rejects an unknown key or a bad URL, naming the file and the field', async () => {
    const dir = await tempCorpus({ 'sourcebook.yaml': 'title: Bridge\ntheme: dark\n' });
    expect(() => readCorpusConfig(dir)).toThrow(new RegExp(`${path.join(dir, 'sourcebook.yaml')}.*theme`, 's'));
    const bad = await tempCorpus({ 'sourcebook.yaml': 'site: not a url\n' });
    expect(() => readCorpusConfig(bad)).toThrow(/sourcebook\.yaml[\s\S]*site/);
    const pack = await tempCorpus({ 'sourcebook.yaml': 'packs: [astrology]\n' });
    expect(() => readCorpusConfig(pack)).toThrow(/packs/);
  });

  it('the public URL comes from SOURCEBOOK_SITE, else the config, else nowhere', async () => {
    const dir = await tempCorpus({ 'sourcebook.yaml': 'site: https://news.example.net/bridge/\n' });
    const config = readCorpusConfig(dir);
    expect(siteUrl(config, {})).toBe('https://news.example.net/bridge/');
    expect(siteUrl(config, { SOURCEBOOK_SITE: 'https://other.example.net/' })).toBe('https://other.example.net/');
    expect(siteUrl(readCorpusConfig(second), {})).toBeUndefined();
    expect(() => siteUrl(config, { SOURCEBOOK_SITE: 'ftp://x' })).toThrow(/SOURCEBOOK_SITE/);
  });
});

describe('building a second corpus', () => {
  it('builds with one command and changes no file of the default corpus or the checkout', { timeout: 300_000 }, async () => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout;
    const statusBefore = git('status', '--porcelain');
    const before = { content: await hashes(path.join(root, 'content')), seeds: await hashes(path.join(root, 'seeds')) };
    const { dist } = corpusPaths({ seeds: second }, {});
    await rm(buildFolder(second), { recursive: true, force: true });

    const env = { ...process.env };
    for (const k of ['SOURCEBOOK_SEEDS', 'SOURCEBOOK_CONTENT', 'SOURCEBOOK_DIST', 'SOURCEBOOK_SITE', 'SOURCEBOOK_BASE']) delete env[k];
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--seeds', second], { cwd: root, env, encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('No public site URL is set');
    expect(run.stdout).toContain(path.relative(root, dist));

    // The site is there, named by the site, not by the default corpus, with its three articles.
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain('>Sourcebook<');
    expect(home).not.toContain('US–Pakistan');
    expect((await readdir(path.join(dist, 'sources'))).length).toBe(3);
    // None of the default corpus's briefings (they cite sources this corpus does not have).
    expect(existsSync(path.join(dist, 'briefings', 'the-islamabad-meeting-of-31-october-2025'))).toBe(false);

    expect({ content: await hashes(path.join(root, 'content')), seeds: await hashes(path.join(root, 'seeds')) }).toEqual(before);
    expect(git('status', '--porcelain')).toBe(statusBefore);
  });
});

describe('a build that cannot go on', () => {
  it('stops at the knowledge stage on a damaged address ledger, naming the file and the reason, and leaves the file as it was', { timeout: 300_000 }, async () => {
    const seeds = await tempCorpus({ 'harbour.txt': 'Kelmouth port reopens\n\nThe Port of Kelmouth reopened on Tuesday after a week of repairs, the harbour authority said.\n' });
    const content = path.join(path.dirname(seeds), `${path.basename(seeds)}-content`);
    temps.push(content);
    await mkdir(content, { recursive: true });
    const damaged = '{"version": 1, "events": "not a record"}\n';
    await writeFile(path.join(content, 'addresses.json'), damaged);
    const env = { ...process.env };
    for (const k of ['SOURCEBOOK_SEEDS', 'SOURCEBOOK_CONTENT', 'SOURCEBOOK_DIST', 'SOURCEBOOK_SITE', 'SOURCEBOOK_BASE']) delete env[k];
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--seeds', seeds, '--content', content, '--dist', path.join(content, 'dist')], { cwd: root, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/addresses\.json is not a valid address ledger/);
    expect(run.stderr).toMatch(/build failed: the knowledge stage failed/);
    expect(run.stdout).not.toContain('▶ astro build');
    expect(await readFile(path.join(content, 'addresses.json'), 'utf8')).toBe(damaged);
  });
});
