/**
 * One file through the per-file stages: read → decode → extract → clean → segment → metadata.
 * Runs in the ingest's worker (sandbox.ts) or, for tests, in process.
 */
import path from 'node:path';
import { decode } from './decode.ts';
import { extract, htmlTextLength } from './extract.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import { readSidecar, sidecarName } from './sidecar.ts';
import { MAX_TEXT_CHARS, readRegular } from './read.ts';
import { metadata, type Metadata } from './metadata.ts';
import { fingerprint } from './copies.ts';
import { failure, Rejection, type Format } from './types.ts';

/** One article after the per-file stages; `fingerprint` is what copies are found by (kept with it in the cache). */
export type Article = Metadata & { paragraphs: string[]; raw: string; fingerprint: string[]; slugFromSidecar: boolean };

const MB = (chars: number) => `${(chars / 1048576).toFixed(1)} MB`;

/** One file through the per-file stages; `sidecarPath` is its sidecar's real path, or null. Every failure is a Rejection. */
export async function ingestOne(file: string, absPath: string, format: Format, sidecarPath: string | null): Promise<Article> {
  try {
    const bytes = readRegular(absPath, 'file');
    const sidecar = sidecarPath === null ? null : await readSidecar(sidecarPath, sidecarName(path.basename(file)));
    const decoded = await decode(bytes);
    // Refuse oversized text before any parser sees it: text formats are all article; a page's text is at most what lies outside its tags.
    const estimate = format === 'html' ? htmlTextLength(decoded.text) : decoded.text.length;
    if (estimate > MAX_TEXT_CHARS) throw new Rejection(`article text is ${MB(estimate)}; the limit is ${MB(MAX_TEXT_CHARS)} of text per article`);
    const extracted = extract(decoded.text, format);
    const size = extracted.blocks.reduce((n, b) => n + b.length, 0);
    if (size > MAX_TEXT_CHARS) throw new Rejection(`article text is ${MB(size)}; the limit is ${MB(MAX_TEXT_CHARS)} of text per article`);
    const cleaned = clean({ ...extracted, changes: [...decoded.changes, ...extracted.changes] });
    const parts = segment(cleaned);
    return {
      ...metadata({ file, bytes, draft: cleaned, parts, sidecar }),
      paragraphs: parts.paragraphs, raw: decoded.text, fingerprint: fingerprint(parts.paragraphs), slugFromSidecar: sidecar?.slug !== undefined,
    };
  } catch (error) {
    if (error instanceof Rejection) throw error;
    throw new Rejection(failure(error));
  }
}
