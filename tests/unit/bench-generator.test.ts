/** The benchmark's corpus generator: deterministic, N articles, the texture the ingest and the site have to handle. */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { generateCorpus, mulberry32, writeCorpus } from '../../scripts/bench/generate.ts';
import { articleToMdx, mdxText } from '../../scripts/bench/baseline.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { pageTypes } from '../../scripts/bench/weights.ts';

async function hashDir(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).sort()) hash.update(name).update('\0').update(await readFile(path.join(dir, name))).update('\0');
  return hash.digest('hex');
}

const corpus = generateCorpus(300, 7);
const articles = corpus.articles;
const text = (name: string) => corpus.files.find((f) => f.name === name)!.data;

describe('mulberry32', () => {
  it('is a deterministic stream in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
  });
});

describe('generateCorpus', () => {
  it('gives byte-identical files for the same seed, and different ones for another seed', async () => {
    const one = await writeCorpus(120, 3);
    const two = await writeCorpus(120, 3);
    const other = await writeCorpus(120, 4);
    try {
      expect(one.dir.startsWith(tmpdir())).toBe(true);
      expect(one.dir).not.toBe(two.dir);
      expect(await hashDir(one.dir)).toBe(await hashDir(two.dir));
      expect(await hashDir(other.dir)).not.toBe(await hashDir(one.dir));
    } finally {
      for (const d of [one.dir, two.dir, other.dir]) await rm(d, { recursive: true, force: true });
    }
  });

  it('produces N articles, each a file, with sidecars beside some', () => {
    expect(articles).toHaveLength(300);
    const names = corpus.files.map((f) => f.name);
    expect(names.filter((n) => !n.endsWith('.meta.yaml'))).toHaveLength(300);
    expect(new Set(names).size).toBe(names.length);
    for (const a of articles.filter((x) => x.sidecar)) expect(names).toContain(`${a.file}.meta.yaml`);
    expect(articles.filter((a) => a.sidecar).length).toBeGreaterThan(20);
  });

  it('mixes formats: mostly text, a few Markdown files with front matter and saved web pages', () => {
    const md = articles.filter((a) => a.format === 'md');
    const html = articles.filter((a) => a.format === 'html');
    expect(md.length).toBeGreaterThanOrEqual(5);
    expect(html.length).toBeGreaterThanOrEqual(5);
    expect(md.length + html.length).toBeLessThan(articles.length * 0.2);
    for (const a of md) expect(text(a.file)).toMatch(/^---\ntitle: ".+"\ndate: \d{4}-\d{2}-\d{2}\n/);
    for (const a of html) expect(text(a.file)).toMatch(/^<!DOCTYPE html>[\s\S]*<meta property="og:title"[\s\S]*<article>/);
  });

  it('writes 8–20 paragraphs with headlines and the three dateline styles', () => {
    for (const a of articles) expect(a.paragraphs.length).toBeGreaterThanOrEqual(8);
    for (const a of articles) expect(a.paragraphs.length).toBeLessThanOrEqual(20);
    const firsts = articles.map((a) => a.paragraphs[0]!);
    expect(firsts.some((p) => /^[A-Z]{4,}: /.test(p))).toBe(true); // ISLAMABAD:
    expect(firsts.some((p) => /^\[[A-Z][a-z]+\] /.test(p))).toBe(true); // [Quetta]
    expect(firsts.some((p) => /^[A-Z]{4,} — /.test(p))).toBe(true); // KARACHI —
    expect(articles.filter((a) => a.headline).length).toBeGreaterThan(articles.length * 0.7);
    expect(articles.some((a) => !a.headline)).toBe(true);
  });

  it('has people who recur across articles under alias variants', () => {
    const counts = new Map<string, number>();
    for (const a of articles) for (const p of a.people) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(30);
    const surname = name.split(' ').at(-1)!;
    const all = articles.map((a) => a.paragraphs.join('\n')).join('\n');
    expect(all).toContain(name);
    // Later mentions: surname alone, and with an honorific.
    expect(all).toMatch(new RegExp(`\\b(?:Mr|Ms|Dr)\\.? ${surname}\\b`));
    expect(all).toMatch(new RegExp(`(?<!\\w )${surname} (?:said|told|wrote)`));
    // Titles before names.
    expect(all).toMatch(/\b(?:Finance Minister|Federal Minister for Energy|Senator) [A-Z][a-z]+ [A-Z]/);
  });

  it('introduces organisations with their acronym, then uses the acronym', () => {
    const withFwo = articles.filter((a) => a.paragraphs.join(' ').includes('Frontier Works Organization (FWO)'));
    expect(withFwo.length).toBeGreaterThan(5);
    expect(withFwo.some((a) => / FWO\b(?!\))/.test(a.paragraphs.join(' ').split('(FWO)').slice(1).join(' ')))).toBe(true);
    const orgs = new Set(articles.flatMap((a) => a.orgs));
    expect(orgs.size).toBeGreaterThan(10);
  });

  it('repeats quotes across articles, some reworded', () => {
    const byId = new Map<number, { plain: number; reworded: number }>();
    for (const a of articles) for (const q of a.quotes) {
      const e = byId.get(q.id) ?? { plain: 0, reworded: 0 };
      e[q.reworded ? 'reworded' : 'plain']++;
      byId.set(q.id, e);
    }
    expect([...byId.values()].some((e) => e.plain > 1)).toBe(true);
    expect([...byId.values()].filter((e) => e.plain > 0 && e.reworded > 0).length).toBeGreaterThan(5);
    const all = articles.map((a) => a.paragraphs.join(' ')).join(' ');
    expect(all).toMatch(/“[^”]+,” (?:he|she) said/);
    expect(all).toMatch(/“[^”]+,” said [A-Z]/);
  });

  it('states figures: dollar amounts, tonnes, percentages and counts', () => {
    const all = articles.map((a) => a.paragraphs.join(' ')).join(' ');
    expect(all).toMatch(/\$\d+(?:\.\d)? billion/);
    expect(all).toMatch(/\$[\d,]+ million/);
    expect(all).toMatch(/\d[\d,]* tonnes/);
    expect(all).toMatch(/\d+ percent|\d+\.\d%/);
    expect(all).toMatch(/\d[\d,]* (?:workers|exploration licences|families)/);
    for (const a of articles) expect(a.figures.money + a.figures.tonnes + a.figures.percent + a.figures.counts).toBeGreaterThan(0);
  });

  it('dresses about a fifth of the articles in site clutter and run-together words', () => {
    const cluttered = articles.filter((a) => a.clutter.length > 0);
    expect(cluttered.length / articles.length).toBeGreaterThan(0.12);
    expect(cluttered.length / articles.length).toBeLessThan(0.32);
    const kinds = new Set(cluttered.flatMap((a) => a.clutter));
    for (const k of ['read-more-inline', 'share-bar', 'comment-form', 'run-together']) expect(kinds).toContain(k);
    const withComment = cluttered.find((a) => a.clutter.includes('comment-form') && a.format !== 'html')!;
    expect(text(withComment.file)).toContain('Leave a Comment');
    const inline = cluttered.find((a) => a.clutter.includes('read-more-inline'))!;
    expect(text(inline.file)).toMatch(/[.”] Read More: [A-Z]/);
    const glued = cluttered.find((a) => a.clutter.includes('run-together') && a.format === 'txt' && !a.hardWrapped)!;
    expect(text(glued.file)).toMatch(/\p{Ll}(?:the|and|of|to|in|with|for|that) |(?:^| )(?:the|and|of|to|in|with|for|that)\p{Ll}/mu);
    // The clean text the baseline builds has none of it.
    for (const a of articles) expect(a.paragraphs.join(' ')).not.toMatch(/Read More:|Leave a Comment|Share on Facebook/);
  });

  it('includes a few syndicated copies of earlier articles', () => {
    const copies = articles.filter((a) => a.copyOf !== null);
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.length).toBeLessThan(articles.length * 0.06);
    for (const c of copies) expect(articles.find((a) => a.file === c.copyOf)!.paragraphs).toEqual(c.paragraphs);
  });

  it('is what the ingest expects: every article accepted, clutter removed, copies marked', async () => {
    const { dir, corpus: small } = await writeCorpus(40, 11);
    const out = `${dir}-content`;
    try {
      const report = await ingest({ seedsDir: dir, outDir: out });
      expect(report.rejected).toEqual([]);
      expect(report.accepted).toHaveLength(40);
      const mdx = await Promise.all((await readdir(path.join(out, 'sources'))).map((n) => readFile(path.join(out, 'sources', n), 'utf8')));
      const bodies = mdx.map((m) => m.slice(m.indexOf('\n---\n', 4)));
      for (const b of bodies) expect(b).not.toMatch(/Leave a Comment|Share on Facebook|Read More:/);
      const copies = small.articles.filter((a) => a.copyOf !== null);
      expect(copies.length).toBeGreaterThan(0);
      const slugOf = new Map(report.accepted.map((a) => [a.file, a.slug]));
      for (const c of copies) {
        const copy = await readFile(path.join(out, 'sources', `${slugOf.get(c.file)}.mdx`), 'utf8');
        expect(copy).toContain(`\nduplicateOf: ${slugOf.get(c.copyOf!)}\n`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('baseline MDX', () => {
  it('escapes what MDX would read as code or markup', () => {
    expect(mdxText('a {b} <c> d')).toBe('a &#123;b&#125; &#60;c&#62; d');
    expect(mdxText('# not a heading')).toBe('&#35; not a heading');
    expect(mdxText('import x from "y"')).toBe('&#105;mport x from "y"');
    expect(articleToMdx(articles[0]!)).toMatch(/^---\ntitle: ".+"\n---\n\n/);
  });
});

describe('page types', () => {
  it('names a page type by its first path segment, with slugs as *', () => {
    const slugs = Array.from({ length: 8 }, (_, i) => `sources/s${i}/index.html`);
    const types = pageTypes(['index.html', '404.html', 'search/index.html', 'about/index.html', 'about/ingest/index.html', ...slugs, 'sources/s1/cite/index.html']);
    expect([...types.keys()].sort()).toEqual(['404', 'about', 'about/ingest', 'home', 'search', 'sources/*', 'sources/*/cite']);
    expect(types.get('sources/*')).toHaveLength(8);
  });
});
