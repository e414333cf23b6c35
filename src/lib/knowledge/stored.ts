/**
 * The knowledge of a corpus, computed once per build: the build's knowledge
 * stage (scripts/build.ts) runs `buildKnowledge` and writes the validated
 * result to `<content>/.knowledge.json` with the key of its inputs (every
 * source file, every registry file, the corpus's packs, the address ledger
 * (./ledger.ts), the tag cache's version, KNOWLEDGE_VERSION and the knowledge
 * code itself, ./code-digest.ts).
 * `loadKnowledge()` reads that file when its key is the key of the inputs on
 * disk and computes the knowledge itself otherwise. The file is data: parsed as
 * JSON and validated by the Knowledge schema, nothing in it runs.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { writeAtomic } from '../cache-file.ts';
import path from 'node:path';
import { z } from 'zod';
import { Knowledge } from '../../schemas/knowledge.ts';
import type { PackName } from '../../schemas/corpus.ts';
import { knowledgeCodeDigest } from './code-digest.ts';
import { TAGGING_VERSION } from './blocks.ts';
import { tagCacheVersion } from './tag-cache.ts';

export const KNOWLEDGE_FILE = '.knowledge.json';

/** Raise when the knowledge computed from the same inputs changes for a reason the code digest cannot see (e.g. a dependency's update). */
export const KNOWLEDGE_VERSION = 1;

/** What the knowledge is computed from. */
export interface KnowledgeInputs {
  /** The content folder's sources/ (*.mdx). */
  sourcesDir: string;
  /** The corpus's entities/ (the registry, *.yaml); may not exist. */
  registryDir: string;
  packs: readonly PackName[];
  /** The content folder's address ledger (./ledger.ts); may not exist. */
  ledgerFile: string;
}

/** The files in `dir` whose names match, sorted, with their bytes (none when the folder does not exist). */
async function filesIn(dir: string, match: RegExp): Promise<Array<[string, Buffer]>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => match.test(n)).sort();
  } catch {
    return [];
  }
  return Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as [string, Buffer]));
}

/** The key of the knowledge of these inputs. */
export async function knowledgeKey(inputs: KnowledgeInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([KNOWLEDGE_VERSION, knowledgeCodeDigest(), tagCacheVersion(TAGGING_VERSION), [...inputs.packs].sort()]));
  for (const [label, files] of [['sources', await filesIn(inputs.sourcesDir, /\.mdx$/)], ['registry', await filesIn(inputs.registryDir, /\.ya?ml$/)]] as const) {
    for (const [name, bytes] of files) hash.update(`\0${label}/${name}\0${bytes.length}\0`).update(bytes);
  }
  const ledger = await readFile(inputs.ledgerFile).catch(() => null);
  hash.update(ledger ? `\0ledger\0${ledger.length}\0` : '\0no ledger\0');
  if (ledger) hash.update(ledger);
  return hash.digest('base64url');
}

const StoredKnowledge = z.object({ key: z.string(), knowledge: z.unknown() });

/** The key the file was written with, or null when there is no readable file. */
export async function storedKnowledgeKey(file: string): Promise<string | null> {
  try {
    const parsed = StoredKnowledge.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.key : null;
  } catch {
    return null;
  }
}

/** The knowledge in `file` when it was written for `key` and is valid; else null. */
export async function readStoredKnowledge(file: string, key: string): Promise<Knowledge | null> {
  try {
    const stored = StoredKnowledge.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!stored.success || stored.data.key !== key) return null;
    const knowledge = Knowledge.safeParse(stored.data.knowledge);
    return knowledge.success ? knowledge.data : null;
  } catch {
    return null;
  }
}

/** Write the knowledge with its key, atomically; returns the file's size in bytes. */
export async function writeStoredKnowledge(file: string, key: string, knowledge: Knowledge): Promise<number> {
  const text = JSON.stringify({ key, knowledge });
  await writeAtomic(file, text);
  return Buffer.byteLength(text);
}
