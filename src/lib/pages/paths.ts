/** Static paths of the generated pages, read from the site model (each entity at the `path` the knowledge data gives it). */
import type { EntityType } from '../../schemas/knowledge.ts';
import { ENTITY_TYPES } from './context.ts';
import type { EntityPage } from './entities.ts';
import type { EventBriefing } from './events.ts';
import { loadSiteModel } from './index.ts';
import { pageKey } from './cache-key.ts';

/** Pages of one entity type: the `id` parameter is the last segment of the entity's `path`. */
export async function entityPaths(type: EntityType): Promise<{ params: { id: string }; props: { page: EntityPage }; cacheKey: string }[]> {
  const model = await loadSiteModel();
  const prefix = `/${ENTITY_TYPES[type].dir}/`;
  return [...model.entities.values()]
    .filter((page) => page.entity.type === type)
    .map((page) => {
      const { path } = page.entity;
      if (!path.startsWith(prefix) || !path.endsWith('/')) throw new Error(`Entity ${page.entity.id} has path ${path}, not under ${prefix}`);
      // The page shows its EntityPage only (EntityPageShell, EntityPageBody).
      return { params: { id: path.slice(prefix.length, -1) }, props: { page }, cacheKey: pageKey('entity', page) };
    });
}

/** Pages of the event briefings, `/briefings/events/<event id>/`. */
export async function eventBriefingPaths(): Promise<{ params: { id: string }; props: { briefing: EventBriefing } }[]> {
  return (await loadSiteModel()).briefings.map((briefing) => ({ params: { id: briefing.event.id }, props: { briefing } }));
}
