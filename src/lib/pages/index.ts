/**
 * Everything the cross-reference pages show, computed once per build from
 * `loadKnowledge()` and the sources (`loadCorpus()`, both memoised): entity
 * pages and indexes, quote groups with diffs, figures, the timeline, event
 * briefings, discrepancies, each source's cross-references and the pictures.
 * Pages call `loadSiteModel()` and only read what it returns.
 */
import type { EntityType, Knowledge } from '../../schemas/knowledge.ts';
import type { Source } from '../../schemas/source.ts';
import { loadAddresses, loadCorpus, loadKnowledge } from '../knowledge/index.ts';
import type { AddressLedger } from '../../schemas/addresses.ts';
import { type RetiredPage, movedAnchors, retiredPages } from './retired.ts';
import { barsPicture } from '../svg/bars.ts';
import { networkPicture } from '../svg/network.ts';
import type { Picture } from '../svg/picture.ts';
import { type TimelineItem, sortItems, timelinePicture } from '../svg/timeline.ts';
import { type EntityLink, type SourceRef, SiteContext, TYPE_ORDER, byName, useLayout } from './context.ts';
import { type Placements, placeItems } from './parts.ts';
import { type DiscrepancyView, discrepancyViews } from './discrepancies.ts';
import { type EntityPage, type EntityRow, cooccurrence, entityPages, entityRows } from './entities.ts';
import { type EventBriefing, type EventView, eventBriefing, eventView, timeline } from './events.ts';
import { type FigureGroup, type FigureRow, figureGroups, figureRows, keyFigureGroups } from './figures.ts';
import { type QuoteGroupView, quoteGroups } from './quotes.ts';
import { type SourceXref, sourceXrefs } from './sources.ts';
import { type AccountSentence, storyLede } from './narrative.ts';
import { type TextRun, paragraphLinker } from './name-links.ts';

/** A pair of people mentioned in the same paragraphs. */
export interface PersonLink {
  a: EntityLink;
  b: EntityLink;
  shared: number;
}

/** An item of the timeline's text alternative. */
export interface TimelineEntry extends TimelineItem {
  date: string;
  href: string;
  /** For a publication: the source. */
  source?: SourceRef;
}

export interface SiteModel {
  ctx: SiteContext;
  /** The home page's lede: the story in a few of the sources' own sentences (narrative.ts). */
  lede: AccountSentence[];
  knowledge: Knowledge;
  entities: Map<string, EntityPage>;
  rows: Record<EntityType, EntityRow[]>;
  quoteGroups: QuoteGroupView[];
  figures: FigureRow[];
  figureGroups: FigureGroup[];
  keyFigureGroups: FigureGroup[];
  /** True when the key-figures chart leaves out groups or figures (a large corpus). */
  keyFiguresTrimmed: boolean;
  events: EventView[];
  dated: EventView[];
  undated: EventView[];
  /** Briefings of the events reported by at least two sources. */
  briefings: EventBriefing[];
  /** Events reported by a single source: listed on /events/, without a briefing of their own. */
  listedOnly: EventView[];
  /** The page each item of the split indexes is listed on (and where a retired id's successor is). */
  placements: Placements;
  /** The pages at the old URLs of retired event and entity ids. */
  retired: RetiredPage[];
  discrepancies: DiscrepancyView[];
  xrefs: Map<string, SourceXref>;
  /** A paragraph of source `slug` as runs of text, the first mention of each entity linked to its page (name-links.ts). */
  paragraphRuns: (slug: string, paragraph: { id: string; text: string }) => TextRun[];
  /** People mentioned together, strongest first. */
  personLinks: PersonLink[];
  /** Whether /people/ shows the network picture and table itself (else it links to /network/): at most NETWORK_INLINE_PAIRS pairs. */
  networkInline: boolean;
  timelineEntries: TimelineEntry[];
  /** The timeline of the /events/ overview: every entry when there are at most TIMELINE_LIMIT, else the events reported by the most sources. */
  overviewTimeline: TimelineEntry[];
  pictures: {
    timeline: (id: string, title?: string, entries?: readonly TimelineEntry[]) => Picture;
    network: (id: string) => Picture;
    keyFigures: (id: string) => Picture;
  };
  /** The most mentioned entities of each type (for the home page). */
  top: Record<EntityType, { link: EntityLink; mentions: number }[]>;
  /** Sources the knowledge covers (copies excluded). */
  covered: number;
  /** Publication dates of the dated sources, oldest first. */
  sourceDates: string[];
  /** Of the sources without a publication date, the dates of those that are dated copies (republished), oldest first. */
  copyDates: string[];
}

/** An event gets a briefing of its own when at least this many sources report it; the others are listed on /events/. */
export const MIN_BRIEFING_SOURCES = 2;

/** At most this many entries on a timeline drawn on one page (/events/, the home page). */
export const TIMELINE_LIMIT = 150;
/** Pairs of people the /people/ index shows in its network picture and table; past this, they have a page of their own (/network/). */
export const NETWORK_INLINE_PAIRS = 150;

/** A figure as written, with its unit when the words alone do not say it (`52` → `52 minerals`; `two-day` says `days`). */
export function withUnit(r: Pick<FigureRow, 'text' | 'unit'>): string {
  if (!r.unit) return r.text;
  const text = r.text.toLowerCase();
  return text.includes(r.unit.toLowerCase()) || text.includes(r.unit.toLowerCase().replace(/s$/, '')) ? r.text : `${r.text} ${r.unit}`;
}

/** Build the model (pure); `addresses`, the ids published before, gives the retired ids their addresses. */
export function buildSiteModel(sources: readonly Source[], knowledge: Knowledge, addresses: AddressLedger | null = null): SiteModel {
  const ctx = new SiteContext(sources, knowledge);
  // Placed first: every link to a figure, quote, event or discrepancy points at the page it is listed on.
  const placements: Placements = { ...placeItems(ctx, knowledge), moved: addresses ? movedAnchors(addresses, knowledge) : new Map() };
  const briefed = new Set(knowledge.events.filter((e) => new Set(e.sources).size >= MIN_BRIEFING_SOURCES).map((e) => e.id));
  useLayout(placements, briefed);
  const entities = entityPages(ctx, knowledge);
  const rows = Object.fromEntries(TYPE_ORDER.map((t) => [t, entityRows(ctx, knowledge.entities, t)])) as Record<EntityType, EntityRow[]>;
  const groups = quoteGroups(ctx, knowledge);
  const figures = figureRows(ctx, knowledge);
  const fGroups = figureGroups(figures);
  const kGroups = keyFigureGroups(fGroups);
  const events = knowledge.events.map((e) => eventView(ctx, e));
  const { dated, undated } = timeline(events);
  const discrepancies = discrepancyViews(ctx, knowledge);
  const texts = sources.map((s) => ({ slug: s.slug, date: s.date.value, paragraphs: s.paragraphs }));
  const briefings = knowledge.events.filter((e) => briefed.has(e.id)).map((e) => eventBriefing(ctx, knowledge, e, { figures, quoteGroups: groups, discrepancies, texts }));
  const copies = new Set(sources.filter((s) => s.duplicateOf).map((s) => s.slug));
  const lede = storyLede(ctx, knowledge, texts.filter((t) => !copies.has(t.slug)));
  const xrefs = sourceXrefs(ctx, knowledge, { events, figures, quoteGroups: groups, discrepancies });

  // People mentioned in the same paragraphs.
  const people = knowledge.entities.filter((e) => e.type === 'person');
  const near = cooccurrence(people);
  const personLinks: PersonLink[] = [];
  for (const person of people) {
    for (const { id, shared } of near.get(person.id) ?? []) {
      if (person.id < id) personLinks.push({ a: ctx.entity(person.id)!, b: ctx.entity(id)!, shared });
    }
  }
  personLinks.sort((x, y) => y.shared - x.shared || byName(x.a.name, y.a.name) || byName(x.b.name, y.b.name));
  const linked = new Set(personLinks.flatMap((l) => [l.a.id, l.b.id]));
  const nodes = people.filter((p) => linked.has(p.id)).map((p) => ({ id: p.id, name: p.name, weight: p.mentions.length }));
  const edges = personLinks.map((l) => ({ a: l.a.id, b: l.b.id, weight: l.shared }));

  // The timeline: dated events and the publication dates of dated sources.
  const covered = sources.filter((s) => !s.duplicateOf);
  const items: TimelineEntry[] = [
    ...dated.map((e) => ({ dateIso: e.dateIso!, date: e.date!, label: e.name, kind: 'event' as const, href: e.briefingHref })),
    ...covered.flatMap((s) => {
      const ref = ctx.source(s.slug);
      return ref.dateIso ? [{ dateIso: ref.dateIso, date: ref.date!, label: `${ref.short} publishes “${ref.title}”`, kind: 'published' as const, href: ref.href, source: ref }] : [];
    }),
  ];
  const timelineEntries = sortItems(items) as TimelineEntry[];
  const reportedBy = new Map(dated.map((e) => [e.href, e.sources.length]));
  const mostReported = new Set(
    timelineEntries
      .filter((t) => t.kind === 'event')
      .map((t, i) => ({ t, i, n: reportedBy.get(t.href) ?? 0 }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, TIMELINE_LIMIT)
      .map((x) => x.t),
  );
  const overviewTimeline = timelineEntries.length <= TIMELINE_LIMIT ? timelineEntries : timelineEntries.filter((t) => mostReported.has(t));

  const barGroups = (list: readonly FigureGroup[]) =>
    list.map((g) => ({ label: g.label, bars: g.rows.map((r) => ({ text: withUnit(r), source: r.anchor.source.short, value: r.value, max: r.max })) }));

  const top = Object.fromEntries(
    TYPE_ORDER.map((t) => [
      t,
      knowledge.entities
        .filter((e) => e.type === t)
        .map((e) => ({ link: ctx.entity(e.id)!, mentions: e.mentions.length }))
        .sort((a, b) => b.mentions - a.mentions || byName(a.link.name, b.link.name))
        .slice(0, 5),
    ]),
  ) as SiteModel['top'];

  return {
    ctx,
    lede,
    knowledge,
    entities,
    rows,
    quoteGroups: groups,
    figures,
    figureGroups: fGroups,
    keyFigureGroups: kGroups,
    keyFiguresTrimmed: kGroups.reduce((n, g) => n + g.rows.length, 0) < keyFigureGroups(fGroups, { groups: Infinity, bars: Infinity }).reduce((n, g) => n + g.rows.length, 0),
    events,
    dated,
    undated,
    briefings,
    listedOnly: events.filter((e) => !briefed.has(e.id)),
    placements,
    retired: addresses ? retiredPages(addresses, knowledge) : [],
    discrepancies,
    xrefs,
    paragraphRuns: paragraphLinker(ctx, knowledge),
    personLinks,
    networkInline: personLinks.length <= NETWORK_INLINE_PAIRS,
    timelineEntries,
    overviewTimeline,
    pictures: {
      timeline: (id, title, entries = timelineEntries) => timelinePicture(id, entries, title),
      network: (id) => networkPicture(id, nodes, edges),
      keyFigures: (id) => barsPicture(id, barGroups(kGroups), 'Key figures, compared within each group'),
    },
    top,
    covered: covered.length,
    sourceDates: covered.flatMap((s) => (s.date.value ? [s.date.value] : [])).sort(),
    copyDates: covered.flatMap((s) => (!s.date.value && s.republished?.date.value ? [s.republished.date.value] : [])).sort(),
  };
}

let model: Promise<SiteModel> | null = null;

/** The model of the sources and knowledge on disk, built once per process. */
export function loadSiteModel(): Promise<SiteModel> {
  model ??= Promise.all([loadCorpus(), loadKnowledge(), loadAddresses()]).then(([{ sources }, knowledge, addresses]) => buildSiteModel(sources, knowledge, addresses));
  return model;
}
