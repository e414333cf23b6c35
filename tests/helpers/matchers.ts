/** Run some of the mention matchers on a synthetic article, for the matchers' own tests. */
import type { PackName } from '../../src/schemas/corpus.ts';
import type { RegistryEntry } from '../../src/schemas/knowledge.ts';
import type { Source } from '../../src/schemas/source.ts';
import { prepareSource } from '../../src/lib/knowledge/blocks.ts';
import { corpusMidCaps, corpusMidRuns, discoverMentions, type RawMention, type SourceMentions } from '../../src/lib/knowledge/mentions.ts';
import type { Matcher } from '../../src/lib/knowledge/matchers/index.ts';
import { activatePacks } from '../../src/lib/knowledge/packs/index.ts';
import { indexRegistry } from '../../src/lib/knowledge/registry.ts';
import { article } from './article.ts';

export interface FindOptions {
  dateline?: string | null;
  registry?: readonly RegistryEntry[];
  packs?: readonly PackName[];
  publishers?: readonly string[];
  embeds?: Source['embeds'];
}

/** What `matchers` (run in this order, like the runner runs its list) find in an article of these paragraphs. */
export function findWith(matchers: readonly Matcher[], paragraphs: readonly string[], options: FindOptions = {}): SourceMentions {
  activatePacks(options.packs ?? []);
  const source = { ...article('matcher-test', options.dateline ?? null, paragraphs), embeds: options.embeds ?? [] };
  const prep = prepareSource(source);
  const ctx = { registry: indexRegistry(options.registry ?? []), midCaps: corpusMidCaps([prep]), midRuns: corpusMidRuns([prep]), publishers: options.publishers ?? [] };
  return discoverMentions(prep, ctx, matchers);
}

/** The mentions as `type:text`, in text order. */
export function found(result: SourceMentions): string[] {
  return result.mentions.map((m) => `${m.type}:${m.text}`);
}

/** The mention whose text is `text`. */
export function mentionOf(result: SourceMentions, text: string): RawMention | undefined {
  return result.mentions.find((m) => m.text === text);
}
