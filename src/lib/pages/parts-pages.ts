/** Static paths of the pages of the split indexes and of their lookups (src/lib/pages/parts.ts), read from the site model. */
import type { APIRoute } from 'astro';
import type { EntityType } from '../../schemas/knowledge.ts';
import { type EntityPage, mentionPages } from './entities.ts';
import { type SiteModel, loadSiteModel } from './index.ts';
import { indexLinks } from './nav.ts';
import { keyPart, pageKey } from './cache-key.ts';
import { entityPaths } from './paths.ts';
import { type IndexPart, LOOKUP_SHARDS, type SplitIndex, lookupShardData } from './parts.ts';

/** The items one part page of an index lists (quote groups, figure rows, events or discrepancies), in the index's order. */
export function partList(model: SiteModel, index: 'quotes', part: IndexPart): SiteModel['quoteGroups'];
export function partList(model: SiteModel, index: 'figures', part: IndexPart): SiteModel['figures'];
export function partList(model: SiteModel, index: 'events', part: IndexPart): SiteModel['events'];
export function partList(model: SiteModel, index: 'discrepancies', part: IndexPart): SiteModel['discrepancies'];
export function partList(model: SiteModel, index: SplitIndex, part: IndexPart): readonly { id: string }[];
export function partList(model: SiteModel, index: SplitIndex, part: IndexPart): readonly { id: string }[] {
  switch (index) {
    case 'quotes':
      return partItems(model.quoteGroups, part);
    case 'figures':
      return partItems(model.figures, part);
    case 'events':
      return partItems(part.key === 'undated' ? model.undated : model.dated, part);
    case 'discrepancies':
      return partItems(model.discrepancies, part);
  }
}

/** The pages of one index after its overview: `[...part]` is the path under the index, e.g. `money-usd/2`. */
export async function partPaths(index: SplitIndex): Promise<{ params: { part: string }; props: { part: IndexPart }; cacheKey: string }[]> {
  const model = await loadSiteModel();
  const { placements } = model;
  // What every part page shows besides its items: the index navigation (with counts) and the list of the index's parts.
  const around = keyPart([indexLinks(model), placements.parts[index]]);
  // A whole index is listed on its overview (src/pages/<index>/index.astro), with no page of its own.
  return placements.parts[index]
    .filter((part) => part.path !== `${index}/`)
    .map((part) => ({ params: { part: part.path.slice(index.length + 1, -1) }, props: { part }, cacheKey: pageKey('part', index, part, partList(model, index, part), around) }));
}

/** Position of each item by id, built once per list (every part page of an index reads the same list). */
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/** The items of one part, in the list's order: looked up by id, so rendering every part is linear in the index. */
export function partItems<T extends { id: string }>(all: readonly T[], part: IndexPart): T[] {
  let at = positions.get(all);
  if (!at) positions.set(all, (at = new Map(all.map((item, i) => [item.id, i]))));
  return part.ids.flatMap((id) => (at!.has(id) ? [at!.get(id)!] : [])).sort((a, b) => a - b).map((i) => all[i]!);
}

/** A part page's title: `Figures: Money (USD)`, or `… (page 2 of 3)` when its key runs over several pages. */
export function partTitle(index: string, part: IndexPart): string {
  return part.of > 1 ? `${index}: ${part.label} (page ${part.n} of ${part.of})` : `${index}: ${part.label}`;
}

/** The shards of an index's id → page lookup (each keyed by the data it writes). */
export async function lookupPaths(index: SplitIndex): Promise<{ params: { shard: string }; props: { index: SplitIndex; shard: number }; cacheKey: string }[]> {
  const { placements } = await loadSiteModel();
  return Array.from({ length: LOOKUP_SHARDS }, (_, shard) => ({ params: { shard: String(shard) }, props: { index, shard }, cacheKey: pageKey('lookup', lookupShardData(placements, index, shard)) }));
}

/** One shard of a lookup, as JSON. */
export const lookupEndpoint: APIRoute = async ({ props }) => {
  const { index, shard } = props as { index: SplitIndex; shard: number };
  const { placements } = await loadSiteModel();
  return new Response(JSON.stringify(lookupShardData(placements, index, shard)), { headers: { 'Content-Type': 'application/json' } });
};

/** The further pages of mentions of each entity of a type (`/<type dir>/<id>/mentions/<n>/`, src/lib/pages/entities.ts mentionPages). */
export async function entityMentionPaths(type: EntityType): Promise<{ params: { id: string; n: string }; props: { page: EntityPage; n: number }; cacheKey: string }[]> {
  // A further page shows what the entity's own page is keyed by (its EntityPage), and which page it is.
  return (await entityPaths(type)).flatMap(({ params, props, cacheKey }) =>
    mentionPages(props.page)
      .slice(1)
      .map((_, i) => ({ params: { id: params.id, n: String(i + 2) }, props: { page: props.page, n: i + 2 }, cacheKey: pageKey('mentions', cacheKey, i + 2) })),
  );
}
