/**
 * The knowledge layer: `buildKnowledge` turns sources and the registry into
 * entities, quotes, figures, events and discrepancies (pure, deterministic);
 * the build's knowledge stage runs it once and stores the result
 * (`storeKnowledge`, ./stored.ts); `loadKnowledge` reads that, or builds from
 * the files on disk when it is missing or stale, once per process.
 */
import { stat } from 'node:fs/promises';
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
import { corpusMidCaps, corpusMidRuns, discoverMentions } from './mentions.ts';
import { extractQuotes, groupQuotes } from './quotes.ts';
import { indexRegistry, loadRegistry } from './registry.ts';
import { byCode, uniqueIds } from './text.ts';
import { activatePacks } from './packs/index.ts';
import type { PackName } from '../../schemas/corpus.ts';
import { readCorpusConfig } from '../corpus.ts';
import { corpusDir, corpusPath } from '../paths.ts';
import { knowledgeKey, KNOWLEDGE_FILE, readStoredKnowledge, storedKnowledgeKey, writeStoredKnowledge, type KnowledgeInputs } from './stored.ts';

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
  const ctx = { registry: index, midCaps: corpusMidCaps(preps), midRuns: corpusMidRuns(preps), publishers: [...new Set(originals.map((s) => s.publisher.value).filter((p): p is string => !!p && /\s/.test(p)))] };
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

/** What the knowledge on disk is computed from: the content folder's sources, the corpus's registry and packs. */
function inputsOnDisk(): KnowledgeInputs {
  return { sourcesDir: contentPath('sources'), registryDir: corpusPath('entities'), packs: readCorpusConfig(corpusDir()).packs };
}

/** Read the tag cache (the build's tag stage) and use it: a paragraph's tags are then computed only when it lacks them. */
async function useTagCache(): Promise<void> {
  usePrecomputedTags(await readTagCache(contentPath(TAG_CACHE_FILE), tagCacheVersion(TAGGING_VERSION)));
}

/** Compute the knowledge of `corpusData`, validated. */
async function computeKnowledge(corpusData: Promise<{ sources: Source[]; registry: RegistryEntry[] }>, packs: readonly PackName[]): Promise<Knowledge> {
  const [{ sources, registry }] = await Promise.all([corpusData, useTagCache()]);
  return Knowledge.parse(buildKnowledge(sources, registry, { packs }));
}

/**
 * The knowledge of the sources on disk, once per process and validated: the build's (./stored.ts) when it was
 * computed from these very inputs, else computed here.
 */
export function loadKnowledge(): Promise<Knowledge> {
  cached ??= (async () => {
    const inputs = inputsOnDisk();
    const stored = await readStoredKnowledge(contentPath(KNOWLEDGE_FILE), await knowledgeKey(inputs));
    if (!stored) return computeKnowledge(loadCorpus(), inputs.packs);
    // What computing it would have left behind for the rest of the site: the corpus's packs on, the tag cache in use.
    activatePacks(inputs.packs);
    await useTagCache();
    return stored;
  })();
  return cached;
}

/**
 * The build's knowledge stage: compute the knowledge of the content folder and write it with its key
 * (`<content>/.knowledge.json`), unless the file already holds the knowledge of these inputs.
 */
export async function storeKnowledge(): Promise<{ reused: boolean; bytes: number; file: string }> {
  const inputs = inputsOnDisk();
  const [key, file] = [await knowledgeKey(inputs), contentPath(KNOWLEDGE_FILE)];
  if ((await storedKnowledgeKey(file)) === key) return { reused: true, bytes: (await stat(file)).size, file };
  // Read here, not through loadCorpus(): nothing of it is kept once the file is written.
  const knowledge = await computeKnowledge(Promise.all([loadSources(), loadRegistry()]).then(([sources, registry]) => ({ sources, registry })), inputs.packs);
  usePrecomputedTags(new Map());
  return { reused: false, bytes: await writeStoredKnowledge(file, key, knowledge), file };
}
