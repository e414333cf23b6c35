/**
 * The knowledge layer: `buildKnowledge` turns sources and the registry into
 * entities, quotes, figures, events and discrepancies (pure, deterministic);
 * the build's knowledge stage runs it once and stores the result
 * (`storeKnowledge`, ./stored.ts) and the updated address ledger (./ledger.ts:
 * ids claimed from the ids published before); `loadKnowledge` reads that, or
 * builds from the files on disk when it is missing or stale, once per process.
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
import { extractFigures, usePrecomputedFigures } from './figures.ts';
import { FIGURE_CACHE_FILE, figureCacheVersion, readFigureCache } from './figure-cache.ts';
import { corpusMidCaps, corpusMidRuns, discoverMentions } from './mentions.ts';
import { extractQuotes, groupQuotes } from './quotes.ts';
import { indexRegistry, loadRegistry } from './registry.ts';
import { byCode, uniqueIds } from './text.ts';
import { activatePacks } from './packs/index.ts';
import type { PackName } from '../../schemas/corpus.ts';
import { readCorpusConfig } from '../corpus.ts';
import { corpusDir, corpusPath } from '../paths.ts';
import { claimAddresses, LEDGER_FILE, readLedger, writeLedger } from './ledger.ts';
import type { AddressLedger } from '../../schemas/addresses.ts';
import { knowledgeKey, KNOWLEDGE_FILE, readStoredKnowledge, storedKnowledgeKey, writeStoredKnowledge, type KnowledgeInputs } from './stored.ts';

/** Word-level diff of two quote variants, for the site. */
export { quoteDiff, type DiffPart } from './quote-diff.ts';
/** Read the hand-written registry (`<corpus>/entities/*.yaml`). */
export { loadRegistry } from './registry.ts';

/** What a corpus turns on for its knowledge. */
export interface KnowledgeOptions {
  /** Domain packs (src/lib/knowledge/packs/): without `minerals` nothing is typed as a mineral. */
  packs?: readonly PackName[];
  /** The ids published before (./ledger.ts): a thing keeps the one it was published under. None: every id as derived. */
  addresses?: AddressLedger | null;
}

/** Build everything the knowledge layer knows from `sources` (copies marked `duplicateOf` are skipped), the registry and the corpus's packs, its ids claimed from `options.addresses`. */
export function buildKnowledge(sources: readonly Source[], registry: readonly RegistryEntry[], options: KnowledgeOptions = {}): Knowledge {
  return buildKnowledgeAndAddresses(sources, registry, options).knowledge;
}

/** `buildKnowledge`, with the address ledger updated to record its ids. */
export function buildKnowledgeAndAddresses(sources: readonly Source[], registry: readonly RegistryEntry[], options: KnowledgeOptions = {}): { knowledge: Knowledge; addresses: AddressLedger } {
  const { knowledge, ledger } = claimAddresses(derivedKnowledge(sources, registry, options), options.addresses ?? null);
  return { knowledge, addresses: ledger };
}

/** The knowledge with every id as derived from what is extracted. */
function derivedKnowledge(sources: readonly Source[], registry: readonly RegistryEntry[], options: KnowledgeOptions): Knowledge {
  activatePacks(options.packs ?? []);
  const originals = sources.filter((s) => !s.duplicateOf).sort((a, b) => byCode(a.slug, b.slug));
  const index = indexRegistry(registry);
  const preps = originals.map(prepareSource);
  const ctx = { registry: index, midCaps: corpusMidCaps(preps), midRuns: corpusMidRuns(preps), publishers: [...new Set(originals.map((s) => s.publisher.value).filter((p): p is string => !!p && /\s/.test(p)))] };
  const analyses: SourceAnalysis[] = preps.map((prep) => ({ prep, found: discoverMentions(prep, ctx) }));
  const found = resolveEntities(analyses, index);
  const entities = addBylineEntities([...found.entities], originals);
  const resolved = { ...found, entities, byId: new Map(entities.map((e) => [e.id, e])) };
  // Gender for pronouns: an honorific (`Ms Sample`) beats a guess from a first name (`Sam`), which may yield to what the text says (quotes.ts).
  const genderOf = (byTitle: boolean) => {
    const out = new Map<string, 'm' | 'f'>();
    analyses.forEach((a, s) =>
      a.found.mentions.forEach((m, i) => {
        const id = resolved.mentionIds[s]![i];
        if (id && m.gender && !!m.genderByTitle === byTitle && !out.has(id)) out.set(id, m.gender);
      }),
    );
    return out;
  };
  const titled = genderOf(true);
  const gender = new Map([...genderOf(false), ...titled]);
  const quotes = groupQuotes(uniqueIds(analyses.flatMap((a, s) => extractQuotes(a, resolved.mentionIds[s]!, resolved.byId, { gender, titled }))));
  const figures = uniqueIds(originals.flatMap(extractFigures));
  const events = buildEvents({ analyses, mentionIds: resolved.mentionIds, byId: resolved.byId, figures });
  const discrepancies = uniqueIds(findDiscrepancies({ entities: resolved.entities, events, quotes, figures, sources: originals }));
  return { entities: resolved.entities, quotes, figures, events, discrepancies };
}

let corpus: Promise<{ sources: Source[]; registry: RegistryEntry[] }> | null = null;
let cached: Promise<Knowledge> | null = null;
let addresses: Promise<AddressLedger | null> | null = null;

/** The sources and registry on disk (the content folder's `sources/` and `entities/`), read once per process. */
export function loadCorpus(): Promise<{ sources: Source[]; registry: RegistryEntry[] }> {
  corpus ??= Promise.all([loadSources(), loadRegistry()]).then(([sources, registry]) => ({ sources, registry }));
  return corpus;
}

/** The address ledger of the content folder (./ledger.ts), read once per process; null when the corpus was never built. */
export function loadAddresses(): Promise<AddressLedger | null> {
  addresses ??= readLedger(contentPath(LEDGER_FILE));
  return addresses;
}

/** What the knowledge on disk is computed from: the content folder's sources, the corpus's registry and packs. */
function inputsOnDisk(): KnowledgeInputs {
  return { sourcesDir: contentPath('sources'), registryDir: corpusPath('entities'), packs: readCorpusConfig(corpusDir()).packs, ledgerFile: contentPath(LEDGER_FILE) };
}

/** Read the tag cache (the build's tag stage) and use it: a paragraph's tags are then computed only when it lacks them. */
async function useTagCache(): Promise<void> {
  usePrecomputedTags(await readTagCache(contentPath(TAG_CACHE_FILE), tagCacheVersion(TAGGING_VERSION)));
}

/** Read the figure cache (the build's tag stage) and use it: an article's figures are then found only when it lacks them. */
async function useFigureCache(packs: KnowledgeInputs['packs']): Promise<void> {
  usePrecomputedFigures(await readFigureCache(contentPath(FIGURE_CACHE_FILE), figureCacheVersion(packs)));
}

/** Compute the knowledge of `corpusData` with its ids claimed from the ledger on disk (validated), and the updated ledger. */
async function computeKnowledge(corpusData: Promise<{ sources: Source[]; registry: RegistryEntry[] }>, inputs: KnowledgeInputs): Promise<{ knowledge: Knowledge; addresses: AddressLedger }> {
  const [{ sources, registry }, addresses] = await Promise.all([corpusData, readLedger(inputs.ledgerFile), useTagCache(), useFigureCache(inputs.packs)]);
  const built = buildKnowledgeAndAddresses(sources, registry, { packs: inputs.packs, addresses });
  return { knowledge: Knowledge.parse(built.knowledge), addresses: built.addresses };
}

/**
 * The knowledge of the sources on disk, once per process and validated: the build's (./stored.ts) when it was
 * computed from these very inputs, else computed here.
 */
export function loadKnowledge(): Promise<Knowledge> {
  cached ??= (async () => {
    const inputs = inputsOnDisk();
    const stored = await readStoredKnowledge(contentPath(KNOWLEDGE_FILE), await knowledgeKey(inputs));
    if (!stored) return (await computeKnowledge(loadCorpus(), inputs)).knowledge;
    // What computing it would have left behind for the rest of the site: the corpus's packs on, the tag cache in use.
    activatePacks(inputs.packs);
    await useTagCache();
    return stored;
  })();
  return cached;
}

/**
 * The build's knowledge stage: compute the knowledge of the content folder, write the updated address ledger
 * (`<content>/addresses.json`) and the knowledge with its key (`<content>/.knowledge.json`), unless the file already
 * holds the knowledge of these inputs. The key is taken with the ledger as written, which gives the same ids again.
 */
export async function storeKnowledge(): Promise<{ reused: boolean; bytes: number; file: string; ledgerWritten: boolean }> {
  const inputs = inputsOnDisk();
  const file = contentPath(KNOWLEDGE_FILE);
  if ((await storedKnowledgeKey(file)) === (await knowledgeKey(inputs))) return { reused: true, bytes: (await stat(file)).size, file, ledgerWritten: false };
  // Read here, not through loadCorpus(): nothing of it is kept once the file is written.
  const { knowledge, addresses } = await computeKnowledge(Promise.all([loadSources(), loadRegistry()]).then(([sources, registry]) => ({ sources, registry })), inputs);
  usePrecomputedTags(new Map());
  usePrecomputedFigures(new Map());
  const ledgerWritten = await writeLedger(inputs.ledgerFile, addresses);
  return { reused: false, bytes: await writeStoredKnowledge(file, await knowledgeKey(inputs), knowledge), file, ledgerWritten };
}
