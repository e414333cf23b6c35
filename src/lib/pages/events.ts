/**
 * View models of /events/ (a timeline: dated events in order, undated ones
 * with the reason) and of the event briefings generated for each event
 * (/briefings/events/<id>/): what happened, who, where, when, the figures,
 * the quote variants, the sources and where they disagree, every statement
 * linked to the paragraph it comes from.
 */
import type { Event, Knowledge } from '../../schemas/knowledge.ts';
import { excerpt, formatDate } from '../site-data.ts';
import { type Anchor, type EntityLink, type SiteContext, type SourceRef, links, plural } from './context.ts';
import type { DiscrepancyView } from './discrepancies.ts';
import type { FigureRow } from './figures.ts';
import type { QuoteGroupView } from './quotes.ts';
import { type AccountSentence, type SourceText, eventAccount, eventSummary } from './narrative.ts';

export const EVENT_KIND: Record<Event['kind'], string> = {
  meeting: 'Meeting',
  forum: 'Forum',
  agreement: 'Agreement',
  visit: 'Visit',
  call: 'Call',
  shipment: 'Shipment',
  inauguration: 'Inauguration',
  incident: 'Incident',
  announcement: 'Announcement',
  vote: 'Vote',
  ruling: 'Ruling',
  funding: 'Funding',
  appointment: 'Appointment',
  resignation: 'Resignation',
  match: 'Match',
  election: 'Election',
  launch: 'Launch',
  strike: 'Strike',
  charge: 'Charges',
  other: 'Event',
};

/** A run of a note: text, or a source named by its slug, shown as a link. */
export type NoteRun = { text: string; source?: undefined } | { text: string; source: SourceRef };

/** One source's report of an event. */
export interface ReportView {
  source: SourceRef;
  anchors: Anchor[];
  dateText: string | null;
  date: string | null;
  dateIso: string | null;
  weekday: string | null;
  place: EntityLink | null;
}

export interface EventView {
  id: string;
  name: string;
  kind: Event['kind'];
  kindLabel: string;
  dateIso: string | null;
  date: string | null;
  dateResolved: boolean;
  /** How the date was arrived at, or why it is unknown, with source slugs as links. */
  dateNote: NoteRun[];
  place: EntityLink | null;
  placeName: string | null;
  days: number | null;
  participants: EntityLink[];
  sources: SourceRef[];
  reports: ReportView[];
  href: string;
  briefingHref: string;
}

/** A statement of the briefing and the paragraphs that make it. */
export interface Claim {
  text: string;
  cites: Anchor[];
}

/** A participant: linked, with the roles these sources give them. */
export interface Participant {
  link: EntityLink;
  roles: { role: string; anchor: Anchor }[];
  /** Where a source names them in its report of the event. */
  cite: Anchor | null;
}

/** A generated briefing on one event. */
export interface EventBriefing {
  event: EventView;
  title: string;
  summary: string;
  what: Claim;
  /** What happened, in the sources' own sentences (narrative.ts), each linked to its paragraph. */
  account: AccountSentence[];
  when: Claim;
  where: Claim | null;
  who: Participant[];
  /** Each source's report: its paragraphs, quoted in part, linked. */
  reports: { source: SourceRef; paragraphs: { anchor: Anchor; text: string }[]; dateText: string | null }[];
  figures: FigureRow[];
  quotes: QuoteGroupView[];
  disagreements: DiscrepancyView[];
  /** Every source the briefing links to, with the paragraphs, in source order. */
  cited: { source: SourceRef; anchors: Anchor[] }[];
  href: string;
}

/** `text` with every known source slug turned into a link run. */
function noteRuns(ctx: SiteContext, text: string): NoteRun[] {
  const runs: NoteRun[] = [];
  let at = 0;
  // A slug is lowercase ASCII words joined by hyphens, never part of a longer such run: each whole run is looked up.
  for (const m of text.matchAll(/[a-z0-9-]+/g)) {
    if (!ctx.sources.has(m[0])) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    const source = ctx.source(m[0]);
    runs.push({ text: source.short === source.title ? `“${source.title}”` : source.short, source });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

export function eventView(ctx: SiteContext, e: Event): EventView {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    kindLabel: EVENT_KIND[e.kind],
    dateIso: e.date,
    date: e.date ? formatDate(e.date) : null,
    dateResolved: e.dateResolved,
    dateNote: noteRuns(ctx, e.dateNote),
    place: ctx.entity(e.place),
    placeName: e.placeName,
    days: e.days,
    participants: e.participants.flatMap((id) => ctx.entity(id) ?? []),
    sources: e.sources.map((s) => ctx.source(s)),
    reports: e.reports.map((r) => ({
      source: ctx.source(r.source),
      anchors: r.paragraphs.map((p) => ctx.anchor(r.source, p)),
      dateText: r.dateText,
      dateIso: r.date,
      date: r.date ? formatDate(r.date) : null,
      weekday: r.weekday,
      place: ctx.entity(r.place),
    })),
    href: links.events(e.id),
    briefingHref: links.eventBriefing(e.id),
  };
}

/** The timeline: dated events by date (then name), and the undated ones. */
export function timeline(views: readonly EventView[]): { dated: EventView[]; undated: EventView[] } {
  const dated = views.filter((v) => v.dateIso).sort((a, b) => (a.dateIso! < b.dateIso! ? -1 : a.dateIso! > b.dateIso! ? 1 : a.name.localeCompare(b.name, 'en')));
  return { dated, undated: views.filter((v) => !v.dateIso) };
}

const anchorKey = (a: Anchor) => `${a.source.slug}|${a.paragraph ?? ''}|${a.embed ?? ''}`;

function uniqueAnchors(anchors: readonly (Anchor | null)[]): Anchor[] {
  const seen = new Set<string>();
  return anchors.filter((a): a is Anchor => {
    if (!a || seen.has(anchorKey(a))) return false;
    seen.add(anchorKey(a));
    return true;
  });
}

/** Everything the briefings need beyond the event itself. */
export interface BriefingInputs {
  figures: readonly FigureRow[];
  quoteGroups: readonly QuoteGroupView[];
  discrepancies: readonly DiscrepancyView[];
  /** Every source's paragraphs, in order, for the account. */
  texts: readonly SourceText[];
}

const figureKeys = (f: FigureRow): string[] => (f.anchor.paragraph ? [`${f.anchor.source.slug}#${f.anchor.paragraph}`] : []);
const quoteGroupKeys = (g: QuoteGroupView): string[] => g.variants.flatMap((v) => (v.anchor.paragraph ? [`${v.anchor.source.slug}#${v.anchor.paragraph}`] : []));

/** Positions in `list` by `source#paragraph` key, built once per list. */
const paragraphIndexes = new WeakMap<readonly unknown[], Map<string, number[]>>();
function paragraphIndex(list: readonly unknown[], keysOf: (item: never) => string[]): Map<string, number[]> {
  let index = paragraphIndexes.get(list);
  if (!index) {
    index = new Map();
    list.forEach((item, i) => {
      for (const key of keysOf(item as never)) {
        const at = index!.get(key);
        if (at) at.push(i);
        else index!.set(key, [i]);
      }
    });
    paragraphIndexes.set(list, index);
  }
  return index;
}

/** The briefing of one event. */
export function eventBriefing(ctx: SiteContext, knowledge: Knowledge, e: Event, inputs: BriefingInputs): EventBriefing {
  const view = eventView(ctx, e);
  const inEvent = new Set(e.paragraphs.map((p) => `${p.source}#${p.paragraph}`));
  const first = (r: Event['reports'][number]) => ctx.paragraphWith(r.source, r.paragraphs, null);

  // What: one sentence from the event's data, then the account in the sources' own sentences.
  const summaryText = eventSummary({
    kind: view.kindLabel.toLowerCase(),
    placeName: view.placeName,
    date: view.dateIso,
    participants: [...view.participants.filter((p) => p.type === 'person'), ...view.participants.filter((p) => p.type !== 'person')].map((p) => p.name),
    sources: view.sources.length,
  });
  const what: Claim = { text: summaryText, cites: uniqueAnchors(e.reports.map(first)) };
  const account = eventAccount(ctx, knowledge, e, inputs.texts);

  // When: the date and how it was arrived at; each source's date words cited where they appear.
  const whenCites = uniqueAnchors(
    e.reports.flatMap((r) => [r.dateText ? ctx.paragraphWith(r.source, r.paragraphs, r.dateText) : null, e.date && r.date ? ctx.postDated(r.source, e.date) : null]),
  );
  const when: Claim = {
    text: view.date
      ? `${view.date}${view.dateResolved ? ', worked out from a relative day the source gives' : ''}${view.days ? `, over ${plural(view.days, 'day')}` : ''}.`
      : 'The date is not known.',
    cites: whenCites,
  };

  // Where: the place, cited to the reports that give it.
  const placeName = view.placeName;
  const placeCites = placeName
    ? uniqueAnchors(
        e.reports.map((r) => {
          const a = ctx.paragraphWith(r.source, r.paragraphs, placeName);
          return a && ctx.paragraphText(r.source, a.paragraph ?? '')?.includes(placeName) ? a : null;
        }),
      )
    : [];
  const where: Claim | null = placeName
    ? { text: `${placeName}.`, cites: placeCites.length > 0 ? placeCites : uniqueAnchors(e.reports.filter((r) => r.place).map(first)) }
    : null;

  // Who: participants, each cited where a report names them, with the roles those sources give.
  const who: Participant[] = view.participants.map((link) => {
    const entity = ctx.entities.get(link.id)!;
    const mention = entity.mentions.find((m) => m.paragraph && inEvent.has(`${m.source}#${m.paragraph}`));
    const seen = new Set<string>();
    const roles = entity.roles
      .filter((r) => e.sources.includes(r.source))
      .filter((r) => {
        const k = `${r.source}|${r.role}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .map((r) => ({ role: r.role, anchor: ctx.anchor(r.source, r.paragraph, null, r.role) }));
    return { link, roles, cite: mention ? ctx.anchor(mention.source, mention.paragraph) : null };
  });

  const reports = e.reports.map((r) => ({
    source: ctx.source(r.source),
    dateText: r.dateText,
    paragraphs: r.paragraphs.map((p) => ({ anchor: ctx.anchor(r.source, p), text: excerpt(ctx.paragraphText(r.source, p) ?? '', 320) })),
  }));

  // The figures and quote groups of the event's paragraphs, in their index order (looked up by paragraph: a
  // scan of every figure for every event grows with the square of the corpus).
  const byParagraph = (list: readonly unknown[], keysOf: (item: never) => string[]) => {
    const at = new Set<number>();
    const index = paragraphIndex(list, keysOf);
    for (const key of inEvent) for (const i of index.get(key) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b);
  };
  const figures = byParagraph(inputs.figures, figureKeys).map((i) => inputs.figures[i]!);
  const quotes = byParagraph(inputs.quoteGroups, quoteGroupKeys).map((i) => inputs.quoteGroups[i]!);
  const groupIds = new Set(quotes.map((g) => g.id));
  const participants = new Set(e.participants);
  const eventSources = new Set(e.sources);
  const subjects = new Map(knowledge.discrepancies.map((k) => [k.id, k.subjectId]));
  const disagreements = inputs.discrepancies.filter((d) => {
    const subject = subjects.get(d.id);
    return subject !== undefined && (subject === e.id || groupIds.has(subject) || participants.has(subject)) && d.sources.some((s) => eventSources.has(s));
  });

  const all = uniqueAnchors([
    ...what.cites,
    ...account.map((a) => a.anchor),
    ...when.cites,
    ...(where?.cites ?? []),
    ...who.flatMap((p) => [p.cite, ...p.roles.map((r) => r.anchor)]),
    ...reports.flatMap((r) => r.paragraphs.map((p) => p.anchor)),
    ...figures.map((f) => f.anchor),
    ...quotes.flatMap((g) => g.variants.map((v) => v.anchor)),
    ...disagreements.flatMap((d) => d.values.map((v) => v.anchor)),
  ]);
  const bySource = new Map<string, { source: SourceRef; anchors: Anchor[] }>();
  for (const a of all) {
    let entry = bySource.get(a.source.slug);
    if (!entry) bySource.set(a.source.slug, (entry = { source: a.source, anchors: [] }));
    entry.anchors.push(a);
  }
  for (const entry of bySource.values()) entry.anchors.sort((a, b) => (a.n ?? Infinity) - (b.n ?? Infinity) || (a.embed ?? 0) - (b.embed ?? 0));
  const cited = [...bySource.values()].sort((a, b) => (a.source.slug < b.source.slug ? -1 : 1));

  return {
    event: view,
    title: view.name,
    summary: `${summaryText} Generated from the sources; every statement links to its paragraph.`,
    what,
    account,
    when,
    where,
    who,
    reports,
    figures,
    quotes,
    disagreements,
    cited,
    href: view.briefingHref,
  };
}
