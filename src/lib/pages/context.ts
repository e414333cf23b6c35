/**
 * The shared context of the cross-reference pages: the sources by slug (with
 * their paragraphs by id), the entities by id, and links into them. Every
 * link a view model gives a page is made here, through `href()`, so the site
 * works under any base path. Pure: built once from the sources and the
 * knowledge (src/lib/pages/index.ts), never per page.
 */
import type { Entity, EntityType, Knowledge } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import type { SearchKind } from '../search.ts';
import { formatDate, shortSourceName, stated } from '../site-data.ts';
import { href, sourceHref } from '../url.ts';
import type { Placements, SplitIndex } from './parts.ts';

/** What a page needs to know about a source to name it and link to it. */
export interface SourceRef {
  slug: string;
  title: string;
  /** Short name for citation markers: the publisher, else the opening words of the title. */
  short: string;
  publisher: string | null;
  /** ISO date, or null. */
  dateIso: string | null;
  /** Display date, or null. */
  date: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The source page. */
  href: string;
}

/** A spot in a source: a paragraph (or an embedded post), with its link and a short label such as `¶ 3`. */
export interface Anchor {
  source: SourceRef;
  /** Paragraph id, or null for an embedded post (or, failing both, the source as a whole). */
  paragraph: string | null;
  /** Paragraph number, or null. */
  n: number | null;
  /** Index of the embedded post, or null. */
  embed: number | null;
  /** `¶ 3`, `embedded post` or `source`. */
  label: string;
  /** Link to the spot on the source page. */
  href: string;
}

/** A link to an entity page. */
export interface EntityLink {
  id: string;
  name: string;
  type: EntityType;
  href: string;
}

/** How each entity type is named on the site, and where its pages live. */
export const ENTITY_TYPES: Record<EntityType, { singular: string; plural: string; dir: string; searchKind: SearchKind; blurb: string }> = {
  person: {
    singular: 'Person',
    plural: 'People',
    dir: 'people',
    searchKind: 'person',
    blurb: 'Everyone the sources name, with the roles each source gives them, what they are quoted as saying and who they appear with.',
  },
  organization: {
    singular: 'Organisation',
    plural: 'Organisations',
    dir: 'organizations',
    searchKind: 'organisation',
    blurb: 'Governments, companies, forums and institutions the sources name, with every mention in context.',
  },
  place: {
    singular: 'Place',
    plural: 'Places',
    dir: 'places',
    searchKind: 'place',
    blurb: 'Countries, regions and cities the sources name, with every mention in context.',
  },
  mineral: {
    singular: 'Mineral',
    plural: 'Minerals',
    dir: 'minerals',
    searchKind: 'mineral',
    blurb: 'Minerals and resources the sources name, with every mention in context.',
  },
};

/** Display order of entity types. */
export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'mineral'];

/** Where the items of the split indexes are listed, and which events have a briefing (set by the site model). */
let layout: { placements: Placements; briefed: ReadonlySet<string> } | null = null;

/** Make the links below point at the pages the site model placed each item on (src/lib/pages/parts.ts). */
export function useLayout(placements: Placements, briefed: ReadonlySet<string>): void {
  layout = { placements, briefed };
}

/** The page of an item of a split index (its overview page while nothing is placed), with the item's anchor. */
function placed(index: SplitIndex, id: string | undefined): string {
  if (!id) return href(`${index}/`);
  const part = layout?.placements.where.get(`${index}:${id}`);
  return href(`${part?.path ?? `${index}/`}#${id}`);
}

/** Site-internal links to the cross-reference pages. */
export const links = {
  index: (type: EntityType) => href(`${ENTITY_TYPES[type].dir}/`),
  quotes: (group?: string) => placed('quotes', group),
  figures: (id?: string) => placed('figures', id),
  events: (id?: string) => placed('events', id),
  discrepancies: (id?: string) => placed('discrepancies', id),
  /** An event's briefing; an event without one (reported by a single source) links to where it is listed. */
  eventBriefing: (id: string) => (!layout || layout.briefed.has(id) ? href(`briefings/events/${id}/`) : placed('events', id)),
  indexes: () => href('indexes/'),
};

/** One collator for every comparison (`localeCompare` with options builds one per call). */
const INDEX_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compare strings the way an index reads: case-insensitive, numbers in order, then by code unit for a stable tie-break. */
export function byName(a: string, b: string): number {
  return INDEX_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** `1 source`, `2 sources`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sources and entities, indexed, with link makers. */
export class SiteContext {
  readonly sources = new Map<string, SourceRef>();
  readonly entities = new Map<string, Entity>();
  private readonly paragraphs = new Map<string, Map<string, { n: number; text: string }>>();
  private readonly embeds = new Map<string, Source['embeds']>();

  constructor(sources: readonly Source[], knowledge: Knowledge) {
    for (const source of sources) {
      const dateIso = stated(source.date);
      this.sources.set(source.slug, {
        slug: source.slug,
        title: source.title,
        short: shortSourceName(source),
        publisher: stated(source.publisher),
        dateIso,
        date: dateIso ? formatDate(dateIso) : null,
        lang: source.lang,
        dir: source.dir,
        href: sourceHref(source.slug),
      });
      this.paragraphs.set(source.slug, new Map(source.paragraphs.map((p) => [p.id as string, { n: p.n, text: p.text }])));
      this.embeds.set(source.slug, source.embeds);
    }
    for (const entity of knowledge.entities) this.entities.set(entity.id, entity);
  }

  /** The source with this slug; a placeholder (linking to the source page) when unknown. */
  source(slug: string): SourceRef {
    return (
      this.sources.get(slug) ?? { slug, title: slug, short: slug, publisher: null, dateIso: null, date: null, lang: 'und', dir: 'ltr', href: sourceHref(slug) }
    );
  }

  /** A paragraph's text, or null when the source has no such paragraph. */
  paragraphText(slug: string, paragraph: string): string | null {
    return this.paragraphs.get(slug)?.get(paragraph)?.text ?? null;
  }

  /**
   * The spot `paragraph` (or embedded post `embed`) of source `slug`. An
   * embedded post is linked as `#embed-<index>`; when only `value` is known
   * (a discrepancy read from a post), the post whose text contains it is used.
   * A paragraph the source does not have falls back to the source page, so
   * no link ever points at a missing fragment.
   */
  anchor(slug: string, paragraph: string | null, embed: number | null = null, value?: string): Anchor {
    const source = this.source(slug);
    if (paragraph) {
      const p = this.paragraphs.get(slug)?.get(paragraph);
      if (p) return { source, paragraph, n: p.n, embed: null, label: `¶ ${p.n}`, href: `${source.href}#${paragraph}` };
    }
    const posts = this.embeds.get(slug) ?? [];
    let index = embed !== null && embed < posts.length ? embed : -1;
    if (index < 0 && value) index = posts.findIndex((post) => post.text.includes(value));
    if (index < 0 && !paragraph && posts.length > 0) index = 0;
    if (index >= 0) return { source, paragraph: null, n: null, embed: index, label: 'embedded post', href: `${source.href}#embed-${index}` };
    return { source, paragraph: null, n: null, embed: null, label: 'source', href: source.href };
  }

  /** The embedded post of source `slug` dated `date`, or null. */
  postDated(slug: string, date: string): Anchor | null {
    const index = (this.embeds.get(slug) ?? []).findIndex((post) => post.date === date);
    return index >= 0 ? this.anchor(slug, null, index) : null;
  }

  /** The first of `paragraphs` (of source `slug`) whose text contains `words`, else the first of them. */
  paragraphWith(slug: string, paragraphs: readonly string[], words: string | null): Anchor | null {
    const found = words ? paragraphs.find((p) => this.paragraphText(slug, p)?.includes(words)) : undefined;
    const id = found ?? paragraphs[0];
    return id ? this.anchor(slug, id) : null;
  }

  /** A link to an entity page, or null when the id is not an entity. */
  entity(id: string | null | undefined): EntityLink | null {
    const entity = id ? this.entities.get(id) : undefined;
    return entity ? { id: entity.id, name: entity.name, type: entity.type, href: href(entity.path) } : null;
  }
}
