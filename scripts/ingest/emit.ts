/** Stage 6, emit: validated MDX per source, written atomically; stale generated files removed. */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Paragraph, ParagraphId, SourceFrontmatter } from '../../src/schemas/source.ts';
import { sourceToMdx } from '../../src/lib/source-mdx.ts';

/** Paragraph ids from content: the same text keeps its id when other paragraphs change. */
export function paragraphIds(texts: readonly string[]): Paragraph[] {
  const seen = new Map<string, number>();
  return texts.map((text, i) => {
    const base = `p-${createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: (count === 1 ? base : `${base}-${count}`) as ParagraphId, n: i + 1, text };
  });
}

/** Write `data` to `file` through a temporary file and a rename, so a reader never sees half a file. Skips identical content. */
export async function writeAtomic(file: string, data: string): Promise<boolean> {
  const current = readIfExists(file);
  if (current === data) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
  return true;
}

/** A file's text, or null when it cannot be read. Synchronous: emit compares thousands of small files, and a thread-pool round trip per read costs more than the read. */
function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** One source ready to write. */
export type Emittable = { frontmatter: SourceFrontmatter; paragraphs: string[]; raw: string };

/** Hashes of a source's input and of the MDX written for it, by slug: last run's (to skip unchanged sources) and this run's. */
export type EmitMemo = { previous: ReadonlyMap<string, { input: string; output: string }>; next: Map<string, { input: string; output: string }> };

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/**
 * Write every source and its raw text; remove generated files whose article is gone. Returns files written and removed.
 * With a memo, a source whose input is what it was last time and whose file still holds what was written then is
 * left as it is without serialising it again (the bytes would be the same).
 */
export async function emit(sources: readonly Emittable[], outDir: string, memo?: EmitMemo): Promise<{ written: string[]; removed: string[] }> {
  const written: string[] = [];
  const keep = { sources: new Set<string>(), raw: new Set<string>() };
  for (const s of sources) {
    const mdxFile = path.join(outDir, 'sources', `${s.frontmatter.slug}.mdx`);
    const rawFile = path.join(outDir, 'raw', `${s.frontmatter.slug}.txt`);
    keep.sources.add(path.basename(mdxFile));
    keep.raw.add(path.basename(rawFile));
    const input = memo ? sha256(JSON.stringify([s.frontmatter, s.paragraphs])) : '';
    const last = memo?.previous.get(s.frontmatter.slug);
    if (memo && last?.input === input && sha256(readIfExists(mdxFile) ?? '') === last.output) {
      memo.next.set(s.frontmatter.slug, last);
    } else {
      const mdx = sourceToMdx(s.frontmatter, paragraphIds(s.paragraphs));
      if (await writeAtomic(mdxFile, mdx)) written.push(mdxFile);
      memo?.next.set(s.frontmatter.slug, { input, output: sha256(mdx) });
    }
    if (await writeAtomic(rawFile, s.raw)) written.push(rawFile);
  }
  const removed: string[] = [];
  for (const [dir, ext, names] of [['sources', '.mdx', keep.sources], ['raw', '.txt', keep.raw]] as const) {
    const folder = path.join(outDir, dir);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      // Only files the ingest generates live here; leftovers of a killed run (*.tmp) go too.
      const stale = name.endsWith(ext) && !names.has(name) && (ext === '.txt' || (await isGenerated(path.join(folder, name))));
      if (stale || name.endsWith('.tmp')) {
        await rm(path.join(folder, name));
        removed.push(path.join(folder, name));
      }
    }
  }
  return { written, removed };
}

/** A file the ingest wrote starts with its frontmatter's slug and file keys; anything else was written by a person and is left alone. */
async function isGenerated(file: string): Promise<boolean> {
  const head = (await readFile(file, 'utf8').catch(() => '')).slice(0, 400);
  return /^---\nslug: [a-z0-9-]+\nfile: /.test(head);
}
