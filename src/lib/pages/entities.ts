/**
 * View models of the entity pages (/people/<id>/, /organizations/<id>/,
 * /places/<id>/, /minerals/<id>/) and their indexes: roles as each source
 * gives them, every mention in context, quotes, who appears alongside whom
 * (entities mentioned in the same paragraph), events and sources.
 */
import type { Entity, EntityType, Knowledge } from '../../schemas/knowledge.ts';
import { type Anchor, type EntityLink, type SiteContext, type SourceRef, ENTITY_TYPES, byName, links, plural } from './context.ts';
import type { SearchKind } from '../search.ts';
import { occurrences } from '../knowledge/entities.ts';
import { formatDate } from '../site-data.ts';
import { highlight, type Segment } from './text.ts';

/** One row of an index page. */
export interface EntityRow {
  link: EntityLink;
  /** Type-specific one line: a person's roles, else the description; null when none is known. */
  line: string | null;
  mentions: number;
  sources: number;
  /** True when the entity was only discovered in the text (not in the hand-written registry). */
  discovered: boolean;
}

/** A role as one source gives it. */
export interface RoleView {
  role: string;
  organization: EntityLink | null;
  anchor: Anchor;
}

/** One sentence mentioning the entity, with the words that refer to it marked. */
export interface MentionView {
  anchor: Anchor;
  segments: Segment[];
  /** The words used, as written (distinct, in order). */
  words: string[];
  /** Words that do not appear in the sentence exactly as the data gives them (shown beside it). */
  namedAs: string[];
}

/** Mentions in one source. */
export interface MentionGroup {
  source: SourceRef;
  items: MentionView[];
  /** Number of mentions (a sentence can hold more than one). */
  count: number;
}

/** A quote by the entity. */
export interface EntityQuote {
  id: string;
  text: string;
  partial: boolean;
  anchor: Anchor;
  /** The quote's group on /quotes/. */
  groupHref: string;
  /** Number of sources that render the same statement. */
  variants: number;
}

/** An entity mentioned in the same paragraphs. */
export interface Neighbour {
  link: EntityLink;
  /** Paragraphs mentioning both. */
  shared: number;
}

/** An event the entity takes part in (or is the place of). */
export interface EntityEvent {
  id: string;
  name: string;
  date: string | null;
  dateIso: string | null;
  href: string;
  briefingHref: string;
  /** `participant`, `place` or `the event itself`. */
  as: string;
}

/** Another name of the entity, with the paragraphs that use it (empty when none of its sources does). */
export interface AliasView {
  name: string;
  anchors: Anchor[];
}

/** The entity's one-line description and where it comes from: a source's paragraph, or the editor's register. */
export interface DescriptionView {
  text: string;
  /** `source`: the words of the paragraph `anchor` links to; `register`: the hand-written registry's, which no source is cited for. */
  from: 'source' | 'register';
  anchor: Anchor | null;
}

/** Everything an entity page shows. */
export interface EntityPage {
  entity: Entity;
  link: EntityLink;
  typeLabel: string;
  searchKind: SearchKind;
  indexHref: string;
  indexLabel: string;
  description: DescriptionView | null;
  /** Other names the sources use, each with the paragraphs that use it. */
  aliases: AliasView[];
  /** Names only the editor's register gives (used for matching and search; no source uses them). */
  registerAliases: string[];
  wikidata: string | null;
  roles: RoleView[];
  mentions: MentionGroup[];
  mentionCount: number;
  quotes: EntityQuote[];
  neighbours: Neighbour[];
  events: EntityEvent[];
  sources: { source: SourceRef; mentions: number }[];
}

/** Paragraph key `slug#p-…`. */
const key = (source: string, paragraph: string) => `${source}#${paragraph}`;

/** For every entity, the entities sharing a paragraph with it and how many paragraphs they share (ranked). */
export function cooccurrence(entities: readonly Entity[]): Map<string, { id: string; shared: number }[]> {
  const inParagraph = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!m.paragraph) continue;
      const k = key(m.source, m.paragraph);
      let set = inParagraph.get(k);
      if (!set) inParagraph.set(k, (set = new Set()));
      set.add(e.id);
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const ids of inParagraph.values()) {
    for (const a of ids) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const result = new Map<string, { id: string; shared: number }[]>();
  for (const e of entities) {
    const row = [...(counts.get(e.id) ?? new Map<string, number>())].map(([id, shared]) => ({ id, shared }));
    row.sort((a, b) => b.shared - a.shared || byName(names.get(a.id) ?? a.id, names.get(b.id) ?? b.id));
    result.set(e.id, row);
  }
  return result;
}

/** The one line an index shows for an entity. */
function oneLine(entity: Entity): string | null {
  if (entity.type === 'person') {
    const roles = [...new Set(entity.roles.map((r) => r.role))];
    if (entity.description) return entity.description;
    if (roles.length > 0) return roles.slice(0, 2).join('; ');
    return null;
  }
  return entity.description ?? (entity.roles[0]?.role ?? null);
}

/** Index rows for one type, alphabetical by name. */
export function entityRows(ctx: SiteContext, entities: readonly Entity[], type: EntityType): EntityRow[] {
  return entities
    .filter((e) => e.type === type)
    .map((e) => ({ link: ctx.entity(e.id)!, line: oneLine(e), mentions: e.mentions.length, sources: e.sources.length, discovered: !e.registered }))
    .sort((a, b) => byName(a.link.name, b.link.name) || byName(a.link.id, b.link.id));
}

/** Mentions grouped by source (in source order), one item per sentence with every mention in it marked. */
function mentionGroups(ctx: SiteContext, entity: Entity): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  const items = new Map<string, MentionView>();
  for (const m of entity.mentions) {
    let group = groups.get(m.source);
    if (!group) groups.set(m.source, (group = { source: ctx.source(m.source), items: [], count: 0 }));
    group.count++;
    const sentence = m.sentence || m.text;
    const k = `${m.source}|${m.paragraph ?? ''}|${m.embed ?? ''}|${sentence}`;
    let item = items.get(k);
    if (!item) {
      item = { anchor: ctx.anchor(m.source, m.paragraph, m.embed), segments: [], words: [], namedAs: [] };
      items.set(k, item);
      group.items.push(item);
    }
    if (!item.words.includes(m.text)) item.words.push(m.text);
    if (!sentence.includes(m.text) && !item.namedAs.includes(m.text)) item.namedAs.push(m.text);
    item.segments = highlight(sentence, item.words);
  }
  return [...groups.values()];
}

/** At most this many paragraphs cited for one name. */
const ALIAS_ANCHORS = 3;

/**
 * The entity's other names split by provenance: those a paragraph (or
 * embedded post, or metadata line) mentioning the entity contains, with
 * links to up to three of them, and those no source uses, which can only
 * come from the editor's register.
 */
export function aliasViews(ctx: SiteContext, entity: Entity): { aliases: AliasView[]; registerAliases: string[] } {
  const aliases: AliasView[] = [];
  const registerAliases: string[] = [];
  for (const name of entity.aliases) {
    if (name === entity.name) continue;
    const anchors = new Map<string, Anchor>();
    for (const m of entity.mentions) {
      if (anchors.size >= ALIAS_ANCHORS) break;
      const text = (m.paragraph ? ctx.paragraphText(m.source, m.paragraph) : null) ?? m.sentence;
      if (occurrences(text, name) === 0) continue;
      const a = ctx.anchor(m.source, m.paragraph, m.embed, name);
      if (!anchors.has(a.href)) anchors.set(a.href, a);
    }
    if (anchors.size > 0 || !entity.registered) aliases.push({ name, anchors: [...anchors.values()] });
    else registerAliases.push(name);
  }
  return { aliases, registerAliases };
}

/** The description with its provenance: the source role it was taken from, else the register's line. */
function descriptionView(ctx: SiteContext, entity: Entity): DescriptionView | null {
  if (!entity.description) return null;
  // A registered entity without a line in the register has the one a source gives, like any other.
  const role = entity.roles.find((r) => r.role === entity.description);
  if (role) return { text: entity.description, from: 'source', anchor: ctx.anchor(role.source, role.paragraph, null, role.role) };
  return { text: entity.description, from: 'register', anchor: null };
}

/** Build every entity page. */
export function entityPages(ctx: SiteContext, knowledge: Knowledge): Map<string, EntityPage> {
  const near = cooccurrence(knowledge.entities);
  const groupSizes = new Map<string, Set<string>>();
  for (const q of knowledge.quotes) {
    let set = groupSizes.get(q.group);
    if (!set) groupSizes.set(q.group, (set = new Set()));
    set.add(q.source);
  }
  const pages = new Map<string, EntityPage>();
  for (const entity of knowledge.entities) {
    const meta = ENTITY_TYPES[entity.type];
    const mentions = mentionGroups(ctx, entity);
    const perSource = new Map<string, number>();
    for (const m of entity.mentions) perSource.set(m.source, (perSource.get(m.source) ?? 0) + 1);
    const events: EntityEvent[] = knowledge.events
      .filter((ev) => ev.participants.includes(entity.id) || ev.place === entity.id || ev.entity === entity.id)
      .map((ev) => ({
        id: ev.id,
        name: ev.name,
        dateIso: ev.date,
        date: ev.date ? formatDate(ev.date) : null,
        href: links.events(ev.id),
        briefingHref: links.eventBriefing(ev.id),
        as: ev.entity === entity.id ? 'the event itself' : ev.place === entity.id ? 'place' : 'participant',
      }));
    pages.set(entity.id, {
      entity,
      link: ctx.entity(entity.id)!,
      typeLabel: meta.singular,
      searchKind: meta.searchKind,
      indexHref: links.index(entity.type),
      indexLabel: meta.plural,
      description: descriptionView(ctx, entity),
      ...aliasViews(ctx, entity),
      wikidata: entity.wikidata,
      roles: entity.roles.map((r) => ({ role: r.role, organization: ctx.entity(r.organization), anchor: ctx.anchor(r.source, r.paragraph, null, r.role) })),
      mentions,
      mentionCount: entity.mentions.length,
      quotes: knowledge.quotes
        .filter((q) => q.speaker === entity.id)
        .map((q) => ({
          id: q.id,
          text: q.text,
          partial: q.partial,
          anchor: ctx.anchor(q.source, q.paragraph),
          groupHref: links.quotes(q.group),
          variants: groupSizes.get(q.group)?.size ?? 1,
        })),
      neighbours: (near.get(entity.id) ?? []).flatMap(({ id, shared }) => {
        const link = ctx.entity(id);
        return link ? [{ link, shared }] : [];
      }),
      events,
      sources: entity.sources.map((slug) => ({ source: ctx.source(slug), mentions: perSource.get(slug) ?? 0 })),
    });
  }
  return pages;
}

/** `3 mentions in 2 sources`. */
export function countsText(mentions: number, sources: number): string {
  return `${plural(mentions, 'mention')} in ${plural(sources, 'source')}`;
}

/** Estimated HTML bytes the mentions of one page of an entity may hold (the rest of the page comes on top). */
export const MENTIONS_BUDGET = 150_000;

/** At most this many of each other list on an entity's page (roles, quotes, events, sources); the pages of mentions name every source. */
export const ENTITY_LIST_LIMIT = 40;

/** Estimated HTML bytes of one mention in context. */
const mentionBytes = (m: MentionView) => 260 + 1.25 * m.segments.reduce((n, s) => n + s.text.length + (s.hit ? 13 : 0), 0) + 40 * m.namedAs.length;

/**
 * The entity's mentions cut into pages by source (a source's mentions stay
 * together): the first on the entity's page, the others at
 * `<entity path>mentions/<n>/`, so a much-named place keeps pages of a readable size.
 */
export function mentionPages(page: EntityPage, budget = MENTIONS_BUDGET): MentionGroup[][] {
  const pages: MentionGroup[][] = [[]];
  let bytes = 0;
  for (const group of page.mentions) {
    const size = 200 + group.source.title.length * 2 + group.items.reduce((n, m) => n + mentionBytes(m), 0);
    if (bytes + size > budget && pages.at(-1)!.length > 0) {
      pages.push([]);
      bytes = 0;
    }
    pages.at(-1)!.push(group);
    bytes += size;
  }
  return pages;
}
