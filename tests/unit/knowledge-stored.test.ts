/**
 * The build's knowledge stage (src/lib/knowledge/index.ts `storeKnowledge`,
 * ./stored.ts): the knowledge is computed once and written with the key of its
 * inputs; a build with nothing changed does not compute it again; the site
 * (`loadKnowledge`) reads the stored knowledge only when it was computed from
 * the inputs on disk, and computes it itself otherwise.
 */
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeFilesFromBundle, codeFilesFromDisk } from '../../src/lib/knowledge/code-digest.ts';
import { buildKnowledge, loadRegistry, storeKnowledge } from '../../src/lib/knowledge/index.ts';
import { KNOWLEDGE_FILE } from '../../src/lib/knowledge/stored.ts';
import { LEDGER_FILE, readLedger } from '../../src/lib/knowledge/ledger.ts';
import { readCorpusConfig } from '../../src/lib/corpus.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import { Knowledge } from '../../src/schemas/knowledge.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'seeds');
let dir = '';
let content = '';
let corpus = '';
const saved = { seeds: process.env.SOURCEBOOK_SEEDS, content: process.env.SOURCEBOOK_CONTENT };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sourcebook-knowledge-'));
  content = path.join(dir, 'content');
  corpus = path.join(dir, 'seeds');
  await cp(path.join(root, 'content'), content, { recursive: true, filter: (src) => !src.endsWith(KNOWLEDGE_FILE) });
  await cp(seeds, corpus, { recursive: true });
  process.env.SOURCEBOOK_SEEDS = corpus;
  process.env.SOURCEBOOK_CONTENT = content;
});
afterAll(async () => {
  for (const [key, value] of [['SOURCEBOOK_SEEDS', saved.seeds], ['SOURCEBOOK_CONTENT', saved.content]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await rm(dir, { recursive: true, force: true });
});

/** A fresh copy of the knowledge module (its memo empty), as a new process would have it. */
async function freshLoadKnowledge() {
  vi.resetModules();
  return (await import('../../src/lib/knowledge/index.ts')).loadKnowledge;
}

const file = () => path.join(content, KNOWLEDGE_FILE);

describe('the knowledge stage', () => {
  it('writes the knowledge buildKnowledge gives, and does not compute it again while nothing changed', async () => {
    const first = await storeKnowledge();
    expect(first.reused).toBe(false);
    expect(first.bytes).toBeGreaterThan(1000);
    const stored = JSON.parse(await readFile(file(), 'utf8')) as { key: string; knowledge: unknown };
    const addresses = await readLedger(path.join(content, LEDGER_FILE));
    const expected = Knowledge.parse(buildKnowledge(await loadSources(path.join(content, 'sources')), await loadRegistry(path.join(corpus, 'entities')), { packs: readCorpusConfig(corpus).packs, addresses }));
    expect(Knowledge.parse(stored.knowledge)).toEqual(expected);
    expect(expected.entities.length).toBeGreaterThan(0);
    const second = await storeKnowledge();
    expect(second).toEqual({ ...first, reused: true });
  }, 120_000);

  it('computes it again when a source, the registry or the packs change', async () => {
    await storeKnowledge();
    const source = path.join(content, 'sources', (await loadSources(path.join(content, 'sources')))[0]!.slug + '.mdx');
    const original = await readFile(source, 'utf8');
    await appendFile(source, '\n');
    expect((await storeKnowledge()).reused).toBe(false);
    await writeFile(source, original);
    expect((await storeKnowledge()).reused).toBe(false);
    expect((await storeKnowledge()).reused).toBe(true);
    await writeFile(path.join(corpus, 'entities', 'zz-extra.yaml'), '- id: test-entity\n  type: organization\n  name: Test Entity Board\n  description: An entity added for the test.\n');
    expect((await storeKnowledge()).reused).toBe(false);
    await rm(path.join(corpus, 'entities', 'zz-extra.yaml'));
    expect((await storeKnowledge()).reused).toBe(false);
    const config = path.join(corpus, 'sourcebook.yaml');
    const yaml = await readFile(config, 'utf8');
    expect(readCorpusConfig(corpus).packs.length).toBeGreaterThan(0);
    await writeFile(config, yaml.replace(/^packs:.*(\n\s+-.*)*$/m, 'packs: []'));
    expect(readCorpusConfig(corpus).packs).toEqual([]);
    expect((await storeKnowledge()).reused).toBe(false);
    await writeFile(config, yaml);
    expect((await storeKnowledge()).reused).toBe(false);
  }, 240_000);
});

describe('the site’s knowledge (loadKnowledge)', () => {
  it('is the stored knowledge when it was computed from the inputs on disk, else computed afresh', async () => {
    await storeKnowledge();
    const stored = JSON.parse(await readFile(file(), 'utf8')) as { key: string; knowledge: Knowledge };
    const computed = Knowledge.parse(stored.knowledge);
    // A marked copy under the right key is what the site reads: proof that it does not compute.
    const marked = structuredClone(stored);
    marked.knowledge.entities[0]!.name = 'Read from the stored file';
    await writeFile(file(), JSON.stringify(marked));
    expect((await (await freshLoadKnowledge())()).entities[0]!.name).toBe('Read from the stored file');
    // The same under a stale key, or invalid: computed afresh.
    await writeFile(file(), JSON.stringify({ ...marked, key: 'stale' }));
    expect(await (await freshLoadKnowledge())()).toEqual(computed);
    await writeFile(file(), JSON.stringify({ key: stored.key, knowledge: { ...marked.knowledge, entities: [{ id: 'BAD ID' }] } }));
    expect(await (await freshLoadKnowledge())()).toEqual(computed);
  }, 240_000);

  it('keys on the same code inside Astro (bundled by Vite) as in the build (read from disk)', () => {
    const bundled = codeFilesFromBundle();
    expect(bundled).not.toBeNull();
    const disk = codeFilesFromDisk();
    expect(Object.keys(bundled!).sort()).toEqual(Object.keys(disk).sort());
    expect(Object.keys(disk)).toEqual(expect.arrayContaining(['./index.ts', './mentions.ts', './packs/minerals/index.ts', '../load-sources.ts', '../../schemas/knowledge.ts']));
    for (const name of Object.keys(disk)) expect(bundled![name], name).toBe(disk[name]);
  });
});
