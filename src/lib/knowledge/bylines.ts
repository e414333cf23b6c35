/**
 * A source's own metadata names an organisation and people too: its publisher
 * (an organisation) and its bylined author(s) (people). They join the entities
 * found in the text (same name, same entity) with a mention that points at the
 * source itself rather than a paragraph.
 */
import type { Entity, EntityType } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import { byCode, normName, slugify } from './text.ts';
import { MONTHS } from './lexicon.ts';
import { gazetteerPlace } from './places.ts';

const PATH_SEGMENT: Record<EntityType, string> = { person: 'people', organization: 'organizations', place: 'places', mineral: 'minerals' };
const TYPE_ORDER: Record<EntityType, number> = { person: 0, organization: 1, place: 2, mineral: 3 };

/**
 * What a byline names: its people (`Ana Ruiz and Li Wei`) and, after a comma, the outlet they write for
 * (`Dana Whitfield, Harbor Ledger`); a date or a place after it is neither. Agency bylines (`Staff`) are not people.
 */
function readByline(author: string): { people: string[]; outlet: string | null } {
  const [who = '', ...rest] = author.split(/\n/)[0]!.split(/\s*,\s*/);
  const name = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u;
  const people = who
    .split(/\s*(?:\band\b|&)\s*/u)
    .map((x) => x.trim())
    .filter((x) => name.test(x) && !/\b(?:Staff|Desk|Team|Editors?|Reporters?|Correspondents?|News|Agency)\b/u.test(x));
  const outlet = rest.find((x) => name.test(x.trim()) && !MONTHS.has(x.trim().split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '')) && !gazetteerPlace(x.trim())) ?? null;
  return { people, outlet: outlet?.trim() ?? null };
}

/** Add each source's publisher (an organisation) and bylined authors (people) to `entities`, in place; returns the list, sorted as before. */
export function addBylineEntities(entities: Entity[], sources: readonly Source[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (e.type === 'person' || e.type === 'organization') byName.set(`${e.type}|${normName(n).replace(/^the /, '')}`, e);
  const ids = new Set(entities.map((e) => e.id));
  const add = (type: 'person' | 'organization', name: string, source: Source, sentence: string) => {
    const key = `${type}|${normName(name).replace(/^the /, '')}`;
    let e = byName.get(key);
    if (!e) {
      let id = slugify(name) || type;
      if (ids.has(id)) id = `${id}-${type}`;
      for (let n = 2; ids.has(id); n++) id = `${slugify(name)}-${n}`;
      ids.add(id);
      e = { id, type, name, aliases: [], path: `/${PATH_SEGMENT[type]}/${id}/`, description: null, wikidata: null, registered: false, sources: [], roles: [], mentions: [] };
      entities.push(e);
      byName.set(key, e);
    }
    if (e.mentions.some((m) => m.source === source.slug && m.paragraph === null && m.embed === null)) return;
    e.mentions.push({ source: source.slug, paragraph: null, embed: null, text: name, sentence });
    if (!e.sources.includes(source.slug)) e.sources = [...e.sources, source.slug].sort(byCode);
  };
  for (const source of sources) {
    const publisher = source.publisher.value?.trim();
    if (publisher) add('organization', publisher, source, `Published by ${publisher}.`);
    const byline = readByline(source.author.value ?? '');
    for (const person of byline.people) add('person', person, source, `By ${source.author.value}.`);
    if (byline.outlet && byline.outlet !== publisher) add('organization', byline.outlet, source, `By ${source.author.value}.`);
  }
  entities.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || byCode(a.name.toLowerCase(), b.name.toLowerCase()) || byCode(a.id, b.id));
  return entities;
}
