/**
 * The files the build keeps beside the content (parsed sources, tags, figures,
 * citations, the knowledge and its ledger): written whole and atomically, so a
 * reader never sees half a file, and read back only for the version that wrote them.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

/** Write `text` to `file` through a temporary file and a rename: a reader sees the old file or the new one. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/**
 * The entries a cache file keeps under `field` (`{ version, [field]: { key: entry } }`), or an empty record when the
 * file is missing, unreadable, damaged or from another `version`: a cache is an accelerator, never an input.
 */
export async function readCacheEntries<T>(file: string, version: string, field: string): Promise<Record<string, T>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const entries = data[field];
    return data.version === version && typeof entries === 'object' && entries !== null ? (entries as Record<string, T>) : {};
  } catch {
    return {};
  }
}

/** Write a cache file's entries under `field`, keys sorted (the same entries give the same bytes), atomically. */
export async function writeCacheEntries<T>(file: string, version: string, field: string, entries: ReadonlyMap<string, T>): Promise<void> {
  await writeAtomic(file, JSON.stringify({ version, [field]: Object.fromEntries([...entries.keys()].sort().map((key) => [key, entries.get(key)!])) }));
}
