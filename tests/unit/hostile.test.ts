/**
 * Bad and hostile input (tests/fixtures/hostile/, plus the cases generate.ts makes at test time:
 * huge, deeply nested, not-a-file, unreadable, colliding, in other scripts and encodings): the ingest
 * finishes, each file in a few seconds at most, publishes what is usable with its text literal, names
 * every file it cannot use with a reason, logs everything it drops, never reads outside the seeds
 * folder and never touches the seeds.
 */
import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { mdxToSource } from '../../src/lib/source-mdx.ts';
import { largeArticle } from '../fixtures/hostile/large-article.ts';
import { COLLIDING_SLUG, GENERATED as G, hostileCorpus, removeCorpus, squattedSlug } from '../fixtures/hostile/generate.ts';
import type { Source } from '../../src/schemas/source.ts';

let dir: string;
let seeds: string;
let out: string;
let report: Awaited<ReturnType<typeof ingest>>;
const sources = new Map<string, Source>();
const byFile = (file: string) => [...sources.values()].find((s) => s.file === file)!;
/**
 * How long each file took, in ms of processing (the process's CPU time, worker included, from one progress call
 * to the next): the budget is CPU time, so a loaded machine, which slows the clock's view of every file, neither
 * rejects a good file nor fails this measure.
 */
const took = new Map<string, number>();
const root = process.getuid?.() === 0;
/** The per-file time budget for this run (the default is longer, for slow machines). */
const LIMIT = 5000;

async function hashTree(folder: string): Promise<string> {
  const h = createHash('sha256');
  for (const name of (await readdir(folder)).sort()) {
    const info = await stat(path.join(folder, name)).catch(() => null);
    h.update(name);
    if (info?.isFile() && (info.mode & 0o444) !== 0) h.update(await readFile(path.join(folder, name)));
  }
  return h.digest('hex');
}

/** Every file under `folder`, as text. */
async function everything(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const e of await readdir(folder, { withFileTypes: true, recursive: true })) if (e.isFile()) parts.push(await readFile(path.join(e.parentPath, e.name), 'utf8'));
  return parts.join('\n');
}

let seedsHashBefore: string;
/**
 * Intervals the ingest started and never cleared: a file stopped for its budget must not leave one (it kept
 * `npm run build` from exiting). Counted by watching setInterval/clearInterval during the ingest, not by counting
 * the process's live timers, which other code (the test runner's own) starts and stops at any moment.
 */
let intervalsLeft = -1;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-hostile-'));
  seeds = await hostileCorpus(path.join(dir, 'corpus'));
  seedsHashBefore = await hashTree(seeds);
  out = path.join(dir, 'content');
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const started = new Set<unknown>();
  const realSet = globalThis.setInterval;
  const realClear = globalThis.clearInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const t = realSet(...args);
    started.add(t);
    return t;
  }) as typeof setInterval;
  globalThis.clearInterval = ((t?: Parameters<typeof clearInterval>[0]) => {
    started.delete(t);
    realClear(t);
  }) as typeof clearInterval;
  let last = cpu();
  try {
    report = await ingest({
      seedsDir: seeds,
      outDir: out,
      timeLimitMs: LIMIT,
      onProgress: (_done, _total, file) => {
        took.set(file, cpu() - last);
        last = cpu();
      },
    });
  } finally {
    globalThis.setInterval = realSet;
    globalThis.clearInterval = realClear;
  }
  intervalsLeft = started.size;
  for (const t of started) realClear(t as Parameters<typeof clearInterval>[0]);
  for (const name of await readdir(path.join(out, 'sources'))) {
    const s = mdxToSource(await readFile(path.join(out, 'sources', name), 'utf8'), name);
    sources.set(s.slug, s);
  }
}, 120_000);
afterAll(() => removeCorpus(dir));

describe('hostile input', () => {
  it('leaves no timer running after stopping a file over its budget, so the command exits', () => {
    expect(report.rejected.some((r) => /took more than|did not finish/.test(r.reason))).toBe(true);
    expect(intervalsLeft).toBe(0);
  });

  it('rejects each unusable file with a reason a person understands', () => {
    expect(Object.fromEntries(report.rejected.map((r) => [r.file, r.reason]))).toEqual({
      'empty.txt': 'empty file',
      'whitespace-only.txt': 'file has no text (only white space)',
      'photo-renamed.txt': 'binary file (image/png), not an article',
      'only-clutter.txt': 'no article text left after removing site clutter',
      'notes.docx': 'unsupported file type .docx; Sourcebook reads .txt, .text, .md, .markdown, .html, .htm',
      'link-outside.txt': 'symbolic link pointing outside the seeds folder; not followed',
      [G.fifo]: 'a named pipe (FIFO), not a file; not read',
      [G.sidecarFifo]: `sidecar ${G.sidecarFifo}.meta.yaml is a named pipe (FIFO), not a file; not read`,
      [G.sidecarFolder]: `sidecar ${G.sidecarFolder}.meta.yaml is a folder, not a file; not read`,
      [G.sidecarOutside]: `sidecar ${G.sidecarOutside}.meta.yaml is a symbolic link pointing outside the seeds folder; not followed`,
      [G.oneLine]: 'article text is 19.9 MB; the limit is 1.0 MB of text per article',
      [G.manyElements]: 'web page has 2,800,004 elements; the limit is 50,000',
      [G.unclosedLinks]: "took more than 5 s to process (a parser's worst case?); not published",
      // root reads anything; anyone else is refused these, and the ingest goes on.
      ...(root ? {} : { [G.unreadable]: 'file cannot be read: permission denied (EACCES)', [`${G.unreadableFolder}/`]: 'folder cannot be read: permission denied (EACCES)' }),
    });
  });

  it('spends at most a few seconds on any one file, however large or deep', () => {
    // The budget, plus what stopping and replacing the worker costs.
    const slow = [...took].filter(([, ms]) => ms > LIMIT + 2000);
    expect(slow).toEqual([]);
  });

  it('publishes every accepted file on a page of its own, under slugs that stay put', async () => {
    const files = await readdir(path.join(out, 'sources'));
    expect(files).toHaveLength(report.accepted.length);
    expect(new Set(report.accepted.map((a) => a.slug)).size).toBe(report.accepted.length);
    expect(byFile(G.sameTitleA).slug).toBe(COLLIDING_SLUG);
    expect(byFile(G.squatter).slug).toBe(squattedSlug());
    expect(byFile(G.sameTitleB).slug).toMatch(new RegExp(`^${COLLIDING_SLUG}-[0-9a-f]{8}$`));
    expect(byFile(G.sameTitleB).changes).toContainEqual({ rule: 'slug-taken', before: COLLIDING_SLUG, after: byFile(G.sameTitleB).slug });
    for (const a of report.accepted) expect(sources.get(a.slug)!.file).toBe(a.file);
    // Nothing changed: nothing is written again, and every slug is where it was.
    const again = await ingest({ seedsDir: seeds, outDir: out, timeLimitMs: LIMIT });
    expect(again.written).toEqual([]);
    expect(again.accepted).toEqual(report.accepted);
  }, 60_000);

  it('publishes the text of deeply nested pages and quotes, and of a file whose name leaves no room for a sidecar', () => {
    for (const file of [G.deepDivs, G.deepDivsSmall]) {
      const s = byFile(file);
      expect(s.paragraphs.map((p) => p.text).join('\n')).toContain('would be reviewed in stage 3 of the nesting');
      expect(s.changes.map((c) => c.rule)).toContain('html-depth');
    }
    expect(byFile(G.deepQuotes).paragraphs.map((p) => p.text)).toContain('Quoted text at the bottom of five thousand quotes.');
    expect(byFile(G.longName).title).toBe('A long file name does not stop the build');
  });

  it('reads titles and text in any script, and keeps the first paragraph when a page has no <h1>', () => {
    expect(byFile(G.urdu).title).toBe('پاکستان میں معدنیات کی نئی پالیسی');
    expect(byFile(G.urdu).paragraphs[0]!.text).toMatch(/^اسلام آباد: حکومت/);
    expect(byFile(G.urdu).dir).toBe('rtl');
    expect(byFile(G.arabic).title).toBe('المعادن الحيوية في باكستان');
    expect(byFile(G.russian).title).toBe('Пакистан и США обсудили добычу меди');
    expect(byFile(G.chinese).title).toBe('巴基斯坦与美国讨论关键矿产合作');
    expect(byFile(G.chinese).paragraphs.map((p) => p.text)).toEqual(['伊斯兰堡：官员表示，两国将在明年签署一项新的矿产协议。', '他们说，该协议涵盖铜、金和稀土元素。']);
    for (const file of [G.urdu, G.arabic, G.russian, G.chinese]) expect(byFile(file).slug).toMatch(/^source-[0-9a-f]{8}$/);
  });

  it('detects UTF-16 without a byte order mark and single-byte Cyrillic and Arabic code pages', () => {
    expect(byFile(G.utf16).title).toBe('Minerals talks resume in Islamabad');
    expect(byFile(G.cp1251).title).toBe('Пакистан расширяет добычу меди');
    expect(byFile(G.cp1251).paragraphs[0]!.text).toMatch(/^ИСЛАМАБАД: Правительство Пакистана/);
    expect(byFile(G.cp1256).title).toBe('اتفاقية المعادن بين باكستان والولايات المتحدة');
  });

  it('logs every HTML block, invalid date and unsafe address it drops', () => {
    const html = byFile(G.markdownHtml).changes.filter((c) => c.rule === 'html-markup').map((c) => c.before);
    expect(html).toEqual(['<img src="x" onerror="globalThis.pwned = true">', '<iframe src="https://evil.example/"></iframe>', "<!-- an editor's hidden comment -->"]);
    const dropped = byFile(G.droppedValues).changes.filter((c) => c.rule === 'invalid-value');
    expect(dropped.map((c) => c.before)).toEqual(['date: 2025-02-30', 'url: javascript:alert(document.cookie)']);
    expect(byFile('html-hostile.html').changes.find((c) => c.rule === 'html-elements')?.before).toMatch(/script/);
  });

  it('reads nothing outside the seeds folder, sidecars included', async () => {
    expect(await everything(out)).not.toContain('SECRET');
  });

  it('ignores dotfiles silently', () => {
    expect(report.ignored).toEqual(['.hidden-draft.txt']);
  });

  it('writes the report as JSON with accepted, rejected, ignored and the rule catalog', async () => {
    const json = JSON.parse(await readFile(path.join(out, 'ingest-report.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(['accepted', 'rejected', 'ignored', 'rules']);
    expect(json.accepted).toHaveLength(report.accepted.length);
    expect(json.accepted.length + json.rejected.length).toBe(report.accepted.length + report.rejected.length);
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

describe('unreadable files and folders', () => {
  // As root every file is readable; run the ingest command as an unprivileged user to see the refusals.
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  it.runIf(root && setpriv)('names them with the reason, and ingests the rest, when the ingest runs as an ordinary user', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'sourcebook-unprivileged-'));
    await chmod(base, 0o777);
    const corpus = await hostileCorpus(path.join(base, 'corpus'), { huge: false });
    await chmod(path.join(base, 'corpus'), 0o777);
    const cli = path.resolve(import.meta.dirname, '../..');
    const run = spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', path.join(cli, 'node_modules/.bin/node'), 'scripts/ingest.ts', '--seeds', corpus, '--out', path.join(base, 'corpus', 'out')], { cwd: cli, encoding: 'utf8', env: { ...process.env, HOME: base } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${G.unreadable}\\s+REJECTED\\s+file cannot be read: permission denied \\(EACCES\\)`));
    expect(run.stdout).toMatch(new RegExp(`${G.unreadableFolder}/\\s+REJECTED\\s+folder cannot be read: permission denied \\(EACCES\\)`));
    expect(run.stdout).toMatch(/same-title-a\.txt\s+accepted/);
    await removeCorpus(path.join(base, 'corpus'));
    await rm(base, { recursive: true, force: true });
  }, 60_000);
});

describe('very large input', () => {
  // No wall-clock assertion here (speed lives in the benchmark): a parser's worst case would hit the ingest's own
  // per-file time limit, and the file would come back rejected instead of accepted.
  it('ingests an article of 3,000 paragraphs (0.75 MB, under the text limit) within the per-file time limit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-large-'));
    await mkdir(path.join(dir, 'seeds'));
    await writeFile(path.join(dir, 'seeds', 'large.txt'), largeArticle(3_000));
    const r = await ingest({ seedsDir: path.join(dir, 'seeds'), outDir: path.join(dir, 'out') });
    expect(r.accepted).toHaveLength(1);
    const s = mdxToSource(await readFile(path.join(dir, 'out', 'sources', `${r.accepted[0]!.slug}.mdx`), 'utf8'));
    expect(s.paragraphs).toHaveLength(3_000);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('rejects more than 1 MB of article text at once, in a text file or a web page, before any parser runs', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-text-limit-'));
    await mkdir(path.join(dir, 'seeds'));
    await writeFile(path.join(dir, 'seeds', 'long.txt'), largeArticle(5_000));
    const paragraphs = largeArticle(5_000).split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
    await writeFile(path.join(dir, 'seeds', 'long.html'), `<html><head><title>Long</title><script>${'x'.repeat(5_000_000)}</script></head><body>${paragraphs}</body></html>`);
    // A page that is large for its inline image, not its text, is read.
    await writeFile(path.join(dir, 'seeds', 'image.html'), `<html><head><title>An inline image</title></head><body><article>${largeArticle(20).split('\n\n').map((p) => `<p>${p}</p>`).join('')}<img alt="" src="data:image/png;base64,${'A'.repeat(15_000_000)}"></article></body></html>`);
    const r = await ingest({ seedsDir: path.join(dir, 'seeds'), outDir: path.join(dir, 'out') });
    expect(r.rejected).toEqual([
      { file: 'long.html', reason: expect.stringMatching(/^article text is 1\.[1-9] MB; the limit is 1\.0 MB of text per article$/) },
      { file: 'long.txt', reason: expect.stringMatching(/^article text is 1\.[1-9] MB; the limit is 1\.0 MB of text per article$/) },
    ]);
    expect(r.accepted.map((a) => a.file)).toEqual(['image.html']);
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
