/**
 * The knowledge layer: `buildKnowledge` turns sources and the registry into
 * entities, quotes, figures, events and discrepancies (pure, deterministic);
 * `loadKnowledge` reads both from disk and builds once per process.
 */
import { Knowledge, type RegistryEntry } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import { loadSources } from '../load-sources.ts';
import { prepareSource, TAGGING_VERSION, usePrecomputedTags } from './blocks.ts';
import { readTagCache, TAG_CACHE_FILE, tagCacheVersion } from './tag-cache.ts';
import { contentPath } from '../paths.ts';
import { findDiscrepancies } from './discrepancies.ts';
import { resolveEntities, type SourceAnalysis } from './entities.ts';
import { addBylineEntities } from './bylines.ts';
import { buildEvents } from './events.ts';
import { extractFigures } from './figures.ts';
import { corpusMidCaps, discoverMentions } from './mentions.ts';
import { extractQuotes, groupQuotes } from './quotes.ts';
import { indexRegistry, loadRegistry } from './registry.ts';
import { byCode, uniqueIds } from './text.ts';
import { activatePacks } from './packs/index.ts';
import type { PackName } from '../../schemas/corpus.ts';
import { readCorpusConfig } from '../corpus.ts';
import { corpusDir } from '../paths.ts';

/** Word-level diff of two quote variants, for the site. */
export { quoteDiff, type DiffPart } from './quote-diff.ts';
/** Read the hand-written registry (`<corpus>/entities/*.yaml`). */
export { loadRegistry } from './registry.ts';

/** What a corpus turns on for its knowledge. */
export interface KnowledgeOptions {
  /** Domain packs (src/lib/knowledge/packs/): without `minerals` nothing is typed as a mineral. */
  packs?: readonly PackName[];
}

/** Build everything the knowledge layer knows from `sources` (copies marked `duplicateOf` are skipped), the registry and the corpus's packs. */
export function buildKnowledge(sources: readonly Source[], registry: readonly RegistryEntry[], options: KnowledgeOptions = {}): Knowledge {
  activatePacks(options.packs ?? []);
  const originals = sources.filter((s) => !s.duplicateOf).sort((a, b) => byCode(a.slug, b.slug));
  const index = indexRegistry(registry);
  const preps = originals.map(prepareSource);
  const ctx = { registry: index, midCaps: corpusMidCaps(preps), publishers: [...new Set(originals.map((s) => s.publisher.value).filter((p): p is string => !!p && /\s/.test(p)))] };
  const analyses: SourceAnalysis[] = preps.map((prep) => ({ prep, found: discoverMentions(prep, ctx) }));
  const found = resolveEntities(analyses, index);
  const entities = addBylineEntities([...found.entities], originals);
  const resolved = { ...found, entities, byId: new Map(entities.map((e) => [e.id, e])) };
  // Gender for pronouns: an honorific (`Ms Sample`) beats a guess from a first name (`Sam`).
  const gender = new Map<string, 'm' | 'f'>();
  for (const byTitle of [true, false]) {
    analyses.forEach((a, s) =>
      a.found.mentions.forEach((m, i) => {
        const id = resolved.mentionIds[s]![i];
        if (id && m.gender && !!m.genderByTitle === byTitle && !gender.has(id)) gender.set(id, m.gender);
      }),
    );
  }
  const quotes = groupQuotes(uniqueIds(analyses.flatMap((a, s) => extractQuotes(a, resolved.mentionIds[s]!, resolved.byId, gender))));
  const figures = uniqueIds(originals.flatMap(extractFigures));
  const events = buildEvents({ analyses, mentionIds: resolved.mentionIds, byId: resolved.byId, figures });
  const discrepancies = uniqueIds(findDiscrepancies({ entities: resolved.entities, events, quotes, figures, sources: originals }));
  return { entities: resolved.entities, quotes, figures, events, discrepancies };
}

let corpus: Promise<{ sources: Source[]; registry: RegistryEntry[] }> | null = null;
let cached: Promise<Knowledge> | null = null;

/** The sources and registry on disk (the content folder's `sources/` and `entities/`), read once per process. */
export function loadCorpus(): Promise<{ sources: Source[]; registry: RegistryEntry[] }> {
  corpus ??= Promise.all([loadSources(), loadRegistry()]).then(([sources, registry]) => ({ sources, registry }));
  return corpus;
}

/** The knowledge of the sources on disk, built once per process and validated. */
export function loadKnowledge(): Promise<Knowledge> {
  cached ??= Promise.all([loadCorpus(), readTagCache(contentPath(TAG_CACHE_FILE), tagCacheVersion(TAGGING_VERSION))]).then(([{ sources, registry }, tags]) => {
    usePrecomputedTags(tags);
    return Knowledge.parse(buildKnowledge(sources, registry, { packs: readCorpusConfig(corpusDir()).packs }));
  });
  return cached;
}
