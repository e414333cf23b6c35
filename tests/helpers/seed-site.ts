/** The default corpus as the site sees it: the committed content's sources, the knowledge built from them and the seeds' registry, and a site context. */
import path from 'node:path';
import { loadSources } from '../../src/lib/load-sources.ts';
import { buildKnowledge, loadRegistry } from '../../src/lib/knowledge/index.ts';
import { SiteContext } from '../../src/lib/pages/context.ts';
import type { Knowledge } from '../../src/schemas/knowledge.ts';
import type { Source } from '../../src/schemas/source.ts';

const root = path.resolve(import.meta.dirname, '../..');

export async function seedSite(): Promise<{ sources: Source[]; knowledge: Knowledge; ctx: SiteContext }> {
  const sources = await loadSources(path.join(root, 'content/sources'));
  const knowledge = buildKnowledge(sources, await loadRegistry(path.join(root, 'seeds/entities')));
  return { sources, knowledge, ctx: new SiteContext(sources, knowledge) };
}
