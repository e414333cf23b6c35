/**
 * Entity pages say only what the sources say (issue #19): every other name
 * is cited to a paragraph that contains it, names only the editor's register
 * gives are labelled as the register's, the name shown is spelled as the
 * sources spell it (with the id unchanged), and places the sources keep
 * apart stay apart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { loadSources } from '../../src/lib/load-sources.ts';
import { buildKnowledge, loadRegistry } from '../../src/lib/knowledge/index.ts';
import { occurrences } from '../../src/lib/knowledge/entities.ts';
import { SiteContext } from '../../src/lib/pages/context.ts';
import { entityPages, type EntityPage } from '../../src/lib/pages/entities.ts';
import type { Knowledge } from '../../src/schemas/knowledge.ts';
import type { Source } from '../../src/schemas/source.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Every cited name must occur, as written, in the paragraph (or the source) its anchor links to. */
function expectCited(sources: readonly Source[], pages: ReadonlyMap<string, EntityPage>): number {
  let cited = 0;
  for (const page of pages.values()) {
    for (const alias of page.aliases) {
      for (const a of alias.anchors) {
        const source = sources.find((s) => s.slug === a.source.slug)!;
        const paragraph = a.paragraph ? source.paragraphs.find((p) => p.id === a.paragraph) : null;
        if (paragraph) expect(occurrences(paragraph.text, alias.name), `${page.entity.path}: “${alias.name}” at ${a.href}`).toBeGreaterThan(0);
        cited++;
      }
    }
    if (page.description?.from === 'source') {
      const a = page.description.anchor!;
      const paragraph = sources.find((s) => s.slug === a.source.slug)!.paragraphs.find((p) => p.id === a.paragraph);
      if (paragraph) expect(paragraph.text.toLowerCase(), `${page.entity.path}: ${a.href}`).toContain(page.description.text.toLowerCase());
    }
    if (page.description?.from === 'register') expect(page.entity.registered, page.entity.path).toBe(true);
  }
  return cited;
}

describe('entity pages on the default corpus', () => {
  let sources: Source[];
  let knowledge: Knowledge;
  let pages: Map<string, EntityPage>;
  beforeAll(async () => {
    sources = await loadSources(path.join(root, 'content/sources'));
    knowledge = buildKnowledge(sources, await loadRegistry(path.join(root, 'seeds/entities')));
    pages = entityPages(new SiteContext(sources, knowledge), knowledge);
  });
  const page = (id: string) => pages.get(id)!;
  const names = (p: EntityPage) => p.aliases.map((a) => a.name);

  it('cite every other name to a paragraph that uses it, and label as the register’s only names the register gives', async () => {
    expect(expectCited(sources, pages)).toBeGreaterThan(50);
    const registry = new Map((await loadRegistry(path.join(root, 'seeds/entities'))).map((e) => [e.id, e]));
    for (const p of pages.values()) {
      const entry = registry.get(p.entity.id);
      for (const name of p.registerAliases) expect(entry && [entry.name, ...entry.aliases], `${p.entity.path}: ${name}`).toContain(name);
    }
  });

  it('Asim Munir: “Gen. Asim Munir” is cited; General and Field Marshal, which no source writes, are the register’s only', () => {
    const munir = page('asim-munir');
    expect(names(munir)).toContain('Gen. Asim Munir');
    expect(munir.aliases.find((a) => a.name === 'Gen. Asim Munir')!.anchors.length).toBeGreaterThan(0);
    expect(names(munir)).not.toContain('Field Marshal Asim Munir');
    expect(names(munir)).not.toContain('General Asim Munir');
    expect(munir.registerAliases).toEqual(expect.arrayContaining(['Field Marshal Asim Munir', 'General Asim Munir']));
    // Nor a title put together from parts: the source writes “Chief of Army Staff Gen. Asim Munir”.
    expect([...names(munir), ...munir.registerAliases]).not.toContain('Chief of Army Staff Asim Munir');
    // The register's description is not presented as the sources' words.
    expect(munir.description?.from).toBe('register');
    expect(munir.description?.anchor).toBeNull();
  });

  it('Robert Louis Strayer II: “Robert Strayer”, a register alias no source uses, is not shown as a name the sources use', () => {
    const strayer = page('robert-louis-strayer-ii');
    expect(strayer.link.name).toBe('Robert Louis Strayer II');
    expect(names(strayer)).not.toContain('Robert Strayer');
    expect(strayer.registerAliases).toContain('Robert Strayer');
    expect(names(strayer)).toContain('Strayer');
  });

  it('Chaghi is spelled as the source spells it, at the same URL', () => {
    const chaghi = page('chagai');
    expect(chaghi.entity.name).toBe('Chaghi');
    expect(chaghi.link.name).toBe('Chaghi');
    expect(chaghi.entity.path).toBe('/places/chagai/');
    expect(sources.some((s) => s.paragraphs.some((p) => p.text.includes('Chaghi')))).toBe(true);
    expect(sources.some((s) => s.paragraphs.some((p) => p.text.includes('Chagai')))).toBe(false);
    // The register's spelling stays findable, labelled as the register's.
    expect(chaghi.registerAliases).toContain('Chagai');
    expect(names(chaghi)).not.toContain('Chagai');
  });

  it('Delhi (“ties with Delhi”) is New Delhi, because the editor’s register says so: one place, the source’s name cited', () => {
    const delhi = knowledge.entities.filter((e) => e.type === 'place' && /delhi/i.test(e.name));
    expect(delhi.map((e) => e.name)).toEqual(['New Delhi']);
    const p = page('new-delhi');
    expect(names(p)).toContain('Delhi');
    expect(p.registerAliases).not.toContain('Delhi');
    expect(p.entity.sources.length).toBe(2);
  });
});

describe('entity pages on a corpus without a register', () => {
  let out: string;
  let sources: Source[];
  let pages: Map<string, EntityPage>;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'sourcebook-entities-'));
    await ingest({ seedsDir: path.join(root, 'tests/fixtures/second-corpus'), outDir: out });
    sources = await loadSources(path.join(out, 'sources'));
    const knowledge = buildKnowledge(sources, await loadRegistry(path.join(root, 'tests/fixtures/second-corpus/entities')));
    pages = entityPages(new SiteContext(sources, knowledge), knowledge);
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('shows only names and descriptions a source gives, each cited', () => {
    expect(pages.size).toBeGreaterThan(0);
    expect(expectCited(sources, pages)).toBeGreaterThan(0);
    expect([...pages.values()].filter((p) => p.description).length, 'descriptions the sources give').toBeGreaterThan(0);
    for (const p of pages.values()) {
      expect(p.registerAliases, p.entity.path).toEqual([]);
      for (const a of p.aliases) expect(a.anchors.length, `${p.entity.path}: ${a.name}`).toBeGreaterThan(0);
      if (p.description) expect(p.description.from, p.entity.path).toBe('source');
    }
  });
});
