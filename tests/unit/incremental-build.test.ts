/**
 * Astro's incremental build (astro.config.mjs, src/lib/pages/cache-key.ts): after one article changed, a rebuild
 * renders only the pages whose data changed, and its site is byte for byte the site a cold build of the changed
 * corpus writes. A cacheKey that leaves out something its page shows (here: the changed article's title, which
 * other pages show too) keeps a stale page, and the comparison fails.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
/** The seed article edited: its title's last words change (its slug, cut before them, does not) and a sentence is added to a paragraph. */
const ARTICLE = '002_63c00f03cbfa2f43.txt';
const OLD_TITLE = 'US turns to Pakistan amid efforts to counter China’s mining dominance';
const NEW_TITLE = 'US turns to Pakistan amid efforts to counter China’s mining dominance, officials say';

let tmp = '';
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** `node scripts/build.ts` on a corpus into its own content, site and Astro cache folders; the astro stage's page counts. */
function build(seeds: string, out: string): { rendered: number; kept: number } {
  const env = { ...process.env };
  for (const k of ['SOURCEBOOK_SEEDS', 'SOURCEBOOK_CONTENT', 'SOURCEBOOK_DIST', 'SOURCEBOOK_SITE', 'SOURCEBOOK_BASE', 'SOURCEBOOK_CACHE_DIR']) delete env[k];
  const args = ['--seeds', seeds, '--content', path.join(out, 'content'), '--dist', path.join(out, 'dist'), '--cache-dir', path.join(out, 'astro-cache')];
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), ...args], { cwd: root, env, encoding: 'utf8' });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  const counts = /astro build: .*?(\d+) pages rendered, (\d+) kept from the previous build/.exec(run.stdout);
  expect(counts, run.stdout).not.toBeNull();
  return { rendered: Number(counts![1]), kept: Number(counts![2]) };
}

/** Every file under `dir`, by its path relative to it. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), await readFile(file));
  }
  return out;
}

describe('a rebuild after one article changed', () => {
  it('renders fewer pages than the site has, and writes the same site as a cold build', { timeout: 900_000 }, async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'sourcebook-incremental-'));
    const seeds = path.join(tmp, 'seeds');
    await cp(path.join(root, 'seeds'), seeds, { recursive: true });

    const first = build(seeds, path.join(tmp, 'warm'));
    expect(first.kept).toBe(0);

    const file = path.join(seeds, ARTICLE);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith(`${OLD_TITLE}\n`)).toBe(true);
    const lines = text.split('\n');
    const paragraph = lines.findIndex((line, i) => i > 2 && line.length > 80);
    lines[0] = NEW_TITLE;
    lines[paragraph] = `${lines[paragraph]} The ministry said on Friday that the review would take another month.`;
    await writeFile(file, lines.join('\n'));

    const rebuilt = build(seeds, path.join(tmp, 'warm'));
    const cold = build(seeds, path.join(tmp, 'cold'));
    expect(cold.kept).toBe(0);
    // Astro's cached copies were used: fewer pages rendered than the site has.
    expect(rebuilt.rendered + rebuilt.kept).toBe(cold.rendered);
    expect(rebuilt.kept).toBeGreaterThan(0);
    expect(rebuilt.rendered).toBeLessThan(cold.rendered);

    const warmSite = await files(path.join(tmp, 'warm', 'dist'));
    const coldSite = await files(path.join(tmp, 'cold', 'dist'));
    // The new title is shown beyond the article's own page (briefings, entity pages…): those pages had to be rendered again.
    const showing = [...coldSite].filter(([name, body]) => name.endsWith('.html') && !name.includes('us-turns-to-pakistan') && body.toString('utf8').includes('mining dominance, officials say'));
    expect(showing.length).toBeGreaterThan(0);

    expect([...warmSite.keys()].sort()).toEqual([...coldSite.keys()].sort());
    const differing = [...coldSite].filter(([name, body]) => !warmSite.get(name)!.equals(body)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
