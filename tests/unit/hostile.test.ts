/**
 * Bad and hostile input (tests/fixtures/hostile/): the ingest finishes, publishes
 * what is usable with its text literal, names every file it cannot use with a
 * reason, never follows a link out of the seeds folder and never touches the seeds.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { mdxToSource } from '../../src/lib/source-mdx.ts';
import { largeArticle } from '../fixtures/hostile/large-article.ts';
import type { Source } from '../../src/schemas/source.ts';

const seeds = path.resolve(import.meta.dirname, '../fixtures/hostile/seeds');
let out: string;
let report: Awaited<ReturnType<typeof ingest>>;
const sources = new Map<string, Source>();
const byFile = (file: string) => [...sources.values()].find((s) => s.file === file)!;

async function hashTree(dir: string): Promise<string> {
  const h = createHash('sha256');
  for (const name of (await readdir(dir)).sort()) {
    const info = await stat(path.join(dir, name)).catch(() => null);
    h.update(name);
    if (info?.isFile()) h.update(await readFile(path.join(dir, name)));
  }
  return h.digest('hex');
}

let seedsHashBefore: string;
beforeAll(async () => {
  seedsHashBefore = await hashTree(seeds);
  out = await mkdtemp(path.join(tmpdir(), 'sourcebook-hostile-'));
  report = await ingest({ seedsDir: seeds, outDir: out });
  for (const name of await readdir(path.join(out, 'sources'))) {
    const s = mdxToSource(await readFile(path.join(out, 'sources', name), 'utf8'), name);
    sources.set(s.slug, s);
  }
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('hostile input', () => {
  it('rejects each unusable file with a reason a person understands', () => {
    expect(Object.fromEntries(report.rejected.map((r) => [r.file, r.reason]))).toEqual({
      'empty.txt': 'empty file',
      'whitespace-only.txt': 'file has no text (only white space)',
      'photo-renamed.txt': 'binary file (image/png), not an article',
      'only-clutter.txt': 'no article text left after removing site clutter',
      'notes.docx': 'unsupported file type .docx; Sourcebook reads .txt, .text, .md, .markdown, .html, .htm',
      'link-outside.txt': 'symbolic link pointing outside the seeds folder; not followed',
    });
  });

  it('ignores dotfiles silently and never publishes what a link points to outside', async () => {
    expect(report.ignored).toEqual(['.hidden-draft.txt']);
    const everything = await Promise.all((await readdir(path.join(out, 'raw'))).map((n) => readFile(path.join(out, 'raw', n), 'utf8')));
    expect(everything.join('\n')).not.toContain('SECRET');
  });

  it('writes the report as JSON with accepted, rejected and ignored', async () => {
    const json = JSON.parse(await readFile(path.join(out, 'ingest-report.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(['accepted', 'rejected', 'ignored']);
    expect(json.accepted).toHaveLength(10);
  });

  it('publishes files with spaces, &, accents and parentheses in their names under ASCII slugs', () => {
    const s = byFile('Mining report – Café & Co (Karachi) é.txt');
    expect(s.slug).toBe('cafe-owners-in-karachi-follow-the-copper-story');
    expect(s.paragraphs[0]!.text).toContain('traders & brokers (mostly from the gem trade)');
  });

  it('keeps text that looks like MDX, JSX, ESM, Markdown, comments or front matter literally', () => {
    const text = byFile('looks-like-mdx.txt').paragraphs.map((p) => p.text);
    expect(text).toContain('import fs from \'node:fs\'');
    expect(text).toContain('export const pwned = true');
    expect(text.join('\n')).toContain("{alert('expression')} and {globalThis.pwned = true} must show as braces.");
    expect(text.join('\n')).toContain("<Component prop={1} /> and <script>alert('jsx')</script> and <!-- an HTML comment --> stay visible.");
    expect(text.join('\n')).toContain('# Not a heading, *not emphasis*, [not a link](javascript:alert(1)) and `not code`.');
  });

  it('reads hostile front matter as data: HTML title kept as text, invalid date and javascript: URL dropped, unknown keys logged, nothing evaluated', () => {
    const s = byFile('front-matter-hostile.md');
    expect(s.title).toBe("<script>alert('title')</script> <b>Bold</b> minerals & more");
    expect(s.date).toEqual({ value: null, from: null });
    expect(s.url).toEqual({ value: null, from: null });
    expect(s.changes.filter((c) => c.rule === 'front-matter-ignored-key').map((c) => c.before.split(':')[0])).toEqual(['slug', 'layout', 'tags', 'evil']);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('keeps the article of a hostile web page and none of its scripts, handlers or frames', () => {
    const s = byFile('html-hostile.html');
    const text = s.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('This paragraph has an onclick handler and a javascript link inside the text');
    expect(text).toContain("<script>alert('escaped')</script> as literal text");
    expect(text).not.toMatch(/pwned|alert\('(head|body|img|iframe|p|link)'\)|evil\.example/);
  });

  it('repairs invalid UTF-8 and NUL bytes inside good text, logging both', () => {
    expect(byFile('invalid-utf8-middle.txt').paragraphs.at(-1)!.text).toBe('Traders said prices were steady at the pit head — about the same as a year ago.');
    expect(byFile('invalid-utf8-middle.txt').changes.map((c) => c.rule)).toContain('invalid-utf8');
    expect(byFile('nul-bytes.txt').title).toBe('Gypsum exports resume from Khewra');
  });

  it('publishes a 3,000-character first line as text rather than as a title', () => {
    const s = byFile('long-first-line.txt');
    expect(s.titleFrom).toBe('derived');
    expect(s.paragraphs[0]!.text.length).toBeGreaterThan(2900);
  });

  it('publishes exact and near copies once each, marked as duplicates of the original', () => {
    const original = byFile('exact copy of original.txt');
    expect(original.duplicateOf).toBeNull();
    expect(byFile('original-article.txt').duplicateOf).toBe(original.slug);
    expect(byFile('near-copy-syndicated.txt').duplicateOf).toBe(original.slug);
  });

  it('never modifies the seeds folder', async () => {
    expect(await hashTree(seeds)).toBe(seedsHashBefore);
  });
});

describe('very large input', () => {
  it('ingests a 3 MB article of 10,000 paragraphs in time proportional to its size', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-large-'));
    await mkdir(path.join(dir, 'seeds'));
    await writeFile(path.join(dir, 'seeds', 'large.txt'), largeArticle(10_000));
    const r = await ingest({ seedsDir: path.join(dir, 'seeds'), outDir: path.join(dir, 'out') });
    expect(r.accepted).toHaveLength(1);
    const s = mdxToSource(await readFile(path.join(dir, 'out', 'sources', `${r.accepted[0]!.slug}.mdx`), 'utf8'));
    expect(s.paragraphs).toHaveLength(10_000);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('rejects a file over the size limit, saying what the limit is', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-huge-'));
    await mkdir(path.join(dir, 'seeds'));
    await writeFile(path.join(dir, 'seeds', 'huge.txt'), 'x'.repeat(21 * 1024 * 1024));
    const r = await ingest({ seedsDir: path.join(dir, 'seeds'), outDir: path.join(dir, 'out') });
    expect(r.rejected).toEqual([{ file: 'huge.txt', reason: 'file is 21.0 MB; the limit is 20 MB per article' }]);
    await rm(dir, { recursive: true, force: true });
  });
});
