/**
 * A digest of the code the knowledge layer is computed by: every module and
 * data file of src/lib/knowledge/ (packs included), of src/lib/ itself (text
 * helpers, the source reader) and the schemas. The stored knowledge
 * (./stored.ts) is keyed by it, so a change to any of them (a new matcher, an
 * edited pack) is never answered with knowledge the old code computed. Inside
 * Vite (Astro, Vitest) the files' text comes bundled by `import.meta.glob`; in
 * plain Node (the build's knowledge stage) it is read from disk. Both give the
 * same names and text, so the same digest.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files `codeFilesFromBundle` globs, read from disk (Node without Vite): name relative to this folder → text. */
export function codeFilesFromDisk(here: string = path.dirname(fileURLToPath(import.meta.url))): Record<string, string> {
  const out: Record<string, string> = {};
  const wanted = (name: string) => /\.(ts|json)$/.test(name);
  const add = (dir: string, prefix: string, recursive: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && recursive) add(path.join(dir, entry.name), `${prefix}${entry.name}/`, true);
      else if (entry.isFile() && wanted(entry.name)) out[`${prefix}${entry.name}`] = readFileSync(path.join(dir, entry.name), 'utf8');
    }
  };
  add(here, './', true);
  // Vite's glob leaves out the module that calls it.
  delete out[`./${path.basename(fileURLToPath(import.meta.url))}`];
  add(path.join(here, '..'), '../', false);
  add(path.join(here, '..', '..', 'schemas'), '../../schemas/', false);
  return out;
}

/** The files bundled by Vite (name relative to this folder → text), or null outside Vite. The patterns must be literals. */
export function codeFilesFromBundle(): Record<string, string> | null {
  if (!(import.meta.env as ImportMetaEnv | undefined)) return null;
  return import.meta.glob<string>(['./**/*.{ts,json}', '../*.{ts,json}', '../../schemas/*.ts'], { query: '?raw', import: 'default', eager: true });
}

let digest: string | undefined;

/** The digest of the knowledge layer's code (computed once per process). */
export function knowledgeCodeDigest(): string {
  if (digest) return digest;
  const files = codeFilesFromBundle() ?? codeFilesFromDisk();
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name]}\0`);
  digest = hash.digest('base64url');
  return digest;
}
